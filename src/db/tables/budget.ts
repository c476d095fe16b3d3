// Table types of the budget spending plan (migration 2026-12-04T1000-budget).
import type { ColumnType, Generated } from 'kysely'
import type { CreatedAt, UpdatedAt } from '../column-types.ts'

export interface BudgetPlansTable {
  id: Generated<string>
  organisation_id: string
  fiscal_year: number
  current_version: ColumnType<number, number | undefined, number>
  published: ColumnType<boolean, boolean | undefined, boolean>
  published_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  created_by: string | null
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface BudgetPlanVersionsTable {
  plan_id: string
  version: number
  notes: ColumnType<string, string | undefined, never>
  responsible: ColumnType<string, string | undefined, never>
  source: ColumnType<string, string | undefined, never>
  created_by: string | null
  created_at: ColumnType<Date, Date, never>
}

/** Amounts are whole satang (bigint, read back as a safe integer: connect.ts parses int8). */
export interface BudgetPlanLinesTable {
  plan_id: string
  version: number
  position: number
  name: string
  category: ColumnType<string, string | undefined, never>
  allocated_satang: number
  planned_q1_satang: number
  planned_q2_satang: number
  planned_q3_satang: number
  planned_q4_satang: number
  actual_q1_satang: number | null
  actual_q2_satang: number | null
  actual_q3_satang: number | null
  actual_q4_satang: number | null
}

export interface BudgetTables {
  budget_plans: BudgetPlansTable
  budget_plan_versions: BudgetPlanVersionsTable
  budget_plan_lines: BudgetPlanLinesTable
}
