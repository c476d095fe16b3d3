// Table types of this feature (see ../tables.ts), from the migration 2026-12-09T1600-honour-roll.
import type { ColumnType, Generated } from 'kysely'
import type { DateOnly, Timestamp } from '../column-types.ts'

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>

export interface HonourRollEntriesTable {
  id: Generated<string>
  organisation_id: string
  name_th: string
  position_th: string
  deed_th: string
  commended_on: DateOnly
  commended_by: string
  announcement_ref: ColumnType<string, string | undefined, string>
  photo_file_id: Nullable<string>
  consent_to_publish: boolean
  status: ColumnType<string, string | undefined, string>
  created_by: Nullable<string>
  created_at: Timestamp
  updated_at: Timestamp
  approved_by: Nullable<string>
  approver_name: Nullable<string>
  approver_position: Nullable<string>
  approved_at: Nullable<Date>
  withdrawn_at: Nullable<Date>
  withdrawn_reason: Nullable<string>
}

export interface HonourRollHistoryTable {
  id: Generated<string>
  entry_id: string
  from_status: Nullable<string>
  to_status: string
  actor_id: Nullable<string>
  note: ColumnType<string, string | undefined, string>
  at: Timestamp
}

export interface HonourRollTables {
  honour_roll_entries: HonourRollEntriesTable
  honour_roll_history: HonourRollHistoryTable
}
