import { sql, type Kysely } from 'kysely'

/**
 * The OIT engine (C2): catalogues keyed by (scheme, fiscal year), held as data so admins load
 * and edit them without a code change, and each agency's answers for one catalogue.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('oit_catalogues')
    .addColumn('scheme', 'text', (c) => c.notNull())
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('verified', 'boolean', (c) => c.notNull().defaultTo(false))
    // The items as one document: they are always read and replaced whole (import, copy).
    .addColumn('items', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('oit_catalogues_pk', ['scheme', 'fiscal_year'])
    .execute()

  await db.schema
    .createTable('oit_entries')
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('scheme', 'text', (c) => c.notNull())
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    .addColumn('item_code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('missing'))
    .addColumn('portal_item_id', 'uuid', (c) => c.references('portal_items.id').onDelete('set null'))
    .addColumn('url', 'text')
    .addColumn('explanation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('method', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('time_frame', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('elements_done', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('due_date', 'date')
    .addColumn('responsible_user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('oit_entries_pk', ['organisation_id', 'scheme', 'fiscal_year', 'item_code'])
    .execute()
  // The province report reads every agency's answers for one year.
  await db.schema.createIndex('oit_entries_year_idx').on('oit_entries').columns(['scheme', 'fiscal_year']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('oit_entries').ifExists().execute()
  await db.schema.dropTable('oit_catalogues').ifExists().execute()
}
