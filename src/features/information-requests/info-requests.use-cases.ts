import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { hasRoleIn, organisationsOf } from '../../platform/auth/policy.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { addCalendarDays, businessDaysBetween, ceToBe, isoDate, todayInBangkok, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { formatReceipt, normaliseReceipt, receiptFromBytes } from '../complaints/index.ts'
import { loadHolidayDates } from '../holidays/index.ts'
import { findOrganisationById, findOrganisationBySlug, isUuid, sortByThaiName, type OrganisationDetails, type OrganisationSummary } from '../organisations/index.ts'
import { listPortalItems, PORTAL_SECTIONS, type PortalListEntry } from '../portal/index.ts'
import { median } from '../webboard/index.ts'
import {
  CLOSED_STATES,
  HANDLER_ROLES,
  INFORMATION_INDEX,
  TRANSITIONS,
  appealUntil,
  canMove,
  extendClock,
  isClosed,
  latenessOf,
  pauseClock,
  requestNumber,
  resumeClock,
  startClock,
  type Clock,
  type Lateness,
  type RequestState,
} from './info-requests.domain.ts'
import type { RequestInput, StepInput } from './info-requests.input.ts'
import * as repo from './info-requests.repository.ts'
import type { RequestRow } from './info-requests.repository.ts'

export type { RequestRow }
export type PublicDeps = { db: Kysely<Database>; now: Date }
export type StaffContext = { db: Kysely<Database>; actor: Actor; now: Date; baseUrl: string }

const REQUESTER_ACTOR = { id: null, label: 'requester (official information)' } as const
const hashCode = (compact: string) => createHash('sha256').update(`info-request:${compact}`).digest('base64url')
const holidaysAround = (db: Kysely<Database>, day: IsoDate) => loadHolidayDates(db, addCalendarDays(day, -400), addCalendarDays(day, 400))

export async function publicAgency(db: Kysely<Database>, slug: string): Promise<OrganisationDetails> {
  const org = await findOrganisationBySlug(db, slug)
  if (!org) throw new NotFoundError('organisation')
  return org
}

export type CentreEntry = (typeof INFORMATION_INDEX)[number] & { sections: { key: string; name: { th: string; en: string } }[]; items: PortalListEntry[] }
export type InfoCentre = { org: OrganisationDetails; entries: CentreEntry[]; answers: Awaited<ReturnType<typeof repo.publishedAnswers>> }

/** The information centre: the s.7 / s.9 index over the agency's published portal items. */
export async function infoCentre(d: PublicDeps, org: OrganisationDetails): Promise<InfoCentre> {
  const items = await listPortalItems(d.db, { organisationIds: [org.id], publishedOnly: true, limit: 500 })
  const entries = INFORMATION_INDEX.map((e) => ({
    ...e,
    sections: e.portalSections.flatMap((k) => PORTAL_SECTIONS.filter((s) => s.key === k).map((s) => ({ key: s.key, name: s.name }))),
    items: items.filter((i) => e.portalSections.includes(i.section)).slice(0, 5),
  }))
  return { org, entries, answers: await repo.publishedAnswers(d.db, org.id) }
}

export type Submitted = { number: string; code: string; due: IsoDate }

async function fileRequest(db: Kysely<Database>, now: Date, org: OrganisationDetails, input: RequestInput, channel: 'online' | 'counter', actor: Actor | null): Promise<Submitted & { id: string }> {
  const today = todayInBangkok(now)
  const settings = await repo.readRequestSettings(db, org.id)
  const clock = startClock(today, settings.answerDays, await holidaysAround(db, today))
  const code = receiptFromBytes(randomBytes(16))
  return db.transaction().execute(async (trx) => {
    const number = requestNumber(await repo.nextNumber(trx, org.id, ceToBe(Number(today.slice(0, 4)))), ceToBe(Number(today.slice(0, 4))))
    const id = await repo.insertRequest(trx, { organisationId: org.id, number, channel, name: input.name, contact: input.contact, what: input.what, delivery: input.delivery, feeBaht: input.feeBaht, receivedOn: today, allowedDays: clock.allowedDays, due: clock.due!, followUpHash: hashCode(normaliseReceipt(code)!), createdBy: actor?.userId ?? null, now })
    await repo.insertEvent(trx, { requestId: id, at: now, onDate: today, actor: actor?.userId ?? null, from: null, to: 'received', note: '', due: clock.due })
    // The audit trail keeps the facts of the request, never the requester's name or contact.
    await recordAudit(trx, { actor: actor ? auditActorOf(actor) : REQUESTER_ACTOR, organisationId: org.id, action: 'info_request.received', entityType: 'info_request', entityId: id, summary: { after: { number, channel, delivery: input.delivery, due_on: clock.due } }, at: now })
    await bumpPublicGeneration(trx, organisationScope(org.id))
    return { id, number, code, due: clock.due! }
  })
}

