// Table types of this feature (see ../tables.ts), from the migration 2026-12-07T1500-property.
import type { ColumnType, Generated } from 'kysely'
import type { DateOnly, Timestamp } from '../column-types.ts'

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

export interface PropertyTables {
  property_items: PropertyItemsTable
  property_borrowings: PropertyBorrowingsTable
}
