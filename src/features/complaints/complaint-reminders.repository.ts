import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { IsoDate } from '../../platform/thai-calendar/index.ts'

/** Staff named as subjects of any of these complaints: a reminder never goes to them. */
export async function subjectsOfComplaints(db: Kysely<Database>, complaintIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const bySubject = new Map<string, Set<string>>()
  if (complaintIds.length === 0) return bySubject
  const rows = await db.selectFrom('complaint_subjects').select(['complaint_id', 'user_id']).where('complaint_id', 'in', [...complaintIds]).execute()
  for (const r of rows) bySubject.set(r.complaint_id, (bySubject.get(r.complaint_id) ?? new Set()).add(r.user_id))
  return bySubject
}

export async function activeUsersById(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, { id: string; email: string }>> {
  if (ids.length === 0) return new Map()
  const rows = await db.selectFrom('users').select(['id', 'email']).where('id', 'in', [...ids]).where('is_active', '=', true).execute()
  return new Map(rows.map((r) => [r.id, r]))
}

/**
 * Records that this reminder is going out; false when it went already (here or from another
 * instance). Called inside the transaction that queues the mail, so the two stand or fall together.
 */
export async function claimReminder(db: Kysely<Database>, r: { complaintId: string; step: string; stepStartedOn: IsoDate; urgency: string; at: Date }): Promise<boolean> {
  const inserted = await db
    .insertInto('complaint_reminders')
    .values({ complaint_id: r.complaintId, step: r.step, step_started_on: r.stepStartedOn, urgency: r.urgency, sent_at: r.at })
    .onConflict((oc) => oc.columns(['complaint_id', 'step', 'step_started_on', 'urgency']).doNothing())
    .returning('complaint_id')
    .executeTakeFirst()
  return inserted !== undefined
}
