import { ForbiddenError, NotFoundError } from '../../errors.ts'
import { auditActorOf } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { renderExport, type ExportFile, type ExportTable } from '../../platform/exports/index.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { currentFiscalYear, toThaiDigits } from '../../platform/thai-calendar/index.ts'
import { findOrganisationBySlug, organisationPath, type OrganisationDetails } from '../organisations/index.ts'
import { canEditPlanOf, canReadItaOf, type ItaContext } from './ita-access.ts'
import { improvementPlanTable, planFiscalYearFor, PLAN_TABLE_COLUMNS, type PlanItem, type PlanTableRow } from './improvement-plan.domain.ts'
import { parsePlanForm, type PlanFormValues } from './improvement-plan.input.ts'
import { findPlan, savePlan, staffNamesOf } from './ita-results.repository.ts'
import { resultFor, type ScoredResult } from './ita-results.use-cases.ts'
import type { LibraryMeasure } from './measure-library.domain.ts'
import { measureLibrary } from './measure-library.use-cases.ts'

export type PlanView = {
  org: OrganisationDetails
  planYear: number
  resultsYear: number
  /** Null when no results were imported for the year the plan answers. */
  result: ScoredResult | null
  items: PlanItem[]
  table: PlanTableRow[]
  mayEdit: boolean
  staff: string[]
  /** The measure library, for the form (empty when the viewer may not edit). */
  library: LibraryMeasure[]
  updatedAt: Date | null
}

async function agencyFor(ctx: ItaContext, slug: string | undefined): Promise<{ org: OrganisationDetails; mayEdit: boolean }> {
  let org: OrganisationDetails | undefined
  if (slug) org = await findOrganisationBySlug(ctx.db, slug)
  else {
    const own = ctx.actor.memberships[0]
    if (!own) throw new ForbiddenError('belongs to no agency')
    const row = await ctx.db.selectFrom('organisations').select('slug').where('id', '=', own.organisationId).executeTakeFirst()
    org = row ? await findOrganisationBySlug(ctx.db, row.slug) : undefined
  }
  if (!org) throw new NotFoundError('organisation')
  const path = await organisationPath(ctx.db, org.id)
  if (!path || !canReadItaOf(ctx.actor, path)) throw new NotFoundError('organisation')
  return { org, mayEdit: canEditPlanOf(ctx.actor, path) }
}

async function loadPlan(ctx: Pick<ItaContext, 'db' | 'now'>, org: OrganisationDetails, planYear: number, mayEdit: boolean): Promise<PlanView> {
  const resultsYear = planYear - 1
  const result = (await resultFor(ctx, org.id, resultsYear)) ?? null
  const stored = await findPlan(ctx.db, org.id, planYear)
  const items = stored?.items ?? []
  return {
    org,
    planYear,
    resultsYear,
    result,
    items,
    table: result ? improvementPlanTable(result.scores, items) : [],
    mayEdit,
    staff: mayEdit ? await staffNamesOf(ctx.db, org.id) : [],
    library: mayEdit ? await measureLibrary(ctx.db, ctx.now) : [],
    updatedAt: stored?.updatedAt ?? null,
  }
}

/** The plan page: the plan year defaults to the one after the latest results. */
export async function improvementPlan(ctx: ItaContext, slug: string | undefined, year: number | undefined): Promise<PlanView> {
  const { org, mayEdit } = await agencyFor(ctx, slug)
  let planYear = year
  if (planYear === undefined) {
    const latest = await ctx.db.selectFrom('ita_results').select('fiscal_year').where('organisation_id', '=', org.id).orderBy('fiscal_year', 'desc').limit(1).executeTakeFirst()
    planYear = latest ? planFiscalYearFor(latest.fiscal_year) : currentFiscalYear(ctx.now)
  }
  return loadPlan(ctx, org, planYear, mayEdit)
}

/** Saves the whole plan for the year; a ValidationError leaves it as it was. */
export async function saveImprovementPlan(ctx: ItaContext, slug: string, planYear: number, values: PlanFormValues): Promise<PlanView> {
  const { org, mayEdit } = await agencyFor(ctx, slug)
  if (!mayEdit) throw new ForbiddenError('may not edit the improvement plan')
  const view = await loadPlan(ctx, org, planYear, true)
  if (!view.result) throw new NotFoundError('ita results')
  const items = parsePlanForm(values, view.library, view.staff, planYear)
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findPlan(trx, org.id, planYear)
    await savePlan(trx, org.id, planYear, items, ctx.actor.userId, ctx.now)
    await recordAudit(trx, {
      actor: auditActorOf(ctx.actor),
      organisationId: org.id,
      action: 'ita.plan_saved',
      entityType: 'ita_plan',
      entityId: `${org.id}:${planYear}`,
      summary: { before: before ? planSummary(before.items) : null, after: planSummary(items), note: `${org.slug} ${planYear}` },
      at: ctx.now,
    })
    await bumpPublicGeneration(trx, organisationScope(org.id))
  })
  return { ...view, items, table: improvementPlanTable(view.result.scores, items) }
}

function planSummary(items: readonly PlanItem[]) {
  return { measures: items.length, items: items.map((i) => `${i.indicator}: ${i.th} — ${i.owner}, ${i.dueDate}, ${i.status} ${i.progress}%${i.note ? `, ${i.note}` : ''}`) }
}

/** The published plan on the agency's public page (the plan answering its latest results). */
export async function publicPlan(ctx: Pick<ItaContext, 'db' | 'now'>, org: OrganisationDetails, latestResultsYear: number | undefined): Promise<PlanView | null> {
  if (latestResultsYear === undefined) return null
  const view = await loadPlan(ctx, org, planFiscalYearFor(latestResultsYear), false)
  return view.items.length > 0 ? view : null
}

/** Seed 001's layout in Word: ลำดับที่ | ตัวชี้วัด | คะแนนที่ได้รับ | มาตรการที่ต้องดำเนินการ, Thai digits. */
export async function planDocx(ctx: ItaContext, slug: string, planYear: number): Promise<ExportFile> {
  const view = await improvementPlan(ctx, slug, planYear)
  if (!view.result) throw new NotFoundError('ita results')
  const [no, ind, score, measures] = PLAN_TABLE_COLUMNS as [typeof PLAN_TABLE_COLUMNS[number], typeof PLAN_TABLE_COLUMNS[number], typeof PLAN_TABLE_COLUMNS[number], typeof PLAN_TABLE_COLUMNS[number]]
  const table: ExportTable = {
    title: { th: `มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${toThaiDigits(String(view.planYear))}`, en: `Integrity and transparency improvement measures, fiscal year ${view.planYear}` },
    subtitle: { th: `จากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${toThaiDigits(String(view.resultsYear))}`, en: `From the ITA results of fiscal year ${view.resultsYear}` },
    organisation: { name: view.org.name_th, address: view.org.address ?? undefined },
    columns: [
      { key: 'order', header: no, type: 'integer' },
      { key: 'indicator', header: ind, type: 'text' },
      { key: 'score', header: score, type: 'decimal' },
      { key: 'measures', header: measures, type: 'text' },
    ],
    rows: view.table.map((row) => ({
      order: row.order,
      indicator: row.indicatorTh,
      score: row.score,
      measures: row.items.map((i, n) => `${toThaiDigits(n + 1)}. ${i.th}`).join('\n'),
    })),
    options: { locale: 'th', thaiDigits: true, orientation: 'landscape' },
  }
  return renderExport(table, 'docx', `ita-plan-${view.org.slug}-${view.planYear}`)
}
