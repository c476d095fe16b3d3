import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError, type FieldErrors } from '../../errors.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import type { FileService, OpenedFile, UploadOutcome } from '../../platform/files/index.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { currentFiscalYear, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { budgetLinesOfYear, type BudgetYearLines } from '../budget/index.ts'
import { descendantIds, findOrganisationById, findOrganisationBySlug, isUuid, organisationPath, sortByThaiName, type OrganisationDetails, type OrganisationSummary } from '../organisations/index.ts'
import { canEditDevPlan, DEVPLAN_EDITOR_ROLES, linkLines, monitoringFigures, planYears, unplannedLines, versionKindAllowed, type LinkedLine, type MonitoringFigures, type ProjectYearFacts } from './development-plan.domain.ts'
import {
  parseParticipationForm,
  parsePlanForm,
  parseProjectForm,
  parseStrategyForm,
  parseVersionForm,
  type ParticipationFormValues,
  type PlanFormValues,
  type ProjectFormValues,
  type StrategyFormValues,
  type VersionFormValues,
} from './development-plan.input.ts'
import * as repo from './development-plan.repository.ts'
import type { DevPlan, MonitoringReport, Participation, PlanVersion, Project, Strategy } from './development-plan.repository.ts'

export type UseCaseContext = { db: Kysely<Database>; actor: Actor; now: Date }
export type { DevPlan, MonitoringReport, Participation, PlanVersion, Project, Strategy }

export const MINUTES_PURPOSE = 'devplan_minutes'

async function editableOrganisations(ctx: UseCaseContext): Promise<OrganisationSummary[]> {
  const { db, actor } = ctx
  const direct = actor.memberships.filter((m) => DEVPLAN_EDITOR_ROLES.includes(m.role)).map((m) => m.organisationId)
  const administered = actor.memberships.filter((m) => m.role === 'admin').map((m) => m.organisationId)
  const ids = new Set([...direct, ...(await descendantIds(db, administered))])
  let q = db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en'])
  if (!actor.isPlatformAdmin) {
    if (ids.size === 0) return []
    q = q.where('id', 'in', [...ids])
  }
  return sortByThaiName(await q.execute())
}

async function authorise(ctx: UseCaseContext, org: OrganisationDetails | undefined): Promise<OrganisationDetails> {
  if (!org) throw new NotFoundError('organisation')
  const path = await organisationPath(ctx.db, org.id)
  if (!path || !canEditDevPlan(ctx.actor, path)) throw new ForbiddenError('may not keep this development plan')
  return org
}

async function loadPlan(ctx: UseCaseContext, planId: string): Promise<{ org: OrganisationDetails; plan: DevPlan }> {
  if (!isUuid(planId)) throw new NotFoundError('development plan')
  const plan = await repo.findPlan(ctx.db, planId)
  if (!plan) throw new NotFoundError('development plan')
  return { org: await authorise(ctx, await findOrganisationById(ctx.db, plan.organisationId)), plan }
}

async function loadProject(ctx: UseCaseContext, projectId: string): Promise<{ org: OrganisationDetails; plan: DevPlan; project: Project }> {
  if (!isUuid(projectId)) throw new NotFoundError('project')
  const project = await repo.findProject(ctx.db, projectId)
  if (!project) throw new NotFoundError('project')
  return { ...(await loadPlan(ctx, project.planId)), project }
}

type AuditInput = { action: string; entityType: string; entityId: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null; note?: string }
async function audit(trx: Transaction<Database>, ctx: UseCaseContext, org: OrganisationDetails, a: AuditInput): Promise<void> {
  await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: org.id, action: a.action, entityType: a.entityType, entityId: a.entityId, summary: { before: a.before, after: a.after, ...(a.note ? { note: a.note } : {}) }, at: ctx.now })
  // The public page reads the plan, its links to the budget and its reports: every write shows at once.
  await bumpPublicGeneration(trx, organisationScope(org.id))
}

