import type { Kysely } from 'kysely'
import type { Database, ItaScoresJson } from '../../db/tables.ts'
import { INDICATOR_NUMBERS, toHundredths, type IndicatorNumber, type IndicatorScores } from './ita-score.domain.ts'
import type { PlanItem } from './improvement-plan.domain.ts'
import type { LibraryMeasure } from './measure-library.domain.ts'
import type { IsoDate } from '../../platform/thai-calendar/index.ts'

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
  const row = await db.selectFrom('ita_plans').select(['updated_at']).where('organisation_id', '=', organisationId).where('fiscal_year', '=', fiscalYear).executeTakeFirst()
  if (!row) return undefined
  const rows = await db
    .selectFrom('ita_plan_measures')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('fiscal_year', '=', fiscalYear)
    .orderBy('position')
    .execute()
  const items = rows.map(
    (r): PlanItem => ({
      id: String(r.position),
      indicator: r.indicator as IndicatorNumber,
      measureId: r.measure_id,
      th: r.text_th,
      owner: r.owner,
      dueDate: r.due_date as IsoDate,
      status: r.status,
      progress: r.progress,
      note: r.note,
    }),
  )
  return { items, updatedAt: row.updated_at }
}

/** Replaces the plan's measures; the plan row keeps who saved it last. */
export async function savePlan(db: Kysely<Database>, organisationId: string, fiscalYear: number, items: readonly PlanItem[], by: string, at: Date): Promise<void> {
  await db
    .insertInto('ita_plans')
    .values({ organisation_id: organisationId, fiscal_year: fiscalYear, items: '[]', updated_by: by, updated_at: at })
    .onConflict((oc) => oc.columns(['organisation_id', 'fiscal_year']).doUpdateSet({ updated_by: by, updated_at: at }))
    .execute()
  await db.deleteFrom('ita_plan_measures').where('organisation_id', '=', organisationId).where('fiscal_year', '=', fiscalYear).execute()
  if (items.length === 0) return
  await db
    .insertInto('ita_plan_measures')
    .values(
      items.map((i, n) => ({
        organisation_id: organisationId,
        fiscal_year: fiscalYear,
        position: n + 1,
        indicator: i.indicator,
        measure_id: i.measureId,
        text_th: i.th,
        owner: i.owner,
        due_date: i.dueDate,
        status: i.status,
        progress: i.progress,
        note: i.note,
      })),
    )
    .execute()
}

/** The fiscal years the agency has a plan for, latest first. */
export async function planYearsOf(db: Kysely<Database>, organisationId: string): Promise<number[]> {
  const rows = await db.selectFrom('ita_plans').select('fiscal_year').where('organisation_id', '=', organisationId).orderBy('fiscal_year', 'desc').execute()
  return rows.map((r) => r.fiscal_year)
}

const toMeasure = (r: { id: string; indicator: number; text_th: string; text_en: string; source: string; retired_at: Date | null }): LibraryMeasure => ({
  id: r.id,
  indicator: r.indicator as IndicatorNumber,
  th: r.text_th,
  en: r.text_en,
  source: r.source,
  retired: r.retired_at !== null,
})

/** The whole library, live and retired, per indicator in the order measures were added. */
export async function listMeasures(db: Kysely<Database>): Promise<LibraryMeasure[]> {
  const rows = await db.selectFrom('ita_measures').selectAll().orderBy('indicator').orderBy('position').execute()
  return rows.map(toMeasure)
}

export async function findMeasure(db: Kysely<Database>, id: string): Promise<LibraryMeasure | undefined> {
  const row = await db.selectFrom('ita_measures').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? toMeasure(row) : undefined
}

export async function countMeasures(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('ita_measures').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Adds measures at the end of the library; an id already there is left as it is. */
export async function insertMeasures(db: Kysely<Database>, measures: readonly LibraryMeasure[], at: Date): Promise<void> {
  if (measures.length === 0) return
  const last = await db.selectFrom('ita_measures').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst()
  const start = Number(last?.p ?? 0)
  await db
    .insertInto('ita_measures')
    .values(
      measures.map((m, i) => ({
        id: m.id,
        indicator: m.indicator,
        text_th: m.th,
        text_en: m.en,
        source: m.source,
        position: start + i + 1,
        retired_at: m.retired ? at : null,
        updated_at: at,
      })),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
}

export async function updateMeasure(db: Kysely<Database>, m: LibraryMeasure, at: Date): Promise<void> {
  await db
    .updateTable('ita_measures')
    .set({ indicator: m.indicator, text_th: m.th, text_en: m.en, source: m.source, updated_at: at })
    .where('id', '=', m.id)
    .execute()
}

export async function setMeasureRetired(db: Kysely<Database>, id: string, retired: boolean, at: Date): Promise<void> {
  await db.updateTable('ita_measures').set({ retired_at: retired ? at : null, updated_at: at }).where('id', '=', id).execute()
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
