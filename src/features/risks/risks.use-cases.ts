import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { SnapshotRow } from '../../db/tables/risks.ts'
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors.ts'
import { auditActorOf, signerLabel, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { canAdministerOrganisation, canOverseeOrganisation, hasRoleIn, rolesIn, type OrgPath } from '../../platform/auth/policy.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { currentFiscalYear, todayInBangkok, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { descendantIds, isUuid, organisationPath } from '../organisations/index.ts'
import { publishedManualLinks } from '../services/index.ts'
import { heatCounts, levelRank, matrixInForce, matrixProblems, riskLevel, type RiskMatrix } from './risk-matrix.domain.ts'
import { canApprove, canKeepRisks, carriedForward, isOverdue, TREATMENT_STATUSES, nextTreatmentStatuses, type TreatmentStatus } from './risks.domain.ts'
import { matrixFields, parseFollowup, parseMatrix, parseRisk, parseTreatment, parseTreatmentStatus, FOLLOWUP_FIELDS, RISK_FIELDS, TREATMENT_FIELDS, TREATMENT_STATUS_FIELDS, valuesOf } from './risks.input.ts'
import * as repo from './risks.repository.ts'

export type UseCaseContext = { db: Kysely<Database>; actor: Actor; now: Date; baseUrl: string }
type Agency = NonNullable<Awaited<ReturnType<typeof repo.organisationOf>>>
export type Access = { agency: Agency; path: OrgPath; mayEdit: boolean; mayApprove: boolean; matrix: RiskMatrix; matrixOwnerId: string | null }

const audit = (ctx: UseCaseContext, org: string, action: string, entityType: string, entityId: string, summary: Record<string, unknown>) => ({ actor: auditActorOf(ctx.actor), organisationId: org, action, entityType, entityId, summary, at: ctx.now })

async function matrixFor(db: Kysely<Database>, path: OrgPath) {
  return matrixInForce(path, await repo.matricesOf(db, path))
}

/** The agency the actor works for (their first staff membership), or the one named when they oversee it. */
export async function access(ctx: UseCaseContext, slug?: string): Promise<Access> {
  let id: string | undefined
  if (slug) {
    const org = await ctx.db.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirst()
    if (!org) throw new NotFoundError('organisation')
    id = org.id
  } else {
    id = ctx.actor.memberships.find((m) => m.role !== 'committee' && m.role !== 'oversight')?.organisationId
    if (!id) throw new ForbiddenError('works for no agency')
  }
  return accessTo(ctx, id)
}

async function accessTo(ctx: UseCaseContext, id: string): Promise<Access> {
  const agency = await repo.organisationOf(ctx.db, id)
  const path = await organisationPath(ctx.db, id)
  if (!agency || !path) throw new NotFoundError('organisation')
  const roles = rolesIn(ctx.actor, id)
  const mayEdit = canKeepRisks(roles)
  if (!mayEdit && !canOverseeOrganisation(ctx.actor, path)) throw new ForbiddenError('may not see this agency’s risk register')
  const { matrix, ownerId } = await matrixFor(ctx.db, path)
  return { agency, path, mayEdit, mayApprove: canApprove(roles), matrix, matrixOwnerId: ownerId }
}

/** Read access to the organisation of a record; a record of an agency one neither works for nor oversees does not exist for them. */
async function accessToRecord(ctx: UseCaseContext, orgId: string, what: string): Promise<Access> {
  try {
    return await accessTo(ctx, orgId)
  } catch (e) {
    if (e instanceof ForbiddenError) throw new NotFoundError(what)
    throw e
  }
}

const needEdit = (a: Access) => {
  if (!a.mayEdit) throw new ForbiddenError('only the agency’s staff keep its risk register')
}

export type RiskWithLevels = repo.Risk & { inherent: ReturnType<typeof riskLevel>; residual: ReturnType<typeof riskLevel>; treatments: repo.Treatment[]; serviceName: string | null }

function withLevels(matrix: RiskMatrix, risks: repo.Risk[], treatments: repo.Treatment[], services: Map<string, string>): RiskWithLevels[] {
  return risks.map((r) => ({
    ...r,
    inherent: riskLevel(matrix, r.inherentLikelihood, r.inherentImpact),
    residual: riskLevel(matrix, r.residualLikelihood, r.residualImpact),
    treatments: treatments.filter((t) => t.riskId === r.id),
    serviceName: r.serviceKey ? (services.get(r.serviceKey) ?? r.serviceKey) : null,
  }))
}

async function servicesOf(ctx: { db: Kysely<Database>; baseUrl: string }, agency: Agency): Promise<Map<string, string>> {
  const { manuals } = await publishedManualLinks(ctx.db, agency.id, agency.slug, ctx.baseUrl)
  return new Map(manuals.map((m) => [m.serviceKey, m.nameTh]))
}

async function registerContent(ctx: { db: Kysely<Database>; baseUrl: string }, a: { agency: Agency; matrix: RiskMatrix }, register: repo.Register | null) {
  const risks = register ? await repo.listRisks(ctx.db, [register.id]) : []
  const treatments = await repo.listTreatments(ctx.db, risks.map((r) => r.id))
  const list = withLevels(a.matrix, risks, treatments, await servicesOf(ctx, a.agency))
  return {
    risks: list,
    inherentHeat: heatCounts(a.matrix, risks.map((r) => ({ likelihood: r.inherentLikelihood, impact: r.inherentImpact }))),
    residualHeat: heatCounts(a.matrix, risks.map((r) => ({ likelihood: r.residualLikelihood, impact: r.residualImpact }))),
    followups: register ? await repo.listFollowups(ctx.db, register.id) : [],
  }
}

/** /staff/risks: the register of a fiscal year with its heat maps, treatments and follow-ups. */
export async function overview(ctx: UseCaseContext, q: { org?: string | undefined; year?: number | undefined }) {
  const a = await access(ctx, q.org)
  const current = currentFiscalYear(ctx.now)
  const fiscalYear = q.year && q.year >= 2500 && q.year <= 2700 ? q.year : current
  const register = await repo.findRegister(ctx.db, a.agency.id, fiscalYear)
  const years = [...new Set([current + 1, current, current - 1, ...(await repo.registerYears(ctx.db, a.agency.id)), fiscalYear])].sort((x, y) => y - x)
  const previous = await repo.findRegister(ctx.db, a.agency.id, fiscalYear - 1)
  const today = todayInBangkok(ctx.now)
  return { ...a, fiscalYear, years, register, canCarryFrom: !register && previous ? previous.fiscalYear : null, today, ...(await registerContent(ctx, a, register)) }
}

export async function startRegister(ctx: UseCaseContext, fiscalYear: number): Promise<void> {
  const a = await access(ctx)
  needEdit(a)
  await ctx.db.transaction().execute(async (trx) => {
    if (await repo.findRegister(trx, a.agency.id, fiscalYear)) throw new ConflictError('มีทะเบียนความเสี่ยงของปีนี้แล้ว', 'the year has a register')
    const id = await repo.insertRegister(trx, a.agency.id, fiscalYear, null, ctx.now)
    await repo.insertHistory(trx, { organisationId: a.agency.id, entityType: 'register', entityId: id, from: null, to: 'draft', by: ctx.actor.displayName, at: ctx.now })
    await recordAudit(trx, audit(ctx, a.agency.id, 'risk_register.started', 'risk_register', id, { after: { fiscal_year: fiscalYear } }))
  })
}

/**
 * The next year's register starts from this year's risks for re-assessment: each copied with a
 * link to the row it came from (the old year stays as it was), its inherent level set to last
 * year's residual, and the treatments still open carried with it.
 */
export async function carryForward(ctx: UseCaseContext, fromYear: number): Promise<string> {
  const a = await access(ctx)
  needEdit(a)
  return ctx.db.transaction().execute(async (trx) => {
    const from = await repo.findRegister(trx, a.agency.id, fromYear)
    if (!from) throw new NotFoundError('risk register')
    if (await repo.findRegister(trx, a.agency.id, fromYear + 1, true)) throw new ConflictError('มีทะเบียนความเสี่ยงของปีถัดไปแล้ว', 'the next year has a register')
    const id = await repo.insertRegister(trx, a.agency.id, fromYear + 1, from.id, ctx.now)
    const risks = await repo.listRisks(trx, [from.id])
    const treatments = await repo.listTreatments(trx, risks.map((r) => r.id))
    for (const r of risks) {
      const copy = await repo.insertRisk(trx, id, a.agency.id, { ...r, ...carriedForward(r) }, r.id, ctx.now)
      for (const t of treatments.filter((t) => t.riskId === r.id && (t.status === 'planned' || t.status === 'in_progress'))) {
        await repo.insertTreatment(trx, copy, a.agency.id, t, ctx.now)
      }
    }
    await repo.insertHistory(trx, { organisationId: a.agency.id, entityType: 'register', entityId: id, from: null, to: 'draft', by: ctx.actor.displayName, note: `ยกมาจากปีงบประมาณ ${fromYear}`, at: ctx.now })
    await recordAudit(trx, audit(ctx, a.agency.id, 'risk_register.carried_forward', 'risk_register', id, { after: { fiscal_year: fromYear + 1, from_year: fromYear, risks: risks.length } }))
    return id
  })
}

async function draftRegister(ctx: UseCaseContext, trx: Kysely<Database>, a: Access, fiscalYear: number) {
  const register = await repo.findRegister(trx, a.agency.id, fiscalYear, true)
  if (!register) throw new NotFoundError('risk register')
  if (register.status !== 'draft') throw new ConflictError('ทะเบียนนี้อนุมัติแล้ว แก้ไขความเสี่ยงไม่ได้ ให้ประเมินใหม่ในปีถัดไป', 'the register is approved')
  return register
}

/** What the risk form offers: the matrix's scales and the agency's published services. */
export async function riskForm(ctx: UseCaseContext, fiscalYear: number, riskId?: string) {
  const a = await access(ctx)
  needEdit(a)
  const risk = riskId ? await loadRisk(ctx, riskId) : null
  return { ...a, fiscalYear, risk: risk?.risk ?? null, services: [...(await servicesOf(ctx, a.agency)).entries()].map(([key, name]) => ({ key, name })) }
}

export async function addRisk(ctx: UseCaseContext, fiscalYear: number, body: unknown): Promise<string> {
  const a = await access(ctx)
  needEdit(a)
  const input = parseRisk(valuesOf(body, RISK_FIELDS), a.matrix, [...(await servicesOf(ctx, a.agency)).keys()])
  return ctx.db.transaction().execute(async (trx) => {
    const register = await draftRegister(ctx, trx, a, fiscalYear)
    const id = await repo.insertRisk(trx, register.id, a.agency.id, input, null, ctx.now)
    await recordAudit(trx, audit(ctx, a.agency.id, 'risk.added', 'risk', id, { after: { fiscal_year: fiscalYear, process: input.process, risk_type: input.riskType, inherent: [input.inherentLikelihood, input.inherentImpact], residual: [input.residualLikelihood, input.residualImpact] } }))
    return id
  })
}

async function loadRisk(ctx: UseCaseContext, id: string) {
  if (!isUuid(id)) throw new NotFoundError('risk')
  const risk = await repo.findRisk(ctx.db, id)
  if (!risk) throw new NotFoundError('risk')
  const a = await accessToRecord(ctx, risk.organisationId, 'risk')
  const register = (await repo.findRegisterById(ctx.db, risk.registerId))!
  return { risk, register, a }
}

export async function editRisk(ctx: UseCaseContext, id: string, body: unknown): Promise<void> {
  const { risk, register, a } = await loadRisk(ctx, id)
  needEdit(a)
  const input = parseRisk(valuesOf(body, RISK_FIELDS), a.matrix, [...(await servicesOf(ctx, a.agency)).keys()])
  await ctx.db.transaction().execute(async (trx) => {
    await draftRegister(ctx, trx, a, register.fiscalYear)
    await repo.updateRisk(trx, id, input, ctx.now)
    await recordAudit(trx, audit(ctx, a.agency.id, 'risk.reassessed', 'risk', id, { before: { inherent: [risk.inherentLikelihood, risk.inherentImpact], residual: [risk.residualLikelihood, risk.residualImpact] }, after: { inherent: [input.inherentLikelihood, input.inherentImpact], residual: [input.residualLikelihood, input.residualImpact] } }))
  })
}

/** A risk with its treatments, the history of their states and the same risk in earlier years. */
export async function riskView(ctx: UseCaseContext, id: string) {
  const { risk, register, a } = await loadRisk(ctx, id)
  const [item] = withLevels(a.matrix, [risk], await repo.listTreatments(ctx.db, [risk.id]), await servicesOf(ctx, a.agency))
  const earlier: { fiscalYear: number; risk: RiskWithLevels }[] = []
  let from = risk.carriedFromId
  while (from && earlier.length < 10) {
    const r = await repo.findRisk(ctx.db, from)
    if (!r) break
    const reg = await repo.findRegisterById(ctx.db, r.registerId)
    earlier.push({ fiscalYear: reg!.fiscalYear, risk: withLevels(a.matrix, [r], await repo.listTreatments(ctx.db, [r.id]), new Map())[0]! })
    from = r.carriedFromId
  }
  const history = await repo.historyOf(ctx.db, item!.treatments.map((t) => t.id))
  return { ...a, register, risk: item!, earlier, history, today: todayInBangkok(ctx.now), editable: a.mayEdit && register.status === 'draft' }
}

export async function addTreatment(ctx: UseCaseContext, riskId: string, body: unknown): Promise<void> {
  const { risk, a } = await loadRisk(ctx, riskId)
  needEdit(a)
  const input = parseTreatment(valuesOf(body, TREATMENT_FIELDS))
  await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertTreatment(trx, risk.id, a.agency.id, input, ctx.now)
    await repo.insertHistory(trx, { organisationId: a.agency.id, entityType: 'treatment', entityId: id, from: null, to: 'planned', by: ctx.actor.displayName, at: ctx.now })
    await recordAudit(trx, audit(ctx, a.agency.id, 'risk_treatment.added', 'risk_treatment', id, { after: { risk_id: risk.id, measure: input.measure, owner_unit: input.ownerUnit, due_on: input.dueOn } }))
    await bumpPublicGeneration(trx, organisationScope(a.agency.id))
  })
}

