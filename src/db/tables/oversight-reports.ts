// Table types of the oversight reporting cycle (see ../tables.ts), from the migration 2026-12-07T1200-forms-and-oversight-reports.
import type { ColumnType, Generated } from 'kysely'
import type { DateOnly, Json, Timestamp } from '../column-types.ts'

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>

export interface OversightSchedulesTable {
  id: Generated<string>
  organisation_id: string
  form_definition_id: string
  title_th: string
  title_en: string
  fiscal_year: number
  frequency: 'monthly' | 'quarterly' | 'half_yearly' | 'yearly'
  deadline_kind: 'business_days' | 'calendar_days'
  deadline_offset: number
  closes_after_days: Nullable<number>
  audience: 'all' | 'kinds' | 'chosen'
  audience_kinds: Json<string[]>
  audience_ids: Json<string[]>
  created_by: string | null
  created_at: Timestamp
}

export interface OversightPeriodsTable {
  id: Generated<string>
  schedule_id: string
  period_key: string
  starts_on: DateOnly
  ends_on: DateOnly
  deadline: DateOnly
  closes_on: Nullable<string>
  fixed_at: Timestamp
}

export interface OversightReportsTable {
  id: Generated<string>
  period_id: string
  organisation_id: string
  status: string
  response_id: Nullable<string>
  nothing_to_report: Generated<boolean>
  nothing_reason: Generated<string>
  submissions: Generated<number>
  head_name: Nullable<string>
  head_position: Nullable<string>
  head_signed_at: Nullable<Date>
  first_submitted_at: Nullable<Date>
  last_submitted_at: Nullable<Date>
  accepted_at: Nullable<Date>
  reply_by: Nullable<string>
  created_at: Timestamp
  updated_at: Timestamp
}

export interface OversightReportHistoryTable {
  id: Generated<string>
  report_id: string
  from_status: string
  to_status: string
  reason: Generated<string>
  by_user: string | null
  by_label: string
  at: Timestamp
}

export interface OversightReturnReasonsTable {
  id: Generated<string>
  report_id: string
  submission: number
  item_id: string
  reason: string
  created_at: Timestamp
}

export interface OversightRemindersTable {
  report_id: string
  kind: 'before' | 'due_day' | 'overdue'
  sent_at: Timestamp
}

export interface OversightAnnouncementsTable {
  id: Generated<string>
  series_id: string
  version: number
  organisation_id: string
  status: 'published' | 'superseded'
  number: string
  issued_on: DateOnly
  fiscal_year: number
  title_th: string
  title_en: string
  body_th: string
  measures: Json<{ no: number; th: string; indicator: number | null; source: string }[]>
  audience: 'all' | 'kinds' | 'chosen'
  audience_kinds: Json<string[]>
  audience_ids: Json<string[]>
  schedule_id: Nullable<string>
  correction_note: Generated<string>
  created_by: string | null
  created_at: Timestamp
  superseded_at: Nullable<Date>
}

export interface OversightAnnouncementFilesTable {
  announcement_id: string
  file_id: string
  position: number
}

export interface OversightAnnouncementRecipientsTable {
  announcement_id: string
  organisation_id: string
  acknowledged_by: Nullable<string>
  acknowledged_name: Nullable<string>
  acknowledged_position: Nullable<string>
  acknowledged_at: Nullable<Date>
  on_portal_since: Nullable<Date>
  last_reminded_on: Nullable<string>
}

export interface OversightWeeklySummariesTable {
  organisation_id: string
  week_of: DateOnly
  late: number
  sent_at: Timestamp
}

export interface OversightReportsTables {
  oversight_weekly_summaries: OversightWeeklySummariesTable
  oversight_announcements: OversightAnnouncementsTable
  oversight_announcement_files: OversightAnnouncementFilesTable
  oversight_announcement_recipients: OversightAnnouncementRecipientsTable

  oversight_reminders: OversightRemindersTable
  oversight_schedules: OversightSchedulesTable
  oversight_periods: OversightPeriodsTable
  oversight_reports: OversightReportsTable
  oversight_report_history: OversightReportHistoryTable
  oversight_return_reasons: OversightReturnReasonsTable
}
