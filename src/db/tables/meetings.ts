// Table types of this feature (see ../tables.ts), from the migration 2026-12-07T1500-meetings.
import type { ColumnType, Generated } from 'kysely'
import type { DateOnly, Timestamp } from '../column-types.ts'

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>

export interface MeetingsTable {
  id: Generated<string>
  organisation_id: string
  title: string
  number_label: ColumnType<string, string | undefined, string>
  held_on: DateOnly
  place: string
  minutes_approved_at: Nullable<Date>
  minutes_approved_note: Nullable<string>
  created_by: string | null
  created_at: Timestamp
}
export interface MeetingMembersTable {
  meeting_id: string
  user_id: string
  role: string
  attended: ColumnType<boolean, boolean | undefined, boolean>
}
export interface MeetingItemsTable {
  id: Generated<string>
  meeting_id: string
  position: number
  title: string
  resolution: Nullable<string>
}
export interface MeetingInterestsTable {
  meeting_id: string
  item_id: string
  user_id: string
  nature: string
  declared_at: Timestamp
}
export interface MeetingVotesTable {
  meeting_id: string
  item_id: string
  user_id: string
  vote: string
  voted_at: Timestamp
}
export interface MeetingsTables {
  meetings: MeetingsTable
  meeting_members: MeetingMembersTable
  meeting_items: MeetingItemsTable
  meeting_interests: MeetingInterestsTable
  meeting_votes: MeetingVotesTable
}