export type Outcome<T> = ({ saved: true } & T) | { saved: false; errors: FieldErrors }

// ---- Workspace and plan ----
export type DevPlanWorkspace = { org: OrganisationDetails; choices: OrganisationSummary[]; plans: DevPlan[]; currentFiscalYear: number }

export async function devPlanWorkspace(ctx: UseCaseContext, slug: string | undefined): Promise<DevPlanWorkspace> {
  const choices = await editableOrganisations(ctx)
  const chosen = slug ?? choices[0]?.slug
  if (!chosen) throw new ForbiddenError('keeps no development plan')
  if (!/^[a-z0-9-]{1,80}$/.test(chosen)) throw new NotFoundError('organisation')
  const org = await authorise(ctx, await findOrganisationBySlug(ctx.db, chosen))
  return { org, choices, plans: await repo.listPlans(ctx.db, org.id, { publishedOnly: false }), currentFiscalYear: currentFiscalYear(ctx.now) }
}

export async function createPlan(ctx: UseCaseContext, slug: string, values: PlanFormValues): Promise<Outcome<{ id: string }>> {
  const { org } = await devPlanWorkspace(ctx, slug)
  const parsed = parsePlanForm(values)
  if (!parsed.ok) return { saved: false, errors: parsed.errors }
  const v = parsed.value
  return ctx.db.transaction().execute(async (trx) => {
    if (await repo.overlappingPlan(trx, org.id, v.firstYear, v.lastYear)) {
      return { saved: false as const, errors: { first_year: { th: 'ช่วงปีนี้ซ้อนกับแผนที่มีอยู่แล้ว', en: 'These years overlap a plan the agency already has' } } }
    }
    const id = await repo.insertPlan(trx, { organisationId: org.id, ...v, createdBy: ctx.actor.userId, now: ctx.now })
    await audit(trx, ctx, org, { action: 'devplan.created', entityType: 'devplan', entityId: id, before: null, after: { title: v.title, first_year: v.firstYear, last_year: v.lastYear } })
    return { saved: true as const, id }
  })
}

export type PlanEditor = {
  org: OrganisationDetails
  plan: DevPlan
  years: number[]
  strategies: Strategy[]
  projects: Project[]
  participation: Participation[]
  versions: PlanVersion[]
  reports: MonitoringReport[]
  currentFiscalYear: number
}

export async function planEditor(ctx: UseCaseContext, planId: string): Promise<PlanEditor> {
  const { org, plan } = await loadPlan(ctx, planId)
  return { org, plan, ...(await planContents(ctx.db, plan)), versions: await repo.listVersions(ctx.db, plan.id), reports: await repo.listReports(ctx.db, plan.id, { publishedOnly: false }), currentFiscalYear: currentFiscalYear(ctx.now) }
}

async function planContents(db: Kysely<Database>, plan: DevPlan) {
  return { years: planYears(plan.firstYear, plan.lastYear), strategies: await repo.listStrategies(db, plan.id), projects: await repo.listProjects(db, plan.id), participation: await repo.listParticipation(db, plan.id) }
}

export async function addStrategy(ctx: UseCaseContext, planId: string, values: StrategyFormValues): Promise<Outcome<{ id: string }>> {
  const { org, plan } = await loadPlan(ctx, planId)
  const parsed = parseStrategyForm(values)
  if (!parsed.ok) return { saved: false, errors: parsed.errors }
  return ctx.db.transaction().execute(async (trx) => {
    await repo.findPlan(trx, plan.id, { forUpdate: true })
    const id = await repo.insertStrategy(trx, plan.id, parsed.value.name, parsed.value.goal)
    await repo.touchPlan(trx, plan.id, ctx.now)
    await audit(trx, ctx, org, { action: 'devplan.strategy_added', entityType: 'devplan', entityId: plan.id, before: null, after: { strategy_id: id, name: parsed.value.name } })
    return { saved: true as const, id }
  })
}

