import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { CommitteeMember, SnapshotRow } from '../../db/tables/risks.ts'
import type { IsoDate } from '../../platform/thai-calendar/index.ts'
import type { RiskMatrix } from './risk-matrix.domain.ts'
import type { FollowupKind, IcAssessment, IcComponent, OutsideManualOutcome, RegisterStatus, RiskType, TreatmentStatus } from './risks.domain.ts'
import type { OutsideManualInput, RiskInput, TreatmentInput } from './risks.input.ts'

type Db = Kysely<Database>

// ---- Organisations ----

export async function organisationOf(db: Db, id: string) {
  return db.selectFrom('organisations').select(['id', 'slug', 'name_th', 'name_en', 'parent_id', 'kind']).where('id', '=', id).executeTakeFirst()
}
export async function publicOrganisation(db: Db, slug: string) {
  return db.selectFrom('organisations').select(['id', 'slug', 'name_th', 'name_en', 'parent_id']).where('slug', '=', slug).executeTakeFirst()
}
export async function childrenOf(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return []
  return db.selectFrom('organisations').select(['id', 'slug', 'name_th', 'name_en']).where('parent_id', 'in', ids).orderBy('name_th').execute()
}

// ---- Matrices ----

export async function matricesOf(db: Db, ids: readonly string[]): Promise<Map<string, RiskMatrix>> {
  if (ids.length === 0) return new Map()
  const rows = await db.selectFrom('risk_matrices').selectAll().where('organisation_id', 'in', ids).execute()
  return new Map(rows.map((r) => [r.organisation_id, { likelihood: r.likelihood_labels, impact: r.impact_labels, levels: r.levels, cells: r.cells }]))
}

export async function saveMatrix(db: Db, orgId: string, m: RiskMatrix, by: string, now: Date): Promise<void> {
  const values = { likelihood_labels: JSON.stringify(m.likelihood), impact_labels: JSON.stringify(m.impact), levels: JSON.stringify(m.levels), cells: JSON.stringify(m.cells), updated_by_label: by, updated_at: now }
  await db
    .insertInto('risk_matrices')
    .values({ organisation_id: orgId, ...values })
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet(values))
    .execute()
}

// ---- Registers ----

export type Register = { id: string; organisationId: string; fiscalYear: number; status: RegisterStatus; carriedFromId: string | null; approvedByLabel: string | null; approvedAt: Date | null }
const toRegister = (r: { id: string; organisation_id: string; fiscal_year: number; status: string; carried_from_id: string | null; approved_by_label: string | null; approved_at: Date | null }): Register => ({
  id: r.id,
  organisationId: r.organisation_id,
  fiscalYear: r.fiscal_year,
  status: r.status as RegisterStatus,
  carriedFromId: r.carried_from_id,
  approvedByLabel: r.approved_by_label,
  approvedAt: r.approved_at,
})

export async function findRegister(db: Db, orgId: string, fiscalYear: number, lock = false): Promise<Register | null> {
  let q = db.selectFrom('risk_registers').selectAll().where('organisation_id', '=', orgId).where('fiscal_year', '=', fiscalYear)
  if (lock) q = q.forUpdate()
  const r = await q.executeTakeFirst()
  return r ? toRegister(r) : null
}
export async function findRegisterById(db: Db, id: string): Promise<Register | null> {
  const r = await db.selectFrom('risk_registers').selectAll().where('id', '=', id).executeTakeFirst()
  return r ? toRegister(r) : null
}
export async function registerYears(db: Db, orgId: string): Promise<number[]> {
  return (await db.selectFrom('risk_registers').select('fiscal_year').where('organisation_id', '=', orgId).orderBy('fiscal_year', 'desc').execute()).map((r) => r.fiscal_year)
}
export async function latestApprovedYear(db: Db, orgId: string): Promise<number | null> {
  const r = await db.selectFrom('risk_registers').select('fiscal_year').where('organisation_id', '=', orgId).where('status', '=', 'approved').orderBy('fiscal_year', 'desc').executeTakeFirst()
  return r?.fiscal_year ?? null
}
export async function insertRegister(db: Db, orgId: string, fiscalYear: number, carriedFromId: string | null, now: Date): Promise<string> {
  return (await db.insertInto('risk_registers').values({ organisation_id: orgId, fiscal_year: fiscalYear, status: 'draft', carried_from_id: carriedFromId, created_at: now }).returning('id').executeTakeFirstOrThrow()).id
}
export async function approveRegister(db: Db, id: string, by: string, now: Date): Promise<void> {
  await db.updateTable('risk_registers').set({ status: 'approved', approved_by_label: by, approved_at: now }).where('id', '=', id).execute()
}
export async function approvedRegistersOf(db: Db, orgIds: readonly string[], fiscalYear: number): Promise<Register[]> {
  if (orgIds.length === 0) return []
  return (await db.selectFrom('risk_registers').selectAll().where('organisation_id', 'in', orgIds).where('fiscal_year', '=', fiscalYear).execute()).map(toRegister)
}

