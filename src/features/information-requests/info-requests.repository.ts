import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { Role } from '../../platform/auth/roles.ts'
import { DEFAULT_REQUEST_SETTINGS, type RequestSettings } from './info-requests.domain.ts'

type Db = Kysely<Database> | Transaction<Database>

export async function readRequestSettings(db: Db, organisationId: string): Promise<RequestSettings> {
  const row = await db.selectFrom('voice_settings').select(['request_answer_days', 'request_extension_days', 'request_very_overdue_days']).where('organisation_id', '=', organisationId).executeTakeFirst()
  return row ? { answerDays: row.request_answer_days, extensionDays: row.request_extension_days, veryOverdueDays: row.request_very_overdue_days } : DEFAULT_REQUEST_SETTINGS
}

/** The next number of the agency's year, taken under the row's lock so two requests never share one. */
export async function nextNumber(trx: Transaction<Database>, organisationId: string, yearBe: number): Promise<number> {
  const row = await trx
    .insertInto('info_request_counters')
    .values({ organisation_id: organisationId, year_be: yearBe, last_number: 1 })
    .onConflict((oc) => oc.columns(['organisation_id', 'year_be']).doUpdateSet({ last_number: sql`info_request_counters.last_number + 1` }))
    .returning('last_number')
    .executeTakeFirstOrThrow()
  return row.last_number
}

export type RequestRow = {
  id: string
  organisation_id: string
  number: string
  channel: 'online' | 'counter'
  requester_name: string
  requester_contact: string
  what_requested: string
  delivery: string
  fee_baht: string | null
  status: string
  received_on: string
  clock_from: string
  days_used: number
  allowed_days: number
  due_on: string | null
  assigned_to: string | null
  answer_text: string | null
  refusal_section: string | null
  refusal_reason: string | null
  transferred_to: string | null
  closed_on: string | null
  appeal_until: string | null
  publish_answer: boolean
}

const COLUMNS = [
  'id',
  'organisation_id',
  'number',
  'channel',
  'requester_name',
  'requester_contact',
  'what_requested',
  'delivery',
  'fee_baht',
  'status',
  'received_on',
  'clock_from',
  'days_used',
  'allowed_days',
  'due_on',
  'assigned_to',
  'answer_text',
  'refusal_section',
  'refusal_reason',
  'transferred_to',
  'closed_on',
  'appeal_until',
  'publish_answer',
] as const

export async function insertRequest(
  trx: Transaction<Database>,
  r: { organisationId: string; number: string; channel: 'online' | 'counter'; name: string; contact: string; what: string; delivery: string; feeBaht: number | null; receivedOn: string; allowedDays: number; due: string; followUpHash: string; createdBy: string | null; now: Date },
): Promise<string> {
  const row = await trx
    .insertInto('info_requests')
    .values({
      organisation_id: r.organisationId,
      number: r.number,
      channel: r.channel,
      requester_name: r.name,
      requester_contact: r.contact,
      what_requested: r.what,
      delivery: r.delivery,
      fee_baht: r.feeBaht === null ? null : String(r.feeBaht),
      status: 'received',
      received_on: r.receivedOn,
      clock_from: r.receivedOn,
      allowed_days: r.allowedDays,
      due_on: r.due,
      follow_up_hash: r.followUpHash,
      created_by: r.createdBy,
      created_at: r.now,
      updated_at: r.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function findRequest(db: Db, id: string): Promise<RequestRow | undefined> {
  return db.selectFrom('info_requests').select(COLUMNS).where('id', '=', id).executeTakeFirst()
}

export async function findByNumber(db: Db, organisationId: string, number: string): Promise<(RequestRow & { follow_up_hash: string }) | undefined> {
  return db.selectFrom('info_requests').select([...COLUMNS, 'follow_up_hash']).where('organisation_id', '=', organisationId).where('number', '=', number).executeTakeFirst()
}

export async function listRequests(db: Db, organisationId: string): Promise<RequestRow[]> {
  return db.selectFrom('info_requests').select(COLUMNS).where('organisation_id', '=', organisationId).orderBy('received_on', 'desc').orderBy('number', 'desc').execute()
}

export async function openRequests(db: Db): Promise<RequestRow[]> {
  return db.selectFrom('info_requests').select(COLUMNS).where('status', 'in', ['received', 'in_progress', 'extended']).execute()
}

export async function updateRequest(trx: Transaction<Database>, id: string, set: Partial<Omit<RequestRow, 'id' | 'organisation_id' | 'number'>>, now: Date): Promise<void> {
  await trx
    .updateTable('info_requests')
    .set({ ...set, updated_at: now })
    .where('id', '=', id)
    .execute()
}

export async function insertEvent(trx: Transaction<Database>, e: { requestId: string; at: Date; onDate: string; actor: string | null; from: string | null; to: string; note: string; due: string | null }): Promise<void> {
  await trx.insertInto('info_request_events').values({ request_id: e.requestId, at: e.at, on_date: e.onDate, actor_user_id: e.actor, from_status: e.from, to_status: e.to, note: e.note, due_on: e.due }).execute()
}

export async function eventsOf(db: Db, requestId: string): Promise<{ at: Date; on_date: string; from_status: string | null; to_status: string; note: string; due_on: string | null; actor_name: string | null }[]> {
  return db
    .selectFrom('info_request_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_user_id')
    .select(['e.at', 'e.on_date', 'e.from_status', 'e.to_status', 'e.note', 'e.due_on', 'u.display_name as actor_name'])
    .where('e.request_id', '=', requestId)
    .orderBy('e.at')
    .execute()
}

export async function holdersOf(db: Db, organisationId: string, roles: readonly Role[]): Promise<{ id: string; email: string; display_name: string }[]> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'u.display_name'])
    .distinct()
    .where('m.organisation_id', '=', organisationId)
    .where('m.role', 'in', [...roles])
    .where('u.is_active', '=', true)
    .orderBy('u.display_name')
    .execute()
}

export async function claimReminder(db: Db, requestId: string, due: string, urgency: string, now: Date): Promise<boolean> {
  const r = await db.insertInto('info_request_reminders').values({ request_id: requestId, due_on: due, urgency, sent_at: now }).onConflict((oc) => oc.doNothing()).returning('request_id').executeTakeFirst()
  return r !== undefined
}

/** What the statistics need of every request: no names, no contacts. */
export async function statisticsRows(db: Db, organisationId: string): Promise<{ status: string; received_on: string; closed_on: string | null; due_on: string | null }[]> {
  return db.selectFrom('info_requests').select(['status', 'received_on', 'closed_on', 'due_on']).where('organisation_id', '=', organisationId).execute()
}

/** Answers the agency chose to publish, without the requester. */
export async function publishedAnswers(db: Db, organisationId: string): Promise<{ number: string; what_requested: string; answer_text: string | null; closed_on: string | null; status: string }[]> {
  return db
    .selectFrom('info_requests')
    .select(['number', 'what_requested', 'answer_text', 'closed_on', 'status'])
    .where('organisation_id', '=', organisationId)
    .where('publish_answer', '=', true)
    .where('status', 'in', ['answered_full', 'answered_part'])
    .orderBy('closed_on', 'desc')
    .limit(50)
    .execute()
}
