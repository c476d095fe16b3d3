import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { canOverseeOrganisation } from '../../platform/auth/policy.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { decideKeptUpload, isFileId, type FileService, type KeptUpload, type StoredFile, type Thumbnail, type UploadOutcome } from '../../platform/files/index.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { descendantIds, findOrganisationById, findOrganisationBySlug, isUuid, organisationPath, sortByThaiName, type OrganisationDetails, type OrganisationSummary } from '../organisations/index.ts'
import { canApprove, canRecord, isPublic, PHOTO_PURPOSE, PHOTO_THUMBNAIL_WIDTH, RECORDER_ROLES } from './honour-roll.domain.ts'
import { parseApproval, parseHonourForm, parseWithdrawal, type HonourFormValues, type HonourInput, type PhotoFields } from './honour-roll.input.ts'
import * as repo from './honour-roll.repository.ts'
import type { HonourEntry, HonourEntryOfAgency } from './honour-roll.repository.ts'

export type UseCaseContext = { db: Kysely<Database>; actor: Actor; now: Date; files: FileService }
export type { HonourEntry, HonourEntryOfAgency }
export type KeptPhoto = KeptUpload
export type PhotoSubmission = PhotoFields & { upload: UploadOutcome | undefined }

async function loadAgency(db: Kysely<Database>, organisationId: string): Promise<OrganisationDetails> {
  if (!isUuid(organisationId)) throw new NotFoundError('organisation')
  const org = await findOrganisationById(db, organisationId)
  if (!org) throw new NotFoundError('organisation')
  return org
}

async function loadRecordableAgency(ctx: UseCaseContext, organisationId: string): Promise<OrganisationDetails> {
  const org = await loadAgency(ctx.db, organisationId)
  if (!canRecord(ctx.actor, org.id)) throw new ForbiddenError('may not keep the honour roll of this agency')
  return org
}

type Access = { org: OrganisationDetails; entry: HonourEntry; recorder: boolean; head: boolean; overseer: boolean }

/** An entry is seen by its agency's staff and by oversight above it; anyone else learns nothing (404). */
async function loadEntry(ctx: UseCaseContext, id: string): Promise<Access> {
  if (!isUuid(id)) throw new NotFoundError('honour roll entry')
  const entry = await repo.findEntry(ctx.db, id)
  if (!entry) throw new NotFoundError('honour roll entry')
  const org = await loadAgency(ctx.db, entry.organisationId)
  const recorder = canRecord(ctx.actor, org.id)
  // Oversight sees what the head approved, never an agency's drafts (as with reports).
  const overseer = entry.status !== 'draft' && canOverseeOrganisation(ctx.actor, (await organisationPath(ctx.db, org.id)) ?? [])
  if (!recorder && !overseer) throw new NotFoundError('honour roll entry')
  return { org, entry, recorder, head: canApprove(ctx.actor, org.id), overseer }
}