export async function setPlanPublication(ctx: UseCaseContext, planId: string, published: boolean): Promise<{ org: OrganisationDetails; plan: DevPlan }> {
  const { org, plan } = await loadPlan(ctx, planId)
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findPlan(trx, plan.id, { forUpdate: true })
    if (!before || before.published === published) return
    await repo.setPlanPublished(trx, plan.id, published, ctx.now)
    await audit(trx, ctx, org, { action: published ? 'devplan.published' : 'devplan.unpublished', entityType: 'devplan', entityId: plan.id, before: { published: before.published }, after: { published } })
  })
  return { org, plan }
}

// ---- Projects ----
export type ProjectEditor = { org: OrganisationDetails; plan: DevPlan; years: number[]; strategies: Strategy[]; project: Project | null; participation: Participation[] }

export async function newProjectForm(ctx: UseCaseContext, planId: string): Promise<ProjectEditor> {
  const { org, plan } = await loadPlan(ctx, planId)
  return { org, plan, years: planYears(plan.firstYear, plan.lastYear), strategies: await repo.listStrategies(ctx.db, plan.id), project: null, participation: [] }
}

export async function projectEditor(ctx: UseCaseContext, projectId: string): Promise<ProjectEditor> {
  const { org, plan, project } = await loadProject(ctx, projectId)
  const participation = (await repo.listParticipation(ctx.db, plan.id)).filter((p) => p.projectId === project.id)
  return { org, plan, years: planYears(plan.firstYear, plan.lastYear), strategies: await repo.listStrategies(ctx.db, plan.id), project, participation }
}

const projectFacts = (p: { name: string; strategyId: string; indicator: string; years: { year: number; budget: number; status: string; spent: number | null }[] }) => ({
  name: p.name,
  strategy_id: p.strategyId,
  indicator: p.indicator,
  years: p.years.map((y) => ({ year: y.year, budget_satang: y.budget, status: y.status, spent_satang: y.spent })),
})

/** Adds a project to the plan (target: the plan) or saves an edit (target: the project). */
export async function saveProject(ctx: UseCaseContext, target: { planId: string } | { projectId: string }, values: ProjectFormValues): Promise<Outcome<{ id: string; planId: string }>> {
  const loaded = 'projectId' in target ? await loadProject(ctx, target.projectId) : { ...(await loadPlan(ctx, target.planId)), project: null }
  const { org, plan } = loaded
  const strategies = await repo.listStrategies(ctx.db, plan.id)
  const parsed = parseProjectForm(values, strategies.map((s) => s.id))
  if (!parsed.ok) return { saved: false, errors: parsed.errors }
  const input = parsed.value
  return ctx.db.transaction().execute(async (trx) => {
    await repo.findPlan(trx, plan.id, { forUpdate: true })
    if (loaded.project) {
      await repo.updateProject(trx, loaded.project.id, input, ctx.now)
      await audit(trx, ctx, org, { action: 'devplan.project_edited', entityType: 'devplan_project', entityId: loaded.project.id, before: projectFacts(loaded.project), after: projectFacts(input) })
      await repo.touchPlan(trx, plan.id, ctx.now)
      return { saved: true as const, id: loaded.project.id, planId: plan.id }
    }
    const id = await repo.insertProject(trx, plan.id, input, ctx.now)
    await audit(trx, ctx, org, { action: 'devplan.project_added', entityType: 'devplan_project', entityId: id, before: null, after: projectFacts(input) })
    await repo.touchPlan(trx, plan.id, ctx.now)
    return { saved: true as const, id, planId: plan.id }
  })
}

