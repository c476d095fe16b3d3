import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ConflictError, ForbiddenError, NotFoundError, type FieldErrors } from '../../errors.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { currentFiscalYear } from '../../platform/thai-calendar/index.ts'
import { descendantIds, findOrganisationById, findOrganisationBySlug, isUuid, organisationPath, sortByThaiName, type OrganisationDetails, type OrganisationSummary } from '../organisations/index.ts'
import { canManageEvaluation, committeeResult, completionProblems, EVALUATION_MANAGER_ROLES } from './performance-evaluation.domain.ts'
import { parseIndicatorForm, parseMemberForm, parseSheet, type IndicatorFormValues, type MemberFormValues, type SheetValues } from './performance-evaluation.input.ts'
import * as repo from './performance-evaluation.repository.ts'
import type { Evaluation, Indicator, Member, Score } from './performance-evaluation.repository.ts'

export type UseCaseContext = { db: Kysely<Database>; actor: Actor; now: Date }
export type { Evaluation, Indicator, Member, Score }
export type Outcome<T> = ({ saved: true } & T) | { saved: false; errors: FieldErrors }

async function managedOrganisations(ctx: UseCaseContext): Promise<OrganisationSummary[]> {
  const { db, actor } = ctx
  const direct = actor.memberships.filter((m) => EVALUATION_MANAGER_ROLES.includes(m.role)).map((m) => m.organisationId)
  const administered = actor.memberships.filter((m) => m.role === 'admin').map((m) => m.organisationId)
  const ids = new Set([...direct, ...(await descendantIds(db, administered))])
  let q = db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en'])
  if (!actor.isPlatformAdmin) {
    if (ids.size === 0) return []
    q = q.where('id', 'in', [...ids])
  }
  return sortByThaiName(await q.execute())
}

async function authoriseManager(ctx: UseCaseContext, org: OrganisationDetails | undefined): Promise<OrganisationDetails> {
  if (!org) throw new NotFoundError('organisation')
  const path = await organisationPath(ctx.db, org.id)
  if (!path || !canManageEvaluation(ctx.actor, path)) throw new ForbiddenError('may not manage this evaluation')
  return org
}

async function findEval(ctx: UseCaseContext, id: string): Promise<Evaluation> {
  if (!isUuid(id)) throw new NotFoundError('evaluation')
  const e = await repo.findEvaluation(ctx.db, id)
  if (!e) throw new NotFoundError('evaluation')
  return e
}

async function loadManaged(ctx: UseCaseContext, id: string): Promise<{ org: OrganisationDetails; evaluation: Evaluation }> {
  const evaluation = await findEval(ctx, id)
  return { org: await authoriseManager(ctx, await findOrganisationById(ctx.db, evaluation.organisationId)), evaluation }
}

async function audit(trx: Transaction<Database>, ctx: UseCaseContext, org: OrganisationDetails, action: string, entityId: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null): Promise<void> {
  await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: org.id, action, entityType: 'perf_evaluation', entityId, summary: { before, after }, at: ctx.now })
  await bumpPublicGeneration(trx, organisationScope(org.id))
}

const NOT_WHILE_COMPLETED = new ConflictError('การประเมินเสร็จสิ้นแล้ว แก้ไขไม่ได้', 'The evaluation is completed and can no longer change')

// ---- Workspace ----
export type MySheet = { id: string; year: number; status: string; orgName: string; submittedAt: Date | null }
export type EvaluationWorkspace = { org: OrganisationDetails | null; choices: OrganisationSummary[]; evaluations: Evaluation[]; mySheets: MySheet[]; currentFiscalYear: number }

