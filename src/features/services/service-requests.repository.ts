import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { IsoDate } from '../../platform/thai-calendar/index.ts'
import type { DayUnit } from './service-manual.domain.ts'
import type { RequestStatus } from './service-requests.domain.ts'

type Db = Kysely<Database>

export type ServiceRequest = {
  id: string
  organisationId: string
  serviceId: string
  serviceVersion: number
  serviceName: string
  serviceKey: string
  reference: string
  channel: 'counter' | 'online'
  applicantName: string
  applicantContact: string
  details: string
  status: RequestStatus
  filedOn: IsoDate
  dayUnit: DayUnit
  promisedDays: number
  dueOn: IsoDate | null
  originalDueOn: IsoDate
  pausedOn: IsoDate | null
  daysLeftAtPause: number | null
  assignedTo: string | null
  assignedName: string | null
  completedOn: IsoDate | null
  resultChannel: string | null
  delayNotices: number
}

export type RequestEvent = { id: string; kind: string; fromStatus: string | null; toStatus: string; onDate: IsoDate; note: string; channel: string | null; newDueOn: IsoDate | null; late: boolean; byName: string | null; at: Date }

function base(db: Db) {
  return db
    .selectFrom('service_requests as r')
    .innerJoin('services as s', 's.id', 'r.service_id')
    .innerJoin('service_versions as v', (j) => j.onRef('v.service_id', '=', 'r.service_id').onRef('v.version', '=', 'r.service_version'))
    .leftJoin('users as u', 'u.id', 'r.assigned_to')
    .selectAll('r')
    .select(['v.name_th as service_name', 's.service_key', 'u.display_name as assigned_name'])
}

type BaseRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>

function toRequest(r: BaseRow): ServiceRequest {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    serviceId: r.service_id,
    serviceVersion: r.service_version,
    serviceName: r.service_name,
    serviceKey: r.service_key,
    reference: r.reference,
    channel: r.channel as 'counter' | 'online',
    applicantName: r.applicant_name,
    applicantContact: r.applicant_contact,
    details: r.details,
    status: r.status as RequestStatus,
    filedOn: r.filed_on as IsoDate,
    dayUnit: r.day_unit as DayUnit,
    promisedDays: r.promised_days,
    dueOn: r.due_on as IsoDate | null,
    originalDueOn: r.original_due_on as IsoDate,
    pausedOn: r.paused_on as IsoDate | null,
    daysLeftAtPause: r.days_left_at_pause,
    assignedTo: r.assigned_to,
    assignedName: r.assigned_name,
    completedOn: r.completed_on as IsoDate | null,
    resultChannel: r.result_channel,
    delayNotices: r.delay_notices,
  }
}

/** The next running number of the agency in that Buddhist year (never re-used). */
export async function nextRequestNumber(db: Db, organisationId: string, yearBe: number): Promise<number> {
  const row = await db
    .insertInto('service_request_counters')
    .values({ organisation_id: organisationId, year_be: yearBe, last_number: 1 })
    .onConflict((oc) => oc.columns(['organisation_id', 'year_be']).doUpdateSet({ last_number: sql`service_request_counters.last_number + 1` }))
    .returning('last_number')
    .executeTakeFirstOrThrow()
  return row.last_number
}

export type NewRequest = {
  organisationId: string
  serviceId: string
  serviceVersion: number
  reference: string
  followUpHash: string
  channel: 'counter' | 'online'
  applicantName: string
  applicantContact: string
  details: string
  filedOn: IsoDate
  dayUnit: DayUnit
  promisedDays: number
  dueOn: IsoDate
  assignedTo: string | null
  now: Date
}

