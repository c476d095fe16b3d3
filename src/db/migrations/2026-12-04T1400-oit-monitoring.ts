import { sql, type Kysely } from 'kysely'

/**
 * OIT monitoring (C3): what the daily digest told whom, so the same person hears about the same
 * item in the same state at most once a week, however many instances run the job.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('oit_monitoring_notices')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('scheme', 'text', (c) => c.notNull())
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    .addColumn('item_code', 'text', (c) => c.notNull())
    // The item's attention flags when mailed, e.g. "missing+overdue": a new state is news again.
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('oit_monitoring_notices_user_idx').on('oit_monitoring_notices').columns(['user_id', 'sent_at']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('oit_monitoring_notices').ifExists().execute()
}
