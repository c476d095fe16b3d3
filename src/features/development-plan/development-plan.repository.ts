import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'

export type DevPlan = { id: string; organisationId: string; title: string; firstYear: number; lastYear: number; currentVersion: number; published: boolean; publishedAt: Date | null; updatedAt: Date }
export type Strategy = { id: string; position: number; name: string; goal: string }
export type ProjectYear = { year: number; budget: number; status: string; spent: number | null; result: string }
export type Project = { id: string; planId: string; strategyId: string; position: number; programme: string; name: string; objective: string; indicator: string; target: string; unit: string; years: ProjectYear[] }
export type Participation = { id: string; projectId: string; kind: string; heldOn: string; attendance: number; summary: string; minutesFileId: string | null }
export type PlanVersion = { version: number; kind: string; approvedOn: string; note: string; createdAt: Date; snapshot: unknown }
export type MonitoringReport = { fiscalYear: number; status: string; summary: string; figures: unknown; publishedAt: Date | null }

const PLAN_COLUMNS = ['id', 'organisation_id', 'title', 'first_year', 'last_year', 'current_version', 'published', 'published_at', 'updated_at'] as const
type PlanRow = { id: string; organisation_id: string; title: string; first_year: number; last_year: number; current_version: number; published: boolean; published_at: Date | null; updated_at: Date }
const planOf = (r: PlanRow): DevPlan => ({ id: r.id, organisationId: r.organisation_id, title: r.title, firstYear: r.first_year, lastYear: r.last_year, currentVersion: r.current_version, published: r.published, publishedAt: r.published_at, updatedAt: r.updated_at })

export async function listPlans(db: Kysely<Database>, organisationId: string, options: { publishedOnly: boolean }): Promise<DevPlan[]> {
  let q = db.selectFrom('devplan_plans').select(PLAN_COLUMNS).where('organisation_id', '=', organisationId)
  if (options.publishedOnly) q = q.where('published', '=', true)
  return (await q.orderBy('first_year', 'desc').execute()).map(planOf)
}

export async function findPlan(db: Kysely<Database>, id: string, options: { forUpdate?: boolean } = {}): Promise<DevPlan | undefined> {
  let q = db.selectFrom('devplan_plans').select(PLAN_COLUMNS).where('id', '=', id)
  if (options.forUpdate) q = q.forUpdate()
  const r = await q.executeTakeFirst()
  return r && planOf(r)
}

export async function planCovering(db: Kysely<Database>, organisationId: string, year: number): Promise<DevPlan | undefined> {
  const r = await db.selectFrom('devplan_plans').select(PLAN_COLUMNS).where('organisation_id', '=', organisationId).where('first_year', '<=', year).where('last_year', '>=', year).orderBy('first_year', 'desc').executeTakeFirst()
  return r && planOf(r)
}

