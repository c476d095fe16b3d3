import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { NoticeKey, SentNotice } from './oit-monitoring.domain.ts'

/**
 * Agencies to watch for one catalogue: those answering in it, and (for the default scheme)
 * agencies with an ITA coordinator that answer in no scheme this year, whose every item is missing.
 */
export async function agenciesToWatch(db: Kysely<Database>, scheme: string, fiscalYear: number, withIdleCoordinators: boolean): Promise<string[]> {
  const answering = await db.selectFrom('oit_entries').select('organisation_id').distinct().where('scheme', '=', scheme).where('fiscal_year', '=', fiscalYear).execute()
  const ids = new Set(answering.map((r) => r.organisation_id))
  if (withIdleCoordinators) {
    const idle = await db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select('m.organisation_id')
      .distinct()
      .where('m.role', '=', 'ita_coordinator')
      .where('u.is_active', '=', true)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('oit_entries as e').select('e.item_code').whereRef('e.organisation_id', '=', 'm.organisation_id').where('e.fiscal_year', '=', fiscalYear))),
      )
      .execute()
    for (const r of idle) ids.add(r.organisation_id)
  }
  return [...ids]
}

export type Person = { id: string; email: string; name: string }
export type AgencyStaff = { active: Set<string>; coordinators: string[] }

export async function staffOf(db: Kysely<Database>, organisationIds: readonly string[]): Promise<{ staff: Map<string, AgencyStaff>; people: Map<string, Person> }> {
  const staff = new Map<string, AgencyStaff>(organisationIds.map((id) => [id, { active: new Set(), coordinators: [] }]))
  const people = new Map<string, Person>()
  if (organisationIds.length === 0) return { staff, people }
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.organisation_id', 'm.role', 'u.id', 'u.email', 'u.display_name'])
    .where('m.organisation_id', 'in', [...organisationIds])
    .where('u.is_active', '=', true)
    .orderBy('u.display_name')
    .execute()
  for (const r of rows) {
    const s = staff.get(r.organisation_id)!
    s.active.add(r.id)
    if (r.role === 'ita_coordinator' && !s.coordinators.includes(r.id)) s.coordinators.push(r.id)
    people.set(r.id, { id: r.id, email: r.email, name: r.display_name })
  }
  return { staff, people }
}

export async function agencyNames(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { slug: string; name_th: string; name_en: string }>()
  const rows = await db.selectFrom('organisations').select(['id', 'slug', 'name_th', 'name_en']).where('id', 'in', [...ids]).execute()
  return new Map(rows.map((r) => [r.id, r]))
}

/** Serialises digests across instances: whoever comes second sees what the first recorded. */
export async function lockMonitoring(db: Kysely<Database>): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(7270023)`.execute(db)
}

export async function sentSince(db: Kysely<Database>, userId: string, since: Date): Promise<SentNotice[]> {
  const rows = await db.selectFrom('oit_monitoring_notices').selectAll().where('user_id', '=', userId).where('sent_at', '>', since).execute()
  return rows.map((r) => ({ userId: r.user_id, organisationId: r.organisation_id, scheme: r.scheme, fiscalYear: r.fiscal_year, itemCode: r.item_code, state: r.state, sentAt: r.sent_at }))
}

export async function recordNotices(db: Kysely<Database>, notices: readonly NoticeKey[], at: Date): Promise<void> {
  if (notices.length === 0) return
  await db
    .insertInto('oit_monitoring_notices')
    .values(notices.map((n) => ({ user_id: n.userId, organisation_id: n.organisationId, scheme: n.scheme, fiscal_year: n.fiscalYear, item_code: n.itemCode, state: n.state, sent_at: at })))
    .execute()
}
