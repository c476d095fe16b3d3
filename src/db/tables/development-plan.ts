// Table types of the development plan and the four-dimension evaluation (migration 2026-12-08T1400-development-plan).
import type { ColumnType, Generated } from 'kysely'
import type { CreatedAt, DateOnly, Json, UpdatedAt } from '../column-types.ts'

export interface DevplanPlansTable {
  id: Generated<string>
  organisation_id: string
  title: string
  first_year: number
  last_year: number
  current_version: ColumnType<number, number | undefined, number>
  published: ColumnType<boolean, boolean | undefined, boolean>
  published_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  created_by: string | null
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface DevplanStrategiesTable {
  id: Generated<string>
  plan_id: string
  position: number
  name: string
  goal: ColumnType<string, string | undefined, string>
}

export interface DevplanProjectsTable {
  id: Generated<string>
  plan_id: string
  strategy_id: string
  position: number
  programme: string
  name: string
  objective: string
  indicator: string
  target: string
  unit: string
  created_at: CreatedAt
  updated_at: UpdatedAt
}

/** Amounts are whole satang. */
export interface DevplanProjectYearsTable {
  project_id: string
  year: number
  budget_satang: number
  status: string
  spent_satang: number | null
  result: string
}

export interface DevplanParticipationTable {
  id: Generated<string>
  project_id: string
  kind: string
  held_on: DateOnly
  attendance: number
  summary: string
  minutes_file_id: string | null
  created_by: string | null
  created_at: CreatedAt
}

export interface DevplanVersionsTable {
  plan_id: string
  version: number
  kind: string
  approved_on: DateOnly
  note: string
  snapshot: Json<unknown>
  created_by: string | null
  created_at: CreatedAt
}

export interface DevplanBudgetLinksTable {
  budget_plan_id: string
  line_name: string
  project_id: string
  organisation_id: string
  linked_by: string | null
  linked_at: Date
}

export interface DevplanReportsTable {
  plan_id: string
  fiscal_year: number
  status: ColumnType<string, string | undefined, string>
  summary: string
  figures: ColumnType<unknown, string | null | undefined, string | null>
  published_at: Date | null
  published_by: string | null
  updated_at: UpdatedAt
}

export interface PerfEvaluationsTable {
  id: Generated<string>
  organisation_id: string
  year: number
  status: ColumnType<string, string | undefined, string>
  result: ColumnType<unknown, string | null | undefined, string | null>
  completed_at: Date | null
  published: ColumnType<boolean, boolean | undefined, boolean>
  published_at: Date | null
  created_by: string | null
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface PerfEvalIndicatorsTable {
  id: Generated<string>
  evaluation_id: string
  dimension: string
  position: number
  name: string
  weight: number
  evidence_url: string
  evidence_note: string
}

export interface PerfEvalMembersTable {
  evaluation_id: string
  user_id: string
  committee_role: string
  outside: boolean
  submitted_at: Date | null
}

export interface PerfEvalScoresTable {
  evaluation_id: string
  user_id: string
  indicator_id: string
  score: number
  comment: string
  updated_at: Date
}

export interface DevelopmentPlanTables {
  devplan_plans: DevplanPlansTable
  devplan_strategies: DevplanStrategiesTable
  devplan_projects: DevplanProjectsTable
  devplan_project_years: DevplanProjectYearsTable
  devplan_participation: DevplanParticipationTable
  devplan_versions: DevplanVersionsTable
  devplan_budget_links: DevplanBudgetLinksTable
  devplan_reports: DevplanReportsTable
  perf_evaluations: PerfEvaluationsTable
  perf_eval_indicators: PerfEvalIndicatorsTable
  perf_eval_members: PerfEvalMembersTable
  perf_eval_scores: PerfEvalScoresTable
}
