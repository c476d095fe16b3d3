import { describe, expect, it } from 'vitest'
import {
  BE_DATE_ERROR_MESSAGES,
  beDateErrorMessage,
  beDateInputFrom,
  parseBeDate,
  type BeDateError,
  type BeDateErrorCode,
  type BeDateInput,
} from './be-date-input.ts'
import { addCalendarDays, isoDate } from './iso-date.ts'

function errorOf(input: BeDateInput): BeDateError {
  const result = parseBeDate(input)
  if (result.ok) throw new Error(`expected an error, got ${result.date}`)
  return result.error
}

describe('reading a BE date typed into day, month and year boxes', () => {
  it.each<[BeDateInput, string]>([
    [{ day: '22', month: '11', year: '2569' }, '2026-11-22'],
    [{ day: '๒๒', month: '๑๑', year: '๒๕๖๙' }, '2026-11-22'],
    [{ day: '22', month: 'พ.ย.', year: '2569' }, '2026-11-22'],
    [{ day: '22', month: 'พฤศจิกายน', year: '2569' }, '2026-11-22'],
    [{ day: '22', month: 'พย', year: '2569' }, '2026-11-22'],
    [{ day: '22', month: 'Nov', year: '2569' }, '2026-11-22'],
    [{ day: 22, month: 11, year: 2569 }, '2026-11-22'],
    [{ day: ' 01 ', month: '01', year: ' 2570 ' }, '2027-01-01'],
    [{ day: '1', month: '10', year: '2569' }, '2026-10-01'],
    [{ day: '30', month: '9', year: '2570' }, '2027-09-30'],
    [{ day: '31', month: '12', year: '2569' }, '2026-12-31'],
    [{ day: '29', month: '2', year: '2571' }, '2028-02-29'],
    [{ day: '29', month: 'ก.พ.', year: '๒๕๗๑' }, '2028-02-29'],
  ])('%j is %s', (input, expected) => {
    expect(parseBeDate(input)).toEqual({ ok: true, date: expected })
  })

  it('round-trips every stored date through the form boxes, 2024–2030', () => {
    for (let date = isoDate('2024-01-01'); date <= '2030-12-31'; date = addCalendarDays(date, 1)) {
      const result = parseBeDate(beDateInputFrom(date))
      if (!result.ok || result.date !== date) expect.fail(date)
    }
    expect(beDateInputFrom(isoDate('2028-02-29'))).toEqual({ day: '29', month: '2', year: '2571' })
  })
})

describe('what the form is told when the date is wrong', () => {
  it('names the missing boxes', () => {
    expect(errorOf({})).toEqual({ code: 'required', fields: ['day', 'month', 'year'] })
    expect(errorOf({ day: ' ', month: '', year: null })).toEqual({ code: 'required', fields: ['day', 'month', 'year'] })
    expect(errorOf({ day: '22', month: '', year: '' })).toEqual({ code: 'required', fields: ['month', 'year'] })
    expect(errorOf({ day: '22', month: '11' })).toEqual({ code: 'required', fields: ['year'] })
  })

  it.each(['0', '32', 'abc', '1.5', '-1', '100'])('rejects the day %j', (day) => {
    expect(errorOf({ day, month: '11', year: '2569' })).toEqual({ code: 'invalid_day', fields: ['day'] })
  })

  it.each(['0', '13', 'foo', 'พฤศ', '1.5'])('rejects the month %j', (month) => {
    expect(errorOf({ day: '1', month, year: '2569' })).toEqual({ code: 'invalid_month', fields: ['month'] })
  })

  it.each(['69', '2569.0', 'abcd', '25690', '3000', '1799', '0000'])('rejects the year %j', (year) => {
    expect(errorOf({ day: '1', month: '1', year })).toEqual({ code: 'invalid_year', fields: ['year'] })
  })

  it('spots a CE year and suggests the BE one', () => {
    expect(errorOf({ day: '22', month: '11', year: '2026' })).toEqual({
      code: 'year_looks_ce',
      fields: ['year'],
      typedYear: 2026,
      suggestedYear: 2569,
    })
    expect(errorOf({ day: '22', month: '11', year: '๒๐๒๖' })).toMatchObject({ code: 'year_looks_ce', suggestedYear: 2569 })
    expect(errorOf({ day: '1', month: '1', year: '1800' })).toMatchObject({ code: 'year_looks_ce', suggestedYear: 2343 })
    expect(errorOf({ day: '1', month: '1', year: '2399' })).toMatchObject({ code: 'year_looks_ce' })
    expect(parseBeDate({ day: '1', month: '1', year: '2400' })).toEqual({ ok: true, date: '1857-01-01' })
  })

  it('rejects dates that do not exist, judging leap years on the CE calendar', () => {
    expect(errorOf({ day: '31', month: '2', year: '2569' })).toEqual({
      code: 'not_a_date',
      fields: ['day', 'month', 'year'],
      month: 2,
      beYear: 2569,
      daysInMonth: 28,
    })
    // 2570 BE is 2027 CE.
    expect(errorOf({ day: '29', month: '2', year: '2570' })).toMatchObject({ code: 'not_a_date', daysInMonth: 28 })
    // 2572 is divisible by 4 but 2572 BE is 2029 CE: no 29 February.
    expect(errorOf({ day: '29', month: '2', year: '2572' })).toMatchObject({ code: 'not_a_date', daysInMonth: 28 })
    expect(errorOf({ day: '31', month: '4', year: '2569' })).toMatchObject({ code: 'not_a_date', daysInMonth: 30 })
  })

  it('reports the first problem, in box order', () => {
    expect(errorOf({ day: '40', month: '13', year: '2026' }).code).toBe('invalid_day')
    expect(errorOf({ day: '4', month: '13', year: '2026' }).code).toBe('invalid_month')
  })
})

