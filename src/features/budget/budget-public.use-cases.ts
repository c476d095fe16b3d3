import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { NotFoundError } from '../../errors.ts'
import { findOrganisationBySlug, type OrganisationDetails } from '../organisations/index.ts'
import { planTotals, type PlanTotals } from './budget.domain.ts'
import { findPlan, findVersion, listPlans, listVersions, type BudgetPlan, type BudgetVersion, type VersionSummary } from './budget.repository.ts'

type Deps = { db: Kysely<Database> }

/**
 * What any citizen may read: published plans only. An unpublished year is "not published yet"
 * to the public (its address stays the one the agency gave NACC).
 */
export async function findBudgetOrganisation({ db }: Deps, slug: string): Promise<OrganisationDetails> {
  const org = /^[a-z0-9-]{1,80}$/.test(slug) ? await findOrganisationBySlug(db, slug) : undefined
  if (!org) throw new NotFoundError('organisation')
  return org
}

/** The published fiscal years, newest first: /o/<slug>/budget sends people to the first. */
export async function publishedYears({ db }: Deps, org: OrganisationDetails): Promise<number[]> {
  return (await listPlans(db, org.id, { publishedOnly: true })).map((p) => p.fiscalYear)
}

export type PublicBudget = {
  org: OrganisationDetails
  plan: BudgetPlan
  shown: BudgetVersion
  isCurrent: boolean
  versions: VersionSummary[]
  totals: PlanTotals
  /** Every published year, for the year links. */
  years: number[]
}

/** A published year at its stable address; `version` for an earlier one (/v/<n>). null: not published. */
export async function publicBudget({ db }: Deps, org: OrganisationDetails, fiscalYear: number, version?: string): Promise<PublicBudget | null> {
  const plan = await findPlan(db, org.id, fiscalYear)
  if (!plan || !plan.published || plan.currentVersion === 0) return null
  let n = plan.currentVersion
  if (version !== undefined) {
    n = /^[1-9][0-9]{0,6}$/.test(version) ? Number(version) : NaN
    if (!(n >= 1 && n <= plan.currentVersion)) throw new NotFoundError('budget plan version')
  }
  const shown = await findVersion(db, plan.id, n)
  if (!shown) throw new NotFoundError('budget plan version')
  const years = (await listPlans(db, org.id, { publishedOnly: true })).map((p) => p.fiscalYear)
  return { org, plan, shown, isCurrent: n === plan.currentVersion, versions: await listVersions(db, plan.id), totals: planTotals(shown.lines), years }
}

/** The current version of a published year, for the CSV, Excel and JSON files. */
export async function budgetOpenData(deps: Deps, slug: string, fiscalYear: number): Promise<PublicBudget> {
  const org = await findBudgetOrganisation(deps, slug)
  const view = await publicBudget(deps, org, fiscalYear)
  if (!view) throw new NotFoundError('budget plan')
  return view
}
