/**
 * Calendar dates as 'YYYY-MM-DD' strings (always CE, the proleptic Gregorian calendar).
 *
 * A deadline or a holiday is a day on the Thai wall calendar, not an instant, so a JS Date
 * (an instant shown in whatever zone the process runs in) would shift it by a day on a server
 * set to UTC. The arithmetic below is integer-only for the same reason, and because
 * Date.UTC silently maps years 0–99 to 1900–1999.
 *
 * The brand makes "this string was checked" visible to the type checker: turn outside text
 * into an IsoDate with parseIsoDate (returns undefined) or isoDate (throws, for literals).
 */
declare const isoDateBrand: unique symbol
export type IsoDate = string & { readonly [isoDateBrand]: true }

/** Inclusive at both ends, as people read "1 Oct – 31 Dec". */
export interface DateRange {
  readonly start: IsoDate
  readonly end: IsoDate
}

/** 0 = Sunday … 6 = Saturday, the same numbering as Date#getUTCDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6

export interface DateParts {
  readonly year: number
  readonly month: number
  readonly day: number
}

const ISO_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isLeapYear(ceYear: number): boolean {
  return (ceYear % 4 === 0 && ceYear % 100 !== 0) || ceYear % 400 === 0
}

export function daysInMonth(ceYear: number, month: number): number {
  if (month === 2) return isLeapYear(ceYear) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** A real date from numbers, or undefined (31 Feb, month 13, year 0). Years 1–9999 only. */
export function isoDateFromParts(year: number, month: number, day: number): IsoDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined
  if (day > daysInMonth(year, month)) return undefined
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate
}

export function parseIsoDate(text: string): IsoDate | undefined {
  const match = ISO_DATE_SHAPE.exec(text)
  if (!match) return undefined
  return isoDateFromParts(Number(match[1]), Number(match[2]), Number(match[3]))
}

export function isIsoDate(text: string): text is IsoDate {
  return parseIsoDate(text) !== undefined
}

/** For dates the code is sure about (literals, database columns); a bad one is a bug, so it throws. */
export function isoDate(text: string): IsoDate {
  const date = parseIsoDate(text)
  if (date === undefined) throw new RangeError(`not a real YYYY-MM-DD date: ${JSON.stringify(text)}`)
  return date
}

export function isoDateParts(date: IsoDate): DateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) }
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil), so date arithmetic is plain integer maths. */
export function toEpochDay(date: IsoDate): number {
  const { year, month, day } = isoDateParts(date)
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

export function fromEpochDay(epochDay: number): IsoDate {
  if (!Number.isSafeInteger(epochDay)) throw new RangeError(`not a whole day number: ${epochDay}`)
  const z = epochDay + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  const date = isoDateFromParts(year, month, day)
  if (date === undefined) throw new RangeError(`day ${epochDay} is outside years 1–9999`)
  return date
}

/** `days` may be negative. */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`days must be a whole number, got ${days}`)
  return fromEpochDay(toEpochDay(date) + days)
}

/** Positive when `to` is later than `from`. */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from)
}

/** Zero-padded four-digit years make string order the same as date order. */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0
}

export function dayOfWeek(date: IsoDate): Weekday {
  // 1970-01-01 was a Thursday (4).
  return (((toEpochDay(date) + 4) % 7) + 7) % 7 as Weekday
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = dayOfWeek(date)
  return weekday === 0 || weekday === 6
}

export function isWithinRange(date: IsoDate, range: DateRange): boolean {
  return date >= range.start && date <= range.end
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}