export async function insertPlan(db: Kysely<Database>, v: { organisationId: string; title: string; firstYear: number; lastYear: number; createdBy: string; now: Date }): Promise<string> {
  const r = await db
    .insertInto('devplan_plans')
    .values({ organisation_id: v.organisationId, title: v.title, first_year: v.firstYear, last_year: v.lastYear, created_by: v.createdBy, created_at: v.now, updated_at: v.now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

export async function overlappingPlan(db: Kysely<Database>, organisationId: string, first: number, last: number): Promise<boolean> {
  const r = await db.selectFrom('devplan_plans').select('id').where('organisation_id', '=', organisationId).where('first_year', '<=', last).where('last_year', '>=', first).executeTakeFirst()
  return !!r
}

export async function setPlanPublished(db: Kysely<Database>, id: string, published: boolean, now: Date): Promise<void> {
  await db.updateTable('devplan_plans').set({ published, published_at: published ? now : null, updated_at: now }).where('id', '=', id).execute()
}

export async function touchPlan(db: Kysely<Database>, id: string, now: Date, currentVersion?: number): Promise<void> {
  await db.updateTable('devplan_plans').set(currentVersion === undefined ? { updated_at: now } : { updated_at: now, current_version: currentVersion }).where('id', '=', id).execute()
}

export async function listStrategies(db: Kysely<Database>, planId: string): Promise<Strategy[]> {
  return db.selectFrom('devplan_strategies').select(['id', 'position', 'name', 'goal']).where('plan_id', '=', planId).orderBy('position').execute()
}

export async function insertStrategy(db: Kysely<Database>, planId: string, name: string, goal: string): Promise<string> {
  const max = await db.selectFrom('devplan_strategies').select((eb) => eb.fn.max('position').as('p')).where('plan_id', '=', planId).executeTakeFirst()
  const r = await db.insertInto('devplan_strategies').values({ plan_id: planId, position: Number(max?.p ?? 0) + 1, name, goal }).returning('id').executeTakeFirstOrThrow()
  return r.id
}

export async function listProjects(db: Kysely<Database>, planId: string): Promise<Project[]> {
  const rows = await db.selectFrom('devplan_projects').selectAll().where('plan_id', '=', planId).orderBy('position').execute()
  if (rows.length === 0) return []
  const years = await db.selectFrom('devplan_project_years').selectAll().where('project_id', 'in', rows.map((r) => r.id)).orderBy('year').execute()
  return rows.map((r) => ({
    id: r.id,
    planId: r.plan_id,
    strategyId: r.strategy_id,
    position: r.position,
    programme: r.programme,
    name: r.name,
    objective: r.objective,
    indicator: r.indicator,
    target: r.target,
    unit: r.unit,
    years: years.filter((y) => y.project_id === r.id).map((y) => ({ year: y.year, budget: Number(y.budget_satang), status: y.status, spent: y.spent_satang === null ? null : Number(y.spent_satang), result: y.result })),
  }))
}

export async function findProject(db: Kysely<Database>, id: string): Promise<Project | undefined> {
  const r = await db.selectFrom('devplan_projects').select('plan_id').where('id', '=', id).executeTakeFirst()
  if (!r) return undefined
  return (await listProjects(db, r.plan_id)).find((p) => p.id === id)
}

export type ProjectFields = { strategyId: string; programme: string; name: string; objective: string; indicator: string; target: string; unit: string; years: ProjectYear[] }

export async function insertProject(db: Kysely<Database>, planId: string, f: ProjectFields, now: Date): Promise<string> {
  const max = await db.selectFrom('devplan_projects').select((eb) => eb.fn.max('position').as('p')).where('plan_id', '=', planId).executeTakeFirst()
  const r = await db
    .insertInto('devplan_projects')
    .values({ plan_id: planId, strategy_id: f.strategyId, position: Number(max?.p ?? 0) + 1, programme: f.programme, name: f.name, objective: f.objective, indicator: f.indicator, target: f.target, unit: f.unit, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  await writeYears(db, r.id, f.years)
  return r.id
}

export async function updateProject(db: Kysely<Database>, id: string, f: ProjectFields, now: Date): Promise<void> {
  await db.updateTable('devplan_projects').set({ strategy_id: f.strategyId, programme: f.programme, name: f.name, objective: f.objective, indicator: f.indicator, target: f.target, unit: f.unit, updated_at: now }).where('id', '=', id).execute()
  await db.deleteFrom('devplan_project_years').where('project_id', '=', id).execute()
  await writeYears(db, id, f.years)
}

async function writeYears(db: Kysely<Database>, projectId: string, years: readonly ProjectYear[]): Promise<void> {
  if (years.length === 0) return
  await db
    .insertInto('devplan_project_years')
    .values(years.map((y) => ({ project_id: projectId, year: y.year, budget_satang: y.budget, status: y.status, spent_satang: y.spent, result: y.result })))
    .execute()
}

export async function listParticipation(db: Kysely<Database>, planId: string): Promise<Participation[]> {
  const rows = await db
    .selectFrom('devplan_participation as p')
    .innerJoin('devplan_projects as j', 'j.id', 'p.project_id')
    .select(['p.id', 'p.project_id', 'p.kind', 'p.held_on', 'p.attendance', 'p.summary', 'p.minutes_file_id'])
    .where('j.plan_id', '=', planId)
    .orderBy('p.held_on')
    .orderBy('p.created_at')
    .execute()
  return rows.map((r) => ({ id: r.id, projectId: r.project_id, kind: r.kind, heldOn: r.held_on, attendance: r.attendance, summary: r.summary, minutesFileId: r.minutes_file_id }))
}

export async function findParticipation(db: Kysely<Database>, id: string): Promise<(Participation & { planId: string }) | undefined> {
  const r = await db
    .selectFrom('devplan_participation as p')
    .innerJoin('devplan_projects as j', 'j.id', 'p.project_id')
    .select(['p.id', 'p.project_id', 'p.kind', 'p.held_on', 'p.attendance', 'p.summary', 'p.minutes_file_id', 'j.plan_id'])
    .where('p.id', '=', id)
    .executeTakeFirst()
  return r && { id: r.id, projectId: r.project_id, kind: r.kind, heldOn: r.held_on, attendance: r.attendance, summary: r.summary, minutesFileId: r.minutes_file_id, planId: r.plan_id }
}

export async function insertParticipation(db: Kysely<Database>, v: { projectId: string; kind: string; heldOn: string; attendance: number; summary: string; minutesFileId: string | null; createdBy: string; now: Date }): Promise<string> {
  const r = await db
    .insertInto('devplan_participation')
    .values({ project_id: v.projectId, kind: v.kind, held_on: v.heldOn, attendance: v.attendance, summary: v.summary, minutes_file_id: v.minutesFileId, created_by: v.createdBy, created_at: v.now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

export async function listVersions(db: Kysely<Database>, planId: string): Promise<PlanVersion[]> {
  const rows = await db.selectFrom('devplan_versions').select(['version', 'kind', 'approved_on', 'note', 'created_at', 'snapshot']).where('plan_id', '=', planId).orderBy('version').execute()
  return rows.map((r) => ({ version: r.version, kind: r.kind, approvedOn: r.approved_on, note: r.note, createdAt: r.created_at, snapshot: r.snapshot }))
}

export async function insertVersion(db: Kysely<Database>, v: { planId: string; version: number; kind: string; approvedOn: string; note: string; snapshot: unknown; createdBy: string; now: Date }): Promise<void> {
  await db
    .insertInto('devplan_versions')
    .values({ plan_id: v.planId, version: v.version, kind: v.kind, approved_on: v.approvedOn, note: v.note, snapshot: JSON.stringify(v.snapshot), created_by: v.createdBy, created_at: v.now })
    .execute()
}

/** line name → project id, for one year's budget plan. */
export async function linksOf(db: Kysely<Database>, budgetPlanId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('devplan_budget_links').select(['line_name', 'project_id']).where('budget_plan_id', '=', budgetPlanId).execute()
  return new Map(rows.map((r) => [r.line_name, r.project_id]))
}

export async function replaceLinks(db: Kysely<Database>, v: { budgetPlanId: string; organisationId: string; links: { lineName: string; projectId: string }[]; by: string; now: Date }): Promise<void> {
  await db.deleteFrom('devplan_budget_links').where('budget_plan_id', '=', v.budgetPlanId).execute()
  if (v.links.length === 0) return
  await db
    .insertInto('devplan_budget_links')
    .values(v.links.map((l) => ({ budget_plan_id: v.budgetPlanId, line_name: l.lineName, project_id: l.projectId, organisation_id: v.organisationId, linked_by: v.by, linked_at: v.now })))
    .execute()
}

export async function listReports(db: Kysely<Database>, planId: string, options: { publishedOnly: boolean }): Promise<MonitoringReport[]> {
  let q = db.selectFrom('devplan_reports').select(['fiscal_year', 'status', 'summary', 'figures', 'published_at']).where('plan_id', '=', planId)
  if (options.publishedOnly) q = q.where('status', '=', 'published')
  const rows = await q.orderBy('fiscal_year', 'desc').execute()
  return rows.map((r) => ({ fiscalYear: r.fiscal_year, status: r.status, summary: r.summary, figures: r.figures, publishedAt: r.published_at }))
}

export async function findReport(db: Kysely<Database>, planId: string, fiscalYear: number): Promise<MonitoringReport | undefined> {
  return (await listReports(db, planId, { publishedOnly: false })).find((r) => r.fiscalYear === fiscalYear)
}

export async function saveReport(db: Kysely<Database>, v: { planId: string; fiscalYear: number; summary: string; figures: unknown | null; by: string; now: Date }): Promise<void> {
  const published = v.figures !== null
  const values = { summary: v.summary, status: published ? 'published' : 'draft', figures: published ? JSON.stringify(v.figures) : null, published_at: published ? v.now : null, published_by: published ? v.by : null, updated_at: v.now }
  await db
    .insertInto('devplan_reports')
    .values({ plan_id: v.planId, fiscal_year: v.fiscalYear, ...values })
    .onConflict((oc) => oc.columns(['plan_id', 'fiscal_year']).doUpdateSet(values))
    .execute()
}