/** Managers see their agency's evaluations; committee members (inside or out) see the sheets that are theirs. */
export async function evaluationWorkspace(ctx: UseCaseContext, slug: string | undefined): Promise<EvaluationWorkspace> {
  const choices = await managedOrganisations(ctx)
  const mySheets = await repo.evaluationsOfMember(ctx.db, ctx.actor.userId)
  const chosen = slug ?? choices[0]?.slug
  if (!chosen) {
    if (mySheets.length === 0 && !ctx.actor.memberships.some((m) => m.role === 'committee')) throw new ForbiddenError('neither manages nor sits on an evaluation')
    return { org: null, choices, evaluations: [], mySheets, currentFiscalYear: currentFiscalYear(ctx.now) }
  }
  if (!/^[a-z0-9-]{1,80}$/.test(chosen)) throw new NotFoundError('organisation')
  const org = await authoriseManager(ctx, await findOrganisationBySlug(ctx.db, chosen))
  return { org, choices, evaluations: await repo.listEvaluations(ctx.db, org.id, { publishedOnly: false }), mySheets, currentFiscalYear: currentFiscalYear(ctx.now) }
}

export async function createEvaluation(ctx: UseCaseContext, slug: string, yearText: string): Promise<Outcome<{ id: string }>> {
  const org = await authoriseManager(ctx, /^[a-z0-9-]{1,80}$/.test(slug) ? await findOrganisationBySlug(ctx.db, slug) : undefined)
  const year = /^\s*2[5-6][0-9]{2}\s*$/.test(yearText) ? Number(yearText.trim()) : NaN
  if (!Number.isInteger(year)) return { saved: false, errors: { year: { th: 'กรอกปีงบประมาณ พ.ศ. สี่หลัก', en: 'Enter a four-digit BE fiscal year' } } }
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertEvaluation(trx, { organisationId: org.id, year, createdBy: ctx.actor.userId, now: ctx.now })
    if (!id) return { saved: false as const, errors: { year: { th: 'ปีนี้มีการประเมินอยู่แล้ว', en: 'This year already has an evaluation' } } }
    await audit(trx, ctx, org, 'perf_evaluation.created', id, null, { year })
    return { saved: true as const, id }
  })
}

// ---- The evaluation, as its managers see it ----
export type EvaluationEditor = { org: OrganisationDetails; evaluation: Evaluation; indicators: Indicator[]; members: Member[]; problems: { th: string; en: string }[] }

async function problemsOf(db: Kysely<Database>, evaluationId: string, indicators: Indicator[], members: Member[]) {
  const scores = await repo.listScores(db, evaluationId)
  return completionProblems(
    indicators.map((i) => ({ id: i.id, dimension: i.dimension, name: i.name, weight: i.weight, evidenceUrl: i.evidenceUrl })),
    scores,
    members.map((m) => ({ userId: m.userId, outside: m.outside, submitted: m.submittedAt !== null })),
  )
}

export async function evaluationEditor(ctx: UseCaseContext, id: string): Promise<EvaluationEditor> {
  const { org, evaluation } = await loadManaged(ctx, id)
  const indicators = await repo.listIndicators(ctx.db, evaluation.id)
  const members = await repo.listMembers(ctx.db, evaluation.id)
  return { org, evaluation, indicators, members, problems: evaluation.status === 'completed' ? [] : await problemsOf(ctx.db, evaluation.id, indicators, members) }
}

export async function addIndicator(ctx: UseCaseContext, id: string, values: IndicatorFormValues): Promise<Outcome<{ id: string }>> {
  const { org, evaluation } = await loadManaged(ctx, id)
  if (evaluation.status === 'completed') throw NOT_WHILE_COMPLETED
  const parsed = parseIndicatorForm(values, org.slug)
  if (!parsed.ok) return { saved: false, errors: parsed.errors }
  return ctx.db.transaction().execute(async (trx) => {
    await repo.findEvaluation(trx, evaluation.id, { forUpdate: true })
    const indicatorId = await repo.insertIndicator(trx, evaluation.id, parsed.value)
    await repo.touchEvaluation(trx, evaluation.id, ctx.now)
    await audit(trx, ctx, org, 'perf_evaluation.indicator_added', evaluation.id, null, { indicator_id: indicatorId, ...parsed.value })
    return { saved: true as const, id: indicatorId }
  })
}

