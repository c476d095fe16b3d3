import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { DateRange, IsoDate } from '../../platform/thai-calendar/index.ts'
import type { DayUnit } from './service-manual.domain.ts'

type Db = Kysely<Database>

export type ClosedRow = { serviceId: string; filedOn: IsoDate; completedOn: IsoDate; dueOn: IsoDate | null; promisedDays: number; dayUnit: DayUnit; delayNotices: number; lateNotices: number }

/** Requests closed with a result (approved or refused) within the period, for the completion times. */
export async function closedRequests(db: Db, organisationId: string, range: DateRange): Promise<ClosedRow[]> {
  const rows = await db
    .selectFrom('service_requests as r')
    .select(['r.service_id', 'r.filed_on', 'r.completed_on', 'r.due_on', 'r.promised_days', 'r.day_unit', 'r.delay_notices'])
    .select((eb) =>
      eb
        .selectFrom('service_request_events as e')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('e.request_id', '=', 'r.id')
        .where('e.kind', '=', 'delay_notice')
        .where('e.late', '=', true)
        .as('late_notices'),
    )
    .where('r.organisation_id', '=', organisationId)
    .where('r.status', 'in', ['approved', 'refused'])
    .where('r.completed_on', '>=', range.start)
    .where('r.completed_on', '<=', range.end)
    .execute()
  return rows.map((r) => ({ serviceId: r.service_id, filedOn: r.filed_on as IsoDate, completedOn: r.completed_on as IsoDate, dueOn: r.due_on as IsoDate | null, promisedDays: r.promised_days, dayUnit: r.day_unit as DayUnit, delayNotices: r.delay_notices, lateNotices: Number(r.late_notices ?? 0) }))
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
