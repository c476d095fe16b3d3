import { describe, expect, it } from 'vitest'
import { isoDate } from '../../platform/thai-calendar/index.ts'
import { answerDueOn, answerUrgency, median, responseFigures } from './webboard.domain.ts'

const d = isoDate
// 2026-12-07 is a Monday; 2026-12-10 (Constitution Day) is a holiday.
const holidays = new Set([d('2026-12-10')])

describe('answer due dates', () => {
  it('counts business days from the day after publication, skipping weekends and holidays', () => {
    expect(answerDueOn(d('2026-12-07'), 5, holidays)).toBe('2026-12-15')
    expect(answerDueOn(d('2026-12-04'), 1, holidays)).toBe('2026-12-07')
  })
  it('says when a question is due today or overdue', () => {
    expect(answerUrgency(d('2026-12-07'), d('2026-12-07'))).toBe('due_today')
    expect(answerUrgency(d('2026-12-07'), d('2026-12-08'))).toBe('overdue')
    expect(answerUrgency(d('2026-12-08'), d('2026-12-07'))).toBe('on_track')
  })
})

describe('response figures', () => {
  it('gives the median business days to answer and the share answered on time', () => {
    const f = responseFigures(
      [
        { publishedOn: d('2026-12-07'), answeredOn: d('2026-12-08'), dueOn: d('2026-12-15') },
        { publishedOn: d('2026-12-07'), answeredOn: d('2026-12-11'), dueOn: d('2026-12-15') },
        { publishedOn: d('2026-12-07'), answeredOn: d('2026-12-17'), dueOn: d('2026-12-15') },
      ],
      2,
      holidays,
    )
    expect(f).toEqual({ answered: 3, unanswered: 2, medianBusinessDays: 3, onTimePercent: 67 })
    expect(median([])).toBeNull()
    expect(median([1, 4])).toBe(2.5)
  })
})
