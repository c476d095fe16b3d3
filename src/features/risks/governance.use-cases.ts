import { ConflictError, ForbiddenError, NotFoundError } from '../../errors.ts'
import { auditActorOf, signerLabel } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { rolesIn } from '../../platform/auth/policy.ts'
import { currentFiscalYear, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { isUuid } from '../organisations/index.ts'
import { canApprove, canKeepRisks } from './risks.domain.ts'
import { IC_ORDER_FIELDS, IC_REPORT_FIELDS, IC_RESULT_FIELDS, OUTSIDE_MANUAL_FIELDS, REVIEW_FIELDS, parseIcOrder, parseIcReport, parseIcResults, parseOutsideManual, parseReview, valuesOf } from './risks.input.ts'
import * as repo from './risks.repository.ts'
import type { UseCaseContext } from './risks.use-cases.ts'

/** Work done outside the manual (002 m7 §1.3) and the internal-control evaluation (004 §1.2). */

const audit = (ctx: UseCaseContext, org: string, action: string, entityType: string, entityId: string, summary: Record<string, unknown>) => ({ actor: auditActorOf(ctx.actor), organisationId: org, action, entityType, entityId, summary, at: ctx.now })

async function agencyOf(ctx: UseCaseContext) {
  const id = ctx.actor.memberships.find((m) => m.role !== 'committee' && m.role !== 'oversight')?.organisationId
  if (!id) throw new ForbiddenError('works for no agency')
  const agency = await repo.organisationOf(ctx.db, id)
  if (!agency) throw new NotFoundError('organisation')
  return { agency, roles: rolesIn(ctx.actor, id) }
}

// ---- Work outside the manual ----

/** Each person sees their own reports; the head sees the agency's. */
export async function outsideManualList(ctx: UseCaseContext) {
  const { agency, roles } = await agencyOf(ctx)
  const isHead = canApprove(roles)
  return { agency, isHead, reports: await repo.listOutsideManual(ctx.db, agency.id, isHead ? null : ctx.actor.userId) }
}

export async function mayReportOutsideManual(ctx: UseCaseContext): Promise<void> {
  await agencyOf(ctx)
}

export async function reportOutsideManual(ctx: UseCaseContext, body: unknown): Promise<string> {
  const { agency } = await agencyOf(ctx)
  const input = parseOutsideManual(valuesOf(body, OUTSIDE_MANUAL_FIELDS), todayInBangkok(ctx.now))
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertOutsideManual(trx, agency.id, { id: ctx.actor.userId, label: ctx.actor.displayName }, input, ctx.now)
    await repo.insertHistory(trx, { organisationId: agency.id, entityType: 'outside_manual', entityId: id, from: null, to: 'submitted', by: ctx.actor.displayName, at: ctx.now })
    await recordAudit(trx, audit(ctx, agency.id, 'outside_manual.reported', 'outside_manual_report', id, { after: { occurred_on: input.occurredOn, work: input.work, manual_ref: input.manualRef } }))
    return id
  })
}

async function loadReport(ctx: UseCaseContext, id: string) {
  if (!isUuid(id)) throw new NotFoundError('report')
  const r = await repo.findOutsideManual(ctx.db, id)
  if (!r) throw new NotFoundError('report')
  const roles = rolesIn(ctx.actor, r.organisationId)
  if (r.reporterUserId !== ctx.actor.userId && !canApprove(roles)) throw new NotFoundError('report')
  return { report: r, roles }
}

export async function outsideManualView(ctx: UseCaseContext, id: string) {
  const { report, roles } = await loadReport(ctx, id)
  return { report, canReview: canApprove(roles) && report.status === 'submitted', history: await repo.historyOf(ctx.db, [id]) }
}

export async function reviewOutsideManual(ctx: UseCaseContext, id: string, body: unknown): Promise<void> {
  const { report, roles } = await loadReport(ctx, id)
  if (!canApprove(roles)) throw new ForbiddenError('only the head reviews')
  const input = parseReview(valuesOf(body, REVIEW_FIELDS))
  await ctx.db.transaction().execute(async (trx) => {
    const r = await repo.findOutsideManual(trx, id, true)
    if (r?.status !== 'submitted') throw new ConflictError('พิจารณาไปแล้ว', 'already reviewed')
    const signer = signerLabel(ctx.actor, report.organisationId)
    await repo.reviewOutsideManual(trx, id, input.outcome, input.note, signer, ctx.now)
    await repo.insertHistory(trx, { organisationId: report.organisationId, entityType: 'outside_manual', entityId: id, from: 'submitted', to: 'reviewed', by: signer, note: input.note, at: ctx.now })
    await recordAudit(trx, audit(ctx, report.organisationId, 'outside_manual.reviewed', 'outside_manual_report', id, { before: { status: 'submitted' }, after: { status: 'reviewed', outcome: input.outcome } }))
  })
}

