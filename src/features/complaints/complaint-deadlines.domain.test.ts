import { describe, expect, it } from 'vitest'
import { isoDate } from '../../platform/thai-calendar/index.ts'
import { DEFAULT_GUIDELINE, guidelineProblems, stepDueDate, stepOf, urgencyOf } from './complaint-deadlines.domain.ts'

// Government holidays around the end of 2026 (from the shared calendar): 5 Dec (Sat) with its
// substitute on Mon 7 Dec, 10 Dec Constitution Day, 31 Dec New Year's Eve, 1 Jan 2027.
const holidays = new Set(['2026-12-05', '2026-12-07', '2026-12-10', '2026-12-31', '2027-01-01'].map(isoDate))

describe('complaint deadlines', () => {
  it('counts business days from the day after the step began, skipping weekends and holidays', () => {
    // From Thu 3 Dec: Fri 4, (Sat 5, Sun 6, Mon 7 off), Tue 8 = 2nd, Wed 9 = 3rd.
    expect(stepDueDate(isoDate('2026-12-03'), { businessDays: 3, responsibleUnit: { th: 'x', en: 'x' } }, holidays)).toBe('2026-12-09')
    // 15 business days from Wed 23 Dec: 24,25,28,29,30, (31, 1 Jan off) 4,5,6,7,8, 11,12,13,14,15 → Fri 15 Jan.
    expect(stepDueDate(isoDate('2026-12-23'), DEFAULT_GUIDELINE.report_back, holidays)).toBe('2027-01-15')
  })

  it('maps each status to the guideline step it is in', () => {
    expect(stepOf('received')).toBe('screening')
    expect(stepOf('accepted')).toBe('assignment')
    expect(stepOf('investigating')).toBe('investigation')
    expect(stepOf('not_accepted')).toBe('report_back')
    // The head's order has its own time frame (the guideline's decision step, 7 business days by default).
    expect(stepOf('awaiting_order')).toBe('decision')
    expect(DEFAULT_GUIDELINE.decision.businessDays).toBe(7)
    expect(stepOf('closed')).toBeNull()
  })

  it('calls a step overdue the day after its due date, due soon within two business days', () => {
    const due = isoDate('2026-12-11') // Friday
    expect(urgencyOf(due, isoDate('2026-12-12'), holidays)).toBe('overdue')
    expect(urgencyOf(due, isoDate('2026-12-11'), holidays)).toBe('due_soon')
    // Tue 8 → Fri 11 is 2 business days because Thu 10 is a holiday.
    expect(urgencyOf(due, isoDate('2026-12-08'), holidays)).toBe('due_soon')
    expect(urgencyOf(due, isoDate('2026-12-03'), holidays)).toBe('on_track')
  })

  it('accepts the default guideline and rejects a step without days or unit', () => {
    expect(guidelineProblems(DEFAULT_GUIDELINE)).toEqual({})
    const bad = { ...DEFAULT_GUIDELINE, screening: { businessDays: 0, responsibleUnit: { th: 'ก', en: '' } }, decision: { businessDays: 5, responsibleUnit: { th: ' ', en: '' } } }
    expect(Object.keys(guidelineProblems(bad))).toEqual(['screening', 'decision'])
  })
})
