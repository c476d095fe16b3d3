import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { CriterionItem } from '../../db/tables/delegations.ts'
import type { CriteriaInput, DecisionInput } from './fair-authority.input.ts'

export type Criteria = { id: string; kind: string; version: number; titleTh: string; items: CriterionItem[]; publishedByLabel: string; publishedAt: Date }
export type Decision = {
  id: string
  kind: string
  criteriaId: string
  criteriaVersion: number
  criteriaItems: CriterionItem[]
  roundTh: string
  subjectUserId: string | null
  subjectName: string
  scores: number[]
  total: number
  outcome: string
  reason: string
  decidedByLabel: string
  decidedOn: string
}

export async function listCriteria(db: Kysely<Database>, organisationId: string): Promise<Criteria[]> {
  return db
    .selectFrom('authority_criteria')
    .select(['id', 'kind', 'version', 'title_th as titleTh', 'items', 'published_by_label as publishedByLabel', 'published_at as publishedAt'])
    .where('organisation_id', '=', organisationId)
    .orderBy('kind')
    .orderBy('version', 'desc')
    .execute()
}

/** The next version is taken under a row lock on the agency, so two publications never share a number. */
export async function insertCriteria(db: Kysely<Database>, organisationId: string, input: CriteriaInput, byLabel: string, now: Date): Promise<{ id: string; version: number }> {
  await db.selectFrom('organisations').select('id').where('id', '=', organisationId).forUpdate().execute()
  const last = await db.selectFrom('authority_criteria').select(sql<number>`coalesce(max(version), 0)`.as('v')).where('organisation_id', '=', organisationId).where('kind', '=', input.kind).executeTakeFirstOrThrow()
  const version = Number(last.v) + 1
  const row = await db
    .insertInto('authority_criteria')
    .values({ organisation_id: organisationId, kind: input.kind, version, title_th: input.titleTh, items: JSON.stringify(input.items), published_by_label: byLabel, published_at: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return { id: row.id, version }
}

export async function listDecisions(db: Kysely<Database>, organisationId: string, fiscalYear: number): Promise<Decision[]> {
  return db
    .selectFrom('authority_decisions as d')
    .innerJoin('authority_criteria as c', 'c.id', 'd.criteria_id')
    .select([
      'd.id',
      'c.kind',
      'd.criteria_id as criteriaId',
      'c.version as criteriaVersion',
      'c.items as criteriaItems',
      'd.round_th as roundTh',
      'd.subject_user_id as subjectUserId',
      'd.subject_name as subjectName',
      'd.scores',
      'd.total',
      'd.outcome',
      'd.reason',
      'd.decided_by_label as decidedByLabel',
      'd.decided_on as decidedOn',
    ])
    .where('d.organisation_id', '=', organisationId)
    .where('d.fiscal_year', '=', fiscalYear)
    .orderBy('c.kind')
    .orderBy('d.decided_on')
    .orderBy('d.subject_name')
    .execute()
}

export async function insertDecision(
  db: Kysely<Database>,
  d: { organisationId: string; criteriaId: string; fiscalYear: number; input: DecisionInput; subjectName: string; total: number; byLabel: string; on: string; now: Date },
): Promise<string> {
  const row = await db
    .insertInto('authority_decisions')
    .values({
      organisation_id: d.organisationId,
      criteria_id: d.criteriaId,
      fiscal_year: d.fiscalYear,
      round_th: d.input.roundTh,
      subject_user_id: d.input.subjectUserId,
      subject_name: d.subjectName,
      scores: JSON.stringify(d.input.scores),
      total: d.total,
      outcome: d.input.outcome,
      reason: d.input.reason,
      decided_by_label: d.byLabel,
      decided_on: d.on,
      created_at: d.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export type Member = { id: string; name: string; position: string }
export async function membersOf(db: Kysely<Database>, organisationId: string): Promise<Member[]> {
  return db
    .selectFrom('users as u')
    .innerJoin('memberships as m', 'm.user_id', 'u.id')
    .select(['u.id', 'u.display_name as name', 'u.position'])
    .where('m.organisation_id', '=', organisationId)
    .where('m.role', '<>', 'committee')
    .where('u.is_active', '=', true)
    .distinct()
    .orderBy('u.display_name')
    .execute()
}
