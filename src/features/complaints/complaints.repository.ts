import { sql, type Insertable, type Kysely, type Selectable } from 'kysely'
import type { ComplaintsTable, Database } from '../../db/tables.ts'
import type { ComplaintOrdersTable } from '../../db/tables/complaints.ts'
import type { Role } from '../../platform/auth/roles.ts'
import type { IsoDate } from '../../platform/thai-calendar/index.ts'

export type ComplaintRow = Selectable<ComplaintsTable>

/** The next case number of an agency's fiscal year, safe under concurrent submissions. */
export async function nextComplaintNumber(db: Kysely<Database>, organisationId: string, fiscalYear: number): Promise<number> {
  const row = await db
    .insertInto('complaint_counters')
    .values({ organisation_id: organisationId, fiscal_year: fiscalYear, last_number: 1 })
    .onConflict((oc) => oc.columns(['organisation_id', 'fiscal_year']).doUpdateSet({ last_number: sql`complaint_counters.last_number + 1` }))
    .returning('last_number')
    .executeTakeFirstOrThrow()
  return row.last_number
}

/** Active people holding `role` in the organisation, with their public key when they have one. */
export async function peopleWithRole(db: Kysely<Database>, organisationId: string, role: Role): Promise<{ id: string; email: string; display_name: string; public_key: string | null; has_key: boolean }[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.email', 'users.display_name', 'users.public_key'])
    .where('memberships.organisation_id', '=', organisationId)
    .where('memberships.role', '=', role)
    .where('users.is_active', '=', true)
    .orderBy('users.display_name')
    .execute()
  return rows.map((r) => ({ ...r, has_key: !!r.public_key }))
}

/** Those of them who have a key pair, i.e. can be given a sealed copy. */
export async function keyHoldersWithRole(db: Kysely<Database>, organisationId: string, role: Role): Promise<{ id: string; public_key: string; email: string; display_name: string }[]> {
  return (await peopleWithRole(db, organisationId, role)).flatMap((r) => (r.public_key ? [{ id: r.id, public_key: r.public_key, email: r.email, display_name: r.display_name }] : []))
}

export async function staffOf(db: Kysely<Database>, organisationId: string): Promise<{ id: string; display_name: string; position: string }[]> {
  return db
    .selectFrom('users')
    .select(['users.id', 'users.display_name', 'users.position'])
    .where('users.id', 'in', db.selectFrom('memberships').select('user_id').where('organisation_id', '=', organisationId))
    .orderBy('users.display_name')
    .execute()
}

