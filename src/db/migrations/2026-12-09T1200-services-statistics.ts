import { sql, type Kysely } from 'kysely'

/**
 * Services, second part (issue 16): completion times computed in the database so the head's
 * statistics stay fast across a province (500,000 requests), and versioned officer work-standard
 * manuals with a permanent address per published version.
 *
 * services_business_days_between(from, to): the business days after `from` up to and including
 * `to` — weekdays by a closed form, less the stored holidays that fall on weekdays — the same
 * count as the calendar's businessDaysBetween (negative when `to` is before `from`). A function of
 * the holidays table, so STABLE, and an inlinable single SELECT.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE FUNCTION services_weekdays_through(d date) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
      -- Monday–Friday count of the days up to and including d, from Monday 1970-01-05.
      SELECT (floor((d - date '1970-01-04') / 7.0)::integer) * 5
           + least((d - date '1970-01-04') - floor((d - date '1970-01-04') / 7.0)::integer * 7, 5)
    $$`.execute(db)
  await sql`
    CREATE FUNCTION services_business_days_between(from_date date, to_date date) RETURNS integer LANGUAGE sql STABLE AS $$
      SELECT sign(to_date - from_date)::integer * (
        services_weekdays_through(greatest(from_date, to_date)) - services_weekdays_through(least(from_date, to_date))
        - (SELECT count(*)::integer FROM holidays h
            WHERE h.date > least(from_date, to_date) AND h.date <= greatest(from_date, to_date)
              AND extract(isodow FROM h.date) < 6))
    $$`.execute(db)
  // The head's report reads the requests closed within a fiscal year of one agency.
  await sql`CREATE INDEX service_requests_org_completed_idx ON service_requests (organisation_id, completed_on) WHERE completed_on IS NOT NULL`.execute(db)
  await sql`CREATE INDEX service_request_events_late_idx ON service_request_events (request_id) WHERE kind = 'delay_notice' AND late`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS service_request_events_late_idx`.execute(db)
  await sql`DROP INDEX IF EXISTS service_requests_org_completed_idx`.execute(db)
  await sql`DROP FUNCTION IF EXISTS services_business_days_between`.execute(db)
  await sql`DROP FUNCTION IF EXISTS services_weekdays_through`.execute(db)
}
