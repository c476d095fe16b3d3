import {
  addCalendarDays,
  beToCe,
  ceToBe,
  isoDateFromParts,
  isoDateParts,
  isWithinRange,
  substituteDaysFor,
  todayInBangkok,
  type DateRange,
  type Holiday,
  type IsoDate,
  type SubstituteDayProposal,
} from '../../platform/thai-calendar/index.ts'

/**
 * Rules of the government-holiday calendar that are not the calendar module's own: which
 * years an admin may work on, what one year's page proposes and warns about, and how a
 * holiday is written into the audit trail. Pure: the holiday lists come in as arguments.
 */

// The same span parseBeDate accepts (CE 1857–2456): any year an admin could mean.
export const FIRST_BE_YEAR = 2400
export const LAST_BE_YEAR = 2999

/** A year typed in the CE out of habit (2026): pages redirect it to its BE year instead of refusing. */
const FIRST_YEAR_THAT_LOOKS_CE = 1800

export const MAX_NAME_LENGTH = 300

/** The largest N an admin may check; complaint and request deadlines are far shorter. */
export const MAX_DEADLINE_BUSINESS_DAYS = 365

export type YearChoice = { kind: 'be'; beYear: number } | { kind: 'looks_ce'; beYear: number } | { kind: 'invalid' }

export function readYear(text: string): YearChoice {
  if (!/^\d{4}$/.test(text)) return { kind: 'invalid' }
  const year = Number(text)
  if (year >= FIRST_BE_YEAR && year <= LAST_BE_YEAR) return { kind: 'be', beYear: year }
  if (year >= FIRST_YEAR_THAT_LOOKS_CE && year < FIRST_BE_YEAR) return { kind: 'looks_ce', beYear: ceToBe(year) }
  return { kind: 'invalid' }
}

/** The BE year it is now in Thailand. */
export function currentBeYear(now: Date): number {
  return ceToBe(isoDateParts(todayInBangkok(now)).year)
}

export function beYearRange(beYear: number): DateRange {
  const ce = beToCe(beYear)
  return { start: isoDateFromParts(ce, 1, 1)!, end: isoDateFromParts(ce, 12, 31)! }
}

export function beYearOf(date: IsoDate): number {
  return ceToBe(isoDateParts(date).year)
}

/**
 * The days the year's page should load so that substitute days are judged with their
 * neighbours: a 31 December on a Saturday is made up in January, and a substitute listed in
 * early January may belong to last December's occasion.
 */
export function proposalContext(beYear: number): DateRange {
  return { start: beYearRange(beYear - 1).start, end: beYearRange(beYear + 1).end }
}

/** Substitute days the rule expects in this year and the list lacks (the admin confirms each). */
export function substituteProposalsForYear(holidaysAround: readonly Holiday[], beYear: number): SubstituteDayProposal[] {
  const year = beYearRange(beYear)
  return substituteDaysFor(holidaysAround).filter((p) => isWithinRange(p.date, year))
}

/**
 * The Royal Ploughing Ceremony day is set by the court astrologers each year, so a predicted
 * list (2027 in the government file) lacks it; the page reminds the admin to add it.
 */
export function lacksRoyalCeremony(yearHolidays: readonly Holiday[]): boolean {
  return yearHolidays.length > 0 && !yearHolidays.some((h) => h.kind === 'royal_ceremony')
}

export function holidaysOutsideYear(holidays: readonly Holiday[], beYear: number): Holiday[] {
  const year = beYearRange(beYear)
  return holidays.filter((h) => !isWithinRange(h.date, year))
}

export function isSameHoliday(a: Holiday, b: Holiday): boolean {
  return a.date === b.date && a.nameTh === b.nameTh && a.nameEn === b.nameEn && a.kind === b.kind
}

/** A holiday as the audit trail records it (column names, so the trail reads like the table). */
export function holidayAuditFields(h: Holiday): Record<string, string> {
  return { date: h.date, name_th: h.nameTh, name_en: h.nameEn, kind: h.kind }
}

/** One line per holiday: a whole year stays readable in an audit event's summary. */
export function holidayAuditLine(h: Holiday): string {
  return `${h.date} ${h.nameTh} (${h.kind})`
}

/** The distinct CE years of a list, ascending. */
export function yearsOf(holidays: readonly Holiday[]): number[] {
  return [...new Set(holidays.map((h) => isoDateParts(h.date).year))].sort((a, b) => a - b)
}

/**
 * A first guess at the calendar days that hold `businessDays` business days after `start`:
 * seven days for every five, plus room for a few holiday clusters (Songkran, New Year).
 * Callers widen it when the due date lands at its end (see deadlineWindowHolds).
 */
export function deadlineWindow(start: IsoDate, businessDays: number, widenings = 0): DateRange {
  const span = (Math.ceil((Math.abs(businessDays) * 7) / 5) + 30) * 2 ** widenings
  return businessDays >= 0 ? { start, end: addCalendarDays(start, span) } : { start: addCalendarDays(start, -span), end: start }
}

/** The answer is trustworthy when it lies inside the days whose holidays were known. */
export function deadlineWindowHolds(window: DateRange, due: IsoDate): boolean {
  return isWithinRange(due, window)
}

/** BE years between two dates (inclusive) that have no holidays on record: deadlines there ignore holidays. */
export function yearsWithoutData(from: IsoDate, to: IsoDate, recordedCeYears: readonly number[]): number[] {
  const recorded = new Set(recordedCeYears)
  const [a, b] = from <= to ? [from, to] : [to, from]
  const missing: number[] = []
  for (let y = isoDateParts(a).year; y <= isoDateParts(b).year; y++) if (!recorded.has(y)) missing.push(ceToBe(y))
  return missing
}