export async function setTreatmentStatus(ctx: UseCaseContext, treatmentId: string, body: unknown): Promise<string> {
  if (!isUuid(treatmentId)) throw new NotFoundError('treatment')
  const t = await repo.findTreatment(ctx.db, treatmentId)
  if (!t) throw new NotFoundError('treatment')
  const a = await accessToRecord(ctx, t.organisation_id, 'treatment')
  needEdit(a)
  const input = parseTreatmentStatus(valuesOf(body, TREATMENT_STATUS_FIELDS))
  await ctx.db.transaction().execute(async (trx) => {
    const now = await repo.findTreatment(trx, treatmentId, true)
    const from = now!.status as TreatmentStatus
    if (from !== input.status && !nextTreatmentStatuses(from).includes(input.status)) throw new ConflictError(`เปลี่ยนสถานะจาก "${TREATMENT_STATUSES[from].th}" เป็น "${TREATMENT_STATUSES[input.status].th}" ไม่ได้`, 'transition not allowed')
    await repo.updateTreatmentStatus(trx, treatmentId, input.status, input.note, input.status === 'done' ? todayInBangkok(ctx.now) : null)
    await repo.insertHistory(trx, { organisationId: a.agency.id, entityType: 'treatment', entityId: treatmentId, from, to: input.status, by: ctx.actor.displayName, note: input.note, at: ctx.now })
    await recordAudit(trx, audit(ctx, a.agency.id, 'risk_treatment.status', 'risk_treatment', treatmentId, { before: { status: from }, after: { status: input.status, note: input.note } }))
    await bumpPublicGeneration(trx, organisationScope(a.agency.id))
  })
  return t.risk_id
}

