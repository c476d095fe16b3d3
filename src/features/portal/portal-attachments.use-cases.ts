import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { FieldErrors } from '../../errors.ts'
import type { Actor } from '../../platform/auth/actor.ts'
import { auditActorOf } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import type { FileService, StoredFile, UploadOutcome } from '../../platform/files/index.ts'
import { ATTACHMENT_PURPOSE, MAX_ATTACHMENTS, NEW_FILE_FIELDS } from './portal.domain.ts'
import type { PortalItemFormValues } from './portal.input.ts'
import type { PortalAttachment } from './portal.repository.ts'

export type FileUseCaseContext = { db: Kysely<Database>; actor: Actor; now: Date; files: FileService }

/** A file uploaded with a rejected submission: shown on the form again and saved with the corrected one. */
export type PendingFile = { reference: string; file: PortalAttachment }

export type AttachmentDecision = { fileIds: string[]; pending: PendingFile[]; errors: FieldErrors }

const TOO_MANY = { th: `แนบไฟล์ได้ไม่เกิน ${MAX_ATTACHMENTS} ไฟล์ต่อรายการ`, en: `An item can hold at most ${MAX_ATTACHMENTS} files` }

const asAttachment = (f: StoredFile): PortalAttachment => ({ id: f.id, name: f.originalName, mime: f.mime, size: f.size })

async function pendingFromReference(ctx: FileUseCaseContext, orgId: string, reference: string): Promise<PendingFile | null> {
  const fileId = await ctx.files.readReference(reference, ctx.actor.userId, ctx.now)
  const file = fileId ? await ctx.files.findFile(fileId) : undefined
  return file && file.organisationId === orgId && file.purpose === ATTACHMENT_PURPOSE ? { reference, file: asAttachment(file) } : null
}

/**
 * The files the saved version will hold: those of the current version not ticked for removal,
 * those uploaded with an earlier rejected submission (by signed reference), and those chosen now.
 * New uploads are stored at once, before the other fields are checked, so a form sent back for
 * correction keeps them. The caller has already checked that the actor may edit the agency's portal.
 */
export async function decideAttachments(
  ctx: FileUseCaseContext,
  orgId: string,
  values: PortalItemFormValues,
  uploads: ReadonlyMap<string, UploadOutcome>,
  currentFiles: readonly PortalAttachment[],
): Promise<AttachmentDecision> {
  const errors: FieldErrors = {}
  const removed = new Set(values.remove_files)
  const kept = currentFiles.filter((f) => !removed.has(f.id))
  const pending: PendingFile[] = []
  const discarded = new Set(values.pending_discard)
  for (const reference of values.pending.slice(0, MAX_ATTACHMENTS)) {
    if (discarded.has(reference)) continue
    const p = await pendingFromReference(ctx, orgId, reference)
    if (p) pending.push(p)
  }
  for (const field of NEW_FILE_FIELDS) {
    const outcome = uploads.get(field)
    if (!outcome) continue
    if ('problem' in outcome) {
      Object.assign(errors, outcome.problem)
      continue
    }
    const upload = outcome.upload
    const stored = await ctx.db.transaction().execute(async (trx) => {
      const file = await ctx.files.commit(upload, { organisationId: orgId, uploadedBy: ctx.actor.userId, purpose: ATTACHMENT_PURPOSE, now: ctx.now }, trx)
      await recordAudit(trx, {
        actor: auditActorOf(ctx.actor),
        organisationId: orgId,
        action: 'file.uploaded',
        entityType: 'file',
        entityId: file.id,
        summary: { before: null, after: { file_id: file.id, name: file.originalName, mime: file.mime, size: file.size, sha256: file.sha256, purpose: ATTACHMENT_PURPOSE } },
        at: ctx.now,
      })
      return file
    })
    pending.push({ reference: await ctx.files.signReference(stored.id, ctx.actor.userId, ctx.now), file: asAttachment(stored) })
  }
  const fileIds = [...new Set([...kept.map((f) => f.id), ...pending.map((p) => p.file.id)])]
  if (fileIds.length > MAX_ATTACHMENTS) errors.file1 = TOO_MANY
  return { fileIds, pending, errors }
}
