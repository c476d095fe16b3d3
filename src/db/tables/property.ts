// Table types of this feature (see ../tables.ts), from the migrations 2026-12-07T1500-property and 2026-12-09T1400-property-lifecycle.
import type { ColumnType, Generated } from 'kysely'
import type { DateOnly, Json, Timestamp } from '../column-types.ts'

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>

export interface PropertyItemsTable {
  id: Generated<string>
  organisation_id: string
  number: string
  name: string
  kind: string
  acquired_on: Nullable<string>
  price_satang: Nullable<number>
  source: ColumnType<string, string | undefined, string>
  location: string
  custodian_id: Nullable<string>
  condition: string
  borrowable: ColumnType<boolean, boolean | undefined, boolean>
  status: ColumnType<string, string | undefined, string>
  disposed_on: Nullable<string>
  created_at: Timestamp
}

export interface PropertyBorrowingsTable {
  id: Generated<string>
  organisation_id: string
  item_id: string
  borrower_id: string
  purpose: string
  start_on: DateOnly
  end_on: DateOnly
  status: string
  decided_by_label: Nullable<string>
  decision_note: Nullable<string>
  decided_at: Nullable<Date>
  issued_at: Nullable<Date>
  issue_condition: Nullable<string>
  returned_on: Nullable<string>
  return_condition: Nullable<string>
  damage_note: Nullable<string>
  reminded_on: Nullable<string>
  created_at: Timestamp
}

export interface PropertyFilesTable {
  id: Generated<string>
  item_id: string
  file_id: string
  kind: string
  label: string
  created_at: Timestamp
}

export interface PropertyMovementsTable {
  id: Generated<string>
  organisation_id: string
  item_id: string
  kind: string
  to_location: Nullable<string>
  to_custodian_id: Nullable<string>
  method: Nullable<string>
  reason: string
  requested_by: string
  status: string
  decided_by_label: Nullable<string>
  decision_note: Nullable<string>
  decided_at: Nullable<Date>
  created_at: Timestamp
}

export interface PropertyItemEventsTable {
  id: Generated<string>
  item_id: string
  event: string
  detail: Json<Record<string, unknown>>
  by_label: string
  at: Timestamp
  seq: Generated<string>
}

export interface PropertyStocktakesTable {
  id: Generated<string>
  organisation_id: string
  fiscal_year: number
  status: string
  appointed_by_label: string
  submitted_by_label: Nullable<string>
  submitted_at: Nullable<Date>
  acknowledged_by_label: Nullable<string>
  acknowledged_at: Nullable<Date>
  head_note: Nullable<string>
  created_at: Timestamp
}

export interface PropertyStocktakeMembersTable {
  stocktake_id: string
  user_id: string
  role: string
}

export interface PropertyStocktakeLinesTable {
  stocktake_id: string
  item_id: string
  found: boolean
  register_condition: string
  counted_condition: Nullable<string>
  note: ColumnType<string, string | undefined, string>
  counted_by_label: string
  counted_at: Timestamp
}

export interface PropertyTables {
  property_items: PropertyItemsTable
  property_borrowings: PropertyBorrowingsTable
  property_files: PropertyFilesTable
  property_movements: PropertyMovementsTable
  property_item_events: PropertyItemEventsTable
  property_stocktakes: PropertyStocktakesTable
  property_stocktake_members: PropertyStocktakeMembersTable
  property_stocktake_lines: PropertyStocktakeLinesTable
}
