import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts'
import { isFileId, type FileService, type OpenedFile, type Thumbnail, type UploadOutcome } from '../../platform/files/index.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { hasRoleIn, organisationsOf } from '../../platform/auth/policy.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { findOrganisationById, findOrganisationBySlug, isUuid, type OrganisationDetails } from '../organisations/index.ts'
import { blockedWords, holdReasons } from '../webboard/index.ts'
import { EDITOR_ROLES, phaseOf, type Phase } from './consultations.domain.ts'
import type { ConsultationInput, HearingInput } from './consultations.input.ts'
import * as repo from './consultations.repository.ts'
import type { AttachedFile, ConsultationRow } from './consultations.repository.ts'

export type { ConsultationRow }
export type PublicDeps = { db: Kysely<Database>; now: Date }
export type StaffContext = { db: Kysely<Database>; actor: Actor; now: Date }
const PARTICIPANT_ACTOR = { id: null, label: 'participant (consultation)' } as const

export async function publicAgency(db: Kysely<Database>, slug: string): Promise<OrganisationDetails> {
  const org = await findOrganisationBySlug(db, slug)
  if (!org) throw new NotFoundError('organisation')
  return org
}

export type Listed = ConsultationRow & { phase: Phase }
export type Hearing = Awaited<ReturnType<typeof repo.hearingsOf>>[number] & { photos: AttachedFile[] }
export type Participation = { org: OrganisationDetails; consultations: Listed[]; hearings: Hearing[] }

export async function participation(d: PublicDeps, org: OrganisationDetails): Promise<Participation> {
  const today = todayInBangkok(d.now)
  const hearings = await repo.hearingsOf(d.db, org.id)
  const photos = await repo.filesOf(d.db, 'photo', hearings.map((h) => h.id))
  return { org, consultations: (await repo.listConsultations(d.db, org.id)).map((c) => ({ ...c, phase: phaseOf(c, today) })), hearings: hearings.map((h) => ({ ...h, photos: photos.filter((p) => p.owner_id === h.id) })) }
}

export type PublicConsultation = { org: OrganisationDetails; consultation: Listed; comments: { author_name: string; body: string; created_on: string }[]; documents: AttachedFile[] }

async function consultationOf(db: Kysely<Database>, org: OrganisationDetails, id: string): Promise<ConsultationRow> {
  if (!isUuid(id)) throw new NotFoundError('consultation')
  const c = await repo.findConsultation(db, id)
  if (!c || c.organisation_id !== org.id) throw new NotFoundError('consultation')
  return c
}

/** The public page: comments caught by the automatic rules (links, phones, ID numbers, words) stay unpublished. */
export async function publicConsultation(d: PublicDeps, org: OrganisationDetails, id: string): Promise<PublicConsultation> {
  const c = await consultationOf(d.db, org, id)
  const comments = (await repo.commentsOf(d.db, c.id)).filter((x) => x.moderation === 'published')
  return { org, consultation: { ...c, phase: phaseOf(c, todayInBangkok(d.now)) }, comments, documents: await repo.filesOf(d.db, 'document', [c.id]) }
}

export async function commentOnConsultation(d: PublicDeps, org: OrganisationDetails, id: string, input: { name: string; body: string }): Promise<{ shown: boolean }> {
  const c = await consultationOf(d.db, org, id)
  const today = todayInBangkok(d.now)
  if (phaseOf(c, today) !== 'open') throw new ValidationError({ body: { th: 'การรับฟังความคิดเห็นนี้ไม่เปิดรับแล้ว', en: 'This consultation is not open for comments' } })
  const reasons = holdReasons(`${input.name}\n${input.body}`, blockedWords(await repo.agencyWordList(d.db, org.id)))
  await d.db.transaction().execute(async (trx) => {
    const commentId = await repo.insertComment(trx, { consultationId: c.id, name: input.name, body: input.body, holdReasons: reasons, on: today, now: d.now })
    await recordAudit(trx, { actor: PARTICIPANT_ACTOR, organisationId: org.id, action: 'consultation.commented', entityType: 'consultation_comment', entityId: commentId, summary: { after: { consultation_id: c.id, hold_reasons: reasons } }, at: d.now })
    if (reasons.length === 0) await bumpPublicGeneration(trx, organisationScope(org.id))
  })
  return { shown: reasons.length === 0 }
}

// ---- Staff ----

const canEdit = (actor: Actor, orgId: string) => hasRoleIn(actor, orgId, ...EDITOR_ROLES)

