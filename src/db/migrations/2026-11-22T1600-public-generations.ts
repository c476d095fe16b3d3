import { sql, type Kysely } from 'kysely'

/**
 * A counter per area of public content (the directory of organisations, one agency's pages).
 * A write that changes public content bumps its counter in the same transaction; every instance
 * compares the counters with those its cached pages were rendered at.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('public_generations')
    .addColumn('scope', 'text', (c) => c.primaryKey())
    .addColumn('generation', 'bigint', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('public_generations').execute()
}
