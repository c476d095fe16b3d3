import { sql, type Kysely } from 'kysely'
import type { Database } from '../../src/db/tables.ts'

/**
 * Puts a complaint straight into a status for tests about something else (counting, reminders):
 * the database's workflow trigger refuses such a jump, so it is switched off for this one
 * statement, inside a transaction. Tests of the workflow itself never use this.
 */
export async function forceComplaintStatus(db: Kysely<Database>, id: string, set: { status: string; step_started_on?: string; assigned_to?: string | null }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`ALTER TABLE complaints DISABLE TRIGGER complaints_workflow_guard`.execute(trx)
    await trx
      .updateTable('complaints')
      .set({ ...set, ...(set.status === 'closed' ? { result_for_complainant: 'แจ้งผลแล้ว' } : {}) })
      .where('id', '=', id)
      .execute()
    await sql`ALTER TABLE complaints ENABLE TRIGGER complaints_workflow_guard`.execute(trx)
  })
}