async function editableOrg(ctx: StaffContext, orgId: string | null): Promise<OrganisationDetails> {
  const id = orgId ?? organisationsOf(ctx.actor).find((o) => canEdit(ctx.actor, o))
  if (!id) throw new ForbiddenError('runs no consultations')
  if (!isUuid(id)) throw new NotFoundError('organisation')
  if (!canEdit(ctx.actor, id)) throw new ForbiddenError('not an editor of this agency')
  return (await findOrganisationById(ctx.db, id)) ?? Promise.reject(new NotFoundError('organisation'))
}

export type StaffParticipation = Participation & { held: Awaited<ReturnType<typeof repo.heldComments>> }

export async function staffParticipation(ctx: StaffContext, orgId: string | null): Promise<StaffParticipation> {
  const org = await editableOrg(ctx, orgId)
  return { ...(await participation({ db: ctx.db, now: ctx.now }, org)), held: await repo.heldComments(ctx.db, org.id) }
}

/** A held comment is published (the automatic rule was wrong) or rejected; the trigger allows nothing else. */
export async function moderateComment(ctx: StaffContext, commentId: string, decision: 'publish' | 'reject'): Promise<{ consultationId: string }> {
  if (!isUuid(commentId)) throw new NotFoundError('comment')
  return ctx.db.transaction().execute(async (trx) => {
    const m = await repo.lockComment(trx, commentId)
    if (!m || !canEdit(ctx.actor, m.organisation_id)) throw new NotFoundError('comment')
    if (m.moderation !== 'held') throw new ValidationError({ decision: { th: 'ความคิดเห็นนี้พิจารณาแล้ว', en: 'This comment has already been moderated' } })
    const moderation = decision === 'publish' ? 'published' : 'rejected'
    await repo.moderate(trx, m.id, { moderation, by: ctx.actor.userId, on: todayInBangkok(ctx.now) })
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: m.organisation_id, action: `consultation.comment_${moderation}`, entityType: 'consultation_comment', entityId: m.id, summary: { before: { moderation: 'held' }, after: { moderation } }, at: ctx.now })
    if (moderation === 'published') await bumpPublicGeneration(trx, organisationScope(m.organisation_id))
    return { consultationId: m.consultation_id }
  })
}

// ---- Documents and photos (the file service checks type from content and size while reading) ----

export const DOCUMENT_PURPOSE = 'consultation-document'
export const PHOTO_PURPOSE = 'hearing-photo'
export type FilesContext = StaffContext & { files: FileService }
const NO_FILE = { th: 'เลือกไฟล์', en: 'Choose a file' }

async function attach(ctx: FilesContext, target: { kind: 'document' | 'photo'; ownerId: string; organisationId: string; field: string }, outcome: UploadOutcome | undefined): Promise<void> {
  if (!outcome) throw new ValidationError({ [target.field]: NO_FILE })
  if ('problem' in outcome) throw new ValidationError(outcome.problem)
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await ctx.files.commit(outcome.upload, { organisationId: target.organisationId, uploadedBy: ctx.actor.userId, purpose: target.kind === 'document' ? DOCUMENT_PURPOSE : PHOTO_PURPOSE, now: ctx.now }, trx)
    await repo.insertFile(trx, { kind: target.kind, ownerId: target.ownerId, fileId: stored.id, now: ctx.now })
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: target.organisationId, action: target.kind === 'document' ? 'consultation.document_added' : 'public_hearing.photo_added', entityType: target.kind === 'document' ? 'consultation' : 'public_hearing', entityId: target.ownerId, summary: { after: { file_id: stored.id, name: stored.originalName, size: stored.size } }, at: ctx.now })
    await bumpPublicGeneration(trx, organisationScope(target.organisationId))
  })
}

export async function addDocument(ctx: FilesContext, consultationId: string, outcome: UploadOutcome | undefined): Promise<void> {
  const c = await consultationInScope(ctx, consultationId)
  await attach(ctx, { kind: 'document', ownerId: c.id, organisationId: c.organisation_id, field: 'document' }, outcome)
}

async function hearingInScope(ctx: StaffContext, hearingId: string): Promise<{ id: string; organisation_id: string }> {
  if (!isUuid(hearingId)) throw new NotFoundError('hearing')
  const h = await repo.findHearing(ctx.db, hearingId)
  if (!h || !canEdit(ctx.actor, h.organisation_id)) throw new NotFoundError('hearing')
  return h
}

/** The agency whose participation page a hearing's photo form sits on (to show it again with an error). */
export async function hearingAgency(ctx: StaffContext, hearingId: string): Promise<string> {
  return (await hearingInScope(ctx, hearingId)).organisation_id
}

export async function addHearingPhoto(ctx: FilesContext, hearingId: string, outcome: UploadOutcome | undefined): Promise<{ organisationId: string }> {
  const h = await hearingInScope(ctx, hearingId)
  await attach(ctx, { kind: 'photo', ownerId: h.id, organisationId: h.organisation_id, field: `photo-${h.id}` }, outcome)
  return { organisationId: h.organisation_id }
}

