// Table types of this feature (see ../tables.ts), from the migration 2026-12-07T1500-conflict-screen.
import type { ColumnType, Generated } from 'kysely'
import type { DateOnly, Json, Timestamp } from '../column-types.ts'

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>

export interface CoiInterestEntriesTable {
  id: Generated<string>
  organisation_id: string
  user_id: string
  kind: 'person' | 'address' | 'firm'
  relation: string
  text: string
  tax_id: Nullable<string>
  created_at: Timestamp
}

export interface CoiProcurementsTable {
  id: Generated<string>
  organisation_id: string
  title: string
  reference: string
  method: string
  month: DateOnly
  screened_at: Nullable<Date>
  created_by: string | null
  created_at: Timestamp
}

export interface CoiBiddersTable {
  id: Generated<string>
  procurement_id: string
  name: string
  tax_id: Nullable<string>
  people: Json<string[]>
  addresses: Json<string[]>
  created_at: Timestamp
}

export interface CoiParticipantsTable {
  procurement_id: string
  user_id: string
  duty: string
}

export interface CoiDeclarationsTable {
  procurement_id: string
  user_id: string
  has_relation: boolean
  bidder_id: Nullable<string>
  relation_type: Nullable<string>
  detail: string
  declared_at: Timestamp
}

export interface CoiHitsTable {
  id: Generated<string>
  procurement_id: string
  bidder_id: string
  entry_id: string | null
  user_id: string
  entry_kind: string
  entry_relation: string
  reasons: Json<unknown>
  status: ColumnType<string, string | undefined, string>
  resolution_reason: Nullable<string>
  resolved_by: Nullable<string>
  resolved_by_label: Nullable<string>
  resolved_at: Nullable<Date>
  created_at: Timestamp
}

export interface CoiMonthlyReportsTable {
  id: Generated<string>
  organisation_id: string
  month: DateOnly
  content: Json<unknown>
  status: string
  submitted_by: string | null
  submitted_by_label: string
  submitted_at: Timestamp
  acknowledged_by_label: Nullable<string>
  acknowledged_at: Nullable<Date>
  head_note: Nullable<string>
}

export interface ConflictScreenTables {
  coi_interest_entries: CoiInterestEntriesTable
  coi_procurements: CoiProcurementsTable
  coi_bidders: CoiBiddersTable
  coi_participants: CoiParticipantsTable
  coi_declarations: CoiDeclarationsTable
  coi_hits: CoiHitsTable
  coi_monthly_reports: CoiMonthlyReportsTable
}