// ---- Internal control ----

async function icAgency(ctx: UseCaseContext) {
  const a = await agencyOf(ctx)
  if (!canKeepRisks(a.roles)) throw new ForbiddenError('the internal-control evaluation is kept by the agency’s officers and head')
  return a
}

export async function icView(ctx: UseCaseContext, year?: number) {
  const { agency, roles } = await icAgency(ctx)
  const fiscalYear = year && year >= 2500 && year <= 2700 ? year : currentFiscalYear(ctx.now)
  const evaluation = await repo.findIcEvaluation(ctx.db, agency.id, fiscalYear)
  return { agency, fiscalYear, evaluation, results: evaluation ? await repo.icResults(ctx.db, evaluation.id) : [], isHead: canApprove(roles), today: todayInBangkok(ctx.now) }
}

/** The committee exists once its appointing order is recorded. */
export async function appointIcCommittee(ctx: UseCaseContext, fiscalYear: number, body: unknown): Promise<void> {
  const { agency } = await icAgency(ctx)
  const order = parseIcOrder(valuesOf(body, IC_ORDER_FIELDS), todayInBangkok(ctx.now))
  await ctx.db.transaction().execute(async (trx) => {
    if (await repo.findIcEvaluation(trx, agency.id, fiscalYear)) throw new ConflictError('มีคำสั่งแต่งตั้งคณะกรรมการของปีนี้แล้ว', 'already appointed')
    const id = await repo.insertIcEvaluation(trx, agency.id, fiscalYear, order, ctx.now)
    await repo.insertHistory(trx, { organisationId: agency.id, entityType: 'ic_evaluation', entityId: id, from: null, to: 'in_progress', by: ctx.actor.displayName, note: `คำสั่งที่ ${order.number}`, at: ctx.now })
    await recordAudit(trx, audit(ctx, agency.id, 'ic_evaluation.appointed', 'ic_evaluation', id, { after: { fiscal_year: fiscalYear, order_number: order.number, order_date: order.date, members: order.members.length } }))
  })
}

async function openEvaluation(ctx: UseCaseContext, trx: UseCaseContext['db'], orgId: string, fiscalYear: number) {
  const e = await repo.findIcEvaluation(trx, orgId, fiscalYear, true)
  if (!e) throw new NotFoundError('internal-control evaluation')
  if (e.status !== 'in_progress') throw new ConflictError('รายงานผลการประเมินแล้ว', 'already reported')
  return e
}

export async function saveIcResults(ctx: UseCaseContext, fiscalYear: number, body: unknown): Promise<void> {
  const { agency } = await icAgency(ctx)
  const results = parseIcResults(valuesOf(body, IC_RESULT_FIELDS))
  await ctx.db.transaction().execute(async (trx) => {
    const e = await openEvaluation(ctx, trx, agency.id, fiscalYear)
    for (const r of results) await repo.saveIcResult(trx, e.id, r, ctx.now)
    await recordAudit(trx, audit(ctx, agency.id, 'ic_evaluation.results_saved', 'ic_evaluation', e.id, { after: Object.fromEntries(results.map((r) => [r.component, r.assessment])) }))
  })
}

/** The head closes the year's evaluation with its summary: the yearly internal-control report. */
export async function reportIc(ctx: UseCaseContext, fiscalYear: number, body: unknown): Promise<void> {
  const { agency, roles } = await icAgency(ctx)
  if (!canApprove(roles)) throw new ForbiddenError('only the head reports the evaluation')
  const summary = parseIcReport(valuesOf(body, IC_REPORT_FIELDS))
  await ctx.db.transaction().execute(async (trx) => {
    const e = await openEvaluation(ctx, trx, agency.id, fiscalYear)
    if ((await repo.icResults(trx, e.id)).length < 5) throw new ConflictError('ยังประเมินไม่ครบทั้ง ๕ องค์ประกอบ', 'components missing')
    const signer = signerLabel(ctx.actor, agency.id)
    await repo.reportIcEvaluation(trx, e.id, summary, signer, ctx.now)
    await repo.insertHistory(trx, { organisationId: agency.id, entityType: 'ic_evaluation', entityId: e.id, from: 'in_progress', to: 'reported', by: signer, at: ctx.now })
    await recordAudit(trx, audit(ctx, agency.id, 'ic_evaluation.reported', 'ic_evaluation', e.id, { before: { status: 'in_progress' }, after: { status: 'reported' } }))
  })
}
