import { describe, expect, it } from 'vitest'
import { halfYearEnd, halfYearOf, satisfactionPublication } from './survey.domain.ts'

describe('satisfaction results published twice a year', () => {
  it('names the fiscal half-years and where they end', () => {
    expect(halfYearOf('2026-10-01')).toEqual({ fiscalYear: 2570, half: 1 })
    expect(halfYearOf('2026-09-30')).toEqual({ fiscalYear: 2569, half: 2 })
    expect(halfYearEnd({ fiscalYear: 2570, half: 1 })).toBe('2027-03-31')
    expect(halfYearEnd({ fiscalYear: 2569, half: 2 })).toBe('2026-09-30')
  })

  it('is due at the end of this half-year until one is published, then at the end of the next; says when the last half had none', () => {
    // Nothing published: due 31 March 2027 for the half that began in October 2026, and the last half was missed.
    expect(satisfactionPublication([], '2026-12-07')).toEqual({ due: '2027-03-31', coveredNow: false, missedLast: true })
    // The demo's two rounds, closed in June and late October 2026: this half is covered, the next result is due by 30 September 2027.
    expect(satisfactionPublication(['2026-06-30', '2026-10-28'], '2026-12-07')).toEqual({ due: '2027-09-30', coveredNow: true, missedLast: false })
    // Only last half's: still due this half, nothing missed.
    expect(satisfactionPublication(['2026-06-30'], '2027-01-15')).toEqual({ due: '2027-03-31', coveredNow: false, missedLast: false })
  })
})
