import { describe, expect, it } from 'vitest'
import {
  currentFiscalYear,
  fiscalHalfOf,
  fiscalQuarterOf,
  fiscalYearOf,
  fiscalYearRange,
  halfRange,
  quarterRange,
  type FiscalQuarter,
} from './fiscal-year.ts'
import { addCalendarDays, isoDate, isWithinRange } from './iso-date.ts'

const d = isoDate

describe('which fiscal year a date is in', () => {
  it.each([
    ['2026-09-30', 2569],
    ['2026-10-01', 2570],
    ['2026-12-31', 2570],
    ['2027-01-01', 2570],
    ['2027-09-30', 2570],
    ['2027-10-01', 2571],
    ['2028-02-29', 2571],
    ['2024-01-01', 2567],
  ])('%s is in FY %i', (date, fiscalYear) => {
    expect(fiscalYearOf(d(date))).toBe(fiscalYear)
  })
})

describe('fiscal quarters', () => {
  it.each([
    ['2026-09-30', 2569, 4],
    ['2026-10-01', 2570, 1],
    ['2026-12-31', 2570, 1],
    ['2027-01-01', 2570, 2],
    ['2027-03-31', 2570, 2],
    ['2027-04-01', 2570, 3],
    ['2027-06-30', 2570, 3],
    ['2027-07-01', 2570, 4],
    ['2027-09-30', 2570, 4],
    ['2028-02-29', 2571, 2],
  ])('%s is FY %i Q%i', (date, fiscalYear, quarter) => {
    expect(fiscalQuarterOf(d(date))).toEqual({ fiscalYear, quarter })
  })

  it('cover whole months: Q1 Oct–Dec, Q2 Jan–Mar, Q3 Apr–Jun, Q4 Jul–Sep', () => {
    expect(quarterRange(2570, 1)).toEqual({ start: '2026-10-01', end: '2026-12-31' })
    expect(quarterRange(2570, 2)).toEqual({ start: '2027-01-01', end: '2027-03-31' })
    expect(quarterRange(2570, 3)).toEqual({ start: '2027-04-01', end: '2027-06-30' })
    expect(quarterRange(2570, 4)).toEqual({ start: '2027-07-01', end: '2027-09-30' })
  })

  it('end Q2 on 29 February in a leap year', () => {
    expect(quarterRange(2571, 2)).toEqual({ start: '2028-01-01', end: '2028-03-31' })
    expect(isWithinRange(d('2028-02-29'), quarterRange(2571, 2))).toBe(true)
  })

  it('refuse a quarter that does not exist', () => {
    expect(() => quarterRange(2570, 5 as FiscalQuarter)).toThrow(RangeError)
    expect(() => quarterRange(2570, 0 as FiscalQuarter)).toThrow(RangeError)
  })
})

describe('fiscal half-years', () => {
  it.each([
    ['2026-10-01', 2570, 1],
    ['2027-03-31', 2570, 1],
    ['2027-04-01', 2570, 2],
    ['2027-09-30', 2570, 2],
  ])('%s is FY %i H%i', (date, fiscalYear, half) => {
    expect(fiscalHalfOf(d(date))).toEqual({ fiscalYear, half })
  })

  it('run Oct–Mar and Apr–Sep', () => {
    expect(halfRange(2570, 1)).toEqual({ start: '2026-10-01', end: '2027-03-31' })
    expect(halfRange(2570, 2)).toEqual({ start: '2027-04-01', end: '2027-09-30' })
    expect(() => halfRange(2570, 3 as 1)).toThrow(RangeError)
  })
})

describe('fiscal year ranges', () => {
  it('run 1 October (N−544 CE) to 30 September (N−543 CE)', () => {
    expect(fiscalYearRange(2570)).toEqual({ start: '2026-10-01', end: '2027-09-30' })
    expect(fiscalYearRange(2569)).toEqual({ start: '2025-10-01', end: '2026-09-30' })
    expect(fiscalYearRange(2567)).toEqual({ start: '2023-10-01', end: '2024-09-30' })
  })

  it('reject a fractional year', () => {
    expect(() => fiscalYearRange(2570.5)).toThrow(RangeError)
  })

  it('agree with fiscalYearOf / fiscalQuarterOf / fiscalHalfOf on every day of FY 2568–2572', () => {
    for (let fy = 2568; fy <= 2572; fy++) {
      const year = fiscalYearRange(fy)
      expect(addCalendarDays(year.start, -1)).toBe(fiscalYearRange(fy - 1).end)
      const quarters = ([1, 2, 3, 4] as const).map((q) => quarterRange(fy, q))
      const halves = ([1, 2] as const).map((h) => halfRange(fy, h))
      expect(quarters[0]?.start).toBe(year.start)
      expect(quarters[3]?.end).toBe(year.end)
      for (let date = year.start; date <= year.end; date = addCalendarDays(date, 1)) {
        const { quarter } = fiscalQuarterOf(date)
        const { half } = fiscalHalfOf(date)
        const ok =
          fiscalYearOf(date) === fy &&
          fiscalQuarterOf(date).fiscalYear === fy &&
          isWithinRange(date, quarterRange(fy, quarter)) &&
          isWithinRange(date, halfRange(fy, half)) &&
          quarters.filter((range) => isWithinRange(date, range)).length === 1 &&
          halves.filter((range) => isWithinRange(date, range)).length === 1
        if (!ok) expect.fail(`${date} in FY ${fy}`)
      }
    }
  })
})

describe('the current fiscal year', () => {
  it('changes at midnight Bangkok time on 1 October', () => {
    expect(currentFiscalYear(new Date('2026-09-30T16:59:59Z'))).toBe(2569)
    expect(currentFiscalYear(new Date('2026-09-30T17:00:00Z'))).toBe(2570)
  })
})
