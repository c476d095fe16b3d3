import { sql, type Kysely } from 'kysely'

/**
 * The budget spending plan and its results (C1, OIT annual spending plan / 6-month and annual
 * spending reports): one plan per agency and fiscal year, every save a new version kept forever.
 * Money is whole satang in bigint columns, never a float.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('budget_plans')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    // Buddhist-Era fiscal year (1 October – 30 September): the public address /o/<slug>/budget/<fiscal_year>.
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    .addColumn('current_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('published_at', 'timestamptz')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('budget_plans_org_year_unique', ['organisation_id', 'fiscal_year'])
    .addCheckConstraint('budget_plans_year_check', sql`fiscal_year BETWEEN 2500 AND 2700`)
    .execute()

  await db.schema
    .createTable('budget_plan_versions')
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('budget_plans.id').onDelete('restrict'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    // Named in words (the finance division head need not have an account), as the public sees it.
    .addColumn('responsible', 'text', (c) => c.notNull().defaultTo(''))
    // 'form' or 'import': how the version was made, for the history.
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('form'))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('budget_plan_versions_pk', ['plan_id', 'version'])
    .execute()

  await db.schema
    .createTable('budget_plan_lines')
    .addColumn('plan_id', 'uuid', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('allocated_satang', 'bigint', (c) => c.notNull())
    .addColumn('planned_q1_satang', 'bigint', (c) => c.notNull())
    .addColumn('planned_q2_satang', 'bigint', (c) => c.notNull())
    .addColumn('planned_q3_satang', 'bigint', (c) => c.notNull())
    .addColumn('planned_q4_satang', 'bigint', (c) => c.notNull())
    // Null: not reported yet (a quarter still to come), which is not the same as nothing spent.
    .addColumn('actual_q1_satang', 'bigint')
    .addColumn('actual_q2_satang', 'bigint')
    .addColumn('actual_q3_satang', 'bigint')
    .addColumn('actual_q4_satang', 'bigint')
    .addPrimaryKeyConstraint('budget_plan_lines_pk', ['plan_id', 'version', 'position'])
    .addForeignKeyConstraint('budget_plan_lines_version_fk', ['plan_id', 'version'], 'budget_plan_versions', ['plan_id', 'version'])
    .addCheckConstraint(
      'budget_plan_lines_not_negative',
      sql`allocated_satang >= 0 AND planned_q1_satang >= 0 AND planned_q2_satang >= 0 AND planned_q3_satang >= 0 AND planned_q4_satang >= 0
        AND coalesce(actual_q1_satang, 0) >= 0 AND coalesce(actual_q2_satang, 0) >= 0 AND coalesce(actual_q3_satang, 0) >= 0 AND coalesce(actual_q4_satang, 0) >= 0`,
    )
    .execute()

  // A version, once saved, is history: not even the application may rewrite or remove it.
  await sql`
    CREATE FUNCTION budget_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
    END $$`.execute(db)
  for (const table of ['budget_plan_versions', 'budget_plan_lines']) {
    await sql`CREATE TRIGGER ${sql.id(`${table}_no_change`)} BEFORE UPDATE OR DELETE ON ${sql.table(table)} FOR EACH ROW EXECUTE FUNCTION budget_history_append_only()`.execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('budget_plan_lines').execute()
  await db.schema.dropTable('budget_plan_versions').execute()
  await db.schema.dropTable('budget_plans').execute()
  await sql`DROP FUNCTION budget_history_append_only()`.execute(db)
}
