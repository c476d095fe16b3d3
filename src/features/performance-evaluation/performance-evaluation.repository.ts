import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { EvaluationResult } from './performance-evaluation.domain.ts'

export type Evaluation = { id: string; organisationId: string; year: number; status: string; result: EvaluationResult | null; completedAt: Date | null; published: boolean; publishedAt: Date | null; updatedAt: Date }
export type Indicator = { id: string; dimension: string; position: number; name: string; weight: number; evidenceUrl: string; evidenceNote: string }
export type Member = { userId: string; name: string; email: string; position: string; committeeRole: string; outside: boolean; submittedAt: Date | null }
export type Score = { userId: string; indicatorId: string; score: number; comment: string }

type EvalRow = { id: string; organisation_id: string; year: number; status: string; result: unknown; completed_at: Date | null; published: boolean; published_at: Date | null; updated_at: Date }
const evalOf = (r: EvalRow): Evaluation => ({ id: r.id, organisationId: r.organisation_id, year: r.year, status: r.status, result: (r.result as EvaluationResult | null) ?? null, completedAt: r.completed_at, published: r.published, publishedAt: r.published_at, updatedAt: r.updated_at })
const EVAL_COLUMNS = ['id', 'organisation_id', 'year', 'status', 'result', 'completed_at', 'published', 'published_at', 'updated_at'] as const

export async function listEvaluations(db: Kysely<Database>, organisationId: string, options: { publishedOnly: boolean }): Promise<Evaluation[]> {
  let q = db.selectFrom('perf_evaluations').select(EVAL_COLUMNS).where('organisation_id', '=', organisationId)
  if (options.publishedOnly) q = q.where('published', '=', true)
  return (await q.orderBy('year', 'desc').execute()).map(evalOf)
}

export async function findEvaluation(db: Kysely<Database>, id: string, options: { forUpdate?: boolean } = {}): Promise<Evaluation | undefined> {
  let q = db.selectFrom('perf_evaluations').select(EVAL_COLUMNS).where('id', '=', id)
  if (options.forUpdate) q = q.forUpdate()
  const r = await q.executeTakeFirst()
  return r && evalOf(r)
}

export async function findEvaluationByYear(db: Kysely<Database>, organisationId: string, year: number): Promise<Evaluation | undefined> {
  const r = await db.selectFrom('perf_evaluations').select(EVAL_COLUMNS).where('organisation_id', '=', organisationId).where('year', '=', year).executeTakeFirst()
  return r && evalOf(r)
}

export async function insertEvaluation(db: Kysely<Database>, v: { organisationId: string; year: number; createdBy: string; now: Date }): Promise<string | null> {
  const r = await db
    .insertInto('perf_evaluations')
    .values({ organisation_id: v.organisationId, year: v.year, created_by: v.createdBy, created_at: v.now, updated_at: v.now })
    .onConflict((oc) => oc.columns(['organisation_id', 'year']).doNothing())
    .returning('id')
    .executeTakeFirst()
  return r?.id ?? null
}

export async function listIndicators(db: Kysely<Database>, evaluationId: string): Promise<Indicator[]> {
  const rows = await db.selectFrom('perf_eval_indicators').selectAll().where('evaluation_id', '=', evaluationId).orderBy('position').execute()
  return rows.map((r) => ({ id: r.id, dimension: r.dimension, position: r.position, name: r.name, weight: r.weight, evidenceUrl: r.evidence_url, evidenceNote: r.evidence_note }))
}