/** The head approves the year's assessment; from then the risks are a record and the public sees them. */
export async function approveRegister(ctx: UseCaseContext, fiscalYear: number): Promise<void> {
  const a = await access(ctx)
  if (!a.mayApprove) throw new ForbiddenError('only the head approves the risk assessment')
  await ctx.db.transaction().execute(async (trx) => {
    const register = await draftRegister(ctx, trx, a, fiscalYear)
    if ((await repo.listRisks(trx, [register.id])).length === 0) throw new ConflictError('ยังไม่มีความเสี่ยงในทะเบียน', 'the register is empty')
    // An acting or delegated head signs as such (platform/auth/actor.ts).
    const signer = signerLabel(ctx.actor, a.agency.id)
    await repo.approveRegister(trx, register.id, signer, ctx.now)
    await repo.insertHistory(trx, { organisationId: a.agency.id, entityType: 'register', entityId: register.id, from: 'draft', to: 'approved', by: signer, at: ctx.now })
    await recordAudit(trx, audit(ctx, a.agency.id, 'risk_register.approved', 'risk_register', register.id, { before: { status: 'draft' }, after: { status: 'approved', fiscal_year: fiscalYear } }))
    await bumpPublicGeneration(trx, organisationScope(a.agency.id))
  })
}

/** The 6-month and yearly follow-up: a summary and the treatments as they stand, kept unchanged. */
export async function addFollowup(ctx: UseCaseContext, fiscalYear: number, body: unknown): Promise<void> {
  const a = await access(ctx)
  needEdit(a)
  const input = parseFollowup(valuesOf(body, FOLLOWUP_FIELDS))
  await ctx.db.transaction().execute(async (trx) => {
    const register = await repo.findRegister(trx, a.agency.id, fiscalYear, true)
    if (!register) throw new NotFoundError('risk register')
    if (register.status !== 'approved') throw new ConflictError('รายงานผลได้เมื่อหัวหน้าอนุมัติการประเมินแล้ว', 'the register is not approved')
    if ((await repo.listFollowups(trx, register.id)).some((f) => f.kind === input.kind)) throw new ConflictError('รายงานรอบนี้แล้ว', 'already reported')
    const risks = await repo.listRisks(trx, [register.id])
    const treatments = await repo.listTreatments(trx, risks.map((r) => r.id))
    const snapshot: SnapshotRow[] = treatments.map((t) => ({ risk: risks.find((r) => r.id === t.riskId)!.process, measure: t.measure, unit: t.ownerUnit, dueOn: t.dueOn, status: t.status, note: t.progressNote }))
    const id = await repo.insertFollowup(trx, register.id, a.agency.id, input.kind, input.summary, snapshot, todayInBangkok(ctx.now), ctx.actor.displayName, ctx.now)
    await recordAudit(trx, audit(ctx, a.agency.id, 'risk_followup.reported', 'risk_followup', id, { after: { fiscal_year: fiscalYear, kind: input.kind, treatments: snapshot.length } }))
    await bumpPublicGeneration(trx, organisationScope(a.agency.id))
  })
}