export async function addMember(ctx: UseCaseContext, id: string, values: MemberFormValues): Promise<Outcome<{ userId: string }>> {
  const { org, evaluation } = await loadManaged(ctx, id)
  if (evaluation.status === 'completed') throw NOT_WHILE_COMPLETED
  const parsed = parseMemberForm(values)
  if (!parsed.ok) return { saved: false, errors: parsed.errors }
  const user = await repo.findUserByEmail(ctx.db, parsed.value.email)
  if (!user || !user.active) return { saved: false, errors: { email: { th: 'ไม่พบผู้ใช้ที่ใช้งานอยู่ด้วยอีเมลนี้ (เชิญเข้าระบบก่อน)', en: 'No active user has this e-mail (invite them first)' } } }
  return ctx.db.transaction().execute(async (trx) => {
    await repo.findEvaluation(trx, evaluation.id, { forUpdate: true })
    const added = await repo.insertMember(trx, { evaluationId: evaluation.id, userId: user.id, committeeRole: parsed.value.committeeRole, outside: parsed.value.outside })
    if (!added) return { saved: false as const, errors: { email: { th: 'ผู้นี้เป็นกรรมการอยู่แล้ว', en: 'This person is already on the committee' } } }
    await audit(trx, ctx, org, 'perf_evaluation.member_added', evaluation.id, null, { user_id: user.id, committee_role: parsed.value.committeeRole, outside: parsed.value.outside })
    return { saved: true as const, userId: user.id }
  })
}

/** Computes the committee's result from the members' sheets and freezes the evaluation. */
export async function completeEvaluation(ctx: UseCaseContext, id: string): Promise<Outcome<{ overall: number }>> {
  const { org, evaluation } = await loadManaged(ctx, id)
  return ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.findEvaluation(trx, evaluation.id, { forUpdate: true })
    if (!locked || locked.status === 'completed') throw NOT_WHILE_COMPLETED
    const indicators = await repo.listIndicators(trx, evaluation.id)
    const members = await repo.listMembers(trx, evaluation.id)
    const problems = await problemsOf(trx, evaluation.id, indicators, members)
    if (problems.length) return { saved: false as const, errors: { complete: problems[0]! } }
    const result = committeeResult(
      indicators.map((i) => ({ id: i.id, dimension: i.dimension, name: i.name, weight: i.weight, evidenceUrl: i.evidenceUrl })),
      await repo.listScores(trx, evaluation.id),
      members.map((m) => ({ userId: m.userId, outside: m.outside, submitted: true })),
    )
    await repo.completeEvaluation(trx, evaluation.id, result, ctx.now)
    await audit(trx, ctx, org, 'perf_evaluation.completed', evaluation.id, { status: 'scoring' }, { status: 'completed', overall: result.overall, dimensions: result.dimensions })
    return { saved: true as const, overall: result.overall }
  })
}

export async function setEvaluationPublication(ctx: UseCaseContext, id: string, published: boolean): Promise<void> {
  const { org, evaluation } = await loadManaged(ctx, id)
  if (evaluation.status !== 'completed') throw new ConflictError('เผยแพร่ได้เมื่อการประเมินเสร็จสิ้นแล้ว', 'Only a completed evaluation can be published')
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.findEvaluation(trx, evaluation.id, { forUpdate: true })
    if (!locked || locked.published === published) return
    await repo.setEvaluationPublished(trx, evaluation.id, published, ctx.now)
    await audit(trx, ctx, org, published ? 'perf_evaluation.published' : 'perf_evaluation.unpublished', evaluation.id, { published: locked.published }, { published })
  })
}

// ---- A member's own sheet ----
export type MemberSheet = { org: OrganisationDetails; evaluation: Evaluation; indicators: Indicator[]; member: Member; scores: Score[] }

