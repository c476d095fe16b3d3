import { sql, type Kysely } from 'kysely'

/**
 * Procurement disclosures (C1, F2; OIT monthly summary and annual report): per agency and
 * fiscal year one plan and twelve monthly summaries (สขร.1). Each is a record whose every save
 * is a new, never-changed version; `kind` says which (the plan has month 0).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('procurement_records')
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('plan', 'month')`))
    // Calendar month 1–12 of a monthly summary; 0 for the plan.
    .addColumn('month', 'integer', (c) => c.notNull())
    .addColumn('current_version', 'integer', (c) => c.notNull())
    .addColumn('published', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('published_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('procurement_records_pk', ['organisation_id', 'fiscal_year', 'kind', 'month'])
    .addCheckConstraint('procurement_records_month', sql`(kind = 'plan' AND month = 0) OR (kind = 'month' AND month BETWEEN 1 AND 12)`)
    .execute()

  await db.schema
    .createTable('procurement_record_versions')
    .addColumn('organisation_id', 'uuid', (c) => c.notNull())
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('month', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    // The plan's dates and lines, or the month's rows / "no procurement" (procurement.domain.ts).
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('procurement_record_versions_pk', ['organisation_id', 'fiscal_year', 'kind', 'month', 'version'])
    .addForeignKeyConstraint('procurement_record_versions_record_fk', ['organisation_id', 'fiscal_year', 'kind', 'month'], 'procurement_records', ['organisation_id', 'fiscal_year', 'kind', 'month'], (fk) => fk.onDelete('restrict'))
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('procurement_record_versions').execute()
  await db.schema.dropTable('procurement_records').execute()
}
