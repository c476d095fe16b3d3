import { describe, expect, it } from 'vitest'
import type { Weekday } from './iso-date.ts'
import { THAI_WEEKDAYS_LONG, THAI_WEEKDAYS_SHORT, weekdayNameEn, weekdayNameTh } from './weekday-names.ts'

const weekdays: Weekday[] = [0, 1, 2, 3, 4, 5, 6]

function icuWeekday(locale: string, weekday: Weekday, style: 'long' | 'short' | 'narrow'): string {
  // 2026-11-22 was a Sunday, so day 22 + n is weekday n.
  return new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 10, 22 + weekday)))
}

describe('weekday names', () => {
  it('are the Thai names, Sunday first', () => {
    expect(THAI_WEEKDAYS_LONG.join(' ')).toBe('วันอาทิตย์ วันจันทร์ วันอังคาร วันพุธ วันพฤหัสบดี วันศุกร์ วันเสาร์')
    expect(THAI_WEEKDAYS_SHORT.join(' ')).toBe('อา. จ. อ. พ. พฤ. ศ. ส.')
    expect(weekdayNameTh(1)).toBe('วันจันทร์')
    expect(weekdayNameTh(4, 'short')).toBe('พฤ.')
    expect(weekdayNameEn(0)).toBe('Sunday')
    expect(weekdayNameEn(6, 'short')).toBe('Sat')
  })

  it('match ICU', () => {
    for (const w of weekdays) {
      expect(weekdayNameTh(w, 'long')).toBe(icuWeekday('th-TH', w, 'long'))
      // ICU's "short" Thai is the name without วัน (อาทิตย์); calendars print its narrow form with a dot.
      expect(weekdayNameTh(w, 'short')).toBe(`${icuWeekday('th-TH', w, 'narrow')}.`)
      expect(weekdayNameEn(w, 'long')).toBe(icuWeekday('en-GB', w, 'long'))
      expect(weekdayNameEn(w, 'short')).toBe(icuWeekday('en-GB', w, 'short'))
    }
  })
})