/** Only the member whose sheet it is may open or save it — not the other members, not the agency's managers. */
export async function memberSheet(ctx: UseCaseContext, id: string, userId: string): Promise<MemberSheet> {
  const evaluation = await findEval(ctx, id)
  if (userId !== ctx.actor.userId) throw new ForbiddenError('a sheet is its member’s alone')
  const member = (await repo.listMembers(ctx.db, evaluation.id)).find((m) => m.userId === ctx.actor.userId)
  if (!member) throw new ForbiddenError('not on this committee')
  const org = await findOrganisationById(ctx.db, evaluation.organisationId)
  if (!org) throw new NotFoundError('organisation')
  return { org, evaluation, indicators: await repo.listIndicators(ctx.db, evaluation.id), member, scores: await repo.listScores(ctx.db, evaluation.id, ctx.actor.userId) }
}

export async function saveSheet(ctx: UseCaseContext, id: string, userId: string, values: SheetValues): Promise<Outcome<{ scored: number }>> {
  const sheet = await memberSheet(ctx, id, userId)
  if (sheet.evaluation.status === 'completed') throw NOT_WHILE_COMPLETED
  const parsed = parseSheet(values)
  if (!parsed.ok) return { saved: false, errors: parsed.errors }
  const known = new Set(sheet.indicators.map((i) => i.id))
  const scores = parsed.value.filter((s) => known.has(s.indicatorId))
  return ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.findEvaluation(trx, sheet.evaluation.id, { forUpdate: true })
    if (!locked || locked.status === 'completed') throw NOT_WHILE_COMPLETED
    await repo.replaceSheet(trx, { evaluationId: sheet.evaluation.id, userId: ctx.actor.userId, scores, now: ctx.now })
    // The audit keeps that the member scored and a digest of it; the scores stay on the sheet.
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: sheet.org.id, action: 'perf_evaluation.sheet_saved', entityType: 'perf_evaluation', entityId: sheet.evaluation.id, summary: { before: null, after: { indicators: scores.length, total: scores.reduce((a, s) => a + s.score, 0) } }, at: ctx.now })
    return { saved: true as const, scored: scores.length }
  })
}

// ---- Public ----
export type PublicEvaluation = { org: OrganisationDetails; evaluation: Evaluation & { result: NonNullable<Evaluation['result']> }; indicators: Indicator[]; members: Member[] }

export async function publicEvaluations(db: Kysely<Database>, org: OrganisationDetails): Promise<Evaluation[]> {
  return repo.listEvaluations(db, org.id, { publishedOnly: true })
}

export async function publicEvaluation(db: Kysely<Database>, org: OrganisationDetails, year: number): Promise<PublicEvaluation> {
  const evaluation = await repo.findEvaluationByYear(db, org.id, year)
  if (!evaluation || !evaluation.published || !evaluation.result) throw new NotFoundError('evaluation')
  return { org, evaluation: { ...evaluation, result: evaluation.result }, indicators: await repo.listIndicators(db, evaluation.id), members: await repo.listMembers(db, evaluation.id) }
}

/** The report for its managers before it is published (or after). */
export async function staffEvaluationReport(ctx: UseCaseContext, id: string): Promise<PublicEvaluation> {
  const { org, evaluation } = await loadManaged(ctx, id)
  if (!evaluation.result) throw new NotFoundError('evaluation result')
  return { org, evaluation: { ...evaluation, result: evaluation.result }, indicators: await repo.listIndicators(ctx.db, evaluation.id), members: await repo.listMembers(ctx.db, evaluation.id) }
}

export async function findEvaluationOrganisation(db: Kysely<Database>, slug: string): Promise<OrganisationDetails> {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) throw new NotFoundError('organisation')
  const org = await findOrganisationBySlug(db, slug)
  if (!org) throw new NotFoundError('organisation')
  return org
}