/** A request made online: the requester gets its number and a follow-up code, shown once. */
export async function submitRequest(d: PublicDeps, org: OrganisationDetails, input: RequestInput): Promise<Submitted> {
  return fileRequest(d.db, d.now, org, input, 'online', null)
}

export type FollowUp = { org: OrganisationDetails; request: Omit<RequestRow, 'requester_name' | 'requester_contact'>; events: { on_date: string; to_status: string; note: string; due_on: string | null }[] }

export const WRONG_FOLLOW_UP = { th: 'ไม่พบคำขอที่ตรงกับเลขที่และรหัสติดตามนี้', en: 'No request matches that number and follow-up code' }

/** The requester follows their request with its number and code; null when they do not match. */
export async function followUp(d: PublicDeps, org: OrganisationDetails, number: string, code: string): Promise<FollowUp | null> {
  const compact = normaliseReceipt(code)
  const row = await repo.findByNumber(d.db, org.id, number.trim().replace(/\s+/g, ' '))
  if (!compact || !row || hashCode(compact) !== row.follow_up_hash) return null
  const { requester_name: _n, requester_contact: _c, follow_up_hash: _h, ...request } = row
  const events = (await repo.eventsOf(d.db, row.id)).map((e) => ({ on_date: e.on_date, to_status: e.to_status, note: e.note, due_on: e.due_on }))
  return { org, request, events }
}

// ---- Staff ----

const canSee = (actor: Actor, orgId: string) => hasRoleIn(actor, orgId, 'officer', 'head', 'admin')
const canAct = (actor: Actor, orgId: string) => hasRoleIn(actor, orgId, ...HANDLER_ROLES)

