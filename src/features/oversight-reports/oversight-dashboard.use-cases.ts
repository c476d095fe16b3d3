import { ForbiddenError } from '../../errors.ts'
import { currentFiscalYear, todayInBangkok, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { isLate, ratesOf, type Rates, type ReportStatus } from './oversight-report.domain.ts'
import * as repo from './oversight-reports.repository.ts'
import { periodsOf, type Period } from './oversight-schedule.domain.ts'
import { openDuePeriods, oversightBodiesOf, type ScheduleContext } from './oversight-schedules.use-cases.ts'

export type Cell = { reportId: string; status: ReportStatus; late: boolean; nothingToReport: boolean; submissions: number }
export type AgencyRow = { id: string; nameTh: string; nameEn: string; kind: string; cells: Record<string, Cell | undefined> }
export type PeriodColumn = Period & { periodId: string | null; opened: boolean; deadline: IsoDate | null; rates: Rates; byKind: { kind: string; rates: Rates }[] }
export type ScheduleBoard = { schedule: repo.Schedule; periods: PeriodColumn[]; agencies: AgencyRow[]; late: { agency: string; period: string }[] }
export type Dashboard = { fiscalYear: number; boards: ScheduleBoard[] }

/**
 * The oversight home (A5): per schedule, agencies × periods with each report's state, and the
 * reporting rate and timeliness per period and per agency type, from the expected reports fixed
 * when each period opened.
 */
export async function oversightDashboard(ctx: ScheduleContext, filter: { fiscalYear?: number; kind?: string } = {}): Promise<Dashboard> {
  const bodies = oversightBodiesOf(ctx.actor)
  if (bodies.length === 0) throw new ForbiddenError('only oversight sees the reporting dashboard')
  await openDuePeriods(ctx.db, ctx.now, ctx.baseUrl)
  const fiscalYear = filter.fiscalYear ?? currentFiscalYear(ctx.now)
  const schedules = (await repo.listSchedulesOf(ctx.db, bodies)).filter((s) => s.fiscalYear === fiscalYear)
  const reports = await repo.listReportsOfSchedules(ctx.db, schedules.map((s) => s.id))
  const today = todayInBangkok(ctx.now)
  const boards = schedules.map((schedule) => {
    const mine = reports.filter((r) => r.scheduleId === schedule.id && (!filter.kind || r.organisationKind === filter.kind))
    const agencies = new Map<string, AgencyRow>()
    const late: { agency: string; period: string }[] = []
    for (const r of mine) {
      const row = agencies.get(r.organisationId) ?? { id: r.organisationId, nameTh: r.organisationNameTh, nameEn: r.organisationNameEn, kind: r.organisationKind, cells: {} }
      const firstSubmittedOn = r.firstSubmittedAt ? todayInBangkok(r.firstSubmittedAt) : null
      const isLateNow = isLate({ firstSubmittedOn }, r.deadline, today)
      row.cells[r.periodKey] = { reportId: r.id, status: r.status, late: isLateNow, nothingToReport: r.nothingToReport, submissions: r.submissions }
      if (isLateNow && r.submissions === 0) late.push({ agency: r.organisationNameTh, period: r.periodKey })
      agencies.set(r.organisationId, row)
    }
    const periods = periodsOf(schedule.frequency, schedule.fiscalYear).map((p) => {
      const inPeriod = mine.filter((r) => r.periodKey === p.key)
      const rows = inPeriod.map((r) => ({ submissions: r.submissions, firstSubmittedOn: r.firstSubmittedAt ? todayInBangkok(r.firstSubmittedAt) : null, deadline: r.deadline }))
      const kinds = [...new Set(inPeriod.map((r) => r.organisationKind))].sort()
      return {
        ...p,
        periodId: inPeriod[0]?.periodId ?? null,
        opened: inPeriod.length > 0,
        deadline: inPeriod[0]?.deadline ?? null,
        rates: ratesOf(rows),
        byKind: kinds.map((kind) => ({ kind, rates: ratesOf(inPeriod.filter((r) => r.organisationKind === kind).map((r) => ({ submissions: r.submissions, firstSubmittedOn: r.firstSubmittedAt ? todayInBangkok(r.firstSubmittedAt) : null, deadline: r.deadline }))) })),
      }
    })
    return { schedule, periods, agencies: [...agencies.values()].sort((a, b) => a.nameTh.localeCompare(b.nameTh, 'th')), late }
  })
  return { fiscalYear, boards }
}
