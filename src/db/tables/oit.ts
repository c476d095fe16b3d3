// Table types of this feature (see ../tables.ts), from the migration 2026-11-22T1900-oit.
import type { DateOnly, Json, UpdatedAt } from '../column-types.ts'

export interface OitCataloguesTable {
  scheme: string
  fiscal_year: number
  source: string
  verified: boolean
  /** OitItem[] (src/features/oit/oit-catalogue.domain.ts). */
  items: Json<unknown>
  updated_at: UpdatedAt
}

export interface OitEntriesTable {
  organisation_id: string
  scheme: string
  fiscal_year: number
  item_code: string
  status: string
  portal_item_id: string | null
  url: string | null
  explanation: string
  method: string
  time_frame: string
  elements_done: Json<number[]>
  due_date: DateOnly | null
  responsible_user_id: string | null
  updated_by: string | null
  updated_at: UpdatedAt
}

export interface OitTables {
  oit_catalogues: OitCataloguesTable
  oit_entries: OitEntriesTable
}
