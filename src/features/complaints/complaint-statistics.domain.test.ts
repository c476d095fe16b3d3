import { describe, expect, it } from 'vitest'
import { isoDate } from '../../platform/thai-calendar/index.ts'
import { formatPercent, yearStatistics, type StatInput } from './complaint-statistics.domain.ts'

const row = (receivedOn: string, status: StatInput['status'], kind: StatInput['kind'] = 'corruption'): StatInput => ({ receivedOn: isoDate(receivedOn), status, kind })

describe('published complaint statistics', () => {
  it('splits a fiscal year at 1 April and leaves out other years', () => {
    const rows = [
      row('2025-09-30', 'closed'), // FY 2568
      row('2025-10-01', 'closed'), // FY 2569, first half
      row('2026-03-31', 'investigating'), // first half, last day
      row('2026-04-01', 'not_accepted', 'undue_delay'), // second half, first day
      row('2026-09-30', 'received', null), // second half, last day
      row('2026-10-01', 'closed'), // FY 2570
    ]
    const s = yearStatistics(rows, 2569)
    expect(s.year).toMatchObject({ total: 4, completed: 2, inProgress: 2, completedPct: 50, inProgressPct: 50, none: false })
    expect(s.firstHalf).toMatchObject({ total: 2, completed: 1, inProgress: 1 })
    expect(s.secondHalf).toMatchObject({ total: 2, completed: 1, inProgress: 1 })
    expect(s.year.byKind).toMatchObject({ corruption: 2, undue_delay: 1, unspecified: 1, neglect_of_duty: 0 })
  })

  it('says "none" for a period without complaints instead of dividing by zero', () => {
    const s = yearStatistics([row('2026-04-02', 'closed')], 2569)
    expect(s.firstHalf).toMatchObject({ total: 0, completedPct: 0, inProgressPct: 0, none: true })
    expect(s.secondHalf.none).toBe(false)
    expect(yearStatistics([], 2570).year.none).toBe(true)
  })

  it('rounds percentages to one decimal and writes them one way', () => {
    const s = yearStatistics([row('2026-01-05', 'closed'), row('2026-01-06', 'received'), row('2026-01-07', 'received')], 2569)
    expect(s.year.completedPct).toBe(33.3)
    expect(s.year.inProgressPct).toBe(66.7)
    expect([formatPercent(s.year.completedPct), formatPercent(50), formatPercent(0)]).toEqual(['33.3', '50.0', '0.0'])
  })

  it('tells a half-year that has not started from one without complaints, and counts review requests by the day asked', () => {
    const s = yearStatistics([row('2026-10-05', 'closed')], 2570, { today: isoDate('2027-01-10'), reviews: [isoDate('2026-12-01'), isoDate('2026-09-30')] })
    expect(s.firstHalf).toMatchObject({ notStarted: false, none: false, reviewRequests: 1 })
    expect(s.secondHalf).toMatchObject({ notStarted: true, none: true, reviewRequests: 0 })
    expect(s.year).toMatchObject({ notStarted: false, reviewRequests: 1 })
    expect(yearStatistics([], 2570, { today: isoDate('2027-04-01') }).secondHalf.notStarted).toBe(false)
  })
})
