import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { Answers } from '../../platform/forms/form-answers.ts'
import type { SurveyKind } from './survey-templates.data.ts'
import type { SurveyMode, SurveyStatus } from './survey.domain.ts'
import type { PointMapping } from './survey-prediction.domain.ts'

type Db = Kysely<Database>

export type Survey = {
  id: string
  organisationId: string
  formDefinitionId: string
  kind: SurveyKind
  mode: SurveyMode
  status: SurveyStatus
  titleTh: string
  titleEn: string
  audience: string
  opensOn: string
  closesOn: string
  fiscalYear: number
  serviceKey: string | null
  serviceName: string
  sampleGroup: string
  headcount: number
  minimumOverride: number | null
  publishedAt: Date | null
  createdAt: Date
}

const columns = [
  'id', 'organisation_id', 'form_definition_id', 'kind', 'mode', 'status', 'title_th', 'title_en', 'audience', 'opens_on', 'closes_on',
  'fiscal_year', 'service_key', 'service_name', 'sample_group', 'headcount', 'minimum_override', 'published_at', 'created_at',
] as const

type Row = { id: string; organisation_id: string; form_definition_id: string; kind: SurveyKind; mode: SurveyMode; status: SurveyStatus; title_th: string; title_en: string; audience: string; opens_on: string; closes_on: string; fiscal_year: number; service_key: string | null; service_name: string; sample_group: string; headcount: number; minimum_override: number | null; published_at: Date | null; created_at: Date }

function toSurvey(r: Row): Survey {
  return {
    id: r.id, organisationId: r.organisation_id, formDefinitionId: r.form_definition_id, kind: r.kind, mode: r.mode, status: r.status,
    titleTh: r.title_th, titleEn: r.title_en, audience: r.audience, opensOn: r.opens_on, closesOn: r.closes_on, fiscalYear: r.fiscal_year,
    serviceKey: r.service_key, serviceName: r.service_name, sampleGroup: r.sample_group, headcount: r.headcount, minimumOverride: r.minimum_override,
    publishedAt: r.published_at, createdAt: r.created_at,
  }
}