export async function insertRequest(db: Db, r: NewRequest): Promise<string> {
  const row = await db
    .insertInto('service_requests')
    .values({
      organisation_id: r.organisationId,
      service_id: r.serviceId,
      service_version: r.serviceVersion,
      reference: r.reference,
      follow_up_hash: r.followUpHash,
      channel: r.channel,
      applicant_name: r.applicantName,
      applicant_contact: r.applicantContact,
      details: r.details,
      status: 'received',
      filed_on: r.filedOn,
      day_unit: r.dayUnit,
      promised_days: r.promisedDays,
      due_on: r.dueOn,
      original_due_on: r.dueOn,
      assigned_to: r.assignedTo,
      created_at: r.now,
      updated_at: r.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export type RequestChange = Partial<{ status: RequestStatus; dueOn: IsoDate | null; pausedOn: IsoDate | null; daysLeftAtPause: number | null; assignedTo: string | null; completedOn: IsoDate | null; tookDays: number | null; resultChannel: string | null; delayNotices: number }>

export async function updateRequest(db: Db, id: string, c: RequestChange, now: Date): Promise<void> {
  await db
    .updateTable('service_requests')
    .set({
      ...(c.status !== undefined ? { status: c.status } : {}),
      ...(c.dueOn !== undefined ? { due_on: c.dueOn } : {}),
      ...(c.pausedOn !== undefined ? { paused_on: c.pausedOn } : {}),
      ...(c.daysLeftAtPause !== undefined ? { days_left_at_pause: c.daysLeftAtPause } : {}),
      ...(c.assignedTo !== undefined ? { assigned_to: c.assignedTo } : {}),
      ...(c.completedOn !== undefined ? { completed_on: c.completedOn } : {}),
      ...(c.tookDays !== undefined ? { took_days: c.tookDays } : {}),
      ...(c.resultChannel !== undefined ? { result_channel: c.resultChannel } : {}),
      ...(c.delayNotices !== undefined ? { delay_notices: c.delayNotices } : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute()
}

export type NewEvent = { requestId: string; kind: string; fromStatus: string | null; toStatus: string; onDate: IsoDate; note?: string; channel?: string | null; newDueOn?: IsoDate | null; late?: boolean; byUser: string | null; at: Date }

export async function insertEvent(db: Db, e: NewEvent): Promise<void> {
  await db
    .insertInto('service_request_events')
    .values({ request_id: e.requestId, kind: e.kind, from_status: e.fromStatus, to_status: e.toStatus, on_date: e.onDate, note: e.note ?? '', channel: e.channel ?? null, new_due_on: e.newDueOn ?? null, late: e.late ?? false, by_user: e.byUser, at: e.at })
    .execute()
}

export async function findRequest(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<ServiceRequest | undefined> {
  if (options.forUpdate) await db.selectFrom('service_requests').select('id').where('id', '=', id).forUpdate().execute()
  const r = await base(db).where('r.id', '=', id).executeTakeFirst()
  return r ? toRequest(r) : undefined
}

/** By the applicant's number and the hash of their follow-up code: both must match. */
export async function findByReference(db: Db, organisationId: string, reference: string, followUpHash: string): Promise<ServiceRequest | undefined> {
  const r = await base(db).where('r.organisation_id', '=', organisationId).where('r.reference', '=', reference).where('r.follow_up_hash', '=', followUpHash).executeTakeFirst()
  return r ? toRequest(r) : undefined
}

export async function listEvents(db: Db, requestId: string, options: { withReminders?: boolean } = {}): Promise<RequestEvent[]> {
  let q = db.selectFrom('service_request_events as e').leftJoin('users as u', 'u.id', 'e.by_user').selectAll('e').select('u.display_name').where('e.request_id', '=', requestId)
  if (!options.withReminders) q = q.where('e.kind', '<>', 'reminder')
  const rows = await q.orderBy('e.at').execute()
  return rows.map((e) => ({ id: e.id, kind: e.kind, fromStatus: e.from_status, toStatus: e.to_status, onDate: e.on_date as IsoDate, note: e.note, channel: e.channel, newDueOn: e.new_due_on as IsoDate | null, late: e.late, byName: e.display_name, at: e.at }))
}

/** The date of the latest step on record (reminders are not steps). */
export async function lastStepOn(db: Db, requestId: string): Promise<IsoDate | null> {
  const r = await db.selectFrom('service_request_events').select((eb) => eb.fn.max('on_date').as('on')).where('request_id', '=', requestId).where('kind', '<>', 'reminder').executeTakeFirst()
  return (r?.on as IsoDate | null | undefined) ?? null
}

export type RequestFilter = { status?: 'open' | 'closed' | 'all'; serviceId?: string; limit: number; offset: number }

export async function listRequests(db: Db, organisationId: string, f: RequestFilter): Promise<{ rows: ServiceRequest[]; total: number }> {
  let q = base(db).where('r.organisation_id', '=', organisationId)
  let c = db.selectFrom('service_requests as r').select((eb) => eb.fn.countAll().as('n')).where('r.organisation_id', '=', organisationId)
  if (f.status === 'open') {
    q = q.where('r.status', 'in', ['received', 'in_progress', 'awaiting_documents'])
    c = c.where('r.status', 'in', ['received', 'in_progress', 'awaiting_documents'])
  } else if (f.status === 'closed') {
    q = q.where('r.status', 'in', ['approved', 'refused', 'withdrawn'])
    c = c.where('r.status', 'in', ['approved', 'refused', 'withdrawn'])
  }
  if (f.serviceId) {
    q = q.where('r.service_id', '=', f.serviceId)
    c = c.where('r.service_id', '=', f.serviceId)
  }
  // Open requests soonest-due first (paused ones last); closed ones newest first.
  const rows = await q
    .orderBy(sql`CASE WHEN r.due_on IS NULL THEN 1 ELSE 0 END`)
    .orderBy('r.due_on')
    .orderBy('r.filed_on', 'desc')
    .orderBy('r.reference', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute()
  const total = Number((await c.executeTakeFirstOrThrow()).n)
  return { rows: rows.map(toRequest), total }
}

/** People of the agency who may be assigned a request: its officers, head and administrators. */
export async function assignableStaff(db: Db, organisationId: string): Promise<{ id: string; name: string; email: string; role: string }[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.display_name', 'u.email', 'm.role'])
    .where('m.organisation_id', '=', organisationId)
    .where('m.role', 'in', ['officer', 'head', 'admin'])
    .where('u.is_active', '=', true)
    .orderBy('u.display_name')
    .execute()
  const seen = new Map<string, { id: string; name: string; email: string; role: string }>()
  for (const r of rows) if (!seen.has(r.id)) seen.set(r.id, { id: r.id, name: r.display_name, email: r.email, role: r.role })
  return [...seen.values()]
}

/** Open requests with a running clock, for the daily reminder. */
export async function runningRequests(db: Db): Promise<ServiceRequest[]> {
  const rows = await base(db).where('r.status', 'in', ['received', 'in_progress']).where('r.due_on', 'is not', null).execute()
  return rows.map(toRequest)
}

/** Records that a reminder went for this deadline; false when one already had. */
export async function claimReminder(db: Db, requestId: string, dueOn: IsoDate, status: string, onDate: IsoDate, at: Date): Promise<boolean> {
  const r = await db
    .insertInto('service_request_events')
    .values({ request_id: requestId, kind: 'reminder', from_status: status, to_status: status, on_date: onDate, new_due_on: dueOn, by_user: null, at })
    .onConflict((oc) => oc.columns(['request_id', 'new_due_on']).where('kind', '=', 'reminder').doNothing())
    .returning('id')
    .executeTakeFirst()
  return !!r
}

export async function headsOf(db: Db, organisationId: string): Promise<{ id: string; email: string }[]> {
  return db.selectFrom('memberships as m').innerJoin('users as u', 'u.id', 'm.user_id').select(['u.id', 'u.email']).where('m.organisation_id', '=', organisationId).where('m.role', '=', 'head').where('u.is_active', '=', true).execute()
}

export async function activeUser(db: Db, id: string): Promise<{ id: string; email: string } | undefined> {
  return db.selectFrom('users').select(['id', 'email']).where('id', '=', id).where('is_active', '=', true).executeTakeFirst()
}
