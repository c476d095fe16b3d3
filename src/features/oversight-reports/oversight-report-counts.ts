import { rolesIn } from '../../platform/auth/policy.ts'
import { todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { isLate } from './oversight-report.domain.ts'
import * as repo from './oversight-reports.repository.ts'
import type { ScheduleContext } from './oversight-schedules.use-cases.ts'

export type ReportCounts = { toWrite: number; late: number; awaitingHead: number }

/**
 * What the staff home shows about reports to the province: reports still to write (not started,
 * draft or returned) and how many of them are past the deadline, and for a head the reports
 * waiting for their signature. Reads only the actor's own agencies' reports.
 */
export async function reportCounts(ctx: ScheduleContext): Promise<ReportCounts | null> {
  const orgs = [...new Set(ctx.actor.memberships.filter((m) => m.role !== 'oversight').map((m) => m.organisationId))]
  if (orgs.length === 0) return null
  const today = todayInBangkok(ctx.now)
  const counts: ReportCounts = { toWrite: 0, late: 0, awaitingHead: 0 }
  for (const r of await repo.listReportsOfAgencies(ctx.db, orgs)) {
    if (r.status === 'not_started' || r.status === 'draft' || r.status === 'returned') {
      counts.toWrite++
      if (isLate({ firstSubmittedOn: r.firstSubmittedAt ? todayInBangkok(r.firstSubmittedAt) : null }, r.deadline, today)) counts.late++
    }
    if (r.status === 'awaiting_head' && rolesIn(ctx.actor, r.organisationId).includes('head')) counts.awaitingHead++
  }
  return counts
}