async function recordableAgencies(ctx: UseCaseContext): Promise<OrganisationSummary[]> {
  const ids = [...new Set(ctx.actor.memberships.filter((m) => RECORDER_ROLES.includes(m.role)).map((m) => m.organisationId))]
  if (ids.length === 0) return []
  return sortByThaiName(await ctx.db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en']).where('id', 'in', ids).execute())
}

export type HonourWorkspace = { org: OrganisationDetails; choices: OrganisationSummary[]; entries: HonourEntry[]; head: boolean }

/** /staff/honour-roll: the chosen agency's entries (the first the actor keeps when none is named). */
export async function honourWorkspace(ctx: UseCaseContext, slug: string | undefined): Promise<HonourWorkspace> {
  const choices = await recordableAgencies(ctx)
  let orgId: string
  if (slug) {
    const bySlug = await findOrganisationBySlug(ctx.db, slug)
    if (!bySlug) throw new NotFoundError('organisation')
    orgId = bySlug.id
  } else {
    const first = choices[0]
    if (!first) throw new ForbiddenError('keeps no honour roll')
    orgId = first.id
  }
  const org = await loadRecordableAgency(ctx, orgId)
  return { org, choices, entries: await repo.listEntries(ctx.db, org.id), head: canApprove(ctx.actor, org.id) }
}

export async function newEntryForm(ctx: UseCaseContext, orgRef: { slug: string } | { id: string }): Promise<{ org: OrganisationDetails }> {
  let id = 'id' in orgRef ? orgRef.id : ''
  if ('slug' in orgRef) {
    const bySlug = await findOrganisationBySlug(ctx.db, orgRef.slug)
    if (!bySlug) throw new NotFoundError('organisation')
    id = bySlug.id
  }
  return { org: await loadRecordableAgency(ctx, id) }
}

export type EntryView = Access & { currentPhoto: StoredFile | null; canEdit: boolean; canApprove: boolean; canWithdraw: boolean }

export async function entryView(ctx: UseCaseContext, id: string): Promise<EntryView> {
  const access = await loadEntry(ctx, id)
  const currentPhoto = access.entry.photoFileId ? ((await ctx.files.findFile(access.entry.photoFileId)) ?? null) : null
  const draft = access.entry.status === 'draft'
  return { ...access, currentPhoto, canEdit: draft && access.recorder, canApprove: draft && access.head, canWithdraw: access.entry.status === 'approved' && access.head }
}

const PHOTO_NOT_AVAILABLE = { th: 'ไฟล์ภาพที่อัปโหลดไว้ใช้ไม่ได้แล้ว กรุณาเลือกไฟล์อีกครั้ง', en: 'The photo uploaded earlier is no longer available; choose the file again' }

function facts(input: HonourInput, photoFileId: string | null): Record<string, unknown> {
  return {
    name_th: input.nameTh,
    position_th: input.positionTh,
    deed_th: input.deedTh,
    commended_on: input.commendedOn,
    commended_by: input.commendedBy,
    announcement_ref: input.announcementRef,
    consent_to_publish: input.consentToPublish,
    photo_file_id: photoFileId,
  }
}

/** The agency's page and every body above it (a province's page lists its agencies' entries). */
async function bumpPublicPages(db: Kysely<Database>, organisationId: string): Promise<void> {
  const path = (await organisationPath(db, organisationId)) ?? [organisationId]
  await bumpPublicGeneration(db, ...path.map(organisationScope))
}

export type SaveOutcome = { saved: true; id: string } | { saved: false; errors: FieldErrors; keptPhoto: KeptPhoto | null }

/**
 * Records an entry (target: the agency) or edits a draft (target: the entry). The photo is stored
 * as it arrives (the actor is already authorised), so a rejected form keeps it by reference.
 */
export async function saveEntry(ctx: UseCaseContext, target: { organisationId: string } | { entryId: string }, form: { values: HonourFormValues; photo: PhotoSubmission }): Promise<SaveOutcome> {
  const existing = 'entryId' in target ? await loadEntry(ctx, target.entryId) : null
  if (existing && !existing.recorder) throw new ForbiddenError('may not edit the honour roll of this agency')
  if (existing && existing.entry.status !== 'draft') throw new ConflictError('รายการนี้อนุมัติแล้ว แก้ไขไม่ได้', 'This entry is approved and can no longer be edited')
  const org = existing ? existing.org : await loadRecordableAgency(ctx, (target as { organisationId: string }).organisationId)
  const photo = await decideKeptUpload(ctx, { organisationId: org.id, purpose: PHOTO_PURPOSE, field: 'photo', notAvailable: PHOTO_NOT_AVAILABLE }, form.photo)
  let errors: FieldErrors = {}
  let input: HonourInput | null = null
  try {
    input = parseHonourForm(form.values, todayInBangkok(ctx.now))
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e
    errors = e.fields
  }
  errors = { ...errors, ...photo.errors }
  if (!input || Object.keys(errors).length) return { saved: false, errors, keptPhoto: photo.kept }
  const parsed = input
  const { actor, now } = ctx
  return ctx.db.transaction().execute(async (trx): Promise<SaveOutcome> => {
    if (!existing) {
      const photoFileId = photo.change.kind === 'set' ? photo.change.fileId : null
      const id = await repo.insertEntry(trx, { organisationId: org.id, input: parsed, photoFileId, createdBy: actor.userId, now })
      await repo.addHistory(trx, { entryId: id, from: null, to: 'draft', actorId: actor.userId, at: now })
      await recordAudit(trx, { actor: auditActorOf(actor), organisationId: org.id, action: 'honour_roll.recorded', entityType: 'honour_roll_entry', entityId: id, summary: { before: null, after: facts(parsed, photoFileId) }, at: now })
      return { saved: true, id }
    }
    const before = await repo.findEntry(trx, existing.entry.id, { forUpdate: true })
    if (!before) throw new NotFoundError('honour roll entry')
    if (before.status !== 'draft') throw new ConflictError('รายการนี้อนุมัติแล้ว แก้ไขไม่ได้', 'This entry is approved and can no longer be edited')
    const photoFileId = photo.change.kind === 'set' ? photo.change.fileId : photo.change.kind === 'remove' ? null : before.photoFileId
    await repo.updateDraft(trx, before.id, parsed, photoFileId, now)
    await recordAudit(trx, { actor: auditActorOf(actor), organisationId: org.id, action: 'honour_roll.edited', entityType: 'honour_roll_entry', entityId: before.id, summary: { before: facts(before, before.photoFileId), after: facts(parsed, photoFileId) }, at: now })
    return { saved: true, id: before.id }
  })
}

export type DecisionOutcome = { done: true } | { done: false; errors: FieldErrors; values: Record<string, string> }

/** The head approves a draft with name and position; from then on the entry is frozen (trigger). */
export async function approveEntry(ctx: UseCaseContext, id: string, body: unknown): Promise<DecisionOutcome> {
  const { org, entry, head } = await loadEntry(ctx, id)
  if (!head) throw new ForbiddenError('only the agency’s head approves its honour roll')
  let approval
  try {
    approval = parseApproval(body)
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e
    const b = body as Record<string, unknown>
    return { done: false, errors: e.fields, values: { approver_name: String(b['approver_name'] ?? ''), approver_position: String(b['approver_position'] ?? '') } }
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.approve(trx, entry.id, ctx.actor.userId, approval, ctx.now))) throw new ConflictError('รายการนี้ไม่อยู่ในสถานะรออนุมัติแล้ว', 'This entry is no longer awaiting approval')
    await repo.addHistory(trx, { entryId: entry.id, from: 'draft', to: 'approved', actorId: ctx.actor.userId, at: ctx.now })
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: org.id, action: 'honour_roll.approved', entityType: 'honour_roll_entry', entityId: entry.id, summary: { before: { status: 'draft' }, after: { status: 'approved', approver_name: approval.name, approver_position: approval.position, published: isPublic({ status: 'approved', consentToPublish: entry.consentToPublish }) } }, at: ctx.now })
    await bumpPublicPages(trx, org.id)
  })
  return { done: true }
}

