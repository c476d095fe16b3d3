import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import { auditActorOf, SYSTEM_ACTOR, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { addCalendarDays, ceToBe, isoDateParts, todayInBangkok, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { loadHolidayDates } from '../holidays/index.ts'
import { isUuid, type OrganisationDetails } from '../organisations/index.ts'
import type { DayUnit } from './service-manual.domain.ts'
import { canMove, checkDelayNotice, checkResultDate, daysBetween, DELAY_PROBLEMS, RESULT_DATE_PROBLEMS, daysLeftAtPause, deadlineDays, dueAfterResume, followUpCode, normaliseCode, requestReference, statutoryDeadline, type RequestStatus, type ResultChannel } from './service-requests.domain.ts'
import * as repo from './service-requests.repository.ts'
import type { RequestEvent, ServiceRequest } from './service-requests.repository.ts'
import * as services from './services.repository.ts'
import { chooseAgency, loadEditableAgency } from './services.use-cases.ts'

export type RequestContext = { db: Kysely<Database>; actor: Actor; now: Date }
export type { RequestEvent, ServiceRequest }

/** Reference prefix of every agency's requests: ค.ข. (คำขอ) is what a counter slip says. */
export const REQUEST_PREFIX = 'คข'
const LIMITS = { name: 200, contact: 200, details: 2000, note: 2000 } as const

export function hashFollowUpCode(code: string): string {
  return createHash('sha256').update(`service-request:${normaliseCode(code)}`).digest('hex')
}

/** Holidays enough for any deadline we count (15 days at most, moved by notices and pauses). */
async function holidaysAround(db: Kysely<Database>, from: IsoDate): Promise<Set<IsoDate>> {
  return loadHolidayDates(db, addCalendarDays(from, -400), addCalendarDays(from, 400))
}

async function loadEditableRequest(ctx: RequestContext, id: string, forUpdate = false): Promise<{ request: ServiceRequest; org: OrganisationDetails }> {
  if (!isUuid(id)) throw new NotFoundError('request')
  const request = await repo.findRequest(ctx.db, id, { forUpdate })
  if (!request) throw new NotFoundError('request')
  return { request, org: await loadEditableAgency(ctx.db, ctx.actor, request.organisationId) }
}

export type RequestFormValues = { service_id: string; applicant_name: string; applicant_contact: string; details: string; assigned_to: string }

export type FiledRequest = { id: string; reference: string; code: string; dueOn: IsoDate; organisationId: string }

type FileInput = { org: OrganisationDetails; serviceId: string; channel: 'counter' | 'online'; values: RequestFormValues; assignedTo: string | null; byUser: string | null; actorForAudit: { id: string | null; label: string } }

async function fileRequest(db: Kysely<Database>, now: Date, input: FileInput): Promise<FiledRequest> {
  const errors: FieldErrors = {}
  const name = input.values.applicant_name.trim()
  const contact = input.values.applicant_contact.trim()
  const details = input.values.details.trim()
  if (!name) errors.applicant_name = { th: 'กรอกชื่อผู้ยื่นคำขอ', en: 'Enter the applicant’s name' }
  else if (name.length > LIMITS.name) errors.applicant_name = { th: `ไม่เกิน ${LIMITS.name} ตัวอักษร`, en: `${LIMITS.name} characters or fewer` }
  if (!contact) errors.applicant_contact = { th: 'กรอกช่องทางติดต่อกลับ (โทรศัพท์ อีเมล หรือที่อยู่)', en: 'Enter how to reach the applicant (phone, e-mail or address)' }
  else if (contact.length > LIMITS.contact) errors.applicant_contact = { th: `ไม่เกิน ${LIMITS.contact} ตัวอักษร`, en: `${LIMITS.contact} characters or fewer` }
  if (details.length > LIMITS.details) errors.details = { th: `ไม่เกิน ${LIMITS.details} ตัวอักษร`, en: `${LIMITS.details} characters or fewer` }
  const service = isUuid(input.serviceId) ? await services.findService(db, input.serviceId) : undefined
  if (!service || service.organisationId !== input.org.id || !service.publishedVersion) errors.service_id = { th: 'เลือกงานบริการที่เผยแพร่แล้ว', en: 'Choose a published service' }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  const version = (await services.findVersion(db, service!.id, service!.publishedVersion!))!
  if (input.channel === 'online' && !version.manual.allowsOnline) throw new ForbiddenError('this service is not filed online')
  const filedOn = todayInBangkok(now)
  const dueOn = statutoryDeadline(filedOn, version.totalDays, version.dayUnit, await holidaysAround(db, filedOn))
  const code = followUpCode(randomBytes(12))
  return db.transaction().execute(async (trx) => {
    const yearBe = ceToBe(isoDateParts(filedOn).year)
    const n = await repo.nextRequestNumber(trx, input.org.id, yearBe)
    const reference = requestReference(REQUEST_PREFIX, yearBe, n)
    const id = await repo.insertRequest(trx, {
      organisationId: input.org.id,
      serviceId: service!.id,
      serviceVersion: version.version,
      reference,
      followUpHash: hashFollowUpCode(code),
      channel: input.channel,
      applicantName: name,
      applicantContact: contact,
      details,
      filedOn,
      dayUnit: version.dayUnit,
      promisedDays: deadlineDays(version.totalDays),
      dueOn,
      assignedTo: input.assignedTo,
      now,
    })
    await repo.insertEvent(trx, { requestId: id, kind: 'filed', fromStatus: null, toStatus: 'received', onDate: filedOn, note: input.channel === 'online' ? 'ยื่นออนไลน์' : 'ยื่นที่จุดบริการ', byUser: input.byUser, at: now })
    await recordAudit(trx, { actor: input.actorForAudit, organisationId: input.org.id, action: 'service_request.filed', entityType: 'service_request', entityId: id, summary: { after: { reference, service_id: service!.id, version: version.version, channel: input.channel, due_on: dueOn } }, at: now })
    // The public statistics count requests by service and month.
    await bumpPublicGeneration(trx, organisationScope(input.org.id))
    return { id, reference, code, dueOn, organisationId: input.org.id }
  })
}

/** At the counter: an officer of the agency files the request for the applicant and assigns it. */
export async function fileAtCounter(ctx: RequestContext, organisationId: string, values: RequestFormValues): Promise<FiledRequest> {
  const org = await loadEditableAgency(ctx.db, ctx.actor, organisationId)
  let assignedTo: string | null = ctx.actor.userId
  if (values.assigned_to) {
    const staff = await repo.assignableStaff(ctx.db, org.id)
    if (!staff.some((s) => s.id === values.assigned_to)) throw new ValidationError({ assigned_to: { th: 'เลือกเจ้าหน้าที่ของหน่วยงาน', en: 'Choose an officer of the agency' } })
    assignedTo = values.assigned_to
  }
  return fileRequest(ctx.db, ctx.now, { org, serviceId: values.service_id, channel: 'counter', values, assignedTo, byUser: ctx.actor.userId, actorForAudit: auditActorOf(ctx.actor) })
}

/** Online, by the applicant, where the manual allows it; nobody is assigned until an officer picks it up. */
export async function fileOnline(deps: { db: Kysely<Database>; now: Date }, org: OrganisationDetails, values: RequestFormValues): Promise<FiledRequest> {
  return fileRequest(deps.db, deps.now, { org, serviceId: values.service_id, channel: 'online', values, assignedTo: null, byUser: null, actorForAudit: SYSTEM_ACTOR })
}

export async function counterForm(ctx: RequestContext, slug: string | undefined) {
  const { org, choices } = await chooseAgency(ctx, slug)
  const list = (await services.listServices(ctx.db, org.id, 'published')).filter((s) => s.publishedVersion)
  return { org, choices, services: list, staff: await repo.assignableStaff(ctx.db, org.id) }
}

export async function requestsWorkspace(ctx: RequestContext, slug: string | undefined, filter: { status: 'open' | 'closed' | 'all'; page: number }) {
  const { org, choices } = await chooseAgency(ctx, slug)
  const pageSize = 50
  const { rows, total } = await repo.listRequests(ctx.db, org.id, { status: filter.status, limit: pageSize, offset: (filter.page - 1) * pageSize })
  const today = todayInBangkok(ctx.now)
  return { org, choices, rows, total, page: filter.page, pageSize, today, holidays: await holidaysAround(ctx.db, today) }
}

export async function requestDetail(ctx: RequestContext, id: string) {
  const { request, org } = await loadEditableRequest(ctx, id)
  const today = todayInBangkok(ctx.now)
  return { org, request, events: await repo.listEvents(ctx.db, request.id), staff: await repo.assignableStaff(ctx.db, org.id), today, holidays: await holidaysAround(ctx.db, today) }
}

export type RequestAction =
  | { kind: 'assign'; userId: string }
  | { kind: 'start' }
  | { kind: 'more_documents'; channel: ResultChannel; note: string }
  | { kind: 'documents_received'; note: string }
  | { kind: 'delay_notice'; reason: string; newDueOn: IsoDate; late: boolean; channel: ResultChannel }
  | { kind: 'approved' | 'refused'; channel: ResultChannel; note: string; /** The day the result went out; today when left out. */ on?: IsoDate }
  | { kind: 'withdrawn'; note: string }

const TARGET: Record<RequestAction['kind'], RequestStatus | null> = {
  assign: null,
  start: 'in_progress',
  more_documents: 'awaiting_documents',
  documents_received: 'in_progress',
  delay_notice: null,
  approved: 'approved',
  refused: 'refused',
  withdrawn: 'withdrawn',
}

const NOT_NOW = { th: 'ทำรายการนี้กับคำขอในสถานะปัจจุบันไม่ได้', en: 'This cannot be done to the request in its present state' }

/**
 * One step of the request's workflow: the state change (which the database also checks), the
 * deadline it moves, and its history row, in one transaction with the audit event.
 */
export async function actOnRequest(ctx: RequestContext, id: string, action: RequestAction): Promise<ServiceRequest> {
  const { org } = await loadEditableRequest(ctx, id)
  const today = todayInBangkok(ctx.now)
  const holidays = await holidaysAround(ctx.db, today)
  await ctx.db.transaction().execute(async (trx) => {
    const r = await repo.findRequest(trx, id, { forUpdate: true })
    if (!r) throw new NotFoundError('request')
    const to = TARGET[action.kind]
    if (to && !canMove(r.status, to)) throw new ConflictError('คำขอนี้เปลี่ยนสถานะไปแล้ว จึงทำรายการนี้ไม่ได้', 'The request has moved on; this step no longer applies')
    const unit: DayUnit = r.dayUnit
    let change: repo.RequestChange = {}
    let onDate = today
    let event: Omit<repo.NewEvent, 'requestId' | 'fromStatus' | 'toStatus' | 'onDate' | 'byUser' | 'at'> & { kind: string }
    switch (action.kind) {
      case 'assign': {
        const staff = await repo.assignableStaff(trx, org.id)
        const person = staff.find((s) => s.id === action.userId)
        if (!person) throw new ValidationError({ assigned_to: { th: 'เลือกเจ้าหน้าที่ของหน่วยงาน', en: 'Choose an officer of the agency' } })
        if (['approved', 'refused', 'withdrawn'].includes(r.status)) throw new ValidationError({ assigned_to: NOT_NOW })
        change = { assignedTo: person.id }
        event = { kind: 'assigned', note: person.name }
        break
      }
      case 'start':
        change = { status: 'in_progress' }
        event = { kind: 'started' }
        break
      case 'more_documents': {
        if (!action.note.trim()) throw new ValidationError({ more_note: { th: 'ระบุเอกสารที่ต้องการเพิ่ม', en: 'Say which documents are needed' } })
        const left = daysLeftAtPause(today, r.dueOn!, unit, holidays)
        change = { status: 'awaiting_documents', dueOn: null, pausedOn: today, daysLeftAtPause: left }
        event = { kind: 'more_documents', note: action.note.trim().slice(0, LIMITS.note), channel: action.channel }
        break
      }
      case 'documents_received': {
        const due = dueAfterResume(today, r.daysLeftAtPause ?? 0, unit, holidays)
        change = { status: 'in_progress', dueOn: due, pausedOn: null, daysLeftAtPause: null }
        event = { kind: 'documents_received', note: action.note.trim().slice(0, LIMITS.note), newDueOn: due }
        break
      }
      case 'delay_notice': {
        const check = checkDelayNotice({ status: r.status, dueOn: r.dueOn, today, reason: action.reason, newDueOn: action.newDueOn, lateConfirmed: action.late })
        if (!check.ok) {
          const errors: FieldErrors = {}
          for (const p of check.problems) errors[p === 'reason_missing' ? 'delay_reason' : p === 'new_date_not_later' ? 'new_due_on' : 'late'] = DELAY_PROBLEMS[p]
          throw new ValidationError(errors)
        }
        change = { dueOn: action.newDueOn, delayNotices: r.delayNotices + 1 }
        event = { kind: 'delay_notice', note: action.reason.trim().slice(0, LIMITS.note), newDueOn: action.newDueOn, late: check.late, channel: action.channel }
        break
      }
      case 'approved':
      case 'refused': {
        if (action.kind === 'refused' && !action.note.trim()) throw new ValidationError({ result_note: { th: 'ระบุเหตุผลที่ไม่อนุญาต', en: 'Give the reasons for the refusal' } })
        const on = action.on ?? today
        const dateProblem = checkResultDate(on, { today, filedOn: r.filedOn, lastStepOn: await repo.lastStepOn(trx, r.id) })
        if (dateProblem) throw new ValidationError({ result_on: RESULT_DATE_PROBLEMS[dateProblem] })
        onDate = on
        change = { status: action.kind, completedOn: on, tookDays: daysBetween(r.filedOn, on, unit, await loadHolidayDates(trx, r.filedOn, on)), resultChannel: action.channel, dueOn: r.dueOn, pausedOn: null, daysLeftAtPause: null }
        // A refusal may come while documents are awaited (they never came): the clock is closed as it stood.
        if (r.status === 'awaiting_documents') change.dueOn = r.pausedOn
        event = { kind: action.kind, note: action.note.trim().slice(0, LIMITS.note), channel: action.channel, late: !!r.dueOn && on > r.dueOn }
        break
      }
      case 'withdrawn':
        change = { status: 'withdrawn', completedOn: today, tookDays: daysBetween(r.filedOn, today, unit, await loadHolidayDates(trx, r.filedOn, today)), pausedOn: null, daysLeftAtPause: null, dueOn: r.dueOn ?? r.pausedOn }
        event = { kind: 'withdrawn', note: action.note.trim().slice(0, LIMITS.note) }
        break
    }
    await repo.updateRequest(trx, r.id, change, ctx.now)
    await repo.insertEvent(trx, { ...event, requestId: r.id, fromStatus: r.status, toStatus: change.status ?? r.status, onDate, byUser: ctx.actor.userId, at: ctx.now })
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId: org.id,
      action: `service_request.${event.kind}`,
      entityType: 'service_request',
      entityId: r.id,
      summary: { before: { status: r.status, due_on: r.dueOn }, after: { status: change.status ?? r.status, due_on: change.dueOn === undefined ? r.dueOn : change.dueOn } },
      at: ctx.now,
    })
    if (change.status) await bumpPublicGeneration(trx, organisationScope(org.id))
  })
  return (await repo.findRequest(ctx.db, id))!
}

export type FollowUpView = { request: ServiceRequest; events: RequestEvent[] }

/**
 * The applicant's view: number and code must both match a request of this agency. What comes
 * back is the request's progress, never the name or contact (a code may be read off a slip).
 */
export async function followUp(deps: { db: Kysely<Database> }, org: OrganisationDetails, reference: string, code: string): Promise<FollowUpView> {
  const ref = reference.trim().slice(0, 40)
  const request = ref && code.trim() ? await repo.findByReference(deps.db, org.id, ref, hashFollowUpCode(code)) : undefined
  if (!request) throw new ValidationError({ reference: { th: 'ไม่พบคำขอตามเลขที่และรหัสติดตามนี้ ตรวจสอบแล้วลองอีกครั้ง', en: 'No request matches this number and code; check them and try again' } })
  return { request, events: await repo.listEvents(deps.db, request.id) }
}

