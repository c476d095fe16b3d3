import { sql, type Kysely } from 'kysely'

/**
 * The editable ITA measure library (B2) and the improvement plan's measures as rows, each with
 * its own owner, due date and progress. The library is filled from the starting data by the
 * application on first use (a migration imports no application code). Plans saved before this
 * migration kept their measures as JSON in ita_plans.items; they are copied here, one row each,
 * and the JSON is emptied so the rows are the only record.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('ita_measures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('indicator', 'integer', (c) => c.notNull().check(sql`indicator between 1 and 10`))
    .addColumn('text_th', 'text', (c) => c.notNull())
    // Empty for the starting measures until someone translates them.
    .addColumn('text_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull())
    // Retired measures are offered no more; plans that chose them keep them.
    .addColumn('retired_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('ita_measures_indicator_idx').on('ita_measures').columns(['indicator', 'position']).execute()

  await db.schema
    .createTable('ita_plan_measures')
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('indicator', 'integer', (c) => c.notNull().check(sql`indicator between 1 and 10`))
    // No foreign key: the library may be filled after a plan row was migrated; the text is copied anyway.
    .addColumn('measure_id', 'text')
    .addColumn('text_th', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('not_started', 'in_progress', 'done')`))
    .addColumn('progress', 'integer', (c) => c.notNull().check(sql`progress between 0 and 100`))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('ita_plan_measures_pk', ['organisation_id', 'fiscal_year', 'position'])
    .addForeignKeyConstraint('ita_plan_measures_plan_fk', ['organisation_id', 'fiscal_year'], 'ita_plans', ['organisation_id', 'fiscal_year'], (c) => c.onDelete('cascade'))
    .execute()

  await sql`
    insert into ita_plan_measures (organisation_id, fiscal_year, position, indicator, measure_id, text_th, owner, due_date, status, progress, note)
    select p.organisation_id, p.fiscal_year, e.n::int, (e.item->>'indicator')::int, e.item->>'measureId', e.item->>'th',
           coalesce(e.item->>'owner', ''), (e.item->>'dueDate')::date,
           case when (e.item->>'progress')::int >= 100 then 'done' when (e.item->>'progress')::int > 0 then 'in_progress' else 'not_started' end,
           least(greatest((e.item->>'progress')::int, 0), 100), ''
    from ita_plans p, jsonb_array_elements(p.items) with ordinality as e(item, n)
    where (e.item->>'dueDate') ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
  `.execute(db)
  await sql`update ita_plans set items = '[]'::jsonb`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('ita_plan_measures').execute()
  await db.schema.dropTable('ita_measures').execute()
}
