import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { BudgetPlanLinesTable } from '../../db/tables/budget.ts'
import type { BudgetLine, Quarterly } from './budget.domain.ts'

export type BudgetPlan = {
  id: string
  organisationId: string
  fiscalYear: number
  currentVersion: number
  published: boolean
  publishedAt: Date | null
  updatedAt: Date
}

export type BudgetVersion = {
  version: number
  notes: string
  responsible: string
  source: string
  createdAt: Date
  createdByName: string | null
  lines: BudgetLine[]
}

export type VersionSummary = { version: number; createdAt: Date; createdByName: string | null; source: string }

const PLAN_COLUMNS = ['id', 'organisation_id', 'fiscal_year', 'current_version', 'published', 'published_at', 'updated_at'] as const

function planOf(r: { id: string; organisation_id: string; fiscal_year: number; current_version: number; published: boolean; published_at: Date | null; updated_at: Date }): BudgetPlan {
  return { id: r.id, organisationId: r.organisation_id, fiscalYear: r.fiscal_year, currentVersion: r.current_version, published: r.published, publishedAt: r.published_at, updatedAt: r.updated_at }
}

export async function findPlan(db: Kysely<Database>, organisationId: string, fiscalYear: number, options: { forUpdate?: boolean } = {}): Promise<BudgetPlan | undefined> {
  let q = db.selectFrom('budget_plans').select(PLAN_COLUMNS).where('organisation_id', '=', organisationId).where('fiscal_year', '=', fiscalYear)
  if (options.forUpdate) q = q.forUpdate()
  const r = await q.executeTakeFirst()
  return r && planOf(r)
}

/** The plan row, created empty (version 0) when the year has none; locked for the caller's transaction. */
export async function lockOrCreatePlan(db: Kysely<Database>, organisationId: string, fiscalYear: number, createdBy: string, now: Date): Promise<BudgetPlan> {
  await db
    .insertInto('budget_plans')
    .values({ organisation_id: organisationId, fiscal_year: fiscalYear, created_by: createdBy, created_at: now, updated_at: now })
    .onConflict((oc) => oc.columns(['organisation_id', 'fiscal_year']).doNothing())
    .execute()
  return (await findPlan(db, organisationId, fiscalYear, { forUpdate: true }))!
}

export async function listPlans(db: Kysely<Database>, organisationId: string, options: { publishedOnly: boolean }): Promise<BudgetPlan[]> {
  let q = db.selectFrom('budget_plans').select(PLAN_COLUMNS).where('organisation_id', '=', organisationId).where('current_version', '>', 0)
  if (options.publishedOnly) q = q.where('published', '=', true)
  return (await q.orderBy('fiscal_year', 'desc').execute()).map(planOf)
}

export async function insertVersion(
  db: Kysely<Database>,
  v: { planId: string; version: number; lines: readonly BudgetLine[]; notes: string; responsible: string; source: 'form' | 'import'; createdBy: string; now: Date },
): Promise<void> {
  await db.insertInto('budget_plan_versions').values({ plan_id: v.planId, version: v.version, notes: v.notes, responsible: v.responsible, source: v.source, created_by: v.createdBy, created_at: v.now }).execute()
  if (v.lines.length === 0) return
  await db
    .insertInto('budget_plan_lines')
    .values(
      v.lines.map((l, i) => ({
        plan_id: v.planId,
        version: v.version,
        position: i + 1,
        name: l.name,
        category: l.category,
        allocated_satang: l.allocated,
        planned_q1_satang: l.planned[0],
        planned_q2_satang: l.planned[1],
        planned_q3_satang: l.planned[2],
        planned_q4_satang: l.planned[3],
        actual_q1_satang: l.actual[0],
        actual_q2_satang: l.actual[1],
        actual_q3_satang: l.actual[2],
        actual_q4_satang: l.actual[3],
      })),
    )
    .execute()
}

export async function setCurrentVersion(db: Kysely<Database>, planId: string, version: number, now: Date): Promise<void> {
  await db.updateTable('budget_plans').set({ current_version: version, updated_at: now }).where('id', '=', planId).execute()
}

export async function setPublished(db: Kysely<Database>, planId: string, published: boolean, now: Date): Promise<void> {
  await db
    .updateTable('budget_plans')
    .set(published ? { published: true, published_at: now } : { published: false })
    .where('id', '=', planId)
    .execute()
}

function lineOf(r: Selectable<BudgetPlanLinesTable>): BudgetLine {
  return {
    name: r.name,
    category: r.category,
    allocated: r.allocated_satang,
    planned: [r.planned_q1_satang, r.planned_q2_satang, r.planned_q3_satang, r.planned_q4_satang] as Quarterly<number>,
    actual: [r.actual_q1_satang, r.actual_q2_satang, r.actual_q3_satang, r.actual_q4_satang] as Quarterly<number | null>,
  }
}

export async function findVersion(db: Kysely<Database>, planId: string, version: number): Promise<BudgetVersion | undefined> {
  const v = await db
    .selectFrom('budget_plan_versions as v')
    .leftJoin('users as u', 'u.id', 'v.created_by')
    .select(['v.version', 'v.notes', 'v.responsible', 'v.source', 'v.created_at', 'u.display_name'])
    .where('v.plan_id', '=', planId)
    .where('v.version', '=', version)
    .executeTakeFirst()
  if (!v) return undefined
  const lines = await db.selectFrom('budget_plan_lines').selectAll().where('plan_id', '=', planId).where('version', '=', version).orderBy('position').execute()
  return { version: v.version, notes: v.notes, responsible: v.responsible, source: v.source, createdAt: v.created_at, createdByName: v.display_name, lines: lines.map(lineOf) }
}

export async function listVersions(db: Kysely<Database>, planId: string): Promise<VersionSummary[]> {
  const rows = await db
    .selectFrom('budget_plan_versions as v')
    .leftJoin('users as u', 'u.id', 'v.created_by')
    .select(['v.version', 'v.created_at', 'v.source', 'u.display_name'])
    .where('v.plan_id', '=', planId)
    .orderBy('v.version', 'desc')
    .execute()
  return rows.map((r) => ({ version: r.version, createdAt: r.created_at, createdByName: r.display_name, source: r.source }))
}

/** Every agency's published fiscal years, for the sitemap: one query however many agencies. */
export async function listAllPublishedYears(db: Kysely<Database>): Promise<{ organisationId: string; fiscalYear: number; updatedAt: Date }[]> {
  const rows = await db.selectFrom('budget_plans').select(['organisation_id', 'fiscal_year', 'updated_at']).where('published', '=', true).where('current_version', '>', 0).orderBy('organisation_id').orderBy('fiscal_year', 'desc').execute()
  return rows.map((r) => ({ organisationId: r.organisation_id, fiscalYear: r.fiscal_year, updatedAt: r.updated_at }))
}