export async function findComplaint(db: Kysely<Database>, id: string): Promise<ComplaintRow | undefined> {
  return db.selectFrom('complaints').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function findComplaintByReceiptHash(db: Kysely<Database>, hash: string): Promise<ComplaintRow | undefined> {
  return db.selectFrom('complaints').selectAll().where('receipt_hash', '=', hash).executeTakeFirst()
}

export async function subjectsOf(db: Kysely<Database>, complaintId: string): Promise<string[]> {
  const rows = await db.selectFrom('complaint_subjects').select('user_id').where('complaint_id', '=', complaintId).execute()
  return rows.map((r) => r.user_id)
}

export async function sealedKeyFor(db: Kysely<Database>, complaintId: string, userId: string): Promise<string | undefined> {
  const row = await db.selectFrom('complaint_keys').select('sealed_key').where('complaint_id', '=', complaintId).where('user_id', '=', userId).executeTakeFirst()
  return row?.sealed_key
}

export async function keyHolderIds(db: Kysely<Database>, complaintId: string): Promise<string[]> {
  const rows = await db.selectFrom('complaint_keys').select('user_id').where('complaint_id', '=', complaintId).execute()
  return rows.map((r) => r.user_id)
}

export async function insertSealedKeys(db: Kysely<Database>, rows: { complaint_id: string; user_id: string; sealed_key: string }[]): Promise<void> {
  if (rows.length === 0) return
  await db.insertInto('complaint_keys').values(rows).onConflict((oc) => oc.columns(['complaint_id', 'user_id']).doNothing()).execute()
}

export async function insertEvent(
  db: Kysely<Database>,
  e: { complaintId: string; at: Date; actorUserId: string | null; kind: string; fromStatus?: string | null; toStatus?: string | null; detail?: Record<string, unknown> },
): Promise<void> {
  await db
    .insertInto('complaint_events')
    .values({ complaint_id: e.complaintId, at: e.at, actor_user_id: e.actorUserId, kind: e.kind, from_status: e.fromStatus ?? null, to_status: e.toStatus ?? null, detail: JSON.stringify(e.detail ?? {}) })
    .execute()
}

export async function eventsOf(db: Kysely<Database>, complaintId: string) {
  return db
    .selectFrom('complaint_events')
    .leftJoin('users', 'users.id', 'complaint_events.actor_user_id')
    .select(['complaint_events.id', 'complaint_events.at', 'complaint_events.kind', 'complaint_events.from_status', 'complaint_events.to_status', 'complaint_events.detail', 'users.display_name as actor_name'])
    .where('complaint_id', '=', complaintId)
    .orderBy('complaint_events.at')
    .orderBy('complaint_events.id')
    .execute()
}

export async function messagesOf(db: Kysely<Database>, complaintId: string, includeNotes: boolean) {
  let q = db
    .selectFrom('complaint_messages')
    .leftJoin('users', 'users.id', 'complaint_messages.author_user_id')
    .select(['complaint_messages.id', 'complaint_messages.author', 'complaint_messages.sealed_body', 'complaint_messages.created_at', 'users.display_name as author_name'])
    .where('complaint_id', '=', complaintId)
  if (!includeNotes) q = q.where('author', '<>', 'note')
  return q.orderBy('complaint_messages.created_at').execute()
}

export async function attachmentsOf(db: Kysely<Database>, complaintId: string) {
  return db.selectFrom('complaint_attachments').select(['id', 'message_id', 'sealed_meta', 'size', 'created_at']).where('complaint_id', '=', complaintId).orderBy('created_at').execute()
}

export async function attachmentContent(db: Kysely<Database>, complaintId: string, attachmentId: string) {
  return db.selectFrom('complaint_attachments').select(['id', 'sealed_meta', 'content']).where('complaint_id', '=', complaintId).where('id', '=', attachmentId).executeTakeFirst()
}

export type ComplaintListFilter = { organisationId: string; intakes: readonly string[]; excludeSubjectUserId: string | null; statuses?: readonly string[] }

/** Cases of one agency in the given intakes, hiding those whose subject is the viewer. */
export async function listComplaints(db: Kysely<Database>, f: ComplaintListFilter) {
  if (f.intakes.length === 0) return []
  let q = db
    .selectFrom('complaints')
    .leftJoin('users', 'users.id', 'complaints.assigned_to')
    .select([
      'complaints.id',
      'complaints.reference',
      'complaints.intake',
      'complaints.channel',
      'complaints.kind',
      'complaints.subject_text',
      'complaints.status',
      'complaints.received_on',
      'complaints.step_started_on',
      'complaints.assigned_to',
      'complaints.anonymous',
      'users.display_name as assigned_name',
    ])
    .where('complaints.organisation_id', '=', f.organisationId)
    .where('complaints.intake', 'in', [...f.intakes])
  if (f.statuses && f.statuses.length > 0) q = q.where('complaints.status', 'in', [...f.statuses])
  if (f.excludeSubjectUserId) {
    const me = f.excludeSubjectUserId
    q = q.where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('complaint_subjects').select('complaint_subjects.user_id').whereRef('complaint_subjects.complaint_id', '=', 'complaints.id').where('complaint_subjects.user_id', '=', me))),
    )
  }
  return q.orderBy('complaints.received_on', 'desc').orderBy('complaints.reference', 'desc').execute()
}

/** What the published statistics need: public complaints of the agencies, nothing else. */
export async function statisticRows(db: Kysely<Database>, organisationIds: readonly string[], range: { start: IsoDate; end: IsoDate }) {
  if (organisationIds.length === 0) return []
  return db
    .selectFrom('complaints')
    .select(['organisation_id', 'received_on', 'status', 'kind'])
    .where('organisation_id', 'in', [...organisationIds])
    .where('intake', '=', 'public')
    .where('received_on', '>=', range.start)
    .where('received_on', '<=', range.end)
    .execute()
}

