// Table types of this feature (see ../tables.ts), from the migration 2026-12-08T1300-risks.
import type { ColumnType, Generated } from 'kysely'
import type { DateOnly, Json, Timestamp } from '../column-types.ts'

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>
type Bi = { th: string; en: string }
export type MatrixLevelRow = { key: string; th: string; en: string; colour: string }
export type SnapshotRow = { risk: string; measure: string; unit: string; dueOn: string; status: string; note: string }
export type CommitteeMember = { name: string; position: string; role: string }

export interface RiskMatricesTable {
  organisation_id: string
  likelihood_labels: Json<Bi[]>
  impact_labels: Json<Bi[]>
  levels: Json<MatrixLevelRow[]>
  cells: Json<string[][]>
  updated_by_label: string
  updated_at: Timestamp
}

export interface RiskRegistersTable {
  id: Generated<string>
  organisation_id: string
  fiscal_year: number
  status: string
  carried_from_id: Nullable<string>
  approved_by_label: Nullable<string>
  approved_at: Nullable<Date>
  created_at: Timestamp
}

export interface RisksTable {
  id: Generated<string>
  register_id: string
  organisation_id: string
  process: string
  service_key: Nullable<string>
  risk_type: string
  description: string
  causes: string
  existing_controls: string
  inherent_likelihood: number
  inherent_impact: number
  residual_likelihood: number
  residual_impact: number
  internal_note: ColumnType<string, string | undefined, string>
  carried_from_id: Nullable<string>
  created_at: Timestamp
  updated_at: Timestamp
}

export interface RiskTreatmentsTable {
  id: Generated<string>
  risk_id: string
  organisation_id: string
  measure: string
  owner_name: string
  owner_unit: string
  due_on: DateOnly
  status: string
  progress_note: ColumnType<string, string | undefined, string>
  completed_on: Nullable<string>
  created_at: Timestamp
}

export interface RiskFollowupsTable {
  id: Generated<string>
  register_id: string
  organisation_id: string
  kind: string
  summary: string
  snapshot: Json<SnapshotRow[]>
  reported_on: DateOnly
  reported_by_label: string
  created_at: Timestamp
}

export interface OutsideManualReportsTable {
  id: Generated<string>
  organisation_id: string
  reporter_user_id: Nullable<string>
  reporter_label: string
  occurred_on: DateOnly
  work: string
  manual_ref: string
  what_done: string
  reason: string
  status: string
  outcome: Nullable<string>
  review_note: Nullable<string>
  reviewed_by_label: Nullable<string>
  reviewed_at: Nullable<Date>
  created_at: Timestamp
}

export interface IcEvaluationsTable {
  id: Generated<string>
  organisation_id: string
  fiscal_year: number
  order_number: string
  order_date: DateOnly
  order_file_id: Nullable<string>
  members: Json<CommitteeMember[]>
  status: string
  summary: Nullable<string>
  reported_by_label: Nullable<string>
  reported_at: Nullable<Date>
  created_at: Timestamp
}

export interface IcComponentResultsTable {
  evaluation_id: string
  component: string
  assessment: string
  findings: string
  improvements: string
  updated_at: Timestamp
}

export interface RiskHistoryTable {
  id: Generated<string>
  organisation_id: string
  entity_type: string
  entity_id: string
  from_status: Nullable<string>
  to_status: string
  actor_label: string
  note: ColumnType<string, string | undefined, string>
  at: Timestamp
}

export interface RisksTables {
  risk_matrices: RiskMatricesTable
  risk_registers: RiskRegistersTable
  risks: RisksTable
  risk_treatments: RiskTreatmentsTable
  risk_followups: RiskFollowupsTable
  outside_manual_reports: OutsideManualReportsTable
  ic_evaluations: IcEvaluationsTable
  ic_component_results: IcComponentResultsTable
  risk_history: RiskHistoryTable
}