// ---- Participation ----
export async function addParticipation(ctx: UseCaseContext & { files: FileService }, projectId: string, values: ParticipationFormValues, upload: UploadOutcome | undefined): Promise<Outcome<{ id: string }>> {
  const { org, project } = await loadProject(ctx, projectId)
  const parsed = parseParticipationForm(values, todayInBangkok(ctx.now))
  const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors }
  if (upload && 'problem' in upload) Object.assign(errors, upload.problem)
  if (!parsed.ok || Object.keys(errors).length) return { saved: false, errors }
  const v = parsed.value
  return ctx.db.transaction().execute(async (trx) => {
    let minutesFileId: string | null = null
    if (upload && 'upload' in upload) {
      const stored = await ctx.files.commit(upload.upload, { organisationId: org.id, uploadedBy: ctx.actor.userId, purpose: MINUTES_PURPOSE, now: ctx.now }, trx)
      minutesFileId = stored.id
      await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: org.id, action: 'file.uploaded', entityType: 'file', entityId: stored.id, summary: { before: null, after: { purpose: MINUTES_PURPOSE, mime: stored.mime, size: stored.size, sha256: stored.sha256 } }, at: ctx.now })
    }
    const id = await repo.insertParticipation(trx, { projectId: project.id, kind: v.kind, heldOn: v.heldOn, attendance: v.attendance, summary: v.summary, minutesFileId, createdBy: ctx.actor.userId, now: ctx.now })
    await audit(trx, ctx, org, { action: 'devplan.participation_recorded', entityType: 'devplan_project', entityId: project.id, before: null, after: { participation_id: id, kind: v.kind, held_on: v.heldOn, attendance: v.attendance, minutes_file_id: minutesFileId } })
    return { saved: true as const, id }
  })
}

/** A minutes file: for the plan's keepers always; for everyone once the plan is published. */
export async function staffMinutes(ctx: UseCaseContext & { files: FileService }, participationId: string): Promise<OpenedFile> {
  if (!isUuid(participationId)) throw new NotFoundError('file')
  const p = await repo.findParticipation(ctx.db, participationId)
  if (!p || !p.minutesFileId) throw new NotFoundError('file')
  await loadPlan(ctx, p.planId)
  const opened = await ctx.files.openFile(p.minutesFileId)
  if (!opened) throw new NotFoundError('file')
  return opened
}

// ---- Versions: the approved plan and its amendments, kept as they stood ----
function snapshotOf(plan: DevPlan, strategies: Strategy[], projects: Project[]) {
  return {
    title: plan.title,
    first_year: plan.firstYear,
    last_year: plan.lastYear,
    strategies: strategies.map((s) => ({
      position: s.position,
      name: s.name,
      projects: projects.filter((p) => p.strategyId === s.id).map((p) => ({ position: p.position, programme: p.programme, name: p.name, indicator: p.indicator, target: p.target, years: p.years.map((y) => ({ year: y.year, budget_satang: y.budget })) })),
    })),
  }
}

export async function recordVersion(ctx: UseCaseContext, planId: string, values: VersionFormValues): Promise<Outcome<{ version: number }>> {
  const { org, plan } = await loadPlan(ctx, planId)
  const parsed = parseVersionForm(values, todayInBangkok(ctx.now))
  if (!parsed.ok) return { saved: false, errors: parsed.errors }
  return ctx.db.transaction().execute(async (trx) => {
    const locked = (await repo.findPlan(trx, plan.id, { forUpdate: true }))!
    const version = locked.currentVersion + 1
    if (!versionKindAllowed(parsed.value.kind, version)) {
      return { saved: false as const, errors: { version_kind: version === 1 ? { th: 'ฉบับแรกต้องเป็นแผนฉบับอนุมัติ', en: 'The first version is the approved plan' } : { th: 'ฉบับถัดไปต้องเป็นแผนเพิ่มเติมหรือเปลี่ยนแปลง', en: 'Later versions are additions or changes' } } }
    }
    const snapshot = snapshotOf(locked, await repo.listStrategies(trx, plan.id), await repo.listProjects(trx, plan.id))
    await repo.insertVersion(trx, { planId: plan.id, version, ...parsed.value, snapshot, createdBy: ctx.actor.userId, now: ctx.now })
    await repo.touchPlan(trx, plan.id, ctx.now, version)
    await audit(trx, ctx, org, { action: 'devplan.version_recorded', entityType: 'devplan', entityId: plan.id, before: { version: locked.currentVersion }, after: { version, kind: parsed.value.kind, approved_on: parsed.value.approvedOn, projects: snapshot.strategies.reduce((n, s) => n + s.projects.length, 0) } })
    return { saved: true as const, version }
  })
}

