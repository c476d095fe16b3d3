import { NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import { decideKeptUpload, isFileId, type KeptUpload, type KeptUploadDecision, type KeptUploadSubmission, type OpenedFile, type StoredFile, type Thumbnail } from '../../platform/files/index.ts'
import { LOGO_PURPOSE, LOGO_THUMBNAIL_WIDTH } from './organisations.domain.ts'
import { parseOrganisationEdit, type OrganisationFormValues } from './organisations.input.ts'
import { loadAdministered, LOGO_NOT_AVAILABLE, logoFacts, updateOrganisationDetails, type FileUseCaseContext } from './organisations.use-cases.ts'

/** The logo part of a submitted edit form. */
export type LogoSubmission = KeptUploadSubmission

/** A logo uploaded but not yet saved with the form, carried across re-renders. */
export type KeptLogo = KeptUpload

export type OrganisationEditOutcome = { saved: true } | { saved: false; errors: FieldErrors; keptLogo: KeptLogo | null }

/**
 * A new logo is stored the moment it arrives, before the other fields are checked, so a form
 * that fails validation keeps it: the page comes back with a signed reference in place of the file.
 */
function decideLogo(ctx: FileUseCaseContext, orgId: string, s: LogoSubmission): Promise<KeptUploadDecision> {
  return decideKeptUpload(ctx, { organisationId: orgId, purpose: LOGO_PURPOSE, field: 'logo', notAvailable: LOGO_NOT_AVAILABLE, auditFacts: logoFacts }, s)
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