export async function insertSurvey(db: Db, s: Omit<Survey, 'id' | 'status' | 'publishedAt' | 'createdAt'> & { createdBy: string | null; now: Date }): Promise<string> {
  const row = await db
    .insertInto('surveys')
    .values({
      organisation_id: s.organisationId, form_definition_id: s.formDefinitionId, kind: s.kind, mode: s.mode, title_th: s.titleTh, title_en: s.titleEn,
      audience: s.audience, opens_on: s.opensOn, closes_on: s.closesOn, fiscal_year: s.fiscalYear, service_key: s.serviceKey, service_name: s.serviceName,
      sample_group: s.sampleGroup, headcount: s.headcount, minimum_override: s.minimumOverride, created_by: s.createdBy, created_at: s.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function findSurvey(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<Survey | undefined> {
  let q = db.selectFrom('surveys').select(columns).where('id', '=', id)
  if (options.forUpdate) q = q.forUpdate()
  const row = await q.executeTakeFirst()
  return row ? toSurvey(row as Row) : undefined
}

export async function listSurveys(db: Db, organisationId: string): Promise<Survey[]> {
  const rows = await db.selectFrom('surveys').select(columns).where('organisation_id', '=', organisationId).orderBy('opens_on', 'desc').orderBy('created_at', 'desc').execute()
  return rows.map((r) => toSurvey(r as Row))
}

export async function listPublished(db: Db, organisationId: string): Promise<Survey[]> {
  const rows = await db.selectFrom('surveys').select(columns).where('organisation_id', '=', organisationId).where('published_at', 'is not', null).orderBy('closes_on', 'desc').execute()
  return rows.map((r) => toSurvey(r as Row))
}

export async function setStatus(db: Db, id: string, status: SurveyStatus): Promise<void> {
  await db.updateTable('surveys').set({ status }).where('id', '=', id).execute()
}

export async function setPublished(db: Db, id: string, at: Date | null): Promise<void> {
  await db.updateTable('surveys').set({ published_at: at }).where('id', '=', id).execute()
}

export async function insertResponse(db: Db, surveyId: string, day: string, answers: Answers): Promise<void> {
  await db.insertInto('survey_responses').values({ survey_id: surveyId, submitted_on: day, answers: JSON.stringify(answers) }).execute()
}

/**
 * Per survey, how many answers chose each option of each choice item, summed by the database
 * (one grouped pass over the survey's rows via its index) so the results page never reads the
 * answers themselves: a survey with a million answers returns a few dozen rows.
 */
export async function tallyChoices(db: Db, surveyIds: readonly string[]): Promise<Map<string, Map<string, Map<string, number>>>> {
  const out = new Map<string, Map<string, Map<string, number>>>(surveyIds.map((id) => [id, new Map()]))
  if (surveyIds.length === 0) return out
  const rows = await sql<{ survey_id: string; item_id: string; value: string; n: string }>`
    SELECT r.survey_id, e.key AS item_id, e.value -> 'values' ->> 0 AS value, count(*) AS n
    FROM survey_responses r CROSS JOIN LATERAL jsonb_each(r.answers) AS e
    WHERE r.survey_id IN (${sql.join(surveyIds)}) AND e.value ->> 'type' = 'choice' AND jsonb_array_length(e.value -> 'values') > 0
    GROUP BY r.survey_id, e.key, e.value -> 'values' ->> 0`.execute(db)
  for (const r of rows.rows) {
    const items = out.get(r.survey_id)!
    const counts = items.get(r.item_id) ?? new Map<string, number>()
    counts.set(r.value, Number(r.n))
    items.set(r.item_id, counts)
  }
  return out
}

export async function countResponses(db: Db, surveyIds: readonly string[]): Promise<Map<string, number>> {
  if (surveyIds.length === 0) return new Map()
  const rows = await db.selectFrom('survey_responses').select(['survey_id', (eb) => eb.fn.countAll<string>().as('n')]).where('survey_id', 'in', surveyIds).groupBy('survey_id').execute()
  return new Map(rows.map((r) => [r.survey_id, Number(r.n)]))
}

export async function countsByDay(db: Db, surveyId: string): Promise<{ day: string; count: number }[]> {
  const rows = await db.selectFrom('survey_responses').select(['submitted_on', (eb) => eb.fn.countAll<string>().as('n')]).where('survey_id', '=', surveyId).groupBy('submitted_on').orderBy('submitted_on').execute()
  return rows.map((r) => ({ day: r.submitted_on, count: Number(r.n) }))
}

export async function insertTokens(db: Db, rows: { surveyId: string; tokenHash: string; kind: 'invitation' | 'code'; name: string; email: string | null; now: Date }[]): Promise<void> {
  if (rows.length === 0) return
  await db
    .insertInto('survey_tokens')
    .values(rows.map((r) => ({ survey_id: r.surveyId, token_hash: r.tokenHash, kind: r.kind, invitee_name: r.name, invitee_email: r.email, created_at: r.now })))
    .execute()
}

export type TokenState = 'fresh' | 'used' | 'unknown'

/** Marks the token used if it was not; tells which it was. The answer is written apart, with no reference back. */
export async function useToken(db: Db, surveyId: string, tokenHash: string): Promise<TokenState> {
  const used = await db.updateTable('survey_tokens').set({ answered: true }).where('survey_id', '=', surveyId).where('token_hash', '=', tokenHash).where('answered', '=', false).returning('id').executeTakeFirst()
  if (used) return 'fresh'
  const exists = await db.selectFrom('survey_tokens').select('id').where('survey_id', '=', surveyId).where('token_hash', '=', tokenHash).executeTakeFirst()
  return exists ? 'used' : 'unknown'
}

export async function tokenState(db: Db, surveyId: string, tokenHash: string): Promise<TokenState> {
  const row = await db.selectFrom('survey_tokens').select('answered').where('survey_id', '=', surveyId).where('token_hash', '=', tokenHash).executeTakeFirst()
  return !row ? 'unknown' : row.answered ? 'used' : 'fresh'
}

export type Invitee = { id: string; name: string; email: string | null; answered: boolean; remindedAt: Date | null }

export async function listInvitees(db: Db, surveyId: string): Promise<Invitee[]> {
  const rows = await db.selectFrom('survey_tokens').select(['id', 'invitee_name', 'invitee_email', 'answered', 'reminded_at']).where('survey_id', '=', surveyId).where('kind', '=', 'invitation').orderBy('invitee_name').execute()
  return rows.map((r) => ({ id: r.id, name: r.invitee_name, email: r.invitee_email, answered: r.answered, remindedAt: r.reminded_at }))
}

export async function tokenCounts(db: Db, surveyId: string): Promise<{ codes: number; invitations: number; answered: number }> {
  const row = await db
    .selectFrom('survey_tokens')
    .select([
      sql<string>`count(*) FILTER (WHERE kind = 'code')`.as('codes'),
      sql<string>`count(*) FILTER (WHERE kind = 'invitation')`.as('invitations'),
      sql<string>`count(*) FILTER (WHERE answered)`.as('answered'),
    ])
    .where('survey_id', '=', surveyId)
    .executeTakeFirstOrThrow()
  return { codes: Number(row.codes), invitations: Number(row.invitations), answered: Number(row.answered) }
}

/** A reminder carries a fresh link: the old token's hash is replaced, since the token itself was never kept. */
export async function replaceToken(db: Db, tokenId: string, tokenHash: string, now: Date): Promise<void> {
  await db.updateTable('survey_tokens').set({ token_hash: tokenHash, reminded_at: now }).where('id', '=', tokenId).where('answered', '=', false).execute()
}

/** True when this device had not answered yet (and now has). */
export async function claimDevice(db: Db, surveyId: string, deviceHash: string): Promise<boolean> {
  const row = await db.insertInto('survey_devices').values({ survey_id: surveyId, device_hash: deviceHash }).onConflict((oc) => oc.columns(['survey_id', 'device_hash']).doNothing()).returning('survey_id').executeTakeFirst()
  return !!row
}

export async function deviceAnswered(db: Db, surveyId: string, deviceHash: string): Promise<boolean> {
  return !!(await db.selectFrom('survey_devices').select('survey_id').where('survey_id', '=', surveyId).where('device_hash', '=', deviceHash).executeTakeFirst())
}

export async function insertComments(db: Db, surveyId: string, day: string, comments: { itemId: string; text: string }[]): Promise<void> {
  if (comments.length === 0) return
  await db.insertInto('survey_comments').values(comments.map((c) => ({ survey_id: surveyId, item_id: c.itemId, text: c.text, submitted_on: day }))).execute()
}

export type SurveyComment = { id: string; itemId: string; text: string; status: 'pending' | 'approved' | 'rejected'; submittedOn: string }

export async function listComments(db: Db, surveyId: string, only?: 'approved'): Promise<SurveyComment[]> {
  let q = db.selectFrom('survey_comments').select(['id', 'item_id', 'text', 'status', 'submitted_on']).where('survey_id', '=', surveyId)
  if (only) q = q.where('status', '=', only)
  const rows = await q.orderBy('submitted_on').orderBy('id').execute()
  return rows.map((r) => ({ id: r.id, itemId: r.item_id, text: r.text, status: r.status, submittedOn: r.submitted_on }))
}

export async function moderateComment(db: Db, surveyId: string, commentId: string, status: 'approved' | 'rejected', by: string, now: Date): Promise<boolean> {
  const r = await db.updateTable('survey_comments').set({ status, moderated_by: by, moderated_at: now }).where('id', '=', commentId).where('survey_id', '=', surveyId).returning('id').executeTakeFirst()
  return !!r
}

export async function findPointMapping(db: Db, fiscalYear: number): Promise<PointMapping | undefined> {
  const row = await db.selectFrom('survey_point_mappings').select('mapping').where('fiscal_year', '=', fiscalYear).executeTakeFirst()
  return row ? (row.mapping as PointMapping) : undefined
}

export async function savePointMapping(db: Db, fiscalYear: number, mapping: PointMapping, by: string, now: Date): Promise<void> {
  const json = JSON.stringify(mapping)
  await db
    .insertInto('survey_point_mappings')
    .values({ fiscal_year: fiscalYear, mapping: json, updated_by: by, updated_at: now })
    .onConflict((oc) => oc.column('fiscal_year').doUpdateSet({ mapping: json, updated_by: by, updated_at: now }))
    .execute()
}

/** Staff of the agency with an e-mail address: whom an IIT-style survey may invite. */
export async function agencyStaff(db: Db, organisationId: string): Promise<{ name: string; email: string }[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.display_name', 'users.email'])
    .where('memberships.organisation_id', '=', organisationId)
    .distinct()
    .orderBy('users.email')
    .execute()
  return rows.map((r) => ({ name: r.display_name, email: r.email }))
}
