// Table types of this feature (see ../tables.ts), from the migration 2026-12-07T1300-services.
import type { ColumnType, Generated } from 'kysely'
import type { DateOnly, Json, Timestamp } from '../column-types.ts'

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>

export interface ServicesTable {
  id: Generated<string>
  organisation_id: string
  number: number
  service_key: string
  current_version: Generated<number>
  published_version: Nullable<number>
  published_at: Nullable<Date>
  created_at: Timestamp
  updated_at: Timestamp
}

export interface ServiceVersionsTable {
  service_id: string
  version: number
  name_th: string
  manual: Json<unknown>
  total_days: number
  day_unit: string
  published_at: Nullable<Date>
  created_by: string | null
  created_at: Timestamp
}

export interface ServiceRequestCountersTable {
  organisation_id: string
  year_be: number
  last_number: number
}

export interface ServiceRequestsTable {
  id: Generated<string>
  organisation_id: string
  service_id: string
  service_version: number
  reference: string
  follow_up_hash: string
  channel: string
  applicant_name: string
  applicant_contact: string
  details: string
  status: string
  filed_on: DateOnly
  day_unit: string
  promised_days: number
  due_on: Nullable<string>
  original_due_on: DateOnly
  paused_on: Nullable<string>
  days_left_at_pause: Nullable<number>
  assigned_to: Nullable<string>
  completed_on: Nullable<string>
  /** Set when the request closes: filing to result, in day_unit (migration 2026-12-09T1200). */
  took_days: Nullable<number>
  result_channel: Nullable<string>
  delay_notices: Generated<number>
  created_at: Timestamp
  updated_at: Timestamp
}

export interface ServiceRequestEventsTable {
  id: Generated<string>
  request_id: string
  kind: string
  from_status: string | null
  to_status: string
  on_date: DateOnly
  note: Generated<string>
  channel: Nullable<string>
  new_due_on: Nullable<string>
  late: Generated<boolean>
  by_user: string | null
  at: Timestamp
}

export interface WorkStandardsTable {
  id: Generated<string>
  organisation_id: string
  title: string
  content: Json<unknown>
  file_id: Nullable<string>
  published: Generated<boolean>
  updated_by: string | null
  created_at: Timestamp
  updated_at: Timestamp
}

export interface ServicesTables {
  services: ServicesTable
  service_versions: ServiceVersionsTable
  service_request_counters: ServiceRequestCountersTable
  service_requests: ServiceRequestsTable
  service_request_events: ServiceRequestEventsTable
  work_standards: WorkStandardsTable
}
