import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { DateRange, IsoDate } from '../../platform/thai-calendar/index.ts'

type Db = Kysely<Database>

export type CompletionRow = { serviceId: string; closed: number; median: number | null; p90: number | null; onTime: number; withDelayNotice: number; promisedDays: number; lateNotices: number }

/**
 * Per service, the requests closed with a result (approved or refused) within the period: how many,
 * the median and nearest-rank 90th percentile (percentile_disc: the value at rank ⌈0.9·n⌉) of the
 * time they took (took_days, fixed when each closed, in its manual's unit), how many were notified
 * by the deadline in force, how many needed a delay notice and how many notices were late. One
 * aggregate over the covering index service_requests_org_completed_idx.
 */
export async function completionByService(db: Db, organisationId: string, range: DateRange): Promise<CompletionRow[]> {
  const result = await sql<{ service_id: string; closed: string; median: string | number | null; p90: number | null; on_time: string; with_delay: string; promised: number; late_notices: string }>`
    SELECT r.service_id,
           count(*) AS closed,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY r.took_days) AS median,
           percentile_disc(0.9) WITHIN GROUP (ORDER BY r.took_days) AS p90,
           count(*) FILTER (WHERE r.due_on IS NULL OR r.completed_on <= r.due_on) AS on_time,
           count(*) FILTER (WHERE r.delay_notices > 0) AS with_delay,
           max(r.promised_days) AS promised,
           coalesce(sum(ln.n), 0) AS late_notices
      FROM service_requests r
      LEFT JOIN LATERAL (
        SELECT count(*) AS n FROM service_request_events e
         WHERE e.request_id = r.id AND e.kind = 'delay_notice' AND e.late
      ) ln ON r.delay_notices > 0
     WHERE r.organisation_id = ${organisationId}
       AND r.completed_on IS NOT NULL
       AND r.completed_on >= ${range.start} AND r.completed_on <= ${range.end}
       AND r.status IN ('approved', 'refused')
     GROUP BY r.service_id`.execute(db)
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
