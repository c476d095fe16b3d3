// Table types of this feature (see ../tables.ts), from the migration 2026-11-22T1500-complaints (and 2026-12-04T1600-complaint-submissions).
import type { ColumnType, Generated } from 'kysely'
import type { CreatedAt, DateOnly, Json, Timestamp, UpdatedAt } from '../column-types.ts'

export interface ComplaintGuidelinesTable {
  organisation_id: string
  steps: Json<unknown>
  how_to_th: ColumnType<string, string | undefined, string>
  how_to_en: ColumnType<string, string | undefined, string>
  updated_by: string | null
  updated_at: UpdatedAt
}

export interface ComplaintCountersTable {
  organisation_id: string
  fiscal_year: number
  last_number: number
}

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>

export interface ComplaintsTable {
  id: Generated<string>
  organisation_id: string
  reference: string
  intake: string
  channel: string
  kind: Nullable<string>
  subject_text: string
  what_happened: string
  happened_when: ColumnType<string, string | undefined, string>
  happened_where: ColumnType<string, string | undefined, string>
  request: ColumnType<string, string | undefined, string>
  anonymous: boolean
  has_witnesses: ColumnType<boolean, boolean | undefined, boolean>
  evidence_count: ColumnType<number, number | undefined, number>
  sealed_identity: string
  wants_email_updates: ColumnType<boolean, boolean | undefined, boolean>
  receipt_hash: Nullable<string>
  complainant_key: Nullable<string>
  status: string
  received_on: DateOnly
  step_started_on: DateOnly
  assigned_to: Nullable<string>
  ground: Nullable<string>
  ground_reason: Nullable<string>
  outcome: Nullable<string>
  outcome_summary: Nullable<string>
  result_for_complainant: Nullable<string>
  created_by: Nullable<string>
  created_at: CreatedAt
  updated_at: UpdatedAt
  /** SHA-256 of the form's one-off submission token: a form sent twice files one complaint. */
  submission_hash: ColumnType<string | null, string | null | undefined, never>
}

export interface ComplaintKeysTable {
  complaint_id: string
  user_id: string
  sealed_key: string
  created_at: CreatedAt
}

export interface ComplaintSubjectsTable {
  complaint_id: string
  user_id: string
}

export interface ComplaintEventsTable {
  id: Generated<string>
  complaint_id: string
  at: Timestamp
  actor_user_id: string | null
  kind: string
  from_status: string | null
  to_status: string | null
  detail: Json<Record<string, unknown>>
}

export interface ComplaintMessagesTable {
  id: Generated<string>
  complaint_id: string
  author: 'complainant' | 'staff' | 'note'
  author_user_id: string | null
  sealed_body: string
  created_at: Timestamp
}

export interface ComplaintAttachmentsTable {
  id: Generated<string>
  complaint_id: string
  message_id: string | null
  sealed_meta: string
  content: Buffer
  size: number
  created_at: Timestamp
}

export interface ComplaintPendingUploadsTable {
  id: Generated<string>
  content: Buffer
  created_at: Timestamp
}

export interface ComplaintRemindersTable {
  complaint_id: string
  step: string
  step_started_on: DateOnly
  urgency: string
  sent_at: Timestamp
}

/** A proposal to the head and the head's order on it (migration 2026-12-08T1500-complaint-orders). */
export interface ComplaintOrdersTable {
  id: Generated<string>
  seq: Generated<string>
  complaint_id: string
  proposal: string
  from_status: string
  proposed_by: string
  proposed_at: Timestamp
  order_due_on: DateOnly
  reason: string
  ground: Nullable<string>
  outcome: Nullable<string>
  committee: Nullable<string>
  refer_to: Nullable<string>
  decision: Nullable<string>
  decided_by: Nullable<string>
  decided_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  order_note: Nullable<string>
}

/** A complainant's request for a review of the outcome; their words are in the sealed thread. */
export interface ComplaintReviewsTable {
  id: Generated<string>
  complaint_id: string
  requested_at: Timestamp
  requested_on: DateOnly
  answered_by: Nullable<string>
  answered_at: ColumnType<Date | null, Date | null | undefined, Date | null>
}

export interface ComplaintsTables {
  complaint_orders: ComplaintOrdersTable
  complaint_reviews: ComplaintReviewsTable
  complaint_guidelines: ComplaintGuidelinesTable
  complaint_counters: ComplaintCountersTable
  complaints: ComplaintsTable
  complaint_keys: ComplaintKeysTable
  complaint_subjects: ComplaintSubjectsTable
  complaint_events: ComplaintEventsTable
  complaint_messages: ComplaintMessagesTable
  complaint_attachments: ComplaintAttachmentsTable
  complaint_pending_uploads: ComplaintPendingUploadsTable
  complaint_reminders: ComplaintRemindersTable
}
