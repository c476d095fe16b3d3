import { describe, expect, it } from 'vitest'
import {
  formatDateEn,
  formatDateTh,
  formatDateTimeEn,
  formatDateTimeTh,
  formatFiscalHalfEn,
  formatFiscalHalfTh,
  formatFiscalQuarterEn,
  formatFiscalQuarterTh,
  formatFiscalYearEn,
  formatFiscalYearTh,
} from './format.ts'
import { addCalendarDays, isoDate, toEpochDay } from './iso-date.ts'

const d = isoDate

describe('Thai dates', () => {
  it('write the BE year with a short or long month name', () => {
    expect(formatDateTh(d('2026-11-22'), { style: 'short' })).toBe('22 พ.ย. 2569')
    expect(formatDateTh(d('2026-11-22'), { style: 'long' })).toBe('22 พฤศจิกายน 2569')
    expect(formatDateTh(d('2026-11-22'))).toBe('22 พ.ย. 2569')
  })

  it('use Thai digits on request', () => {
    expect(formatDateTh(d('2026-11-22'), { style: 'long', thaiDigits: true })).toBe('๒๒ พฤศจิกายน ๒๕๖๙')
    expect(formatDateTh(d('2026-11-22'), { style: 'short', thaiDigits: true })).toBe('๒๒ พ.ย. ๒๕๖๙')
  })

  it('do not pad the day, as Thai documents do not', () => {
    expect(formatDateTh(d('2027-01-01'))).toBe('1 ม.ค. 2570')
    expect(formatDateTh(d('2026-10-01'), { style: 'long' })).toBe('1 ตุลาคม 2569')
  })

  it('handle the fiscal and calendar year boundaries and the leap day', () => {
    expect(formatDateTh(d('2026-09-30'))).toBe('30 ก.ย. 2569')
    expect(formatDateTh(d('2026-12-31'))).toBe('31 ธ.ค. 2569')
    expect(formatDateTh(d('2028-02-29'))).toBe('29 ก.พ. 2571')
    expect(formatDateTh(d('2028-02-29'), { style: 'long' })).toBe('29 กุมภาพันธ์ 2571')
  })

  it('can name the weekday and the era, as letters do', () => {
    expect(formatDateTh(d('2026-11-22'), { style: 'long', weekday: true })).toBe('วันอาทิตย์ที่ 22 พฤศจิกายน 2569')
    expect(formatDateTh(d('2026-11-22'), { style: 'short', weekday: true })).toBe('อา. 22 พ.ย. 2569')
    expect(formatDateTh(d('2026-11-22'), { style: 'long', era: true })).toBe('22 พฤศจิกายน พ.ศ. 2569')
    expect(formatDateTh(d('2026-11-23'), { style: 'long', weekday: true, era: true, thaiDigits: true })).toBe(
      'วันจันทร์ที่ ๒๓ พฤศจิกายน พ.ศ. ๒๕๖๙',
    )
  })

  it('match ICU’s th-TH output for every day of 2024–2028', () => {
    const variants = [
      { options: { style: 'short' } as const, icu: new Intl.DateTimeFormat('th-TH', icuOptions('short')) },
      { options: { style: 'long' } as const, icu: new Intl.DateTimeFormat('th-TH', icuOptions('long')) },
      {
        options: { style: 'long', thaiDigits: true } as const,
        icu: new Intl.DateTimeFormat('th-TH-u-nu-thai', icuOptions('long')),
      },
    ]
    for (let date = d('2024-01-01'); date <= '2028-12-31'; date = addCalendarDays(date, 1)) {
      const instant = new Date(toEpochDay(date) * 86_400_000)
      for (const { options, icu } of variants) {
        if (formatDateTh(date, options) !== icu.format(instant)) expect.fail(`${date} ${JSON.stringify(options)}`)
      }
    }
  })
})

