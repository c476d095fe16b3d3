// Table types of this feature (see ../tables.ts), from the migration 2026-12-07T1400-voice.
import type { ColumnType, Generated } from 'kysely'
import type { DateOnly, Timestamp, UpdatedAt } from '../column-types.ts'

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>

export interface VoiceSettingsTable {
  organisation_id: string
  webboard_answer_days: ColumnType<number, number | undefined, number>
  webboard_premoderate: ColumnType<boolean, boolean | undefined, boolean>
  webboard_blocked_words: ColumnType<string, string | undefined, string>
  request_answer_days: ColumnType<number, number | undefined, number>
  request_extension_days: ColumnType<number, number | undefined, number>
  request_very_overdue_days: ColumnType<number, number | undefined, number>
  updated_by: Nullable<string>
  updated_at: UpdatedAt
}

export interface WebboardPostsTable {
  id: Generated<string>
  organisation_id: string
  question_id: Nullable<string>
  kind: 'question' | 'reply' | 'answer'
  topic: Nullable<string>
  title: Nullable<string>
  body: string
  author_name: string
  author_position: Nullable<string>
  author_user_id: Nullable<string>
  status: 'pending' | 'published' | 'rejected'
  hold_reasons: ColumnType<string[], string | undefined, string>
  asker_code_hash: Nullable<string>
  helpful: Nullable<boolean>
  assigned_to: Nullable<string>
  due_on: Nullable<string>
  published_on: Nullable<string>
  answered_on: Nullable<string>
  moderated_by: Nullable<string>
  moderated_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  created_at: Timestamp
  service_key: ColumnType<string | null, string | null | undefined, string | null>
}

export interface WebboardRedactionsTable {
  id: Generated<string>
  post_id: string
  occurrences: number
  characters: number
  reason: string
  by_user: string | null
  at: Timestamp
}

export interface WebboardRemindersTable {
  question_id: string
  urgency: string
  sent_at: Timestamp
}

export interface InfoRequestCountersTable {
  organisation_id: string
  year_be: number
  last_number: number
}

export interface InfoRequestsTable {
  id: Generated<string>
  organisation_id: string
  number: string
  channel: 'online' | 'counter'
  requester_name: string
  requester_contact: string
  what_requested: string
  delivery: string
  fee_baht: Nullable<string>
  status: string
  received_on: DateOnly
  clock_from: DateOnly
  days_used: ColumnType<number, number | undefined, number>
  allowed_days: number
  due_on: Nullable<string>
  assigned_to: Nullable<string>
  follow_up_hash: string
  answer_text: Nullable<string>
  refusal_section: Nullable<string>
  refusal_reason: Nullable<string>
  transferred_to: Nullable<string>
  closed_on: Nullable<string>
  appeal_until: Nullable<string>
  publish_answer: ColumnType<boolean, boolean | undefined, boolean>
  created_by: Nullable<string>
  created_at: Timestamp
  updated_at: Timestamp
}

export interface InfoRequestEventsTable {
  id: Generated<string>
  request_id: string
  at: Timestamp
  on_date: DateOnly
  actor_user_id: string | null
  from_status: string | null
  to_status: string
  note: ColumnType<string, string | undefined, string>
  due_on: Nullable<string>
}

export interface InfoRequestRemindersTable {
  request_id: string
  due_on: DateOnly
  urgency: string
  sent_at: Timestamp
}

export interface CommentBoxCountersTable {
  organisation_id: string
  year_be: number
  last_number: number
}

export interface CommentBoxEntriesTable {
  id: Generated<string>
  organisation_id: string
  reference: string
  kind: 'suggestion' | 'praise' | 'problem'
  body: string
  anonymous: boolean
  name: Nullable<string>
  contact: Nullable<string>
  follow_up_hash: Nullable<string>
  status: 'new' | 'thanked' | 'acted' | 'forwarded'
  reply: Nullable<string>
  what_changed: Nullable<string>
  publish_change: ColumnType<boolean, boolean | undefined, boolean>
  complaint_id: Nullable<string>
  complaint_reference: Nullable<string>
  received_on: DateOnly
  triaged_on: Nullable<string>
  triaged_by: Nullable<string>
  created_at: Timestamp
  /** Name and contact of a named commenter, encrypted with the comment's data key. */
  sealed_identity: ColumnType<string | null, string | null | undefined, string | null>
  follow_up_public_key: ColumnType<string | null, string | null | undefined, string | null>
  follow_up_private_key: ColumnType<string | null, string | null | undefined, string | null>
  sealed_complaint_receipt: ColumnType<string | null, string | null | undefined, string | null>
}

export interface CommentBoxKeysTable {
  comment_id: string
  user_id: string
  sealed_key: string
}

export interface ConsultationFilesTable {
  id: Generated<string>
  consultation_id: Nullable<string>
  hearing_id: Nullable<string>
  file_id: string
  kind: 'document' | 'photo'
  created_at: Timestamp
}

export interface ConsultationsTable {
  id: Generated<string>
  organisation_id: string
  title: string
  question: string
  documents: ColumnType<string, string | undefined, string>
  opens_on: DateOnly
  closes_on: DateOnly
  heard: Nullable<string>
  will_do: Nullable<string>
  summarised_on: Nullable<string>
  created_by: Nullable<string>
  created_at: Timestamp
}

export interface ConsultationCommentsTable {
  id: Generated<string>
  consultation_id: string
  author_name: string
  body: string
  hold_reasons: ColumnType<string[], string | undefined, string>
  created_on: DateOnly
  created_at: Timestamp
  /** Held ones wait in the moderation queue; a trigger allows only held → published / rejected. */
  moderation: ColumnType<'held' | 'published' | 'rejected', 'held' | 'published' | 'rejected' | undefined, 'held' | 'published' | 'rejected'>
  moderated_by: Nullable<string>
  moderated_on: Nullable<string>
}

export interface PublicHearingsTable {
  id: Generated<string>
  organisation_id: string
  consultation_id: Nullable<string>
  subject: string
  held_on: DateOnly
  place: string
  attendance: number
  minutes: string
  created_by: Nullable<string>
  created_at: Timestamp
}

export interface VoiceTables {
  consultations: ConsultationsTable
  consultation_comments: ConsultationCommentsTable
  public_hearings: PublicHearingsTable
  comment_box_counters: CommentBoxCountersTable
  comment_box_entries: CommentBoxEntriesTable
  comment_box_keys: CommentBoxKeysTable
  consultation_files: ConsultationFilesTable
  voice_settings: VoiceSettingsTable
  webboard_posts: WebboardPostsTable
  webboard_redactions: WebboardRedactionsTable
  webboard_reminders: WebboardRemindersTable
  info_request_counters: InfoRequestCountersTable
  info_requests: InfoRequestsTable
  info_request_events: InfoRequestEventsTable
  info_request_reminders: InfoRequestRemindersTable
}
