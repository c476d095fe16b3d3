import { sql, type Kysely } from 'kysely'

/**
 * Each complaint form carries a one-off submission token; the complaint keeps only its hash, so
 * the same form sent twice (Back and "resubmit", a double tap on a slow line) files one complaint.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('complaints').addColumn('submission_hash', 'text').execute()
  await sql`CREATE UNIQUE INDEX complaints_submission_hash_idx ON complaints (submission_hash) WHERE submission_hash IS NOT NULL`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('complaints').dropColumn('submission_hash').execute()
}