// ---- The matrix ----

/** An agency's head or administrator sets its own matrix; the province's administrators and oversight set the province default. */
function mayEditMatrix(actor: Actor, path: OrgPath): boolean {
  return hasRoleIn(actor, path[0]!, 'head', 'oversight') || canAdministerOrganisation(actor, path)
}

async function matrixAccess(ctx: UseCaseContext, slug?: string) {
  let id = ctx.actor.memberships.find((m) => m.role !== 'committee')?.organisationId
  if (slug) id = (await ctx.db.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirst())?.id
  if (!id) throw new NotFoundError('organisation')
  const path = await organisationPath(ctx.db, id)
  const agency = await repo.organisationOf(ctx.db, id)
  if (!path || !agency) throw new NotFoundError('organisation')
  if (!mayEditMatrix(ctx.actor, path)) throw new ForbiddenError('may not set this organisation’s risk matrix')
  const { matrix, ownerId } = await matrixFor(ctx.db, path)
  return { agency, path, matrix, inherited: ownerId !== id, ownerId }
}

export async function matrixView(ctx: UseCaseContext, slug?: string) {
  return matrixAccess(ctx, slug)
}

export async function saveMatrix(ctx: UseCaseContext, body: unknown, slug?: string): Promise<void> {
  const m = await matrixAccess(ctx, slug)
  const next = parseMatrix(valuesOf(body, matrixFields(m.matrix)), m.matrix)
  if (matrixProblems(next).length) throw new ConflictError('ตารางความเสี่ยงไม่สมบูรณ์', 'matrix incomplete')
  await ctx.db.transaction().execute(async (trx) => {
    await repo.saveMatrix(trx, m.agency.id, next, ctx.actor.displayName, ctx.now)
    await recordAudit(trx, audit(ctx, m.agency.id, 'risk_matrix.saved', 'risk_matrix', m.agency.id, { before: { cells: m.matrix.cells, levels: m.matrix.levels }, after: { cells: next.cells, levels: next.levels } }))
    // Levels shown on the public pages of the organisation and every agency below it follow.
    const below = await descendantIds(trx, [m.agency.id])
    await bumpPublicGeneration(trx, ...[m.agency.id, ...below].map(organisationScope))
  })
}

