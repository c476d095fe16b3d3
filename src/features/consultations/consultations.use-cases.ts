import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts'
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
import type { ConsultationRow } from './consultations.repository.ts'

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
export type Participation = { org: OrganisationDetails; consultations: Listed[]; hearings: Awaited<ReturnType<typeof repo.hearingsOf>> }

export async function participation(d: PublicDeps, org: OrganisationDetails): Promise<Participation> {
  const today = todayInBangkok(d.now)
  return { org, consultations: (await repo.listConsultations(d.db, org.id)).map((c) => ({ ...c, phase: phaseOf(c, today) })), hearings: await repo.hearingsOf(d.db, org.id) }
}

export type PublicConsultation = { org: OrganisationDetails; consultation: Listed; comments: { author_name: string; body: string; created_on: string }[] }

async function consultationOf(db: Kysely<Database>, org: OrganisationDetails, id: string): Promise<ConsultationRow> {
  if (!isUuid(id)) throw new NotFoundError('consultation')
  const c = await repo.findConsultation(db, id)
  if (!c || c.organisation_id !== org.id) throw new NotFoundError('consultation')
  return c
}

/** The public page: comments caught by the automatic rules (links, phones, ID numbers, words) stay unpublished. */
export async function publicConsultation(d: PublicDeps, org: OrganisationDetails, id: string): Promise<PublicConsultation> {
  const c = await consultationOf(d.db, org, id)
  const comments = (await repo.commentsOf(d.db, c.id)).filter((x) => x.hold_reasons.length === 0)
  return { org, consultation: { ...c, phase: phaseOf(c, todayInBangkok(d.now)) }, comments }
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

export async function staffParticipation(ctx: StaffContext, orgId: string | null): Promise<Participation> {
  return participation({ db: ctx.db, now: ctx.now }, await editableOrg(ctx, orgId))
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

export type StaffConsultation = { org: OrganisationDetails; consultation: Listed; comments: Awaited<ReturnType<typeof repo.commentsOf>> }

export async function staffConsultation(ctx: StaffContext, id: string): Promise<StaffConsultation> {
  const c = await consultationInScope(ctx, id)
  return { org: (await findOrganisationById(ctx.db, c.organisation_id))!, consultation: { ...c, phase: phaseOf(c, todayInBangkok(ctx.now)) }, comments: await repo.commentsOf(ctx.db, c.id) }
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
