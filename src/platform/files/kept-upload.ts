import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { FieldErrors } from '../../errors.ts'
import { recordAudit } from '../audit/audit-log.ts'
import { auditActorOf, type Actor } from '../auth/actor.ts'
import type { Bilingual } from '../i18n/locale.ts'
import type { StoredFile } from './file-records.ts'
import type { FileService } from './file-service.ts'
import type { UploadOutcome } from './multipart-uploads.ts'

/** One image field of an edit form (a logo, a portrait): what was chosen this time and what the form carried. */
export type KeptUploadSubmission = {
  /** A file chosen this time: checked and waiting, or refused. */
  upload: UploadOutcome | undefined
  /** The signed reference to a file uploaded with an earlier, rejected submission of the same form. */
  keptReference: string
  discardKept: boolean
  removeCurrent: boolean
}

/** A file uploaded but not yet saved with the form, carried across re-renders by its signed reference. */
export type KeptUpload = { file: StoredFile; reference: string }

export type FileFieldChange = { kind: 'keep' } | { kind: 'set'; fileId: string } | { kind: 'remove' }

export type KeptUploadDecision = { change: FileFieldChange; kept: KeptUpload | null; errors: FieldErrors }

type Context = { db: Kysely<Database>; actor: Actor; now: Date; files: FileService }

/** What the field is: whose file, for what, the form field's name and its message when a kept file is gone. */
export type KeptUploadField = {
  organisationId: string
  purpose: string
  field: string
  notAvailable: Bilingual
  /** What the audit event records of the stored file; `purpose` is added. */
  auditFacts?: (file: StoredFile) => Record<string, unknown>
}

async function keptFromReference(ctx: Context, field: KeptUploadField, reference: string): Promise<KeptUpload | null> {
  const fileId = await ctx.files.readReference(reference, ctx.actor.userId, ctx.now)
  const file = fileId ? await ctx.files.findFile(fileId) : undefined
  // A reference signed for another organisation's or another purpose's file is worth nothing here.
  return file && file.organisationId === field.organisationId && file.purpose === field.purpose ? { file, reference } : null
}

/**
 * Decides a file field of a form that may be rejected for its other fields. A new file is stored
 * (with its audit event) the moment it arrives, before the rest is checked, so a rejected form
 * comes back with a signed reference in place of the file and the person need not choose it again.
 * The caller has authorised the actor for the organisation before calling.
 */
export async function decideKeptUpload(ctx: Context, field: KeptUploadField, s: KeptUploadSubmission): Promise<KeptUploadDecision> {
  const { db, actor, now, files } = ctx
  const earlier = s.keptReference && !s.discardKept ? await keptFromReference(ctx, field, s.keptReference) : null
  if (s.upload && 'problem' in s.upload) return { change: earlier ? { kind: 'set', fileId: earlier.file.id } : { kind: 'keep' }, kept: earlier, errors: s.upload.problem }
  if (s.upload) {
    const upload = s.upload.upload
    const file = await db.transaction().execute(async (trx) => {
      const stored = await files.commit(upload, { organisationId: field.organisationId, uploadedBy: actor.userId, purpose: field.purpose, now }, trx)
      const facts = field.auditFacts ? field.auditFacts(stored) : { mime: stored.mime, size: stored.size, sha256: stored.sha256 }
      await recordAudit(trx, {
        actor: auditActorOf(actor),
        organisationId: field.organisationId,
        action: 'file.uploaded',
        entityType: 'file',
        entityId: stored.id,
        summary: { before: null, after: { ...facts, purpose: field.purpose } },
        at: now,
      })
      return stored
    })
    return { change: { kind: 'set', fileId: file.id }, kept: { file, reference: await files.signReference(file.id, actor.userId, now) }, errors: {} }
  }
  if (s.keptReference && !s.discardKept) {
    if (!earlier) return { change: { kind: 'keep' }, kept: null, errors: { [field.field]: field.notAvailable } }
    return { change: { kind: 'set', fileId: earlier.file.id }, kept: earlier, errors: {} }
  }
  return { change: s.removeCurrent ? { kind: 'remove' } : { kind: 'keep' }, kept: null, errors: {} }
}
