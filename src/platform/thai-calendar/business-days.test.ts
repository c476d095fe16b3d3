import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  addBusinessDays,
  businessDaysBetween,
  holidayDateSet,
  isBusinessDay,
  nextBusinessDayOnOrAfter,
} from './business-days.ts'
import type { Holiday } from './holiday.ts'
import { parseHolidayCsv } from './holidays-csv.ts'
import { addCalendarDays, isoDate, isWeekend, type IsoDate } from './iso-date.ts'

const d = isoDate
const holidays = governmentHolidays()
const none: Holiday[] = []

describe('what counts as a business day', () => {
  it.each([
    ['2026-11-23', true, 'an ordinary Monday'],
    ['2026-11-21', false, 'a Saturday'],
    ['2026-11-22', false, 'a Sunday'],
    ['2026-04-13', false, 'Songkran on a Monday'],
    ['2025-04-16', false, 'the Songkran substitution day (Wednesday)'],
    ['2024-12-30', false, 'a special cabinet holiday'],
    ['2026-05-13', false, 'Royal Ploughing Day'],
    ['2025-05-01', true, 'Labour Day, which is not a government holiday'],
    ['2026-04-16', true, 'the Thursday after Songkran 2026, which had no substitute'],
  ])('%s is %s: %s', (date, expected) => {
    expect(isBusinessDay(d(date), holidays)).toBe(expected)
  })

  it('accepts the holiday rows or a prepared set of dates alike', () => {
    const set = holidayDateSet(holidays)
    expect(set.size).toBe(97)
    expect(holidayDateSet(set)).toBe(set)
    expect(isBusinessDay(d('2026-04-13'), set)).toBe(false)
  })
})

describe('counting N business days from the day after the start', () => {
  it('never counts the start date: 1 from a Friday is the Monday', () => {
    expect(addBusinessDays(d('2026-11-20'), 1, holidays)).toBe('2026-11-23')
    expect(addBusinessDays(d('2026-11-23'), 1, holidays)).toBe('2026-11-24')
  })

  it('gives the start date itself for N = 0, even on a weekend', () => {
    expect(addBusinessDays(d('2026-11-20'), 0, holidays)).toBe('2026-11-20')
    expect(addBusinessDays(d('2026-11-21'), 0, holidays)).toBe('2026-11-21')
  })

  it('starting on a weekend, the first business day is the Monday', () => {
    expect(addBusinessDays(d('2026-11-21'), 1, holidays)).toBe('2026-11-23')
    expect(addBusinessDays(d('2026-11-22'), 5, holidays)).toBe('2026-11-27')
  })

  it('skips the whole Songkran week of 2025 (Sun 13 – Wed 16 substitute)', () => {
    expect(addBusinessDays(d('2025-04-11'), 1, holidays)).toBe('2025-04-17')
    expect(addBusinessDays(d('2025-04-11'), 2, holidays)).toBe('2025-04-18')
    expect(addBusinessDays(d('2025-04-11'), 3, holidays)).toBe('2025-04-21')
    // The Monday before is Chakri Day's substitute (6 April was a Sunday).
    expect(addBusinessDays(d('2025-04-04'), 1, holidays)).toBe('2025-04-08')
    expect(addBusinessDays(d('2025-04-04'), 5, holidays)).toBe('2025-04-17')
  })

  it('skips the five days off of Songkran 2024 (special Fri 12 – Tue 16)', () => {
    expect(addBusinessDays(d('2024-04-11'), 1, holidays)).toBe('2024-04-17')
  })

  it('crosses New Year through a long run of days off', () => {
    // Sat 28, Sun 29, special Mon 30, Tue 31 Dec 2024, Wed 1 Jan 2025.
    expect(addBusinessDays(d('2024-12-27'), 1, holidays)).toBe('2025-01-02')
    expect(addBusinessDays(d('2024-12-26'), 3, holidays)).toBe('2025-01-03')
    // Wed 31 Dec 2025, Thu 1 Jan, special Fri 2 Jan 2026, then the weekend.
    expect(addBusinessDays(d('2025-12-30'), 1, holidays)).toBe('2026-01-05')
  })

  it('gives 16 November 2026 for 30 business days after 1 October 2026', () => {
    // October 2026 loses Tue 13 and Fri 23 to holidays.
    expect(addBusinessDays(d('2026-10-01'), 30, holidays)).toBe('2026-11-16')
    expect(addBusinessDays(d('2026-10-01'), 30, none)).toBe('2026-11-12')
  })

  it('walks back the same way for a negative count', () => {
    expect(addBusinessDays(d('2025-01-02'), -1, holidays)).toBe('2024-12-27')
    expect(addBusinessDays(d('2026-11-23'), -1, holidays)).toBe('2026-11-20')
    expect(addBusinessDays(d('2025-04-17'), -2, holidays)).toBe('2025-04-10')
  })

  it('only accepts whole counts', () => {
    expect(() => addBusinessDays(d('2026-11-20'), 1.5, holidays)).toThrow(RangeError)
    expect(() => addBusinessDays(d('2026-11-20'), Number.NaN, holidays)).toThrow(RangeError)
  })
})

