import { NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import { auditActorOf } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { isFileId, type OpenedFile, type StoredFile, type Thumbnail, type UploadOutcome } from '../../platform/files/index.ts'
import { LOGO_PURPOSE, LOGO_THUMBNAIL_WIDTH, type LogoChange } from './organisations.domain.ts'
import { parseOrganisationEdit, type OrganisationFormValues } from './organisations.input.ts'
import { loadAdministered, LOGO_NOT_AVAILABLE, logoFacts, updateOrganisationDetails, type FileUseCaseContext } from './organisations.use-cases.ts'

/** The logo part of a submitted edit form. */
export type LogoSubmission = {
  /** A file chosen this time: checked and waiting, or refused. */
  upload: UploadOutcome | undefined
  /** The signed reference to a logo uploaded with an earlier, rejected submission. */
  keptReference: string
  discardKept: boolean
  removeCurrent: boolean
}

/** A logo uploaded but not yet saved with the form, carried across re-renders. */
export type KeptLogo = { file: StoredFile; reference: string }

export type OrganisationEditOutcome = { saved: true } | { saved: false; errors: FieldErrors; keptLogo: KeptLogo | null }

type LogoDecision = { change: LogoChange; kept: KeptLogo | null; errors: FieldErrors }

async function keptFromReference(ctx: FileUseCaseContext, orgId: string, reference: string): Promise<KeptLogo | null> {
  const fileId = await ctx.files.readReference(reference, ctx.actor.userId, ctx.now)
  const file = fileId ? await ctx.files.findFile(fileId) : undefined
  return file && file.organisationId === orgId && file.purpose === LOGO_PURPOSE ? { file, reference } : null
}

/**
 * A new logo is stored the moment it arrives, before the other fields are checked, so a form
 * that fails validation keeps it: the page comes back with a signed reference in place of the file.
 */
async function decideLogo(ctx: FileUseCaseContext, orgId: string, s: LogoSubmission): Promise<LogoDecision> {
  const { db, actor, now, files } = ctx
  const earlier = s.keptReference && !s.discardKept ? await keptFromReference(ctx, orgId, s.keptReference) : null
  if (s.upload && 'problem' in s.upload) {
    return { change: earlier ? { kind: 'set', fileId: earlier.file.id } : { kind: 'keep' }, kept: earlier, errors: s.upload.problem }
  }
  if (s.upload) {
    const upload = s.upload.upload
    const file = await db.transaction().execute(async (trx) => {
      const stored = await files.commit(upload, { organisationId: orgId, uploadedBy: actor.userId, purpose: LOGO_PURPOSE, now }, trx)
      await recordAudit(trx, {
        actor: auditActorOf(actor),
        organisationId: orgId,
        action: 'file.uploaded',
        entityType: 'file',
        entityId: stored.id,
        summary: { before: null, after: { ...logoFacts(stored), purpose: LOGO_PURPOSE } },
        at: now,
      })
      return stored
    })
    return { change: { kind: 'set', fileId: file.id }, kept: { file, reference: await files.signReference(file.id, actor.userId, now) }, errors: {} }
  }
  if (s.keptReference && !s.discardKept) {
    if (!earlier) return { change: { kind: 'keep' }, kept: null, errors: { logo: LOGO_NOT_AVAILABLE } }
    return { change: { kind: 'set', fileId: earlier.file.id }, kept: earlier, errors: {} }
  }
  return { change: s.removeCurrent ? { kind: 'remove' } : { kind: 'keep' }, kept: null, errors: {} }
}

/** The edit form as one intent: details and logo saved together, or everything explained and the upload kept. */
export async function saveOrganisationEdit(
  ctx: FileUseCaseContext,
  id: string,
  form: { values: OrganisationFormValues; logo: LogoSubmission },
): Promise<OrganisationEditOutcome> {
  // Authorised before a byte is stored.
  await loadAdministered(ctx.db, ctx.actor, id)
  const logo = await decideLogo(ctx, id, form.logo)
  let errors: FieldErrors = {}
  let input: ReturnType<typeof parseOrganisationEdit> | undefined
  try {
    input = parseOrganisationEdit(form.values)
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e
    errors = e.fields
  }
  errors = { ...errors, ...logo.errors }
  if (input && Object.keys(errors).length === 0) {
    try {
      await updateOrganisationDetails(ctx, id, input, logo.change)
      return { saved: true }
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      errors = e.fields
    }
  }
  return { saved: false, errors, keptLogo: logo.kept }
}

/** A logo file of this organisation (current or only uploaded), for its administrators. */
async function administeredLogoFile(ctx: FileUseCaseContext, orgId: string, fileId: string): Promise<StoredFile> {
  // The file id is checked before anything is looked up.
  if (!isFileId(fileId)) throw new NotFoundError('file')
  await loadAdministered(ctx.db, ctx.actor, orgId)
  const file = await ctx.files.findFile(fileId)
  if (!file || file.organisationId !== orgId || file.purpose !== LOGO_PURPOSE) throw new NotFoundError('file')
  return file
}

export async function openLogoFile(ctx: FileUseCaseContext, orgId: string, fileId: string): Promise<OpenedFile> {
  const file = await administeredLogoFile(ctx, orgId, fileId)
  const opened = await ctx.files.openFile(file.id)
  if (!opened) throw new NotFoundError('file')
  return opened
}

export async function logoPreview(ctx: FileUseCaseContext, orgId: string, fileId: string): Promise<Thumbnail> {
  const file = await administeredLogoFile(ctx, orgId, fileId)
  const thumb = await ctx.files.thumbnail(file.id, LOGO_THUMBNAIL_WIDTH)
  if (!thumb) throw new NotFoundError('file')
  return thumb
}
