// Table types of this feature (see ../tables.ts), from the migration 2026-11-22T1800-ita-results.
import type { ColumnType } from 'kysely'

/** Indicator number ("1"…"10") → score in hundredths. */
export type ItaScoresJson = Record<string, number>

export interface ItaResultsTable {
  organisation_id: string
  fiscal_year: number
  scores: ColumnType<ItaScoresJson, string, string>
  imported_by: string | null
  imported_at: ColumnType<Date, Date | string, Date | string>
}

export type ItaPlanItemJson = { id: string; indicator: number; measureId: string | null; th: string; owner: string; dueDate: string; progress: number }

export interface ItaPlansTable {
  organisation_id: string
  fiscal_year: number
  items: ColumnType<ItaPlanItemJson[], string, string>
  updated_by: string | null
  updated_at: ColumnType<Date, Date | string, Date | string>
}

export interface ItaResultsTables {
  ita_results: ItaResultsTable
  ita_plans: ItaPlansTable
}
