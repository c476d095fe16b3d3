import { sql, type Kysely } from 'kysely'

/**
 * The agency's executives and unit heads (C1; OIT "structure and executives"): names, positions,
 * photo, contacts, in the order the agency chooses. Shown publicly at /o/<slug>/executives.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('executives')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    // 'executive' (ผู้บริหาร) or 'unit_head' (หัวหน้าส่วนราชการ / หัวหน้าหน่วยงาน).
    .addColumn('group_key', 'text', (c) => c.notNull())
    .addColumn('name_th', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position_th', 'text', (c) => c.notNull())
    .addColumn('position_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('photo_file_id', 'uuid', (c) => c.references('files.id'))
    .addColumn('term_start', 'date')
    // Position within the agency's list; gaps are harmless, only the order counts.
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('executives_org_order_idx').on('executives').columns(['organisation_id', 'sort_order']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('executives').execute()
}