// ---- Public view and province roll-up ----

/**
 * /o/:slug/risks: the latest approved assessment without what is internal — no internal notes,
 * no names of owners (their unit only), follow-up summaries but not who wrote them.
 */
export async function publicRisks(deps: { db: Kysely<Database>; baseUrl: string }, slug: string, year?: number) {
  const agency = await repo.publicOrganisation(deps.db, slug)
  if (!agency) throw new NotFoundError('organisation')
  const full = (await repo.organisationOf(deps.db, agency.id))!
  const path = (await organisationPath(deps.db, agency.id))!
  const { matrix } = await matrixFor(deps.db, path)
  const latest = await repo.latestApprovedYear(deps.db, agency.id)
  const fiscalYear = year !== undefined && year >= 2500 && year <= 2700 ? year : latest
  const register = fiscalYear ? await repo.findRegister(deps.db, agency.id, fiscalYear) : null
  const shown = register?.status === 'approved' ? register : null
  if (year !== undefined && !shown) throw new NotFoundError('risk register')
  const content = await registerContent(deps, { agency: full, matrix }, shown)
  return {
    agency,
    matrix,
    fiscalYear: shown?.fiscalYear ?? null,
    approvedAt: shown?.approvedAt ?? null,
    risks: content.risks.map((r) => ({ id: r.id, process: r.process, serviceName: r.serviceName, riskType: r.riskType, description: r.description, causes: r.causes, existingControls: r.existingControls, inherent: r.inherent, residual: r.residual, treatments: r.treatments.map((t) => ({ measure: t.measure, ownerUnit: t.ownerUnit, dueOn: t.dueOn, status: t.status, completedOn: t.completedOn })) })),
    residualHeat: content.residualHeat,
    followups: content.followups.map((f) => ({ kind: f.kind, summary: f.summary, reportedOn: f.reportedOn })),
  }
}
export type PublicRisks = Awaited<ReturnType<typeof publicRisks>>

