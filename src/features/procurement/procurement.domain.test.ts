import { describe, expect, it } from 'vitest'
import { isoDate } from '../../platform/thai-calendar/index.ts'
import { annualReport, bidderNamesOf, ceYearOf, monthDueDate, monthStatus, type MonthContent, type MonthRow } from './procurement.domain.ts'

const row = (method: MonthRow['method'], budget: number, agreedPrice: number): MonthRow => ({ item: 'x', budget, referencePrice: null, method, bidders: 'b', winner: 'w', agreedPrice, reason: 'r', contractNo: 'c', contractDate: null })
const month = (rows: MonthRow[], noProcurement = false): MonthContent => ({ noProcurement, responsibleName: 'n', responsiblePosition: '', rows })

describe('months of a fiscal year', () => {
  it('puts October–December in the year before the fiscal year', () => {
    expect(ceYearOf(2569, 10)).toBe(2025)
    expect(ceYearOf(2569, 12)).toBe(2025)
    expect(ceYearOf(2569, 1)).toBe(2026)
    expect(ceYearOf(2569, 9)).toBe(2026)
  })

  it('makes a month due on the 15th of the next month, across the turn of the year and February', () => {
    expect(monthDueDate(2569, 10)).toBe('2025-11-15')
    expect(monthDueDate(2569, 12)).toBe('2026-01-15')
    expect(monthDueDate(2571, 1)).toBe('2028-02-15')
    expect(monthDueDate(2571, 2)).toBe('2028-03-15') // 2028 is a leap year: 29 Feb + 15 days
  })
})

describe('the state of a month', () => {
  const day = (d: string) => isoDate(d)
  it('is "not reported" without a record, overdue only after the due date', () => {
    expect(monthStatus(2569, 10, null, day('2025-11-15'))).toMatchObject({ state: 'not_reported', overdue: false, future: false })
    expect(monthStatus(2569, 10, null, day('2025-11-16'))).toMatchObject({ state: 'not_reported', overdue: true })
    expect(monthStatus(2569, 10, null, day('2025-10-31'))).toMatchObject({ future: true, overdue: false })
  })

  it('tells a draft, "no procurement" and a published month apart; only publication clears "overdue"', () => {
    const late = day('2026-01-01')
    expect(monthStatus(2569, 10, { published: false, noProcurement: true }, late)).toMatchObject({ state: 'draft', overdue: true })
    expect(monthStatus(2569, 10, { published: true, noProcurement: true }, late)).toMatchObject({ state: 'none', overdue: false })
    expect(monthStatus(2569, 10, { published: true, noProcurement: false }, late)).toMatchObject({ state: 'published', overdue: false })
  })
})

describe('the annual report', () => {
  it('sums count, budget and agreed value by method and by month, in satang', () => {
    const report = annualReport([
      { month: 10, content: month([row('specific', 1_250_000, 1_235_000), row('e_market', 12_000_000, 11_800_000)]) },
      { month: 11, content: month([], true) },
      { month: 1, content: month([row('specific', 10, 1)]) },
    ])
    expect(report.total).toEqual({ count: 3, budget: 13_250_010, value: 13_035_001 })
    expect(report.byMethod.find((m) => m.method === 'specific')).toEqual({ method: 'specific', count: 2, budget: 1_250_010, value: 1_235_001 })
    expect(report.byMethod.find((m) => m.method === 'e_bidding')).toEqual({ method: 'e_bidding', count: 0, budget: 0, value: 0 })
    expect(report.byMonth.map((m) => [m.month, m.state, m.count])).toEqual([
      [10, 'reported', 2],
      [11, 'none', 0],
      [12, 'missing', 0],
      [1, 'reported', 1],
      [2, 'missing', 0],
      [3, 'missing', 0],
      [4, 'missing', 0],
      [5, 'missing', 0],
      [6, 'missing', 0],
      [7, 'missing', 0],
      [8, 'missing', 0],
      [9, 'missing', 0],
    ])
    expect(report.monthsReported).toBe(3)
  })

  it('ignores rows left in a month marked "no procurement"', () => {
    const report = annualReport([{ month: 10, content: month([row('specific', 100, 100)], true) }])
    expect(report.total.count).toBe(0)
    expect(report.byMonth[0]!.state).toBe('none')
  })
})

describe('bidderNamesOf', () => {
  it('takes the names from a สขร.1 bidders cell and leaves the prices out', () => {
    expect(bidderNamesOf('ห้างหุ้นส่วนจำกัด สะอาดบริการ 118,000.00 บาท\nบริษัท กรีนเวสต์ จำกัด 119,500.00 บาท')).toEqual(['ห้างหุ้นส่วนจำกัด สะอาดบริการ', 'บริษัท กรีนเวสต์ จำกัด'])
    expect(bidderNamesOf('ร้าน ๙๙ พาณิชย์ ราคา ๑๒,๓๕๐ บาท\r\n\nนายสมชาย ใจดี')).toEqual(['ร้าน ๙๙ พาณิชย์', 'นายสมชาย ใจดี'])
    expect(bidderNamesOf('')).toEqual([])
  })
})
