/**
 * Published complaint statistics (003 m5.5, D6): total, completed and in progress, with
 * percentages, for a fiscal year and each of its halves, and by kind. A period with no
 * complaints is reported as such, never as an empty table.
 */
import { fiscalHalfOf, fiscalYearOf, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { WRONGDOING_KINDS, isCompleted, type ComplaintStatus, type WrongdoingKind } from './complaint-workflow.domain.ts'

export type StatInput = { receivedOn: IsoDate; status: ComplaintStatus; kind: WrongdoingKind | null }

export type PeriodStats = {
  total: number
  completed: number
  inProgress: number
  /** Percentages of the total, rounded to two decimals; 0 when there is nothing. */
  completedPct: number
  inProgressPct: number
  byKind: Record<WrongdoingKind | 'unspecified', number>
  none: boolean
}

export type YearStats = { fiscalYear: number; year: PeriodStats; firstHalf: PeriodStats; secondHalf: PeriodStats }

const pct = (part: number, total: number) => (total === 0 ? 0 : Math.round((part / total) * 10000) / 100)

function periodStats(rows: readonly StatInput[]): PeriodStats {
  const byKind = Object.fromEntries([...WRONGDOING_KINDS, 'unspecified'].map((k) => [k, 0])) as PeriodStats['byKind']
  let completed = 0
  for (const r of rows) {
    if (isCompleted(r.status)) completed++
    byKind[r.kind ?? 'unspecified']++
  }
  const total = rows.length
  return { total, completed, inProgress: total - completed, completedPct: pct(completed, total), inProgressPct: pct(total - completed, total), byKind, none: total === 0 }
}

export function yearStatistics(rows: readonly StatInput[], fiscalYear: number): YearStats {
  const inYear = rows.filter((r) => fiscalYearOf(r.receivedOn) === fiscalYear)
  return {
    fiscalYear,
    year: periodStats(inYear),
    firstHalf: periodStats(inYear.filter((r) => fiscalHalfOf(r.receivedOn).half === 1)),
    secondHalf: periodStats(inYear.filter((r) => fiscalHalfOf(r.receivedOn).half === 2)),
  }
}
