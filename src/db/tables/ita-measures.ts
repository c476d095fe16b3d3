// Table types of this feature (see ../tables.ts), from the migration 2026-12-04T1500-ita-measures.
import type { ColumnType } from 'kysely'

export interface ItaMeasuresTable {
  id: string
  indicator: number
  text_th: string
  text_en: string
  source: string
  position: number
  retired_at: ColumnType<Date | null, Date | string | null, Date | string | null>
  updated_at: ColumnType<Date, Date | string, Date | string>
}

export interface ItaPlanMeasuresTable {
  organisation_id: string
  fiscal_year: number
  position: number
  indicator: number
  measure_id: string | null
  text_th: string
  owner: string
  /** 'YYYY-MM-DD' */
  due_date: string
  status: 'not_started' | 'in_progress' | 'done'
  progress: number
  note: string
}

export interface ItaMeasuresTables {
  ita_measures: ItaMeasuresTable
  ita_plan_measures: ItaPlanMeasuresTable
}
