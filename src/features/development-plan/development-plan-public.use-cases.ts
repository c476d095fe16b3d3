import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { NotFoundError } from '../../errors.ts'
import type { FileService, OpenedFile } from '../../platform/files/index.ts'
import { budgetLinesOfYear } from '../budget/index.ts'
import { findOrganisationBySlug, isUuid, type OrganisationDetails } from '../organisations/index.ts'
import { linkLines, planYears, type LinkedLine, type MonitoringFigures } from './development-plan.domain.ts'
import * as repo from './development-plan.repository.ts'
import type { DevPlan, MonitoringReport, Participation, PlanVersion, Project, Strategy } from './development-plan.repository.ts'

type Ctx = { db: Kysely<Database> }

export async function findDevPlanOrganisation(ctx: Ctx, slug: string): Promise<OrganisationDetails> {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) throw new NotFoundError('organisation')
  const org = await findOrganisationBySlug(ctx.db, slug)
  if (!org) throw new NotFoundError('organisation')
  return org
}

/** A year of the plan whose budget is published: each line with the project funding it, or flagged. */
export type BudgetYear = { fiscalYear: number; lines: LinkedLine[] }

export type PublicDevPlan = {
  org: OrganisationDetails
  plan: DevPlan
  years: number[]
  strategies: Strategy[]
  projects: Project[]
  participation: Participation[]
  versions: Omit<PlanVersion, 'snapshot'>[]
  reports: MonitoringReport[]
  budgetYears: BudgetYear[]
}

/** The newest published plan, as citizens read it; null when the agency has published none. */
export async function publicDevPlan(ctx: Ctx, org: OrganisationDetails): Promise<PublicDevPlan | null> {
  const plan = (await repo.listPlans(ctx.db, org.id, { publishedOnly: true }))[0]
  if (!plan) return null
  const budgetYears: BudgetYear[] = []
  for (const y of planYears(plan.firstYear, plan.lastYear)) {
    const budget = await budgetLinesOfYear(ctx.db, org.id, y)
    // Only a budget the agency has published itself is shown beside its plan.
    if (budget?.published) budgetYears.push({ fiscalYear: y, lines: linkLines(budget.lines, await repo.linksOf(ctx.db, budget.budgetPlanId)) })
  }
  return {
    org,
    plan,
    years: planYears(plan.firstYear, plan.lastYear),
    strategies: await repo.listStrategies(ctx.db, plan.id),
    projects: await repo.listProjects(ctx.db, plan.id),
    participation: await repo.listParticipation(ctx.db, plan.id),
    versions: (await repo.listVersions(ctx.db, plan.id)).map(({ snapshot: _s, ...v }) => v),
    reports: await repo.listReports(ctx.db, plan.id, { publishedOnly: true }),
    budgetYears,
  }
}

export type PublicMonitoring = { org: OrganisationDetails; plan: DevPlan; fiscalYear: number; summary: string; publishedAt: Date; figures: MonitoringFigures }

export async function publicMonitoring(ctx: Ctx, org: OrganisationDetails, fiscalYear: number): Promise<PublicMonitoring> {
  const plan = await repo.planCovering(ctx.db, org.id, fiscalYear)
  if (!plan || !plan.published) throw new NotFoundError('monitoring report')
  const report = await repo.findReport(ctx.db, plan.id, fiscalYear)
  if (!report || report.status !== 'published' || !report.publishedAt) throw new NotFoundError('monitoring report')
  return { org, plan, fiscalYear, summary: report.summary, publishedAt: report.publishedAt, figures: report.figures as MonitoringFigures }
}

export async function publicMinutes(ctx: Ctx & { files: FileService }, org: OrganisationDetails, participationId: string): Promise<OpenedFile> {
  if (!isUuid(participationId)) throw new NotFoundError('file')
  const p = await repo.findParticipation(ctx.db, participationId)
  if (!p || !p.minutesFileId) throw new NotFoundError('file')
  const plan = await repo.findPlan(ctx.db, p.planId)
  if (!plan || plan.organisationId !== org.id || !plan.published) throw new NotFoundError('file')
  const opened = await ctx.files.openFile(p.minutesFileId)
  if (!opened) throw new NotFoundError('file')
  return opened
}
