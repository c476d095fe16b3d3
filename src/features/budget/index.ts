// What other features may use of this feature.
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { planTotals } from './budget.domain.ts'
import { findPlan, findVersion } from './budget.repository.ts'

export { budgetRoutes } from './budget.routes.ts'
export { loadDemoBudget } from './demo-budget.ts'
// For the sitemap: every agency's published years.
export { listAllPublishedYears as listAllPublishedBudgetYears } from './budget.repository.ts'

/** One line of a year's current budget version, as other features (the development plan) read it. Satang. */
export type BudgetLineSummary = { position: number; name: string; category: string; allocated: number; actual: number }
export type BudgetYearLines = { budgetPlanId: string; version: number; published: boolean; lines: BudgetLineSummary[] }

/** The lines of an agency's current budget version for a fiscal year; undefined when the year has none. */
export async function budgetLinesOfYear(db: Kysely<Database>, organisationId: string, fiscalYear: number): Promise<BudgetYearLines | undefined> {
  const plan = await findPlan(db, organisationId, fiscalYear)
  if (!plan || plan.currentVersion === 0) return undefined
  const version = await findVersion(db, plan.id, plan.currentVersion)
  if (!version) return undefined
  const totals = planTotals(version.lines)
  return {
    budgetPlanId: plan.id,
    version: plan.currentVersion,
    published: plan.published,
    lines: totals.lines.map((s, i) => ({ position: i + 1, name: s.line.name, category: s.line.category, allocated: s.line.allocated, actual: s.actual })),
  }
}
