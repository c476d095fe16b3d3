import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { IsoDate } from '../../platform/thai-calendar/index.ts'

/**
 * SQL of the published statistics and the oversight comparison. Like repo.statisticRows, every
 * query here reads the public intake only: the internal channels are never published or compared.
 */

/** Fiscal years (BE) in which the agencies received at least one public complaint. */
export async function fiscalYearsWithComplaints(db: Kysely<Database>, organisationIds: readonly string[]): Promise<number[]> {
  if (organisationIds.length === 0) return []
  // 1 October starts the next fiscal year: three months on, the calendar year is the fiscal year (CE).
  const rows = await db
    .selectFrom('complaints')
    .select(sql<number>`extract(year from (received_on + interval '3 months'))::int + 543`.as('fy'))
    .where('organisation_id', 'in', [...organisationIds])
    .where('intake', '=', 'public')
    .distinct()
    .execute()
  return rows.map((r) => Number(r.fy))
}

/** Public complaints received in the range that are not closed yet: the ones that can be overdue. */
export async function openPublicCases(db: Kysely<Database>, organisationIds: readonly string[], range: { start: IsoDate; end: IsoDate }) {
  if (organisationIds.length === 0) return []
  return db
    .selectFrom('complaints')
    .select(['organisation_id', 'status', 'step_started_on'])
    .where('organisation_id', 'in', [...organisationIds])
    .where('intake', '=', 'public')
    .where('status', '<>', 'closed')
    .where('received_on', '>=', range.start)
    .where('received_on', '<=', range.end)
    .execute()
}

export async function organisationSummaries(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return []
  return db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en', 'address']).where('id', 'in', [...ids]).execute()
}

/** Top-level bodies: what a platform admin (who oversees everything) chooses from. */
export async function topLevelOrganisationIds(db: Kysely<Database>): Promise<string[]> {
  return (await db.selectFrom('organisations').select('id').where('parent_id', 'is', null).execute()).map((r) => r.id)
}

/** Days on which complainants asked for a review of an outcome, for public complaints of the agencies. */
export async function reviewRequestDays(db: Kysely<Database>, organisationIds: readonly string[], range: { start: IsoDate; end: IsoDate }) {
  if (organisationIds.length === 0) return []
  return db
    .selectFrom('complaint_reviews')
    .innerJoin('complaints', 'complaints.id', 'complaint_reviews.complaint_id')
    .select(['complaints.organisation_id', 'complaint_reviews.requested_on'])
    .where('complaints.organisation_id', 'in', [...organisationIds])
    .where('complaints.intake', '=', 'public')
    .where('complaint_reviews.requested_on', '>=', range.start)
    .where('complaint_reviews.requested_on', '<=', range.end)
    .execute()
}