async function staffAgency(ctx: StaffContext, orgId: string | null): Promise<{ org: OrganisationDetails; choices: OrganisationSummary[] }> {
  const ids = organisationsOf(ctx.actor).filter((id) => canSee(ctx.actor, id))
  const choices = ids.length ? sortByThaiName(await ctx.db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en']).where('id', 'in', ids).execute()) : []
  const id = orgId ?? choices[0]?.id
  if (!id) throw new ForbiddenError('handles no information requests')
  if (!isUuid(id)) throw new NotFoundError('organisation')
  if (!canSee(ctx.actor, id)) throw new ForbiddenError('not staff of this agency')
  const org = await findOrganisationById(ctx.db, id)
  if (!org) throw new NotFoundError('organisation')
  return { org, choices }
}

export async function counterForm(ctx: StaffContext, orgId: string | null): Promise<OrganisationDetails> {
  const { org } = await staffAgency(ctx, orgId)
  if (!canAct(ctx.actor, org.id)) throw new ForbiddenError('may not record requests')
  return org
}

/** A written request handed in at the counter, recorded by an officer; the slip carries the code. */
export async function recordCounterRequest(ctx: StaffContext, orgId: string, input: RequestInput): Promise<Submitted & { id: string }> {
  const org = await counterForm(ctx, orgId)
  return fileRequest(ctx.db, ctx.now, org, input, 'counter', ctx.actor)
}

export type StaffRow = RequestRow & { lateness: Lateness; assignee: string | null }
export type StaffList = { org: OrganisationDetails; choices: OrganisationSummary[]; rows: StaffRow[]; overdue: StaffRow[]; canAct: boolean; isHead: boolean }

export async function staffList(ctx: StaffContext, orgId: string | null): Promise<StaffList> {
  const { org, choices } = await staffAgency(ctx, orgId)
  const today = todayInBangkok(ctx.now)
  const [settings, holidays, people] = await Promise.all([repo.readRequestSettings(ctx.db, org.id), holidaysAround(ctx.db, today), repo.holdersOf(ctx.db, org.id, HANDLER_ROLES)])
  const names = new Map(people.map((p) => [p.id, p.display_name]))
  const rows = (await repo.listRequests(ctx.db, org.id)).map((r) => ({
    ...r,
    lateness: isClosed(r.status as RequestState) ? ('on_time' as const) : latenessOf(r.due_on ? isoDate(r.due_on) : null, today, settings.veryOverdueDays, holidays),
    assignee: r.assigned_to ? (names.get(r.assigned_to) ?? null) : null,
  }))
  return { org, choices, rows, overdue: rows.filter((r) => r.lateness !== 'on_time'), canAct: canAct(ctx.actor, org.id), isHead: hasRoleIn(ctx.actor, org.id, 'head') }
}

export type StaffRequest = { org: OrganisationDetails; request: RequestRow; events: Awaited<ReturnType<typeof repo.eventsOf>>; next: readonly RequestState[]; handlers: { id: string; display_name: string }[]; canAct: boolean; lateness: Lateness }

async function requestInScope(ctx: StaffContext, id: string): Promise<RequestRow> {
  if (!isUuid(id)) throw new NotFoundError('request')
  const r = await repo.findRequest(ctx.db, id)
  // Another agency's request is as absent as a missing one.
  if (!r || !canSee(ctx.actor, r.organisation_id)) throw new NotFoundError('request')
  return r
}

export async function staffRequest(ctx: StaffContext, id: string): Promise<StaffRequest> {
  const request = await requestInScope(ctx, id)
  const org = (await findOrganisationById(ctx.db, request.organisation_id))!
  const today = todayInBangkok(ctx.now)
  const settings = await repo.readRequestSettings(ctx.db, org.id)
  const status = request.status as RequestState
  return {
    org,
    request,
    events: await repo.eventsOf(ctx.db, request.id),
    next: TRANSITIONS[status],
    handlers: await repo.holdersOf(ctx.db, org.id, HANDLER_ROLES),
    canAct: canAct(ctx.actor, org.id),
    lateness: isClosed(status) ? 'on_time' : latenessOf(request.due_on ? isoDate(request.due_on) : null, today, settings.veryOverdueDays, await holidaysAround(ctx.db, today)),
  }
}

/**
 * One step of the procedure. The clock is data on the row: clarification banks the business days
 * used and clears the due date; the step after it resumes counting; an extension moves the date.
 */
export async function takeStep(ctx: StaffContext, id: string, step: StepInput): Promise<void> {
  const r = await requestInScope(ctx, id)
  if (!canAct(ctx.actor, r.organisation_id)) throw new ForbiddenError('may not handle this request')
  const from = r.status as RequestState
  if (!canMove(from, step.to)) throw new ValidationError({ to: { th: 'ขั้นตอนนี้ทำไม่ได้จากสถานะปัจจุบัน', en: 'That step is not possible from the current state' } })
  const today = todayInBangkok(ctx.now)
  const settings = await repo.readRequestSettings(ctx.db, r.organisation_id)
  const holidays = await holidaysAround(ctx.db, today)
  let clock: Clock = { clockFrom: isoDate(r.clock_from), daysUsed: r.days_used, allowedDays: r.allowed_days, due: r.due_on ? isoDate(r.due_on) : null }
  if (step.to === 'clarification') clock = pauseClock(clock, today, holidays)
  else if (from === 'clarification') clock = resumeClock(clock, today, holidays)
  if (step.to === 'extended') clock = extendClock(clock, settings.extensionDays, holidays)
  const closing = CLOSED_STATES.includes(step.to)
  const set: Parameters<typeof repo.updateRequest>[2] = {
    status: step.to,
    clock_from: clock.clockFrom,
    days_used: clock.daysUsed,
    allowed_days: clock.allowedDays,
    due_on: clock.due,
    ...(closing ? { closed_on: today } : {}),
    ...(step.to === 'answered_full' || step.to === 'answered_part' ? { answer_text: step.answer, publish_answer: step.publish } : {}),
    ...(step.to === 'refused' ? { refusal_section: step.ground, refusal_reason: step.note, appeal_until: appealUntil(today) } : {}),
    ...(step.to === 'transferred' ? { transferred_to: step.transferredTo } : {}),
  }
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateRequest(trx, r.id, set, ctx.now)
    const note = step.to === 'transferred' ? `${step.transferredTo}${step.note ? ` – ${step.note}` : ''}` : step.note
    await repo.insertEvent(trx, { requestId: r.id, at: ctx.now, onDate: today, actor: ctx.actor.userId, from, to: step.to, note, due: clock.due })
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId: r.organisation_id,
      action: `info_request.${step.to}`,
      entityType: 'info_request',
      entityId: r.id,
      summary: { before: { status: from, due_on: r.due_on }, after: { status: step.to, due_on: clock.due, days_used: clock.daysUsed, refusal_section: step.ground } },
      at: ctx.now,
    })
    await bumpPublicGeneration(trx, organisationScope(r.organisation_id))
  })
}