// ---- Plan → budget ----
export type BudgetLinks = { org: OrganisationDetails; plan: DevPlan; fiscalYear: number; projects: Project[]; budget: BudgetYearLines | undefined; lines: LinkedLine[] }

function checkPlanYear(plan: DevPlan, fy: number): void {
  if (!Number.isInteger(fy) || fy < plan.firstYear || fy > plan.lastYear) throw new NotFoundError('year of the plan')
}

export async function budgetLinksEditor(ctx: UseCaseContext, planId: string, fiscalYear: number): Promise<BudgetLinks> {
  const { org, plan } = await loadPlan(ctx, planId)
  checkPlanYear(plan, fiscalYear)
  const budget = await budgetLinesOfYear(ctx.db, org.id, fiscalYear)
  const lines = budget ? linkLines(budget.lines, await repo.linksOf(ctx.db, budget.budgetPlanId)) : []
  return { org, plan, fiscalYear, projects: await repo.listProjects(ctx.db, plan.id), budget, lines }
}

/** `choice` maps a line's position to a project id ('' = not funded by the plan). */
export async function saveBudgetLinks(ctx: UseCaseContext, planId: string, fiscalYear: number, choice: ReadonlyMap<number, string>): Promise<Outcome<{ unplanned: number }>> {
  const editor = await budgetLinksEditor(ctx, planId, fiscalYear)
  if (!editor.budget) throw new NotFoundError('budget plan')
  const projectIds = new Set(editor.projects.map((p) => p.id))
  const errors: FieldErrors = {}
  const links: { lineName: string; projectId: string }[] = []
  for (const line of editor.lines) {
    const picked = choice.get(line.position) ?? ''
    if (picked === '') continue
    if (!projectIds.has(picked)) errors[`line_${line.position}`] = { th: 'เลือกโครงการจากแผนนี้', en: 'Choose a project of this plan' }
    else links.push({ lineName: line.name, projectId: picked })
  }
  if (Object.keys(errors).length) return { saved: false, errors }
  const budget = editor.budget
  return ctx.db.transaction().execute(async (trx) => {
    await repo.findPlan(trx, editor.plan.id, { forUpdate: true })
    const before = await repo.linksOf(trx, budget.budgetPlanId)
    await repo.replaceLinks(trx, { budgetPlanId: budget.budgetPlanId, organisationId: editor.org.id, links, by: ctx.actor.userId, now: ctx.now })
    const unplanned = editor.lines.length - links.length
    await audit(trx, ctx, editor.org, {
      action: 'devplan.budget_linked',
      entityType: 'devplan',
      entityId: editor.plan.id,
      before: { links: Object.fromEntries(before) },
      after: { links: Object.fromEntries(links.map((l) => [l.lineName, l.projectId])), unplanned },
      note: `fiscal year ${fiscalYear}`,
    })
    return { saved: true as const, unplanned }
  })
}

