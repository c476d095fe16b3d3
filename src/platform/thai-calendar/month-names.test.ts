import { describe, expect, it } from 'vitest'
import {
  ENGLISH_MONTHS_LONG,
  ENGLISH_MONTHS_SHORT,
  monthFromName,
  monthNameEn,
  monthNameTh,
  THAI_MONTHS_LONG,
  THAI_MONTHS_SHORT,
} from './month-names.ts'

const months = Array.from({ length: 12 }, (_, i) => i + 1)

/** Month name as ICU spells it, read from the month part so the surrounding pattern does not matter. */
function icuMonth(locale: string, month: number, style: 'long' | 'short'): string {
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: style, year: 'numeric', timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(2026, month - 1, 15)))
  return parts.find((p) => p.type === 'month')?.value ?? ''
}

describe('Thai month names', () => {
  it('are spelled as official documents spell them', () => {
    expect(THAI_MONTHS_LONG.join(' ')).toBe(
      'มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม',
    )
    expect(THAI_MONTHS_SHORT.join(' ')).toBe('ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.')
  })

  it('are looked up by month number 1–12', () => {
    expect(monthNameTh(1)).toBe('มกราคม')
    expect(monthNameTh(11, 'short')).toBe('พ.ย.')
    expect(monthNameTh(2, 'long')).toBe('กุมภาพันธ์')
    expect(() => monthNameTh(0)).toThrow(RangeError)
    expect(() => monthNameTh(13)).toThrow(RangeError)
    expect(() => monthNameTh(1.5)).toThrow(RangeError)
  })

  it('match ICU’s Thai spellings', () => {
    for (const m of months) {
      expect(monthNameTh(m, 'long')).toBe(icuMonth('th-TH', m, 'long'))
      expect(monthNameTh(m, 'short')).toBe(icuMonth('th-TH', m, 'short'))
    }
  })
})

describe('English month names', () => {
  it('are the usual names and three-letter abbreviations', () => {
    expect(ENGLISH_MONTHS_LONG[8]).toBe('September')
    expect(ENGLISH_MONTHS_SHORT[8]).toBe('Sep')
    expect(monthNameEn(11)).toBe('November')
    expect(monthNameEn(11, 'short')).toBe('Nov')
    expect(() => monthNameEn(13)).toThrow(RangeError)
  })

  it('match ICU’s en-GB spellings', () => {
    for (const m of months) {
      expect(monthNameEn(m, 'long')).toBe(icuMonth('en-GB', m, 'long'))
      expect(monthNameEn(m, 'short')).toBe(icuMonth('en-GB', m, 'short').replace(/^Sept$/, 'Sep'))
    }
  })
})

describe('reading a month name someone typed', () => {
  it.each([
    ['พฤศจิกายน', 11],
    ['พ.ย.', 11],
    ['พ.ย', 11],
    ['พย', 11],
    ['พ. ย.', 11],
    ['  ม.ค.  ', 1],
    ['มี.ค.', 3],
    ['มิ.ย.', 6],
    ['November', 11],
    ['nov', 11],
    ['SEPT', 9],
    ['sep', 9],
    ['may', 5],
  ])('reads %s as month %i', (text, month) => {
    expect(monthFromName(text)).toBe(month)
  })

  it('reads every official spelling back to its number', () => {
    for (const m of months) {
      for (const name of [monthNameTh(m), monthNameTh(m, 'short'), monthNameEn(m), monthNameEn(m, 'short')]) {
        expect(monthFromName(name)).toBe(m)
      }
    }
  })

  it.each(['', 'พฤศ', 'Novem', '11', 'มกรา'])('does not guess at %j', (text) => {
    expect(monthFromName(text)).toBeUndefined()
  })
})