describe('business days between two dates', () => {
  it('counts the days after `from` up to and including `to`', () => {
    expect(businessDaysBetween(d('2026-11-20'), d('2026-11-23'), holidays)).toBe(1)
    expect(businessDaysBetween(d('2026-11-23'), d('2026-11-27'), holidays)).toBe(4)
    expect(businessDaysBetween(d('2026-11-20'), d('2026-11-20'), holidays)).toBe(0)
    expect(businessDaysBetween(d('2026-11-20'), d('2026-11-22'), holidays)).toBe(0)
  })

  it('sees holidays across New Year and Songkran', () => {
    expect(businessDaysBetween(d('2024-12-27'), d('2025-01-02'), holidays)).toBe(1)
    expect(businessDaysBetween(d('2025-04-11'), d('2025-04-18'), holidays)).toBe(2)
    expect(businessDaysBetween(d('2026-10-01'), d('2026-11-16'), holidays)).toBe(30)
  })

  it('is negative, not an error, when `to` comes first', () => {
    expect(businessDaysBetween(d('2026-11-23'), d('2026-11-20'), holidays)).toBe(-1)
    expect(businessDaysBetween(d('2025-01-02'), d('2024-12-27'), holidays)).toBe(-1)
  })

  it('counts a whole fiscal year: FY 2569 had 261 weekdays, 20 of them holidays', () => {
    // 52 weeks from Wed 1 Oct 2025 plus Wed 30 Sep 2026; the 20 listed by hand from the CSV.
    const weekdayHolidays = [...holidayDateSet(holidays)].filter(
      (h) => h >= '2025-10-01' && h <= '2026-09-30' && !isWeekend(h),
    )
    expect(weekdayHolidays).toEqual([
      '2025-10-13', '2025-10-23', '2025-12-05', '2025-12-10', '2025-12-31',
      '2026-01-01', '2026-01-02', '2026-03-03', '2026-04-06', '2026-04-13',
      '2026-04-14', '2026-04-15', '2026-05-04', '2026-05-13', '2026-06-01',
      '2026-06-03', '2026-07-28', '2026-07-29', '2026-07-30', '2026-08-12',
    ])
    expect(businessDaysBetween(d('2025-09-30'), d('2026-09-30'), none)).toBe(261)
    expect(businessDaysBetween(d('2025-09-30'), d('2026-09-30'), holidays)).toBe(241)
  })

  it('agrees with counting day by day, and undoes addBusinessDays, across 2024–2027', () => {
    const set = holidayDateSet(holidays)
    const starts: IsoDate[] = []
    for (let date = d('2023-12-25'); date <= '2027-12-31'; date = addCalendarDays(date, 11)) starts.push(date)
    for (const from of starts) {
      for (const span of [0, 1, 3, 6, 13, 40, 200]) {
        const to = addCalendarDays(from, span)
        let counted = 0
        for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
          if (isBusinessDay(day, set)) counted++
        }
        if (businessDaysBetween(from, to, set) !== counted) expect.fail(`${from}→${to}`)
        if (businessDaysBetween(to, from, set) !== -counted) expect.fail(`${to}→${from}`)
      }
      for (const n of [0, 1, 2, 5, 10, 30, 60]) {
        const due = addBusinessDays(from, n, set)
        if (businessDaysBetween(from, due, set) !== n) expect.fail(`${from} + ${n}`)
        if (n > 0 && !isBusinessDay(due, set)) expect.fail(`${from} + ${n} landed on a day off`)
        if (isBusinessDay(from, set) && addBusinessDays(due, -n, set) !== from) expect.fail(`${due} − ${n}`)
      }
    }
  })
})

describe('the next business day on or after a date', () => {
  it('keeps a business day and moves a day off forward', () => {
    expect(nextBusinessDayOnOrAfter(d('2026-11-23'), holidays)).toBe('2026-11-23')
    expect(nextBusinessDayOnOrAfter(d('2026-11-21'), holidays)).toBe('2026-11-23')
    expect(nextBusinessDayOnOrAfter(d('2025-04-12'), holidays)).toBe('2025-04-17')
    expect(nextBusinessDayOnOrAfter(d('2025-12-31'), holidays)).toBe('2026-01-05')
  })

  it('turns a calendar-day deadline that ends on a day off into the next business day', () => {
    const due = addCalendarDays(d('2026-11-22'), 15) // 7 December 2026, the substitute for Father's Day
    expect(due).toBe('2026-12-07')
    expect(nextBusinessDayOnOrAfter(due, holidays)).toBe('2026-12-08')
  })
})

function governmentHolidays(): Holiday[] {
  const text = readFileSync(new URL('./thai-government-holidays-2024-2027.csv', import.meta.url), 'utf8')
  const parsed = parseHolidayCsv(text)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
  return parsed.holidays
}
