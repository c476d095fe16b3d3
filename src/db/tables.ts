import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely'

import type { CreatedAt, DateOnly, Json, Timestamp, UpdatedAt } from './column-types.ts'
import type { BudgetTables } from './tables/budget.ts'
import type { ProcurementTables } from './tables/procurement.ts'
import type { ExecutivesTables } from './tables/executives.ts'
import type { ContentIncidentsTables } from './tables/content-incidents.ts'
import type { OitMonitoringTables } from './tables/oit-monitoring.ts'
import type { ItaMeasuresTables } from './tables/ita-measures.ts'

export interface OrganisationsTable {
  id: Generated<string>
  parent_id: string | null
  slug: string
  kind: string
  name_th: string
  name_en: ColumnType<string, string | undefined, string>
  address: ColumnType<string, string | undefined, string>
  phone: ColumnType<string, string | undefined, string>
  email: ColumnType<string, string | undefined, string>
  website: ColumnType<string, string | undefined, string>
  logo_file_id: ColumnType<string | null, string | null | undefined, string | null>
  require_staff_totp: ColumnType<boolean, boolean | undefined, boolean>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface UsersTable {
  id: Generated<string>
  email: string
  display_name: string
  position: ColumnType<string, string | undefined, string>
  password_hash: string | null
  is_platform_admin: ColumnType<boolean, boolean | undefined, boolean>
  is_active: ColumnType<boolean, boolean | undefined, boolean>
  locale: ColumnType<string, string | undefined, string>
  totp_secret: string | null
  totp_enabled: ColumnType<boolean, boolean | undefined, boolean>
  totp_last_step: number | null
  failed_logins: ColumnType<number, number | undefined, number>
  locked_until: Date | null
  public_key: ColumnType<string | null, string | null | undefined, string | null>
  wrapped_private_key: ColumnType<string | null, string | null | undefined, string | null>
  key_salt: ColumnType<string | null, string | null | undefined, string | null>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface MembershipsTable {
  user_id: string
  organisation_id: string
  role: string
  created_at: CreatedAt
}

export interface SessionsTable {
  token_hash: string
  user_id: string
  second_factor_done: ColumnType<boolean, boolean | undefined, boolean>
  sealed_private_key: ColumnType<string | null, string | null | undefined, string | null>
  created_at: CreatedAt
  last_seen_at: UpdatedAt
  expires_at: Timestamp
}

export interface OneTimeTokensTable {
  token_hash: string
  purpose: 'password_reset' | 'invitation'
  user_id: string | null
  email: string
  organisation_id: string | null
  role: string | null
  created_by: string | null
  created_at: CreatedAt
  expires_at: Timestamp
  used_at: Date | null
}

export interface OutboxTable {
  id: Generated<string>
  organisation_id: string | null
  to_address: string
  subject: string
  body_text: string
  status: ColumnType<'queued' | 'sent' | 'failed', 'queued' | 'sent' | 'failed' | undefined, 'queued' | 'sent' | 'failed'>
  attempts: ColumnType<number, number | undefined, number>
  last_error: string | null
  next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>
  created_at: CreatedAt
  sent_at: Date | null
  smtp_message_id: ColumnType<string | null, string | null | undefined, string | null>
  erase_recipient: ColumnType<boolean, boolean | undefined, boolean>
}

export type AuditSummary = { before?: Record<string, unknown> | null; after?: Record<string, unknown> | null; note?: string }

export interface AuditEventsTable {
  seq: Generated<number>
  at: Timestamp
  actor_id: string | null
  actor_label: string
  organisation_id: string | null
  action: string
  entity_type: string
  entity_id: string | null
  summary: Json<AuditSummary>
  prev_hash: string
  hash: string
}

type JobStatusColumn = 'queued' | 'running' | 'done' | 'failed'

export interface JobsTable {
  id: Generated<string>
  kind: string
  payload: ColumnType<unknown, string | undefined, string>
  status: ColumnType<JobStatusColumn, JobStatusColumn | undefined, JobStatusColumn>
  run_at: Timestamp
  attempts: ColumnType<number, number | undefined, number>
  max_attempts: ColumnType<number, number | undefined, number>
  locked_by: string | null
  locked_until: Date | null
  last_error: string | null
  dedupe_key: string | null
  created_at: CreatedAt
  updated_at: UpdatedAt
  finished_at: Date | null
}

export interface JobSchedulesTable {
  name: string
  kind: string
  payload: ColumnType<unknown, string | undefined, string>
  every_seconds: number | null
  daily_at: string | null
  next_run_at: Timestamp
  last_slot_at: Date | null
  updated_at: UpdatedAt
}

export interface FilesTable {
  id: Generated<string>
  sha256: string
  size: number
  mime: string
  original_name: ColumnType<string, string | undefined, string>
  organisation_id: string | null
  uploaded_by: string | null
  purpose: string
  created_at: CreatedAt
}

export interface AppSecretsTable {
  name: string
  value: string
  created_at: CreatedAt
}

export interface PendingFileBlobsTable {
  sha256: string
  bytes: Buffer
  created_at: CreatedAt
}

export interface HolidaysTable {
  date: DateOnly
  name_th: string
  name_en: ColumnType<string, string | undefined, string>
  kind: string
}

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

export interface PublicGenerationsTable {
  scope: string
  generation: ColumnType<string, string | number | undefined, string | number>
  updated_at: UpdatedAt
}

export interface PortalCountersTable {
  organisation_id: string
  section: string
  last_number: number
}

export interface PortalItemsTable {
  id: Generated<string>
  organisation_id: string
  section: string
  number: number
  item_key: string
  published: ColumnType<boolean, boolean | undefined, boolean>
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  current_version: ColumnType<number, number | undefined, number>
  search_text: ColumnType<string, string | undefined, string>
  created_by: ColumnType<string | null, string | null | undefined, string | null>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export type PortalLink = { label: string; url: string }

export interface PortalItemVersionsTable {
  item_id: string
  version: number
  title_th: string
  title_en: ColumnType<string, string | undefined, never>
  body_source: ColumnType<string, string | undefined, never>
  body_html: ColumnType<string, string | undefined, never>
  links: ColumnType<PortalLink[], string | undefined, never>
  fiscal_year: ColumnType<number | null, number | null | undefined, never>
  responsible_user_id: ColumnType<string | null, string | null | undefined, never>
  created_by: ColumnType<string | null, string | null | undefined, never>
  created_at: ColumnType<Date, Date | string, never>
}

export interface PortalVersionFilesTable {
  item_id: string
  version: number
  position: number
  file_id: string
}

/** Indicator number ("1"…"10") → score in hundredths. */
export type ItaScoresJson = Record<string, number>

export interface ItaResultsTable {
  organisation_id: string
  fiscal_year: number
  scores: ColumnType<ItaScoresJson, string, string>
  imported_by: string | null
  imported_at: ColumnType<Date, Date | string, Date | string>
}

export type ItaPlanItemJson = { id: string; indicator: number; measureId: string | null; th: string; owner: string; dueDate: string; progress: number }

export interface ItaPlansTable {
  organisation_id: string
  fiscal_year: number
  items: ColumnType<ItaPlanItemJson[], string, string>
  updated_by: string | null
  updated_at: ColumnType<Date, Date | string, Date | string>
}

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

/** Every table; features added after the first ones keep their table types in `tables/<feature>.ts`. */
export interface Database extends BudgetTables, ProcurementTables, ExecutivesTables, ContentIncidentsTables, OitMonitoringTables, ItaMeasuresTables {
  organisations: OrganisationsTable
  users: UsersTable
  memberships: MembershipsTable
  sessions: SessionsTable
  one_time_tokens: OneTimeTokensTable
  outbox: OutboxTable
  audit_events: AuditEventsTable
  holidays: HolidaysTable
  files: FilesTable
  app_secrets: AppSecretsTable
  pending_file_blobs: PendingFileBlobsTable
  jobs: JobsTable
  job_schedules: JobSchedulesTable
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
  public_generations: PublicGenerationsTable
  portal_counters: PortalCountersTable
  portal_items: PortalItemsTable
  portal_item_versions: PortalItemVersionsTable
  portal_version_files: PortalVersionFilesTable
  ita_results: ItaResultsTable
  ita_plans: ItaPlansTable
  oit_catalogues: OitCataloguesTable
  oit_entries: OitEntriesTable
}

export type Organisation = Selectable<OrganisationsTable>
export type NewOrganisation = Insertable<OrganisationsTable>
export type OrganisationUpdate = Updateable<OrganisationsTable>
export type UserRow = Selectable<UsersTable>
export type AuditEventRow = Selectable<AuditEventsTable>
