import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { decideKeptUpload, isFileId, type FileService, type KeptUpload, type KeptUploadDecision, type StoredFile, type Thumbnail, type UploadOutcome } from '../../platform/files/index.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { descendantIds, findOrganisationById, findOrganisationBySlug, isUuid, organisationPath, sortByThaiName, type OrganisationDetails, type OrganisationSummary } from '../organisations/index.ts'
import { canEditExecutives, EXECUTIVE_EDITOR_ROLES, MAX_EXECUTIVES_PER_AGENCY, moveWithinGroup, movesAllowed, PHOTO_PURPOSE, PHOTO_THUMBNAIL_WIDTH, type MoveDirection } from './executives.domain.ts'
import { parseExecutiveForm, type ExecutiveFormValues, type ExecutiveInput, type PhotoFields } from './executives.input.ts'
import * as repo from './executives.repository.ts'
import type { Executive } from './executives.repository.ts'

export type UseCaseContext = { db: Kysely<Database>; actor: Actor; now: Date; files: FileService }
export type { Executive }

/** The agency, once the actor is known to keep its list of executives. */
async function loadEditableAgency(db: Kysely<Database>, actor: Actor, organisationId: string): Promise<OrganisationDetails> {
  if (!isUuid(organisationId)) throw new NotFoundError('organisation')
  const org = await findOrganisationById(db, organisationId)
  if (!org) throw new NotFoundError('organisation')
  const path = await organisationPath(db, organisationId)
  if (!path || !canEditExecutives(actor, path)) throw new ForbiddenError('may not edit the executives of this agency')
  return org
}

async function loadEditableEntry(db: Kysely<Database>, actor: Actor, id: string): Promise<{ entry: Executive; org: OrganisationDetails }> {
  if (!isUuid(id)) throw new NotFoundError('executive')
  const entry = await repo.findExecutive(db, id)
  if (!entry) throw new NotFoundError('executive')
  return { entry, org: await loadEditableAgency(db, actor, entry.organisationId) }
}

/** Agencies whose executives the actor keeps: where they hold an editor role, and below what they administer. */
async function editableAgencies(ctx: UseCaseContext): Promise<OrganisationSummary[]> {
  const { db, actor } = ctx
  const direct = actor.memberships.filter((m) => EXECUTIVE_EDITOR_ROLES.includes(m.role)).map((m) => m.organisationId)
  const administered = actor.memberships.filter((m) => m.role === 'admin').map((m) => m.organisationId)
  const ids = new Set([...direct, ...(await descendantIds(db, administered))])
  let q = db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en'])
  if (!actor.isPlatformAdmin) {
    if (ids.size === 0) return []
    q = q.where('id', 'in', [...ids])
  }
  return sortByThaiName(await q.execute())
}

export type ExecutivesWorkspace = {
  org: OrganisationDetails
  choices: OrganisationSummary[]
  entries: Executive[]
  moves: Map<string, { up: boolean; down: boolean }>
}

/** /staff/executives: the chosen agency's list (the first the actor keeps when none is named). */
export async function executivesWorkspace(ctx: UseCaseContext, slug: string | undefined): Promise<ExecutivesWorkspace> {
  const choices = await editableAgencies(ctx)
  let orgId: string
  if (slug) {
    const bySlug = await findOrganisationBySlug(ctx.db, slug)
    if (!bySlug) throw new NotFoundError('organisation')
    orgId = bySlug.id
  } else {
    const first = choices[0]
    if (!first) throw new ForbiddenError('keeps no list of executives')
    orgId = first.id
  }
  const org = await loadEditableAgency(ctx.db, ctx.actor, orgId)
  const entries = await repo.listExecutives(ctx.db, org.id)
  return { org, choices, entries, moves: movesAllowed(entries) }
}

