import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { DateRange, IsoDate } from '../../platform/thai-calendar/index.ts'

type Db = Kysely<Database>

export type CompletionRow = { serviceId: string; closed: number; median: number | null; p90: number | null; onTime: number; withDelayNotice: number; promisedDays: number; lateNotices: number }

/**
 * Every day from `from` to `to` with its business-day number: how many business days (weekdays
 * that are not stored holidays) the window holds up to and including it. The business days after
 * one day of the window up to and including a later one are the difference of their numbers (as
 * the calendar's businessDaysBetween counts them) — a table join per request
 * instead of a walk over the calendar, so the cost does not grow with what each request spans.
 */
export function businessDayNumbers(from: IsoDate | RawBuilder<unknown>, to: IsoDate | RawBuilder<unknown>): RawBuilder<{ day: string; n: number }> {
  return sql`
    SELECT g.day::date AS day,
           count(*) FILTER (WHERE extract(isodow FROM g.day) < 6 AND h.date IS NULL) OVER (ORDER BY g.day) AS n
      FROM generate_series(${from}::date, ${to}::date, interval '1 day') AS g(day)
      LEFT JOIN holidays h ON h.date = g.day::date`
}

/**
 * Per service, the requests closed with a result (approved or refused) within the period: how many,
 * the median and nearest-rank 90th percentile (percentile_disc: the value at rank ⌈0.9·n⌉) of the
 * time they took in the manual's unit — business days on the stored holiday calendar, or calendar
 * days — how many were notified by the deadline in force, how many needed a delay notice and how
 * many notices were late. All in the database, in one statement.
 */
export async function completionByService(db: Db, organisationId: string, range: DateRange): Promise<CompletionRow[]> {
  const result = await sql<{ service_id: string; closed: string; median: string | number | null; p90: number | null; on_time: string; with_delay: string; promised: number; late_notices: string }>`
    WITH closed AS (
      SELECT r.id, r.service_id, r.promised_days, r.delay_notices, r.day_unit, r.filed_on, r.completed_on,
             (r.due_on IS NOT NULL AND r.completed_on > r.due_on) AS late
        FROM service_requests r
       WHERE r.organisation_id = ${organisationId}
         AND r.completed_on IS NOT NULL
         AND r.completed_on >= ${range.start} AND r.completed_on <= ${range.end}
         AND r.status IN ('approved', 'refused')
    ),
    days AS (${businessDayNumbers(sql`(SELECT coalesce(min(filed_on), ${range.start}::date) FROM closed)`, range.end)}),
    took AS (
      SELECT c.*, CASE WHEN c.day_unit = 'business' THEN t.n - f.n ELSE c.completed_on - c.filed_on END AS took
        FROM closed c
        JOIN days f ON f.day = c.filed_on
        JOIN days t ON t.day = c.completed_on
    )
    SELECT c.service_id,
           count(*) AS closed,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY c.took) AS median,
           percentile_disc(0.9) WITHIN GROUP (ORDER BY c.took) AS p90,
           count(*) FILTER (WHERE NOT c.late) AS on_time,
           count(*) FILTER (WHERE c.delay_notices > 0) AS with_delay,
           max(c.promised_days) AS promised,
           coalesce(sum(ln.n), 0) AS late_notices
      FROM took c
      LEFT JOIN LATERAL (
        SELECT count(*) AS n FROM service_request_events e
         WHERE e.request_id = c.id AND e.kind = 'delay_notice' AND e.late
      ) ln ON c.delay_notices > 0
     GROUP BY c.service_id`.execute(db)
  return result.rows.map((r) => ({
    serviceId: r.service_id,
    closed: Number(r.closed),
    median: r.median === null ? null : Number(r.median),
    p90: r.p90 === null ? null : Number(r.p90),
    onTime: Number(r.on_time),
    withDelayNotice: Number(r.with_delay),
    promisedDays: Number(r.promised),
    lateNotices: Number(r.late_notices),
  }))
}

/** Requests filed per service and month (YYYY-MM) within the period: what the portal publishes. */
export async function requestsByServiceAndMonth(db: Db, organisationId: string, range: DateRange): Promise<{ serviceId: string; month: string; filed: number; closed: number }[]> {
  const rows = await db
    .selectFrom('service_requests')
    .select(['service_id', sql<string>`to_char(filed_on, 'YYYY-MM')`.as('month')])
    .select(sql<number>`count(*)`.as('filed'))
    .select(sql<number>`count(*) FILTER (WHERE status IN ('approved', 'refused', 'withdrawn'))`.as('closed'))
    .where('organisation_id', '=', organisationId)
    .where('filed_on', '>=', range.start)
    .where('filed_on', '<=', range.end)
    .groupBy(['service_id', sql`to_char(filed_on, 'YYYY-MM')`])
    .execute()
  return rows.map((r) => ({ serviceId: r.service_id, month: r.month, filed: Number(r.filed), closed: Number(r.closed) }))
}

/** Open requests whose deadline is in force and has passed: who is late now. */
export async function overdueNow(db: Db, organisationId: string, today: IsoDate): Promise<number> {
  const r = await db.selectFrom('service_requests').select(sql<number>`count(*)`.as('n')).where('organisation_id', '=', organisationId).where('status', 'in', ['received', 'in_progress']).where('due_on', '<', today).executeTakeFirstOrThrow()
  return Number(r.n)
}
