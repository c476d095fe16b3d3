/**
 * Published complaint statistics (003 m5.5, D6): total, completed and in progress, with
 * percentages, for a fiscal year and each of its halves, and by kind. A period with no
 * complaints is reported as such, never as an empty table.
 */
import { fiscalHalfOf, fiscalYearOf, fiscalYearRange, halfRange, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { WRONGDOING_KINDS, isCompleted, type ComplaintStatus, type WrongdoingKind } from './complaint-workflow.domain.ts'

export type StatInput = { receivedOn: IsoDate; status: ComplaintStatus; kind: WrongdoingKind | null }

export type PeriodStats = {
  total: number
  completed: number
  inProgress: number
  /** Percentages of the total, rounded to one decimal (as every page and file shows them); 0 when there is nothing. */
  completedPct: number
  inProgressPct: number
  byKind: Record<WrongdoingKind | 'unspecified', number>
  none: boolean
  /** The period starts after today: "not started", never "no complaints". */
  notStarted: boolean
  /** Complainants who asked for a review of the outcome, by the day they asked. */
  reviewRequests: number
}

export type YearStats = { fiscalYear: number; year: PeriodStats; firstHalf: PeriodStats; secondHalf: PeriodStats }

const pct = (part: number, total: number) => (total === 0 ? 0 : Math.round((part / total) * 1000) / 10)

/** The one way a percentage is written on the statistics pages: one decimal, "66.7". */
export function formatPercent(value: number): string {
  return value.toFixed(1)
}

function periodStats(rows: readonly StatInput[], starts: IsoDate, today: IsoDate | undefined, reviewRequests: number): PeriodStats {
  const byKind = Object.fromEntries([...WRONGDOING_KINDS, 'unspecified'].map((k) => [k, 0])) as PeriodStats['byKind']
  let completed = 0
  for (const r of rows) {
    if (isCompleted(r.status)) completed++
    byKind[r.kind ?? 'unspecified']++
  }
  const total = rows.length
  return {
    total,
    completed,
    inProgress: total - completed,
    completedPct: pct(completed, total),
    inProgressPct: pct(total - completed, total),
    byKind,
    none: total === 0,
    notStarted: today !== undefined && starts > today,
    reviewRequests,
  }
}

/**
 * `today` tells periods yet to come from empty ones; `reviews` are the days complainants asked
 * for a review of an outcome (counted in the period they asked in).
 */
export function yearStatistics(rows: readonly StatInput[], fiscalYear: number, options: { today?: IsoDate; reviews?: readonly IsoDate[] } = {}): YearStats {
  const inYear = rows.filter((r) => fiscalYearOf(r.receivedOn) === fiscalYear)
  const reviews = (options.reviews ?? []).filter((d) => fiscalYearOf(d) === fiscalYear)
  const half = (h: 1 | 2) => reviews.filter((d) => fiscalHalfOf(d).half === h).length
  return {
    fiscalYear,
    year: periodStats(inYear, fiscalYearRange(fiscalYear).start, options.today, reviews.length),
    firstHalf: periodStats(inYear.filter((r) => fiscalHalfOf(r.receivedOn).half === 1), halfRange(fiscalYear, 1).start, options.today, half(1)),
    secondHalf: periodStats(inYear.filter((r) => fiscalHalfOf(r.receivedOn).half === 2), halfRange(fiscalYear, 2).start, options.today, half(2)),
  }
}