// ---- Risks ----

export type Risk = {
  id: string
  registerId: string
  organisationId: string
  process: string
  serviceKey: string | null
  riskType: RiskType
  description: string
  causes: string
  existingControls: string
  inherentLikelihood: number
  inherentImpact: number
  residualLikelihood: number
  residualImpact: number
  internalNote: string
  carriedFromId: string | null
}
type RiskRow = Awaited<ReturnType<ReturnType<typeof riskQuery>['executeTakeFirstOrThrow']>>
const riskQuery = (db: Db) => db.selectFrom('risks').selectAll()
const toRisk = (r: RiskRow): Risk => ({
  id: r.id,
  registerId: r.register_id,
  organisationId: r.organisation_id,
  process: r.process,
  serviceKey: r.service_key,
  riskType: r.risk_type as RiskType,
  description: r.description,
  causes: r.causes,
  existingControls: r.existing_controls,
  inherentLikelihood: r.inherent_likelihood,
  inherentImpact: r.inherent_impact,
  residualLikelihood: r.residual_likelihood,
  residualImpact: r.residual_impact,
  internalNote: r.internal_note,
  carriedFromId: r.carried_from_id,
})

export async function listRisks(db: Db, registerIds: readonly string[]): Promise<Risk[]> {
  if (registerIds.length === 0) return []
  return (await riskQuery(db).where('register_id', 'in', registerIds).orderBy('created_at').orderBy('id').execute()).map(toRisk)
}
export async function findRisk(db: Db, id: string): Promise<Risk | null> {
  const r = await riskQuery(db).where('id', '=', id).executeTakeFirst()
  return r ? toRisk(r) : null
}
const riskValues = (r: RiskInput) => ({
  process: r.process,
  service_key: r.serviceKey,
  risk_type: r.riskType,
  description: r.description,
  causes: r.causes,
  existing_controls: r.existingControls,
  inherent_likelihood: r.inherentLikelihood,
  inherent_impact: r.inherentImpact,
  residual_likelihood: r.residualLikelihood,
  residual_impact: r.residualImpact,
  internal_note: r.internalNote,
})
export async function insertRisk(db: Db, registerId: string, orgId: string, r: RiskInput, carriedFromId: string | null, now: Date): Promise<string> {
  return (await db.insertInto('risks').values({ register_id: registerId, organisation_id: orgId, ...riskValues(r), carried_from_id: carriedFromId, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow()).id
}
export async function updateRisk(db: Db, id: string, r: RiskInput, now: Date): Promise<void> {
  await db.updateTable('risks').set({ ...riskValues(r), updated_at: now }).where('id', '=', id).execute()
}

// ---- Treatments ----

export type Treatment = { id: string; riskId: string; organisationId: string; measure: string; ownerName: string; ownerUnit: string; dueOn: IsoDate; status: TreatmentStatus; progressNote: string; completedOn: IsoDate | null }
export async function listTreatments(db: Db, riskIds: readonly string[]): Promise<Treatment[]> {
  if (riskIds.length === 0) return []
  const rows = await db.selectFrom('risk_treatments').selectAll().where('risk_id', 'in', riskIds).orderBy('due_on').orderBy('id').execute()
  return rows.map((r) => ({ id: r.id, riskId: r.risk_id, organisationId: r.organisation_id, measure: r.measure, ownerName: r.owner_name, ownerUnit: r.owner_unit, dueOn: r.due_on as IsoDate, status: r.status as TreatmentStatus, progressNote: r.progress_note, completedOn: r.completed_on as IsoDate | null }))
}
export async function findTreatment(db: Db, id: string, lock = false) {
  let q = db.selectFrom('risk_treatments').selectAll().where('id', '=', id)
  if (lock) q = q.forUpdate()
  return q.executeTakeFirst()
}
export async function insertTreatment(db: Db, riskId: string, orgId: string, t: TreatmentInput, now: Date): Promise<string> {
  return (await db.insertInto('risk_treatments').values({ risk_id: riskId, organisation_id: orgId, measure: t.measure, owner_name: t.ownerName, owner_unit: t.ownerUnit, due_on: t.dueOn, status: 'planned', created_at: now }).returning('id').executeTakeFirstOrThrow()).id
}
export async function updateTreatmentStatus(db: Db, id: string, status: TreatmentStatus, note: string, completedOn: IsoDate | null): Promise<void> {
  await db.updateTable('risk_treatments').set({ status, progress_note: note, completed_on: completedOn }).where('id', '=', id).execute()
}

// ---- Follow-ups ----

export type Followup = { id: string; kind: FollowupKind; summary: string; snapshot: SnapshotRow[]; reportedOn: IsoDate; reportedByLabel: string }
export async function listFollowups(db: Db, registerId: string): Promise<Followup[]> {
  const rows = await db.selectFrom('risk_followups').selectAll().where('register_id', '=', registerId).orderBy('reported_on').execute()
  return rows.map((r) => ({ id: r.id, kind: r.kind as FollowupKind, summary: r.summary, snapshot: r.snapshot, reportedOn: r.reported_on as IsoDate, reportedByLabel: r.reported_by_label }))
}
export async function insertFollowup(db: Db, registerId: string, orgId: string, kind: FollowupKind, summary: string, snapshot: SnapshotRow[], reportedOn: IsoDate, by: string, now: Date): Promise<string> {
  return (await db.insertInto('risk_followups').values({ register_id: registerId, organisation_id: orgId, kind, summary, snapshot: JSON.stringify(snapshot), reported_on: reportedOn, reported_by_label: by, created_at: now }).returning('id').executeTakeFirstOrThrow()).id
}

// ---- History ----

export async function insertHistory(db: Db, h: { organisationId: string; entityType: 'register' | 'risk' | 'treatment' | 'outside_manual' | 'ic_evaluation'; entityId: string; from: string | null; to: string; by: string; note?: string; at: Date }): Promise<void> {
  await db.insertInto('risk_history').values({ organisation_id: h.organisationId, entity_type: h.entityType, entity_id: h.entityId, from_status: h.from, to_status: h.to, actor_label: h.by, note: h.note ?? '', at: h.at }).execute()
}
export async function historyOf(db: Db, entityIds: readonly string[]) {
  if (entityIds.length === 0) return []
  return db.selectFrom('risk_history').select(['entity_id', 'entity_type', 'from_status', 'to_status', 'actor_label', 'note', 'at']).where('entity_id', 'in', entityIds).orderBy('at').execute()
}

// ---- Work outside the manual ----

export type OutsideManualReport = { id: string; organisationId: string; reporterUserId: string | null; reporterLabel: string; occurredOn: IsoDate; work: string; manualRef: string; whatDone: string; reason: string; status: 'submitted' | 'reviewed'; outcome: OutsideManualOutcome | null; reviewNote: string | null; reviewedByLabel: string | null }
type OmRow = Awaited<ReturnType<ReturnType<typeof omQuery>['executeTakeFirstOrThrow']>>
const omQuery = (db: Db) => db.selectFrom('outside_manual_reports').selectAll()
const toOm = (r: OmRow): OutsideManualReport => ({
  id: r.id,
  organisationId: r.organisation_id,
  reporterUserId: r.reporter_user_id,
  reporterLabel: r.reporter_label,
  occurredOn: r.occurred_on as IsoDate,
  work: r.work,
  manualRef: r.manual_ref,
  whatDone: r.what_done,
  reason: r.reason,
  status: r.status as 'submitted' | 'reviewed',
  outcome: r.outcome as OutsideManualOutcome | null,
  reviewNote: r.review_note,
  reviewedByLabel: r.reviewed_by_label,
})
export async function listOutsideManual(db: Db, orgId: string, reporterId: string | null): Promise<OutsideManualReport[]> {
  let q = omQuery(db).where('organisation_id', '=', orgId)
  if (reporterId) q = q.where('reporter_user_id', '=', reporterId)
  return (await q.orderBy('occurred_on', 'desc').orderBy('id').execute()).map(toOm)
}
export async function findOutsideManual(db: Db, id: string, lock = false): Promise<OutsideManualReport | null> {
  let q = omQuery(db).where('id', '=', id)
  if (lock) q = q.forUpdate()
  const r = await q.executeTakeFirst()
  return r ? toOm(r) : null
}
export async function insertOutsideManual(db: Db, orgId: string, reporter: { id: string; label: string }, o: OutsideManualInput, now: Date): Promise<string> {
  return (await db.insertInto('outside_manual_reports').values({ organisation_id: orgId, reporter_user_id: reporter.id, reporter_label: reporter.label, occurred_on: o.occurredOn, work: o.work, manual_ref: o.manualRef, what_done: o.whatDone, reason: o.reason, status: 'submitted', created_at: now }).returning('id').executeTakeFirstOrThrow()).id
}
export async function reviewOutsideManual(db: Db, id: string, outcome: OutsideManualOutcome, note: string, by: string, now: Date): Promise<void> {
  await db.updateTable('outside_manual_reports').set({ status: 'reviewed', outcome, review_note: note, reviewed_by_label: by, reviewed_at: now }).where('id', '=', id).execute()
}

// ---- Internal control ----

export type IcEvaluation = { id: string; organisationId: string; fiscalYear: number; orderNumber: string; orderDate: IsoDate; members: CommitteeMember[]; status: 'in_progress' | 'reported'; summary: string | null; reportedByLabel: string | null; reportedAt: Date | null }
export type IcResult = { component: IcComponent; assessment: IcAssessment; findings: string; improvements: string }
export async function findIcEvaluation(db: Db, orgId: string, fiscalYear: number, lock = false): Promise<IcEvaluation | null> {
  let q = db.selectFrom('ic_evaluations').selectAll().where('organisation_id', '=', orgId).where('fiscal_year', '=', fiscalYear)
  if (lock) q = q.forUpdate()
  const r = await q.executeTakeFirst()
  return r ? { id: r.id, organisationId: r.organisation_id, fiscalYear: r.fiscal_year, orderNumber: r.order_number, orderDate: r.order_date as IsoDate, members: r.members, status: r.status as 'in_progress' | 'reported', summary: r.summary, reportedByLabel: r.reported_by_label, reportedAt: r.reported_at } : null
}
export async function insertIcEvaluation(db: Db, orgId: string, fiscalYear: number, order: { number: string; date: IsoDate; members: CommitteeMember[] }, now: Date): Promise<string> {
  return (await db.insertInto('ic_evaluations').values({ organisation_id: orgId, fiscal_year: fiscalYear, order_number: order.number, order_date: order.date, members: JSON.stringify(order.members), status: 'in_progress', created_at: now }).returning('id').executeTakeFirstOrThrow()).id
}
export async function icResults(db: Db, evaluationId: string): Promise<IcResult[]> {
  const rows = await db.selectFrom('ic_component_results').selectAll().where('evaluation_id', '=', evaluationId).execute()
  return rows.map((r) => ({ component: r.component as IcComponent, assessment: r.assessment as IcAssessment, findings: r.findings, improvements: r.improvements }))
}
export async function saveIcResult(db: Db, evaluationId: string, r: IcResult, now: Date): Promise<void> {
  const values = { assessment: r.assessment, findings: r.findings, improvements: r.improvements, updated_at: now }
  await db
    .insertInto('ic_component_results')
    .values({ evaluation_id: evaluationId, component: r.component, ...values })
    .onConflict((oc) => oc.columns(['evaluation_id', 'component']).doUpdateSet(values))
    .execute()
}
export async function reportIcEvaluation(db: Db, id: string, summary: string, by: string, now: Date): Promise<void> {
  await db.updateTable('ic_evaluations').set({ status: 'reported', summary, reported_by_label: by, reported_at: now }).where('id', '=', id).execute()
}