/** A document of a consultation of this agency, or 404 (a file of another record or agency is as absent as none). */
export async function publicDocument(d: PublicDeps & { files: FileService }, org: OrganisationDetails, consultationId: string, fileId: string): Promise<OpenedFile> {
  const c = await consultationOf(d.db, org, consultationId)
  if (!isFileId(fileId) || !(await repo.filesOf(d.db, 'document', [c.id])).some((f) => f.file_id === fileId)) throw new NotFoundError('file')
  const opened = await d.files.openFile(fileId)
  if (!opened) throw new NotFoundError('file')
  return opened
}

export async function publicHearingPhoto(d: PublicDeps & { files: FileService }, org: OrganisationDetails, hearingId: string, fileId: string): Promise<Thumbnail> {
  if (!isUuid(hearingId) || !isFileId(fileId)) throw new NotFoundError('file')
  const h = await repo.findHearing(d.db, hearingId)
  if (!h || h.organisation_id !== org.id || !(await repo.filesOf(d.db, 'photo', [h.id])).some((f) => f.file_id === fileId)) throw new NotFoundError('file')
  const thumb = await d.files.thumbnail(fileId, 640)
  if (!thumb) throw new NotFoundError('file')
  return thumb
}

export async function openConsultation(ctx: StaffContext, orgId: string, input: ConsultationInput): Promise<string> {
  const org = await editableOrg(ctx, orgId)
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertConsultation(trx, { organisationId: org.id, ...input, by: ctx.actor.userId, now: ctx.now })
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: org.id, action: 'consultation.opened', entityType: 'consultation', entityId: id, summary: { after: { title: input.title, opens_on: input.opensOn, closes_on: input.closesOn } }, at: ctx.now })
    await bumpPublicGeneration(trx, organisationScope(org.id))
    return id
  })
}

async function consultationInScope(ctx: StaffContext, id: string): Promise<ConsultationRow> {
  if (!isUuid(id)) throw new NotFoundError('consultation')
  const c = await repo.findConsultation(ctx.db, id)
  if (!c || !canEdit(ctx.actor, c.organisation_id)) throw new NotFoundError('consultation')
  return c
}

export type StaffConsultation = { org: OrganisationDetails; consultation: Listed; comments: Awaited<ReturnType<typeof repo.commentsOf>>; documents: AttachedFile[] }

export async function staffConsultation(ctx: StaffContext, id: string): Promise<StaffConsultation> {
  const c = await consultationInScope(ctx, id)
  return { org: (await findOrganisationById(ctx.db, c.organisation_id))!, consultation: { ...c, phase: phaseOf(c, todayInBangkok(ctx.now)) }, comments: await repo.commentsOf(ctx.db, c.id), documents: await repo.filesOf(ctx.db, 'document', [c.id]) }
}

/** What the agency heard and will do, published once the consultation has closed. */
export async function publishSummary(ctx: StaffContext, id: string, s: { heard: string; willDo: string }): Promise<void> {
  const c = await consultationInScope(ctx, id)
  if (phaseOf(c, todayInBangkok(ctx.now)) !== 'closed') throw new ValidationError({ heard: { th: 'สรุปผลได้เมื่อปิดรับฟังแล้วและยังไม่เคยสรุป', en: 'A summary is published once, after the consultation closes' } })
  await ctx.db.transaction().execute(async (trx) => {
    await repo.saveSummary(trx, c.id, { ...s, on: todayInBangkok(ctx.now) })
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: c.organisation_id, action: 'consultation.summarised', entityType: 'consultation', entityId: c.id, summary: { after: { heard_chars: s.heard.length, will_do_chars: s.willDo.length } }, at: ctx.now })
    await bumpPublicGeneration(trx, organisationScope(c.organisation_id))
  })
}

export async function recordHearing(ctx: StaffContext, orgId: string, consultationId: string | null, h: HearingInput): Promise<void> {
  const org = await editableOrg(ctx, orgId)
  if (consultationId) {
    const c = await consultationInScope(ctx, consultationId)
    if (c.organisation_id !== org.id) throw new NotFoundError('consultation')
  }
  await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertHearing(trx, { organisationId: org.id, consultationId, ...h, by: ctx.actor.userId, now: ctx.now })
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: org.id, action: 'public_hearing.recorded', entityType: 'public_hearing', entityId: id, summary: { after: { held_on: h.heldOn, place: h.place, attendance: h.attendance } }, at: ctx.now })
    await bumpPublicGeneration(trx, organisationScope(org.id))
  })
}