export async function newExecutiveForm(ctx: UseCaseContext, orgRef: { slug: string } | { id: string }): Promise<{ org: OrganisationDetails }> {
  let id = 'id' in orgRef ? orgRef.id : ''
  if ('slug' in orgRef) {
    const bySlug = await findOrganisationBySlug(ctx.db, orgRef.slug)
    if (!bySlug) throw new NotFoundError('organisation')
    id = bySlug.id
  }
  return { org: await loadEditableAgency(ctx.db, ctx.actor, id) }
}

export type ExecutiveEditor = { org: OrganisationDetails; entry: Executive; currentPhoto: StoredFile | null }

export async function executiveEditor(ctx: UseCaseContext, id: string): Promise<ExecutiveEditor> {
  const { entry, org } = await loadEditableEntry(ctx.db, ctx.actor, id)
  const currentPhoto = entry.photoFileId ? ((await ctx.files.findFile(entry.photoFileId)) ?? null) : null
  return { org, entry, currentPhoto }
}

/** The photo part of a submission: a file chosen this time (checked, or refused) and the form's photo fields. */
export type PhotoSubmission = PhotoFields & { upload: UploadOutcome | undefined }
/** A photo uploaded but not yet saved with the form, carried across re-renders by a signed reference. */
export type KeptPhoto = KeptUpload

const PHOTO_NOT_AVAILABLE = { th: 'ไฟล์ภาพที่อัปโหลดไว้ใช้ไม่ได้แล้ว กรุณาเลือกไฟล์อีกครั้ง', en: 'The photo uploaded earlier is no longer available; choose the file again' }

/**
 * A new photo is stored the moment it arrives (the actor is already known to keep this agency's
 * list), before the other fields are checked, so a rejected form keeps it by reference.
 */
function decidePhoto(ctx: UseCaseContext, orgId: string, s: PhotoSubmission): Promise<KeptUploadDecision> {
  return decideKeptUpload(ctx, { organisationId: orgId, purpose: PHOTO_PURPOSE, field: 'photo', notAvailable: PHOTO_NOT_AVAILABLE }, s)
}

function facts(input: ExecutiveInput, photoFileId: string | null): Record<string, unknown> {
  return {
    group: input.group,
    name_th: input.nameTh,
    name_en: input.nameEn,
    position_th: input.positionTh,
    position_en: input.positionEn,
    phone: input.phone,
    email: input.email,
    term_start: input.termStart,
    photo_file_id: photoFileId,
  }
}

export type SaveOutcome = { saved: true; id: string; organisationId: string } | { saved: false; errors: FieldErrors; keptPhoto: KeptPhoto | null }

const TOO_MANY = { th: `หน่วยงานหนึ่งมีรายชื่อได้ไม่เกิน ${MAX_EXECUTIVES_PER_AGENCY} คน`, en: `An agency may list at most ${MAX_EXECUTIVES_PER_AGENCY} people` }