export async function openComplaintsForReminders(db: Kysely<Database>) {
  return db
    .selectFrom('complaints')
    .select(['id', 'organisation_id', 'reference', 'intake', 'status', 'step_started_on', 'assigned_to'])
    .where('status', 'not in', ['closed'])
    .execute()
}

/** The complaint filed from a form with this submission token's hash, if any. */
export async function complaintOfSubmission(db: Kysely<Database>, submissionHash: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('complaints').select('id').where('submission_hash', '=', submissionHash).executeTakeFirst()
}

/** Serialises the filing of one form's copies (held until the transaction ends). */
export async function lockSubmission(trx: Kysely<Database>, submissionHash: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${submissionHash}))`.execute(trx)
}

/**
 * People whose latest approval into `role` at the organisation came after the complaint was filed:
 * they reach the case's identity only when an officer who holds its key transfers it to them.
 */
export async function approvedIntoRoleAfterFiling(db: Kysely<Database>, complaintId: string, organisationId: string, role: Role): Promise<string[]> {
  const filed = await db.selectFrom('complaints').select('created_at').where('id', '=', complaintId).executeTakeFirst()
  if (!filed) return []
  const rows = await db
    .selectFrom('role_approvals')
    .select('user_id')
    .where('organisation_id', '=', organisationId)
    .where('role', '=', role)
    .where('status', '=', 'approved')
    .where('decided_at', '>', filed.created_at)
    .execute()
  return [...new Set(rows.map((r) => r.user_id))]
}

export type OrderRow = Selectable<ComplaintOrdersTable> & { proposed_by_name: string | null; proposed_by_position: string | null; decided_by_name: string | null; decided_by_position: string | null }

/** Every proposal of a case and the head's order on it, oldest first, with who made them. */
export async function ordersOf(db: Kysely<Database>, complaintId: string): Promise<OrderRow[]> {
  return db
    .selectFrom('complaint_orders')
    .leftJoin('users as p', 'p.id', 'complaint_orders.proposed_by')
    .leftJoin('users as d', 'd.id', 'complaint_orders.decided_by')
    .selectAll('complaint_orders')
    .select(['p.display_name as proposed_by_name', 'p.position as proposed_by_position', 'd.display_name as decided_by_name', 'd.position as decided_by_position'])
    .where('complaint_orders.complaint_id', '=', complaintId)
    .orderBy('complaint_orders.seq')
    .execute()
}

export async function openProposal(db: Kysely<Database>, complaintId: string): Promise<Selectable<ComplaintOrdersTable> | undefined> {
  return db.selectFrom('complaint_orders').selectAll().where('complaint_id', '=', complaintId).where('decision', 'is', null).executeTakeFirst()
}

export async function insertProposal(db: Kysely<Database>, row: Insertable<ComplaintOrdersTable>): Promise<void> {
  await db.insertInto('complaint_orders').values(row).execute()
}

export async function hasOpenReview(db: Kysely<Database>, complaintId: string): Promise<boolean> {
  return !!(await db.selectFrom('complaint_reviews').select('id').where('complaint_id', '=', complaintId).where('answered_at', 'is', null).executeTakeFirst())
}

/** Who closed a case (the actor of its closing event), for the closing memo's signature. */
export async function closerOf(db: Kysely<Database>, complaintId: string): Promise<{ name: string; position: string } | null> {
  const row = await db
    .selectFrom('complaint_events')
    .innerJoin('users', 'users.id', 'complaint_events.actor_user_id')
    .select(['users.display_name', 'users.position'])
    .where('complaint_events.complaint_id', '=', complaintId)
    .where('complaint_events.to_status', '=', 'closed')
    .orderBy('complaint_events.at', 'desc')
    .executeTakeFirst()
  return row ? { name: row.display_name, position: row.position } : null
}