/** The province's roll-up of its agencies' approved assessments: heat map on the province's matrix, top risks, overdue treatments. */
export async function provinceRollup(ctx: UseCaseContext, year?: number) {
  const bodies = ctx.actor.isPlatformAdmin ? (await ctx.db.selectFrom('organisations').select('id').where('parent_id', 'is', null).execute()).map((o) => o.id) : ctx.actor.memberships.filter((m) => m.role === 'oversight').map((m) => m.organisationId)
  if (bodies.length === 0) throw new ForbiddenError('only oversight sees the province roll-up')
  const fiscalYear = year && year >= 2500 && year <= 2700 ? year : currentFiscalYear(ctx.now)
  const body = (await repo.organisationOf(ctx.db, bodies[0]!))!
  const { matrix } = await matrixFor(ctx.db, (await organisationPath(ctx.db, body.id))!)
  const agencyIds = await descendantIds(ctx.db, bodies)
  const agencies = await ctx.db.selectFrom('organisations').select(['id', 'slug', 'name_th', 'name_en']).where('id', 'in', agencyIds.length ? agencyIds : ['00000000-0000-0000-0000-000000000000']).orderBy('name_th').execute()
  const registers = await repo.approvedRegistersOf(ctx.db, agencyIds, fiscalYear)
  const approved = registers.filter((r) => r.status === 'approved')
  const risks = await repo.listRisks(ctx.db, approved.map((r) => r.id))
  const treatments = await repo.listTreatments(ctx.db, risks.map((r) => r.id))
  const today = todayInBangkok(ctx.now)
  const nameOf = (id: string) => agencies.find((a) => a.id === id)
  const ranked = withLevels(matrix, risks, treatments, new Map())
    .map((r) => ({ ...r, agency: nameOf(r.organisationId)!, score: levelRank(matrix, r.residual?.key) * 100 + r.residualLikelihood * r.residualImpact }))
    .sort((x, y) => y.score - x.score)
  return {
    body,
    matrix,
    fiscalYear,
    today,
    agencies: agencies.map((a) => {
      const reg = registers.find((r) => r.organisationId === a.id)
      const mine = ranked.filter((r) => r.organisationId === a.id)
      return { ...a, status: reg?.status ?? null, risks: mine.length, high: mine.filter((r) => levelRank(matrix, r.residual?.key) >= matrix.levels.length - 2).length, overdue: mine.flatMap((r) => r.treatments).filter((t) => isOverdue(t, today)).length }
    }),
    heat: heatCounts(matrix, risks.map((r) => ({ likelihood: r.residualLikelihood, impact: r.residualImpact }))),
    top: ranked.slice(0, 10),
    overdue: ranked.flatMap((r) => r.treatments.filter((t) => isOverdue(t, today)).map((t) => ({ ...t, agency: r.agency, process: r.process }))),
  }
}

/** The yearly report to the governor: the agency, the register and its follow-ups. */
export async function yearlyReport(ctx: UseCaseContext, fiscalYear: number) {
  const a = await access(ctx)
  const register = await repo.findRegister(ctx.db, a.agency.id, fiscalYear)
  if (!register) throw new NotFoundError('risk register')
  return { ...a, fiscalYear, register, today: todayInBangkok(ctx.now) as IsoDate, ...(await registerContent(ctx, a, register)) }
}