export async function assignRequest(ctx: StaffContext, id: string, userId: string): Promise<void> {
  const r = await requestInScope(ctx, id)
  if (!canAct(ctx.actor, r.organisation_id)) throw new ForbiddenError('may not assign')
  const handlers = await repo.holdersOf(ctx.db, r.organisation_id, HANDLER_ROLES)
  const to = userId ? handlers.find((h) => h.id === userId) : null
  if (userId && !to) throw new ValidationError({ assignee: { th: 'เลือกเจ้าหน้าที่ของหน่วยงานนี้', en: 'Choose an officer of this agency' } })
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateRequest(trx, r.id, { assigned_to: to?.id ?? null }, ctx.now)
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: r.organisation_id, action: 'info_request.assigned', entityType: 'info_request', entityId: r.id, summary: { before: { assigned_to: r.assigned_to }, after: { assigned_to: to?.id ?? null } }, at: ctx.now })
  })
}

// ---- Public statistics ----

export type RequestStatistics = {
  org: OrganisationDetails
  total: number
  open: number
  byMonth: { month: string; received: number; closed: number }[]
  byOutcome: { status: RequestState; count: number }[]
  medianBusinessDays: number | null
  onTimePercent: number | null
}

export async function requestStatistics(d: PublicDeps, org: OrganisationDetails): Promise<RequestStatistics> {
  const rows = await repo.statisticsRows(d.db, org.id)
  const holidays = await holidaysAround(d.db, todayInBangkok(d.now))
  const months = new Map<string, { received: number; closed: number }>()
  const bump = (m: string, k: 'received' | 'closed') => {
    const e = months.get(m) ?? { received: 0, closed: 0 }
    e[k]++
    months.set(m, e)
  }
  const days: number[] = []
  let onTime = 0
  for (const r of rows) {
    bump(r.received_on.slice(0, 7), 'received')
    if (r.closed_on) {
      bump(r.closed_on.slice(0, 7), 'closed')
      days.push(Math.max(0, businessDaysBetween(isoDate(r.received_on), isoDate(r.closed_on), holidays)))
      if (r.due_on && r.closed_on <= r.due_on) onTime++
    }
  }
  return {
    org,
    total: rows.length,
    open: rows.filter((r) => !isClosed(r.status as RequestState)).length,
    byMonth: [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, v]) => ({ month, ...v })),
    byOutcome: CLOSED_STATES.map((s) => ({ status: s, count: rows.filter((r) => r.status === s).length })),
    medianBusinessDays: median(days),
    onTimePercent: days.length ? Math.round((onTime / days.length) * 100) : null,
  }
}

export { formatReceipt as formatFollowUpCode }
