import { sql, type Kysely } from 'kysely'

/**
 * ITA results (B1) and improvement plans (B2). Scores are kept per indicator in hundredths
 * (whole numbers), so totals are recomputed exactly from the per-year rules rather than stored.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('ita_results')
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    // {"1": 9050, …, "10": 10000}: the ten indicator scores in hundredths.
    .addColumn('scores', 'jsonb', (c) => c.notNull())
    .addColumn('imported_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('ita_results_pk', ['organisation_id', 'fiscal_year'])
    .execute()
  await db.schema.createIndex('ita_results_year_idx').on('ita_results').columns(['fiscal_year']).execute()

  await db.schema
    .createTable('ita_plans')
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    // The plan's own fiscal year (the year after the results it answers).
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    .addColumn('items', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('ita_plans_pk', ['organisation_id', 'fiscal_year'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('ita_plans').execute()
  await db.schema.dropTable('ita_results').execute()
}