/** Adds an entry (target: the agency) or saves an edit (target: the entry); photo and fields are saved together. */
export async function saveExecutive(ctx: UseCaseContext, target: { organisationId: string } | { executiveId: string }, form: { values: ExecutiveFormValues; photo: PhotoSubmission }): Promise<SaveOutcome> {
  // Authorised before a byte is stored.
  const existing = 'executiveId' in target ? await loadEditableEntry(ctx.db, ctx.actor, target.executiveId) : null
  const org = existing ? existing.org : await loadEditableAgency(ctx.db, ctx.actor, (target as { organisationId: string }).organisationId)
  const photo = await decidePhoto(ctx, org.id, form.photo)
  let errors: FieldErrors = {}
  let input: ExecutiveInput | null = null
  try {
    input = parseExecutiveForm(form.values)
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e
    errors = e.fields
  }
  errors = { ...errors, ...photo.errors }
  if (!input || Object.keys(errors).length) return { saved: false, errors, keptPhoto: photo.kept }
  const parsed = input
  const { actor, now } = ctx
  const result = await ctx.db.transaction().execute(async (trx): Promise<SaveOutcome> => {
    await repo.lockAgencyList(trx, org.id)
    if (!existing) {
      if ((await repo.countExecutives(trx, org.id)) >= MAX_EXECUTIVES_PER_AGENCY) return { saved: false, errors: { name_th: TOO_MANY }, keptPhoto: photo.kept }
      const photoFileId = photo.change.kind === 'set' ? photo.change.fileId : null
      const id = await repo.insertExecutive(trx, { organisationId: org.id, input: parsed, photoFileId, sortOrder: await repo.nextSortOrder(trx, org.id), now })
      await recordAudit(trx, { actor: auditActorOf(actor), organisationId: org.id, action: 'executive.created', entityType: 'executive', entityId: id, summary: { before: null, after: facts(parsed, photoFileId) }, at: now })
      await bumpPublicGeneration(trx, organisationScope(org.id))
      return { saved: true, id, organisationId: org.id }
    }
    const before = await repo.findExecutive(trx, existing.entry.id, { forUpdate: true })
    if (!before) throw new NotFoundError('executive')
    const photoFileId = photo.change.kind === 'set' ? photo.change.fileId : photo.change.kind === 'remove' ? null : before.photoFileId
    await repo.updateExecutive(trx, before.id, parsed, photoFileId, now)
    await recordAudit(trx, { actor: auditActorOf(actor), organisationId: org.id, action: 'executive.edited', entityType: 'executive', entityId: before.id, summary: { before: facts(before, before.photoFileId), after: facts(parsed, photoFileId) }, at: now })
    await bumpPublicGeneration(trx, organisationScope(org.id))
    return { saved: true, id: before.id, organisationId: org.id }
  })
  return result
}

/** One place up or down within its group; nothing happens at the end of a group. */
export async function moveExecutive(ctx: UseCaseContext, id: string, direction: MoveDirection): Promise<{ moved: boolean; org: OrganisationDetails }> {
  const { entry, org } = await loadEditableEntry(ctx.db, ctx.actor, id)
  const moved = await ctx.db.transaction().execute(async (trx) => {
    await repo.lockAgencyList(trx, org.id)
    const list = await repo.listExecutives(trx, org.id)
    const next = moveWithinGroup(list, entry.id, direction)
    if (!next) return false
    await repo.setOrder(trx, org.id, next.map((e) => e.id), ctx.now)
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId: org.id,
      action: 'executive.moved',
      entityType: 'executive',
      entityId: entry.id,
      summary: { before: { order: list.map((e) => e.id) }, after: { order: next.map((e) => e.id) }, note: direction },
      at: ctx.now,
    })
    await bumpPublicGeneration(trx, organisationScope(org.id))
    return true
  })
  return { moved, org }
}

export async function removeExecutive(ctx: UseCaseContext, id: string): Promise<{ org: OrganisationDetails }> {
  const { entry, org } = await loadEditableEntry(ctx.db, ctx.actor, id)
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockAgencyList(trx, org.id)
    const before = await repo.findExecutive(trx, entry.id, { forUpdate: true })
    if (!before) throw new NotFoundError('executive')
    await repo.deleteExecutive(trx, before.id)
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: org.id, action: 'executive.removed', entityType: 'executive', entityId: before.id, summary: { before: facts(before, before.photoFileId), after: null }, at: ctx.now })
    await bumpPublicGeneration(trx, organisationScope(org.id))
  })
  return { org }
}

/** A photo of the agency (saved or only uploaded with a rejected form), previewed for its editors. */
export async function staffPhotoPreview(ctx: UseCaseContext, organisationId: string, fileId: string): Promise<Thumbnail> {
  if (!isFileId(fileId)) throw new NotFoundError('file')
  await loadEditableAgency(ctx.db, ctx.actor, organisationId)
  const file = await ctx.files.findFile(fileId)
  if (!file || file.organisationId !== organisationId || file.purpose !== PHOTO_PURPOSE) throw new NotFoundError('file')
  const thumb = await ctx.files.thumbnail(file.id, PHOTO_THUMBNAIL_WIDTH)
  if (!thumb) throw new NotFoundError('file')
  return thumb
}