/** The head takes an approved entry off the roll with a reason; it stays on record, out of public. */
export async function withdrawEntry(ctx: UseCaseContext, id: string, body: unknown): Promise<DecisionOutcome> {
  const { org, entry, head } = await loadEntry(ctx, id)
  if (!head) throw new ForbiddenError('only the agency’s head withdraws an entry')
  let reason: string
  try {
    reason = parseWithdrawal(body)
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e
    return { done: false, errors: e.fields, values: { reason: String((body as Record<string, unknown>)['reason'] ?? '') } }
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.withdraw(trx, entry.id, reason, ctx.now))) throw new ConflictError('ถอนได้เฉพาะรายการที่อนุมัติแล้ว', 'Only an approved entry can be withdrawn')
    await repo.addHistory(trx, { entryId: entry.id, from: 'approved', to: 'withdrawn', actorId: ctx.actor.userId, note: reason, at: ctx.now })
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: org.id, action: 'honour_roll.withdrawn', entityType: 'honour_roll_entry', entityId: entry.id, summary: { before: { status: 'approved' }, after: { status: 'withdrawn', reason } }, at: ctx.now })
    await bumpPublicPages(trx, org.id)
  })
  return { done: true }
}

export type OversightHonourRoll = { bodies: OrganisationSummary[]; entries: HonourEntryOfAgency[] }

/** Oversight: every approved (or withdrawn) entry of the agencies below the bodies it works for. */
export async function oversightHonourRoll(ctx: UseCaseContext): Promise<OversightHonourRoll> {
  const bodyIds = [...new Set(ctx.actor.memberships.filter((m) => m.role === 'oversight').map((m) => m.organisationId))]
  if (bodyIds.length === 0) throw new ForbiddenError('only oversight sees the honour rolls of agencies')
  const bodies = sortByThaiName(await ctx.db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en']).where('id', 'in', bodyIds).execute())
  const entries = await repo.listEntriesOf(ctx.db, await descendantIds(ctx.db, bodyIds), { publicOnly: false, excludeDrafts: true })
  return { bodies, entries }
}

/** A photo of an entry (saved, or uploaded with a rejected form), previewed for those who may see the entry. */
export async function staffPhotoPreview(ctx: UseCaseContext, organisationId: string, fileId: string): Promise<Thumbnail> {
  if (!isFileId(fileId) || !isUuid(organisationId)) throw new NotFoundError('file')
  const mayRecord = canRecord(ctx.actor, organisationId)
  if (!mayRecord && !canOverseeOrganisation(ctx.actor, (await organisationPath(ctx.db, organisationId)) ?? [])) throw new NotFoundError('file')
  const file = await ctx.files.findFile(fileId)
  if (!file || file.organisationId !== organisationId || file.purpose !== PHOTO_PURPOSE) throw new NotFoundError('file')
  const thumb = await ctx.files.thumbnail(file.id, PHOTO_THUMBNAIL_WIDTH)
  if (!thumb) throw new NotFoundError('file')
  return thumb
}
