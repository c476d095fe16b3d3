// Table types of delegations (G4) and fair use of authority (G3), from the migration 2026-12-09T1500-delegations-and-fair-authority.
import type { ColumnType, Generated } from 'kysely'
import type { DateOnly, Json, Timestamp } from '../column-types.ts'

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>
export type CriterionItem = { th: string; max: number }

export interface DelegationOrdersTable {
  id: Generated<string>
  organisation_id: string
  kind: string
  order_no: string
  order_date: DateOnly
  from_name: string
  from_position_th: string
  from_position_en: ColumnType<string, string | undefined, string>
  to_user_id: string
  to_name: string
  to_position_th: string
  powers_th: string
  powers_en: ColumnType<string, string | undefined, string>
  grants_role: Nullable<string>
  starts_on: DateOnly
  ends_on: DateOnly
  file_id: Nullable<string>
  status: string
  revoked_on: Nullable<string>
  revoke_reason: Nullable<string>
  created_by_label: string
  created_at: Timestamp
}

export interface DelegationHistoryTable {
  id: Generated<string>
  order_id: string
  from_status: Nullable<string>
  to_status: string
  note: ColumnType<string, string | undefined, string>
  by_label: string
  at: Timestamp
}

export interface AuthorityCriteriaTable {
  id: Generated<string>
  organisation_id: string
  kind: string
  version: number
  title_th: string
  items: Json<CriterionItem[]>
  published_by_label: string
  published_at: Timestamp
}

export interface AuthorityDecisionsTable {
  id: Generated<string>
  organisation_id: string
  criteria_id: string
  fiscal_year: number
  round_th: string
  subject_user_id: Nullable<string>
  subject_name: string
  scores: Json<number[]>
  total: number
  outcome: string
  reason: string
  decided_by_label: string
  decided_on: DateOnly
  created_at: Timestamp
}

export interface DelegationsTables {
  delegation_orders: DelegationOrdersTable
  delegation_history: DelegationHistoryTable
  authority_criteria: AuthorityCriteriaTable
  authority_decisions: AuthorityDecisionsTable
}
