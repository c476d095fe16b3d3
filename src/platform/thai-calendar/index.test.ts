import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as calendar from './index.ts'

describe('the thai-calendar module', () => {
  it('offers the whole public API from index.ts', () => {
    for (const name of [
      'todayInBangkok',
      'ceToBe',
      'beToCe',
      'toThaiDigits',
      'fromThaiDigits',
      'formatDateTh',
      'formatDateEn',
      'formatDateTimeTh',
      'formatFiscalYearTh',
      'formatFiscalYearEn',
      'fiscalYearOf',
      'fiscalQuarterOf',
      'fiscalHalfOf',
      'fiscalYearRange',
      'quarterRange',
      'isBusinessDay',
      'addBusinessDays',
      'businessDaysBetween',
      'addCalendarDays',
      'parseHolidayCsv',
      'substituteDaysFor',
      'parseBeDate',
    ]) {
      expect(typeof (calendar as Record<string, unknown>)[name], name).toBe('function')
    }
  })

  it('stays pure: no I/O, clock, randomness or environment in its source', () => {
    const sources = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    expect(sources.length).toBeGreaterThan(10)
    for (const file of sources) {
      const text = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')
      expect(text, file).not.toMatch(/from 'node:|from "node:|\bprocess\.|Date\.now\(|new Date\(\)|Math\.random|\bfetch\(/)
    }
  })
})
