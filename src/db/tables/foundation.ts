// Table types of this feature (see ../tables.ts), from the migration 2026-11-22T0000-foundation.
import type { ColumnType, Generated } from 'kysely'
import type { CreatedAt, DateOnly, Json, Timestamp, UpdatedAt } from '../column-types.ts'

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
  /** True for a private recipient (a complainant): to_address then holds a placeholder, never the address. */
  erase_recipient: ColumnType<boolean, boolean | undefined, boolean>
  /** The private recipient's address, encrypted, until the mail is sent, fails or expires. */
  sealed_recipient: ColumnType<string | null, string | null | undefined, string | null>
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


export interface HolidaysTable {
  date: DateOnly
  name_th: string
  name_en: ColumnType<string, string | undefined, string>
  kind: string
}

export interface FoundationTables {
  organisations: OrganisationsTable
  users: UsersTable
  memberships: MembershipsTable
  sessions: SessionsTable
  one_time_tokens: OneTimeTokensTable
  outbox: OutboxTable
  audit_events: AuditEventsTable
  holidays: HolidaysTable
}
