import { describe, expect, it } from 'vitest'
import {
  addCalendarDays,
  calendarDaysBetween,
  compareIsoDates,
  dayOfWeek,
  daysInMonth,
  fromEpochDay,
  isIsoDate,
  isLeapYear,
  isoDate,
  isoDateFromParts,
  isoDateParts,
  isWeekend,
  isWithinRange,
  parseIsoDate,
  toEpochDay,
} from './iso-date.ts'

const d = isoDate

describe('reading YYYY-MM-DD dates', () => {
  it.each(['2026-10-01', '2028-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])('accepts the real date %s', (text) => {
    expect(parseIsoDate(text)).toBe(text)
    expect(isIsoDate(text)).toBe(true)
  })

  it.each([
    ['2027-02-29', 'no leap day in 2027'],
    ['2100-02-29', '2100 is not a leap year'],
    ['2026-02-30', 'February never has 30 days'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-13-01', 'month 13'],
    ['2026-00-10', 'month 0'],
    ['2026-01-00', 'day 0'],
    ['0000-01-01', 'year 0'],
    ['2026-1-1', 'missing zero padding'],
    [' 2026-01-01', 'leading space'],
    ['2026-01-01T00:00', 'a timestamp is not a date'],
    ['22/11/2569', 'a Thai-style date'],
    ['', 'empty'],
  ])('rejects %s (%s)', (text) => {
    expect(parseIsoDate(text)).toBeUndefined()
    expect(isIsoDate(text)).toBe(false)
  })

  it('throws for a literal the code got wrong, so the bug shows at once', () => {
    expect(() => isoDate('2026-02-30')).toThrow(RangeError)
  })

  it('builds dates from numbers only when they are real', () => {
    expect(isoDateFromParts(2028, 2, 29)).toBe('2028-02-29')
    expect(isoDateFromParts(5, 3, 7)).toBe('0005-03-07')
    expect(isoDateFromParts(2027, 2, 29)).toBeUndefined()
    expect(isoDateFromParts(2026, 1.5, 1)).toBeUndefined()
    expect(isoDateFromParts(10000, 1, 1)).toBeUndefined()
    expect(isoDateParts(d('2026-11-22'))).toEqual({ year: 2026, month: 11, day: 22 })
  })
})

describe('leap years and month lengths', () => {
  it('follows the Gregorian rules', () => {
    expect([2024, 2028, 2000, 2400].map(isLeapYear)).toEqual([true, true, true, true])
    expect([2026, 2027, 1900, 2100].map(isLeapYear)).toEqual([false, false, false, false])
    expect(daysInMonth(2028, 2)).toBe(29)
    expect(daysInMonth(2027, 2)).toBe(28)
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ])
  })
})

describe('day arithmetic', () => {
  it('counts 1970-01-01 as day 0', () => {
    expect(toEpochDay(d('1970-01-01'))).toBe(0)
    expect(toEpochDay(d('1969-12-31'))).toBe(-1)
    expect(fromEpochDay(0)).toBe('1970-01-01')
  })

  it('agrees with Date.UTC on every day from 1900 to 2100 (weekday included)', () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000
    const last = Date.UTC(2100, 11, 31) / 86_400_000
    for (let day = first; day <= last; day++) {
      const js = new Date(day * 86_400_000)
      const date = fromEpochDay(day)
      if (date !== js.toISOString().slice(0, 10)) expect.fail(`day ${day}: ${date}`)
      if (toEpochDay(date) !== day) expect.fail(`round trip of ${date}`)
      if (dayOfWeek(date) !== js.getUTCDay()) expect.fail(`weekday of ${date}`)
    }
  })

  it('adds days across month ends, year ends and the leap day', () => {
    expect(addCalendarDays(d('2026-09-30'), 1)).toBe('2026-10-01')
    expect(addCalendarDays(d('2026-12-31'), 1)).toBe('2027-01-01')
    expect(addCalendarDays(d('2027-01-01'), -1)).toBe('2026-12-31')
    expect(addCalendarDays(d('2028-02-28'), 1)).toBe('2028-02-29')
    expect(addCalendarDays(d('2028-02-28'), 2)).toBe('2028-03-01')
    expect(addCalendarDays(d('2027-02-28'), 1)).toBe('2027-03-01')
    expect(addCalendarDays(d('2026-11-22'), 0)).toBe('2026-11-22')
    expect(addCalendarDays(d('2026-10-01'), 365)).toBe('2027-10-01')
  })

  it('refuses fractional days rather than rounding silently', () => {
    expect(() => addCalendarDays(d('2026-10-01'), 1.5)).toThrow(RangeError)
    expect(() => addCalendarDays(d('9999-12-31'), 1)).toThrow(RangeError)
  })

  it('measures the gap between dates, signed', () => {
    expect(calendarDaysBetween(d('2026-10-01'), d('2027-09-30'))).toBe(364)
    expect(calendarDaysBetween(d('2027-10-01'), d('2028-09-30'))).toBe(365)
    expect(calendarDaysBetween(d('2027-01-01'), d('2026-12-31'))).toBe(-1)
  })
})

describe('weekdays and ordering', () => {
  it('knows hand-checked weekdays', () => {
    expect(dayOfWeek(d('2026-11-22'))).toBe(0) // Sunday
    expect(dayOfWeek(d('2024-01-01'))).toBe(1) // Monday
    expect(dayOfWeek(d('2028-02-29'))).toBe(2) // Tuesday
    expect(dayOfWeek(d('2026-10-01'))).toBe(4) // Thursday
    expect(dayOfWeek(d('2024-04-13'))).toBe(6) // Saturday
  })

  it('treats Saturday and Sunday as the weekend', () => {
    expect(isWeekend(d('2026-11-21'))).toBe(true)
    expect(isWeekend(d('2026-11-22'))).toBe(true)
    expect(isWeekend(d('2026-11-23'))).toBe(false)
    expect(isWeekend(d('2026-11-20'))).toBe(false)
  })

  it('compares and checks ranges inclusively', () => {
    expect(compareIsoDates(d('2026-09-30'), d('2026-10-01'))).toBe(-1)
    expect(compareIsoDates(d('2026-10-01'), d('2026-10-01'))).toBe(0)
    expect(compareIsoDates(d('2027-01-01'), d('2026-12-31'))).toBe(1)
    const range = { start: d('2026-10-01'), end: d('2027-09-30') }
    expect(isWithinRange(d('2026-10-01'), range)).toBe(true)
    expect(isWithinRange(d('2027-09-30'), range)).toBe(true)
    expect(isWithinRange(d('2026-09-30'), range)).toBe(false)
    expect(isWithinRange(d('2027-10-01'), range)).toBe(false)
  })
})
