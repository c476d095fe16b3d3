import { sql, type Kysely } from 'kysely'

/**
 * Services, second part (issue 16): the head's completion-time report across a province of
 * 500,000 requests. Each closed request keeps the time it took (took_days, in its manual's unit:
 * business days on the holiday calendar as it stood when the result went out, or calendar days),
 * fixed when it closes, so the report is one indexed aggregate in SQL (median, percentile, shares)
 * with no calendar arithmetic per request. Requests closed before this migration get theirs here,
 * from the stored holidays (a day-number window join).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE service_requests ADD COLUMN took_days integer`.execute(db)
  // Closed requests are frozen by the workflow trigger; this one-time fill is the exception.
  await sql`ALTER TABLE service_requests DISABLE TRIGGER service_requests_workflow`.execute(db)
  await sql`
    WITH bounds AS (SELECT min(filed_on) AS lo, max(completed_on) AS hi FROM service_requests WHERE completed_on IS NOT NULL),
    days AS (
      SELECT g.day::date AS day, count(*) FILTER (WHERE extract(isodow FROM g.day) < 6 AND h.date IS NULL) OVER (ORDER BY g.day) AS n
        FROM bounds, generate_series(bounds.lo, bounds.hi, interval '1 day') AS g(day)
        LEFT JOIN holidays h ON h.date = g.day::date)
    UPDATE service_requests r
       SET took_days = CASE WHEN r.day_unit = 'business' THEN t.n - f.n ELSE r.completed_on - r.filed_on END
      FROM days f, days t
     WHERE r.completed_on IS NOT NULL AND f.day = r.filed_on AND t.day = r.completed_on`.execute(db)
  await sql`ALTER TABLE service_requests ENABLE TRIGGER service_requests_workflow`.execute(db)
  await sql`ALTER TABLE service_requests ADD CONSTRAINT service_requests_took_when_closed CHECK ((completed_on IS NULL) = (took_days IS NULL) AND (took_days IS NULL OR took_days >= 0))`.execute(db)
  await sql`ALTER TABLE service_requests ADD CONSTRAINT service_requests_completed_after_filing CHECK (completed_on IS NULL OR completed_on >= filed_on)`.execute(db)
  // The head's report reads the requests closed within a fiscal year of one agency: all it needs is in the index.
  await sql`CREATE INDEX service_requests_org_completed_idx ON service_requests (organisation_id, completed_on) INCLUDE (id, service_id, status, took_days, due_on, promised_days, delay_notices) WHERE completed_on IS NOT NULL`.execute(db)
  await sql`CREATE INDEX service_request_events_late_idx ON service_request_events (request_id) WHERE kind = 'delay_notice' AND late`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS service_request_events_late_idx`.execute(db)
  await sql`DROP INDEX IF EXISTS service_requests_org_completed_idx`.execute(db)
  await sql`ALTER TABLE service_requests DROP CONSTRAINT IF EXISTS service_requests_completed_after_filing`.execute(db)
  await sql`ALTER TABLE service_requests DROP CONSTRAINT IF EXISTS service_requests_took_when_closed`.execute(db)
  await sql`ALTER TABLE service_requests DROP COLUMN IF EXISTS took_days`.execute(db)
}