describe('messages for the form', () => {
  it('exist in Thai and English for every code', () => {
    const codes = Object.keys(BE_DATE_ERROR_MESSAGES) as BeDateErrorCode[]
    expect(codes.sort()).toEqual(
      ['invalid_day', 'invalid_month', 'invalid_year', 'not_a_date', 'required', 'year_looks_ce'].sort(),
    )
    for (const code of codes) {
      expect(BE_DATE_ERROR_MESSAGES[code].th).toMatch(/[ก-๙]/)
      expect(BE_DATE_ERROR_MESSAGES[code].en).toMatch(/^[\x20-\x7E]+$/)
    }
  })

  it('say which boxes are empty', () => {
    expect(beDateErrorMessage(errorOf({}))).toEqual({ th: 'กรอกวัน เดือน และปี', en: 'Enter the day, month and year' })
    expect(beDateErrorMessage(errorOf({ day: '1' }))).toEqual({
      th: 'วันที่ต้องมีเดือนและปี',
      en: 'Date must include a month and year',
    })
    expect(beDateErrorMessage(errorOf({ day: '1', month: '2' }))).toEqual({
      th: 'วันที่ต้องมีปี',
      en: 'Date must include a year',
    })
    expect(beDateErrorMessage(errorOf({ month: '2', year: '2569' }))).toEqual({
      th: 'วันที่ต้องมีวัน',
      en: 'Date must include a day',
    })
  })

  it('suggest the BE year for a CE year', () => {
    expect(beDateErrorMessage(errorOf({ day: '22', month: '11', year: '2026' }))).toEqual({
      th: 'ปีต้องเป็นปีพุทธศักราช (พ.ศ.) เช่น 2569 ไม่ใช่ ค.ศ. 2026',
      en: 'Year must be in the Buddhist Era (BE), for example 2569 rather than 2026',
    })
  })

  it('say how many days the month has', () => {
    expect(beDateErrorMessage(errorOf({ day: '29', month: '2', year: '2570' }))).toEqual({
      th: 'เดือนกุมภาพันธ์ พ.ศ. 2570 มี 28 วัน',
      en: 'February 2570 BE has 28 days',
    })
  })

  it('give the plain message for the other codes', () => {
    expect(beDateErrorMessage(errorOf({ day: '32', month: '1', year: '2569' }))).toEqual(BE_DATE_ERROR_MESSAGES.invalid_day)
    expect(beDateErrorMessage(errorOf({ day: '1', month: '1', year: '69' })).th).toBe(
      'ปีต้องเป็นปีพุทธศักราช (พ.ศ.) 4 หลัก เช่น 2569',
    )
  })
})