// ---- Monitoring and evaluation ----
/** The year's figures from the plan, its results and the budget lines linked to it. */
export async function computeFigures(db: Kysely<Database>, org: OrganisationDetails, plan: DevPlan, fiscalYear: number, options: { publishedBudgetOnly: boolean }): Promise<MonitoringFigures> {
  const strategies = await repo.listStrategies(db, plan.id)
  const projects = await repo.listProjects(db, plan.id)
  const budget = await budgetLinesOfYear(db, org.id, fiscalYear)
  const usable = budget && (!options.publishedBudgetOnly || budget.published) ? budget : undefined
  const lines = usable ? linkLines(usable.lines, await repo.linksOf(db, usable.budgetPlanId)) : []
  const facts: ProjectYearFacts[] = []
  for (const p of projects) {
    const y = p.years.find((r) => r.year === fiscalYear)
    if (!y) continue
    const s = strategies.find((x) => x.id === p.strategyId)
    const funded = lines.filter((l) => l.projectId === p.id)
    // Reported by the planner, else what the linked budget lines spent.
    const spent = y.spent ?? (funded.length ? funded.reduce((n, l) => n + l.actual, 0) : null)
    facts.push({ projectId: p.id, strategyPosition: s?.position ?? 0, strategyName: s?.name ?? '', position: p.position, name: p.name, budget: y.budget, status: y.status, spent, result: y.result, fundedBy: funded.length })
  }
  return monitoringFigures(fiscalYear, facts, unplannedLines(lines).map((l) => ({ name: l.name, allocated: l.allocated })), lines.length - unplannedLines(lines).length)
}

export type MonitoringView = { org: OrganisationDetails; plan: DevPlan; fiscalYear: number; report: MonitoringReport | null; figures: MonitoringFigures }

export async function monitoringEditor(ctx: UseCaseContext, planId: string, fiscalYear: number): Promise<MonitoringView> {
  const { org, plan } = await loadPlan(ctx, planId)
  checkPlanYear(plan, fiscalYear)
  const report = (await repo.findReport(ctx.db, plan.id, fiscalYear)) ?? null
  const figures = report?.status === 'published' ? (report.figures as MonitoringFigures) : await computeFigures(ctx.db, org, plan, fiscalYear, { publishedBudgetOnly: false })
  return { org, plan, fiscalYear, report, figures }
}

const PUBLISHED_ALREADY = { th: 'รายงานปีนี้เผยแพร่แล้ว แก้ไขไม่ได้', en: 'This year’s report is published and can no longer change' }

/** Saves the summary as a draft, or publishes the report with its figures frozen as they are now. */
export async function saveMonitoring(ctx: UseCaseContext, planId: string, fiscalYear: number, summaryText: string, publish: boolean): Promise<Outcome<{ published: boolean }>> {
  const view = await monitoringEditor(ctx, planId, fiscalYear)
  const summary = summaryText.trim()
  if (summary.length > 5000) return { saved: false, errors: { summary: { th: 'ยาวได้ไม่เกิน 5000 ตัวอักษร', en: 'At most 5000 characters' } } }
  if (publish && !summary) return { saved: false, errors: { summary: { th: 'กรอกสรุปผลการติดตามและประเมินผลก่อนเผยแพร่', en: 'Enter the summary before publishing' } } }
  return ctx.db.transaction().execute(async (trx) => {
    await repo.findPlan(trx, view.plan.id, { forUpdate: true })
    const existing = await repo.findReport(trx, view.plan.id, fiscalYear)
    if (existing?.status === 'published') return { saved: false as const, errors: { summary: PUBLISHED_ALREADY } }
    const figures = publish ? await computeFigures(trx, view.org, view.plan, fiscalYear, { publishedBudgetOnly: false }) : null
    await repo.saveReport(trx, { planId: view.plan.id, fiscalYear, summary, figures, by: ctx.actor.userId, now: ctx.now })
    await audit(trx, ctx, view.org, {
      action: publish ? 'devplan.report_published' : 'devplan.report_saved',
      entityType: 'devplan',
      entityId: view.plan.id,
      before: existing ? { status: existing.status } : null,
      after: { fiscal_year: fiscalYear, status: publish ? 'published' : 'draft', ...(figures ? { done: figures.counts.done, total: figures.counts.total, spent_satang: figures.spent } : {}) },
    })
    return { saved: true as const, published: publish }
  })
}
