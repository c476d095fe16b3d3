// Table types of this feature (see ../tables.ts), from the migration 2026-12-04T1300-content-incidents.
import type { ColumnType, Generated } from 'kysely'
import type { DateOnly, Timestamp } from '../column-types.ts'

export interface ContentIncidentsTable {
  id: Generated<string>
  organisation_id: string
  kind: string
  where_seen: string
  seen_on: DateOnly
  description: string
  urgency: string
  evidence_file_id: ColumnType<string | null, string | null | undefined, string | null>
  status: string
  reported_by: string | null
  escalated_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  closed_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  closing_summary: ColumnType<string | null, string | null | undefined, string | null>
  created_at: Timestamp
  updated_at: Timestamp
}

export interface ContentIncidentStepsTable {
  id: Generated<string>
  incident_id: string
  step: string
  action_kind: string | null
  note: string
  by_user: string | null
  by_label: string
  at: Timestamp
}

export interface ContentIncidentsTables {
  content_incidents: ContentIncidentsTable
  content_incident_steps: ContentIncidentStepsTable
}
