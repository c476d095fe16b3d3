import { sql, type Kysely } from 'kysely'

/**
 * The agency portal (C1): published items, each in a section, with a permanent readable key
 * (`news-12`) that makes its public address, and every saved version kept forever.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // The last number given in each section of each agency: keys are never re-used.
  await db.schema
    .createTable('portal_counters')
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('portal_counters_pk', ['organisation_id', 'section'])
    .execute()

  await db.schema
    .createTable('portal_items')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    // `<section>-<number>`, fixed at creation: the public address /o/<slug>/p/<item_key>.
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('published', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('published_at', 'timestamptz')
    .addColumn('current_version', 'integer', (c) => c.notNull().defaultTo(0))
    // Title and text of the current version cut into words (Intl.Segmenter), for Thai search.
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('portal_items_key_unique', ['organisation_id', 'item_key'])
    .addUniqueConstraint('portal_items_number_unique', ['organisation_id', 'section', 'number'])
    .execute()
  await db.schema.createIndex('portal_items_org_section_idx').on('portal_items').columns(['organisation_id', 'section', 'published']).execute()
  await sql`CREATE INDEX portal_items_search_words_idx ON portal_items USING gin (to_tsvector('simple', search_text))`.execute(db)
  // Substring search ignores the spaces the segmenter put between Thai words.
  await sql`CREATE INDEX portal_items_search_trgm_idx ON portal_items USING gin (replace(search_text, ' ', '') gin_trgm_ops)`.execute(db)

  await db.schema
    .createTable('portal_item_versions')
    .addColumn('item_id', 'uuid', (c) => c.notNull().references('portal_items.id').onDelete('restrict'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title_th', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull().defaultTo(''))
    // What the officer typed, shown again in the editor; body_html is its sanitised rendering.
    .addColumn('body_source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('links', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('fiscal_year', 'integer')
    .addColumn('responsible_user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('portal_item_versions_pk', ['item_id', 'version'])
    .execute()

  await db.schema
    .createTable('portal_version_files')
    .addColumn('item_id', 'uuid', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('file_id', 'uuid', (c) => c.notNull().references('files.id'))
    .addPrimaryKeyConstraint('portal_version_files_pk', ['item_id', 'version', 'position'])
    .addForeignKeyConstraint('portal_version_files_version_fk', ['item_id', 'version'], 'portal_item_versions', ['item_id', 'version'])
    .execute()
  await db.schema.createIndex('portal_version_files_file_idx').on('portal_version_files').columns(['file_id']).execute()

  // A version, once saved, is history: not even the application may rewrite or remove it.
  await sql`
    CREATE FUNCTION portal_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
    END $$`.execute(db)
  for (const table of ['portal_item_versions', 'portal_version_files']) {
    await sql`CREATE TRIGGER ${sql.id(`${table}_no_change`)} BEFORE UPDATE OR DELETE ON ${sql.table(table)} FOR EACH ROW EXECUTE FUNCTION portal_history_append_only()`.execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['portal_version_files', 'portal_item_versions', 'portal_items', 'portal_counters']) await db.schema.dropTable(t).ifExists().execute()
  await sql`DROP FUNCTION IF EXISTS portal_history_append_only`.execute(db)
}
