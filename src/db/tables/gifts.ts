// Table types of this feature (see ../tables.ts), from the migration 2026-12-07T1500-gifts.
import type { ColumnType, Generated } from 'kysely'
import type { DateOnly, Timestamp } from '../column-types.ts'

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>

export interface GiftDeclarationsTable {
  id: Generated<string>
  organisation_id: string
  user_id: string
  donor_name: string
  donor_type: string
  relation: string
  occasion: string
  description: string
  value_satang: number
  received_on: DateOnly
  due_on: Nullable<string>
  status: string
  submitted_at: Nullable<Date>
  submitted_on: Nullable<string>
  late: ColumnType<boolean, boolean | undefined, boolean>
  ruling: Nullable<string>
  ruling_reason: Nullable<string>
  ruled_by_label: Nullable<string>
  ruled_at: Nullable<Date>
  reminded_on: Nullable<string>
  /** The signed NACC form, scanned (2026-12-09T1400-property-lifecycle). */
  nacc_form_file_id: Nullable<string>
  created_at: Timestamp
}

export interface GiftDonationsTable {
  id: Generated<string>
  organisation_id: string
  donor_name: string
  donor_type: string
  description: string
  value_satang: number
  purpose: string
  intended_use: string
  status: string
  proposed_by: string | null
  proposed_by_label: string
  decided_by_label: Nullable<string>
  decision_reason: Nullable<string>
  decided_at: Nullable<Date>
  accepted_on: Nullable<string>
  receipt_number: Nullable<string>
  created_at: Timestamp
}

export interface GiftsTables {
  gift_declarations: GiftDeclarationsTable
  gift_donations: GiftDonationsTable
}