describe('English dates', () => {
  it('use the CE year by default', () => {
    expect(formatDateEn(d('2026-11-22'))).toBe('22 Nov 2026')
    expect(formatDateEn(d('2026-11-22'), { style: 'long' })).toBe('22 November 2026')
  })

  it('can show the BE year to match a Thai document', () => {
    expect(formatDateEn(d('2026-11-22'), { era: 'be' })).toBe('22 Nov 2569 BE')
    expect(formatDateEn(d('2028-02-29'), { style: 'long', era: 'be' })).toBe('29 February 2571 BE')
  })

  it('can name the weekday', () => {
    expect(formatDateEn(d('2026-11-22'), { weekday: true })).toBe('Sun 22 Nov 2026')
    expect(formatDateEn(d('2026-11-22'), { style: 'long', weekday: true })).toBe('Sunday 22 November 2026')
  })
})

describe('date and time', () => {
  it('show the Bangkok clock in Thai with น.', () => {
    expect(formatDateTimeTh(new Date('2026-11-22T07:05:00Z'))).toBe('22 พ.ย. 2569 14:05 น.')
    expect(formatDateTimeTh(new Date('2026-11-22T07:05:00Z'), { style: 'long', thaiDigits: true })).toBe(
      '๒๒ พฤศจิกายน ๒๕๖๙ ๑๔:๐๕ น.',
    )
  })

  it('move to the next day and year at Bangkok midnight, not UTC midnight', () => {
    expect(formatDateTimeTh(new Date('2026-12-31T17:30:00Z'))).toBe('1 ม.ค. 2570 00:30 น.')
    expect(formatDateTimeTh(new Date('2026-12-31T16:59:00Z'))).toBe('31 ธ.ค. 2569 23:59 น.')
    expect(formatDateTimeEn(new Date('2026-12-31T17:30:00Z'))).toBe('1 Jan 2027 00:30')
  })

  it('show English with a 24-hour clock, BE on request', () => {
    expect(formatDateTimeEn(new Date('2026-11-22T07:05:00Z'))).toBe('22 Nov 2026 14:05')
    expect(formatDateTimeEn(new Date('2026-11-22T07:05:00Z'), { style: 'long', era: 'be' })).toBe(
      '22 November 2569 BE 14:05',
    )
  })
})

describe('fiscal year labels', () => {
  it('name the year as the budget documents do', () => {
    expect(formatFiscalYearTh(2570)).toBe('ปีงบประมาณ พ.ศ. 2570')
    expect(formatFiscalYearTh(2570, { thaiDigits: true })).toBe('ปีงบประมาณ พ.ศ. ๒๕๗๐')
    expect(formatFiscalYearEn(2570)).toBe('Fiscal year 2570 (2026–27)')
  })

  it('keep the CE span unambiguous', () => {
    expect(formatFiscalYearEn(2553)).toBe('Fiscal year 2553 (2009–10)')
    expect(formatFiscalYearEn(2643)).toBe('Fiscal year 2643 (2099–2100)')
  })

  it('name quarters and halves', () => {
    expect(formatFiscalQuarterTh({ fiscalYear: 2570, quarter: 1 })).toBe('ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2570')
    expect(formatFiscalQuarterTh({ fiscalYear: 2570, quarter: 4 }, { thaiDigits: true })).toBe(
      'ไตรมาสที่ ๔ ปีงบประมาณ พ.ศ. ๒๕๗๐',
    )
    expect(formatFiscalQuarterEn({ fiscalYear: 2570, quarter: 2 })).toBe('Q2 of fiscal year 2570 (2026–27)')
    expect(formatFiscalHalfTh({ fiscalYear: 2570, half: 1 })).toBe('ครึ่งปีแรก ปีงบประมาณ พ.ศ. 2570')
    expect(formatFiscalHalfTh({ fiscalYear: 2570, half: 2 })).toBe('ครึ่งปีหลัง ปีงบประมาณ พ.ศ. 2570')
    expect(formatFiscalHalfEn({ fiscalYear: 2570, half: 2 })).toBe('Second half of fiscal year 2570 (2026–27)')
  })
})

function icuOptions(month: 'short' | 'long'): Intl.DateTimeFormatOptions {
  return { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }
}
