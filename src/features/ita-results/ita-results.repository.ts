import type { Kysely } from 'kysely'
import type { Database, ItaPlanItemJson, ItaScoresJson } from '../../db/tables.ts'
import { INDICATOR_NUMBERS, toHundredths, type IndicatorScores } from './ita-score.domain.ts'
import type { PlanItem } from './improvement-plan.domain.ts'
import { isIsoDate } from '../../platform/thai-calendar/index.ts'

export type StoredResult = { organisationId: string; fiscalYear: number; scores: IndicatorScores; importedAt: Date }

function toJson(scores: IndicatorScores): string {
  return JSON.stringify(Object.fromEntries(INDICATOR_NUMBERS.map((n) => [String(n), toHundredths(scores[n])])))
}

function fromJson(json: ItaScoresJson): IndicatorScores {
  return Object.fromEntries(INDICATOR_NUMBERS.map((n) => [n, (json[String(n)] ?? 0) / 100])) as unknown as IndicatorScores
}

const toResult = (r: { organisation_id: string; fiscal_year: number; scores: ItaScoresJson; imported_at: Date }): StoredResult => ({
  organisationId: r.organisation_id,
  fiscalYear: r.fiscal_year,
  scores: fromJson(r.scores),
  importedAt: r.imported_at,
})

export async function findResult(db: Kysely<Database>, organisationId: string, fiscalYear: number): Promise<StoredResult | undefined> {
  const row = await db.selectFrom('ita_results').selectAll().where('organisation_id', '=', organisationId).where('fiscal_year', '=', fiscalYear).executeTakeFirst()
  return row ? toResult(row) : undefined
}

export async function listResultsOf(db: Kysely<Database>, organisationIds: readonly string[], fiscalYear?: number): Promise<StoredResult[]> {
  if (organisationIds.length === 0) return []
  let q = db.selectFrom('ita_results').selectAll().where('organisation_id', 'in', [...organisationIds])
  if (fiscalYear !== undefined) q = q.where('fiscal_year', '=', fiscalYear)
  return (await q.orderBy('fiscal_year').execute()).map(toResult)
}

export async function resultYearsOf(db: Kysely<Database>, organisationIds: readonly string[]): Promise<number[]> {
  if (organisationIds.length === 0) return []
  const rows = await db.selectFrom('ita_results').select('fiscal_year').distinct().where('organisation_id', 'in', [...organisationIds]).orderBy('fiscal_year', 'desc').execute()
  return rows.map((r) => r.fiscal_year)
}

/** Replaces the agency-year's result; returns what was there before (for the audit). */
export async function upsertResult(db: Kysely<Database>, organisationId: string, fiscalYear: number, scores: IndicatorScores, by: string, at: Date): Promise<StoredResult | undefined> {
  const before = await findResult(db, organisationId, fiscalYear)
  await db
    .insertInto('ita_results')
    .values({ organisation_id: organisationId, fiscal_year: fiscalYear, scores: toJson(scores), imported_by: by, imported_at: at })
    .onConflict((oc) => oc.columns(['organisation_id', 'fiscal_year']).doUpdateSet({ scores: toJson(scores), imported_by: by, imported_at: at }))
    .execute()
  return before
}

export type StoredPlan = { items: PlanItem[]; updatedAt: Date }

export async function findPlan(db: Kysely<Database>, organisationId: string, fiscalYear: number): Promise<StoredPlan | undefined> {
  const row = await db.selectFrom('ita_plans').select(['items', 'updated_at']).where('organisation_id', '=', organisationId).where('fiscal_year', '=', fiscalYear).executeTakeFirst()
  if (!row) return undefined
  const items = row.items.filter((i) => isIsoDate(i.dueDate)) as unknown as PlanItem[]
  return { items, updatedAt: row.updated_at }
}

export async function savePlan(db: Kysely<Database>, organisationId: string, fiscalYear: number, items: readonly PlanItem[], by: string, at: Date): Promise<void> {
  const json = JSON.stringify(items.map((i): ItaPlanItemJson => ({ ...i })))
  await db
    .insertInto('ita_plans')
    .values({ organisation_id: organisationId, fiscal_year: fiscalYear, items: json, updated_by: by, updated_at: at })
    .onConflict((oc) => oc.columns(['organisation_id', 'fiscal_year']).doUpdateSet({ items: json, updated_by: by, updated_at: at }))
    .execute()
}

/** Display names of the agency's staff: who may own a plan measure. */
export async function staffNamesOf(db: Kysely<Database>, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select('users.display_name')
    .distinct()
    .where('memberships.organisation_id', '=', organisationId)
    .execute()
  return rows.map((r) => r.display_name).sort((a, b) => a.localeCompare(b, 'th'))
}
