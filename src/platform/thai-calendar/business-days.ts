import { addCalendarDays, isWeekend, toEpochDay, type IsoDate } from './iso-date.ts'

/**
 * Business days (วันทำการ) are Monday–Friday that are not government holidays. Deadlines
 * such as "within 30 business days" count from the day after the start date: the start date
 * itself never counts, so 1 business day after a Friday is the following Monday.
 *
 * Holidays come in as data, either the holiday rows themselves or a prepared set of dates
 * (build one with `holidayDateSet` when calling these in a loop).
 */
export type HolidayDates = ReadonlySet<IsoDate> | readonly { readonly date: IsoDate }[]

export function holidayDateSet(holidays: HolidayDates): ReadonlySet<IsoDate> {
  if (!isHolidayRows(holidays)) return holidays
  return new Set(holidays.map((h) => h.date))
}

export function isBusinessDay(date: IsoDate, holidays: HolidayDates): boolean {
  return !isWeekend(date) && !holidayDateSet(holidays).has(date)
}

/**
 * The date `count` business days after `start` (the start date never counts). `count` = 0
 * gives `start` itself, whatever day it is. A negative count walks back the same way: −1 from
 * a Monday is the Friday before.
 */
export function addBusinessDays(start: IsoDate, count: number, holidays: HolidayDates): IsoDate {
  if (!Number.isSafeInteger(count)) throw new RangeError(`count must be a whole number, got ${count}`)
  const dates = holidayDateSet(holidays)
  const step = count < 0 ? -1 : 1
  let remaining = Math.abs(count)
  let date = start
  // Terminates: the holiday list is finite, so business days keep coming.
  while (remaining > 0) {
    date = addCalendarDays(date, step)
    if (!isWeekend(date) && !dates.has(date)) remaining--
  }
  return date
}

/**
 * How many business days lie after `from` up to and including `to`, so that
 * `businessDaysBetween(s, addBusinessDays(s, n)) === n`. When `to` is before `from` the
 * answer is the negated count the other way round, never an error.
 */
export function businessDaysBetween(from: IsoDate, to: IsoDate, holidays: HolidayDates): number {
  if (to < from) return -businessDaysBetween(to, from, holidays)
  const weekdays = weekdaysBefore(toEpochDay(to) + 1) - weekdaysBefore(toEpochDay(from) + 1)
  let holidaysOnWeekdays = 0
  for (const date of holidayDateSet(holidays)) {
    if (date > from && date <= to && !isWeekend(date)) holidaysOnWeekdays++
  }
  return weekdays - holidaysOnWeekdays
}

/** `date` when it is a business day, otherwise the first business day after it. */
export function nextBusinessDayOnOrAfter(date: IsoDate, holidays: HolidayDates): IsoDate {
  const dates = holidayDateSet(holidays)
  let day = date
  while (isWeekend(day) || dates.has(day)) day = addCalendarDays(day, 1)
  return day
}

function isHolidayRows(holidays: HolidayDates): holidays is readonly { readonly date: IsoDate }[] {
  return Array.isArray(holidays)
}

/**
 * Monday–Friday count among the days before `epochDay`, relative to Monday 1970-01-05 (day 4).
 * Closed form so that counting across years does not walk day by day.
 */
function weekdaysBefore(epochDay: number): number {
  const sinceMonday = epochDay - 4
  const weeks = Math.floor(sinceMonday / 7)
  return weeks * 5 + Math.min(sinceMonday - weeks * 7, 5)
}
