// Table types of this feature (see ../tables.ts), from the migration 2026-12-04T1100-procurement.
import type { ColumnType } from 'kysely'
import type { Json, Timestamp } from '../column-types.ts'

export interface ProcurementRecordsTable {
  organisation_id: string
  fiscal_year: number
  kind: 'plan' | 'month'
  month: number
  current_version: number
  published: boolean
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  created_at: Timestamp
  updated_at: Timestamp
}

export interface ProcurementRecordVersionsTable {
  organisation_id: string
  fiscal_year: number
  kind: 'plan' | 'month'
  month: number
  version: number
  /** PlanContent or MonthContent (src/features/procurement/procurement.domain.ts). */
  content: Json<unknown>
  created_by: string | null
  created_at: Timestamp
}

export interface ProcurementTables {
  procurement_records: ProcurementRecordsTable
  procurement_record_versions: ProcurementRecordVersionsTable
}
