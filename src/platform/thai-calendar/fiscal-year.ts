import { todayInBangkok } from './bangkok-time.ts'
import { beToCe, ceToBe } from './buddhist-era.ts'
import { daysInMonth, isoDateFromParts, isoDateParts, type DateRange, type IsoDate } from './iso-date.ts'

/**
 * The Thai government fiscal year (ปีงบประมาณ) N, numbered in the Buddhist Era, runs from
 * 1 October of CE year N−544 to 30 September of CE year N−543: FY 2570 = 2026-10-01…2027-09-30.
 * It is named after the calendar year in which it ends, hence the +1 for October–December.
 */
export type FiscalQuarter = 1 | 2 | 3 | 4
export type FiscalHalf = 1 | 2

export interface FiscalQuarterOfYear {
  readonly fiscalYear: number
  readonly quarter: FiscalQuarter
}

export interface FiscalHalfOfYear {
  readonly fiscalYear: number
  readonly half: FiscalHalf
}

const FIRST_MONTH = 10

/** The fiscal year (BE) a date falls in. */
export function fiscalYearOf(date: IsoDate): number {
  const { year, month } = isoDateParts(date)
  return ceToBe(month >= FIRST_MONTH ? year + 1 : year)
}

/** Q1 Oct–Dec, Q2 Jan–Mar, Q3 Apr–Jun, Q4 Jul–Sep. */
export function fiscalQuarterOf(date: IsoDate): FiscalQuarterOfYear {
  return { fiscalYear: fiscalYearOf(date), quarter: (Math.floor(monthOfFiscalYear(date) / 3) + 1) as FiscalQuarter }
}

/** H1 Oct–Mar, H2 Apr–Sep (the "6-month" and "12-month" reporting rounds). */
export function fiscalHalfOf(date: IsoDate): FiscalHalfOfYear {
  return { fiscalYear: fiscalYearOf(date), half: monthOfFiscalYear(date) < 6 ? 1 : 2 }
}

/** The fiscal year that is current at the instant `now`, judged by the date in Bangkok. */
export function currentFiscalYear(now: Date): number {
  return fiscalYearOf(todayInBangkok(now))
}

export function fiscalYearRange(fiscalYear: number): DateRange {
  return monthSpan(fiscalYear, 0, 12)
}

export function quarterRange(fiscalYear: number, quarter: FiscalQuarter): DateRange {
  assertOneOf(quarter, [1, 2, 3, 4], 'quarter')
  return monthSpan(fiscalYear, (quarter - 1) * 3, 3)
}

export function halfRange(fiscalYear: number, half: FiscalHalf): DateRange {
  assertOneOf(half, [1, 2], 'half')
  return monthSpan(fiscalYear, (half - 1) * 6, 6)
}

/** 0 for October … 11 for September. */
function monthOfFiscalYear(date: IsoDate): number {
  return (isoDateParts(date).month - FIRST_MONTH + 12) % 12
}

/** `count` whole months starting `offset` months after 1 October of the fiscal year. */
function monthSpan(fiscalYear: number, offset: number, count: number): DateRange {
  if (!Number.isInteger(fiscalYear)) throw new RangeError(`fiscal year must be a whole BE year, got ${fiscalYear}`)
  const firstCeYear = beToCe(fiscalYear) - 1
  const at = (monthIndex: number) => {
    const absolute = FIRST_MONTH - 1 + monthIndex
    return { year: firstCeYear + Math.floor(absolute / 12), month: (absolute % 12) + 1 }
  }
  const first = at(offset)
  const last = at(offset + count - 1)
  const start = isoDateFromParts(first.year, first.month, 1)
  const end = isoDateFromParts(last.year, last.month, daysInMonth(last.year, last.month))
  if (start === undefined || end === undefined) throw new RangeError(`fiscal year ${fiscalYear} is out of range`)
  return { start, end }
}

function assertOneOf(value: number, allowed: readonly number[], what: string): void {
  if (!allowed.includes(value)) throw new RangeError(`${what} must be one of ${allowed.join(', ')}, got ${value}`)
}