export async function insertIndicator(db: Kysely<Database>, evaluationId: string, v: { dimension: string; name: string; weight: number; evidenceUrl: string; evidenceNote: string }): Promise<string> {
  const max = await db.selectFrom('perf_eval_indicators').select((eb) => eb.fn.max('position').as('p')).where('evaluation_id', '=', evaluationId).executeTakeFirst()
  const r = await db
    .insertInto('perf_eval_indicators')
    .values({ evaluation_id: evaluationId, dimension: v.dimension, position: Number(max?.p ?? 0) + 1, name: v.name, weight: v.weight, evidence_url: v.evidenceUrl, evidence_note: v.evidenceNote })
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

export async function listMembers(db: Kysely<Database>, evaluationId: string): Promise<Member[]> {
  const rows = await db
    .selectFrom('perf_eval_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'u.display_name', 'u.email', 'u.position', 'm.committee_role', 'm.outside', 'm.submitted_at'])
    .where('m.evaluation_id', '=', evaluationId)
    .orderBy('m.committee_role')
    .orderBy('u.display_name')
    .execute()
  const order = { chair: 0, member: 1, secretary: 2 } as Record<string, number>
  return rows
    .map((r) => ({ userId: r.user_id, name: r.display_name, email: r.email, position: r.position, committeeRole: r.committee_role, outside: r.outside, submittedAt: r.submitted_at }))
    .sort((a, b) => (order[a.committeeRole] ?? 9) - (order[b.committeeRole] ?? 9))
}

export async function insertMember(db: Kysely<Database>, v: { evaluationId: string; userId: string; committeeRole: string; outside: boolean }): Promise<boolean> {
  const r = await db
    .insertInto('perf_eval_members')
    .values({ evaluation_id: v.evaluationId, user_id: v.userId, committee_role: v.committeeRole, outside: v.outside })
    .onConflict((oc) => oc.columns(['evaluation_id', 'user_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst()
  return !!r
}

export async function listScores(db: Kysely<Database>, evaluationId: string, userId?: string): Promise<Score[]> {
  let q = db.selectFrom('perf_eval_scores').select(['user_id', 'indicator_id', 'score', 'comment']).where('evaluation_id', '=', evaluationId)
  if (userId) q = q.where('user_id', '=', userId)
  const rows = await q.execute()
  return rows.map((r) => ({ userId: r.user_id, indicatorId: r.indicator_id, score: r.score, comment: r.comment }))
}

/** One member's whole sheet, replaced at once. */
export async function replaceSheet(db: Kysely<Database>, v: { evaluationId: string; userId: string; scores: { indicatorId: string; score: number; comment: string }[]; now: Date }): Promise<void> {
  await db.deleteFrom('perf_eval_scores').where('evaluation_id', '=', v.evaluationId).where('user_id', '=', v.userId).execute()
  if (v.scores.length) {
    await db
      .insertInto('perf_eval_scores')
      .values(v.scores.map((s) => ({ evaluation_id: v.evaluationId, user_id: v.userId, indicator_id: s.indicatorId, score: s.score, comment: s.comment, updated_at: v.now })))
      .execute()
  }
  await db.updateTable('perf_eval_members').set({ submitted_at: v.now }).where('evaluation_id', '=', v.evaluationId).where('user_id', '=', v.userId).execute()
}

export async function completeEvaluation(db: Kysely<Database>, id: string, result: EvaluationResult, now: Date): Promise<void> {
  await db.updateTable('perf_evaluations').set({ status: 'completed', result: JSON.stringify(result), completed_at: now, updated_at: now }).where('id', '=', id).execute()
}

export async function setEvaluationPublished(db: Kysely<Database>, id: string, published: boolean, now: Date): Promise<void> {
  await db.updateTable('perf_evaluations').set({ published, published_at: published ? now : null, updated_at: now }).where('id', '=', id).execute()
}

export async function touchEvaluation(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  await db.updateTable('perf_evaluations').set({ updated_at: now }).where('id', '=', id).execute()
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<{ id: string; active: boolean } | undefined> {
  const r = await db.selectFrom('users').select(['id', 'is_active']).where('email', '=', email.trim().toLowerCase()).executeTakeFirst()
  return r && { id: r.id, active: r.is_active }
}

/** Evaluations where the user sits on the committee, across agencies: their own sheets. */
export async function evaluationsOfMember(db: Kysely<Database>, userId: string): Promise<{ id: string; year: number; status: string; orgName: string; submittedAt: Date | null }[]> {
  const rows = await db
    .selectFrom('perf_eval_members as m')
    .innerJoin('perf_evaluations as e', 'e.id', 'm.evaluation_id')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select(['e.id', 'e.year', 'e.status', 'o.name_th', 'm.submitted_at'])
    .where('m.user_id', '=', userId)
    .orderBy('e.year', 'desc')
    .execute()
  return rows.map((r) => ({ id: r.id, year: r.year, status: r.status, orgName: r.name_th, submittedAt: r.submitted_at }))
}
