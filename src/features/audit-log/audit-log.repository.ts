import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { OrganisationSummary } from '../organisations/index.ts'
import type { AuditScope } from './audit-log.domain.ts'

export type AuditQuery = {
  organisationId?: string
  action?: string
  actorText?: string
  entityType?: string
  from?: Date
  until?: Date
}

export type AuditEventListItem = {
  seq: number
  at: Date
  actor_label: string
  organisation_id: string | null
  org_name_th: string | null
  org_name_en: string | null
  action: string
  entity_type: string
  entity_id: string | null
  summary: unknown
}

export type AuditEventDetails = AuditEventListItem & { actor_id: string | null; prev_hash: string; hash: string }

type Eb = ExpressionBuilder<Database, 'audit_events'>

/** LIKE treats % and _ as wildcards: a person searching for "a_b" means those three characters. */
function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}

// The scope is part of the SQL so a page of 50 is 50 visible events, and nothing outside
// the scope ever leaves the database.
function inScope(scope: AuditScope): Expression<SqlBool> {
  if (scope.kind === 'all') return sql<boolean>`true`
  return sql<boolean>`audit_events.organisation_id = ANY(${scope.ids as string[]}::uuid[])`
}

function matching(eb: Eb, scope: AuditScope, q: AuditQuery): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [inScope(scope)]
  if (q.organisationId) conditions.push(eb('audit_events.organisation_id', '=', q.organisationId))
  if (q.action) {
    conditions.push(eb.or([eb('audit_events.action', '=', q.action), eb('audit_events.action', 'like', `${likeEscape(q.action)}.%`)]))
  }
  if (q.actorText) conditions.push(eb('audit_events.actor_label', 'ilike', `%${likeEscape(q.actorText)}%`))
  if (q.entityType) conditions.push(eb('audit_events.entity_type', '=', q.entityType))
  if (q.from) conditions.push(eb('audit_events.at', '>=', q.from))
  if (q.until) conditions.push(eb('audit_events.at', '<', q.until))
  return eb.and(conditions)
}

const LIST_COLUMNS = [
  'audit_events.seq',
  'audit_events.at',
  'audit_events.actor_label',
  'audit_events.organisation_id',
  'organisations.name_th as org_name_th',
  'organisations.name_en as org_name_en',
  'audit_events.action',
  'audit_events.entity_type',
  'audit_events.entity_id',
  'audit_events.summary',
] as const

/** Newest first (seq is the order events were committed in the chain). */
export async function listAuditEvents(
  db: Kysely<Database>,
  scope: AuditScope,
  q: AuditQuery,
  paging: { limit: number; offset: number },
): Promise<{ rows: AuditEventListItem[]; total: number }> {
  const rows = await db
    .selectFrom('audit_events')
    .leftJoin('organisations', 'organisations.id', 'audit_events.organisation_id')
    .select(LIST_COLUMNS)
    .where((eb) => matching(eb, scope, q))
    .orderBy('audit_events.seq', 'desc')
    .limit(paging.limit)
    .offset(paging.offset)
    .execute()
  const count = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => matching(eb, scope, q))
    .executeTakeFirstOrThrow()
  return { rows, total: Number(count.n) }
}

export async function findAuditEvent(db: Kysely<Database>, scope: AuditScope, seq: number): Promise<AuditEventDetails | undefined> {
  return db
    .selectFrom('audit_events')
    .leftJoin('organisations', 'organisations.id', 'audit_events.organisation_id')
    .select([...LIST_COLUMNS, 'audit_events.actor_id', 'audit_events.prev_hash', 'audit_events.hash'])
    .where('audit_events.seq', '=', seq)
    .where(inScope(scope))
    .executeTakeFirst()
}

/** The organisations offered in the filter: exactly those the scope covers. */
export async function listOrganisationsInScope(db: Kysely<Database>, scope: AuditScope): Promise<OrganisationSummary[]> {
  let q = db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en'])
  if (scope.kind === 'organisations') q = q.where(sql<boolean>`id = ANY(${scope.ids as string[]}::uuid[])`)
  return q.execute()
}

/**
 * Events per Bangkok calendar day. Thailand keeps UTC+7 all year, so shifting the UTC time
 * by seven hours gives the Bangkok day without relying on the server's time-zone data.
 */
export async function countAuditEventsByDay(db: Kysely<Database>, scope: AuditScope, q: AuditQuery): Promise<{ day: string; count: number }[]> {
  const rows = await db
    .selectFrom('audit_events')
    .select((eb) => [
      sql<string>`to_char((audit_events.at AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM-DD')`.as('day'),
      eb.fn.countAll<number>().as('n'),
    ])
    .where((eb) => matching(eb, scope, q))
    .groupBy(sql`1`)
    .orderBy(sql`1`)
    .execute()
  return rows.map((r) => ({ day: r.day, count: Number(r.n) }))
}

/** The letterhead of a download: name and address in both languages. */
export async function findOrganisationLetterhead(
  db: Kysely<Database>,
  id: string,
): Promise<{ name_th: string; name_en: string; address: string } | undefined> {
  return db.selectFrom('organisations').select(['name_th', 'name_en', 'address']).where('id', '=', id).executeTakeFirst()
}

/** The position printed under a signature. */
export async function findUserPosition(db: Kysely<Database>, userId: string): Promise<string> {
  const row = await db.selectFrom('users').select('position').where('id', '=', userId).executeTakeFirst()
  return row?.position ?? ''
}
