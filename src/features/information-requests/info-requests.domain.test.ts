import { describe, expect, it } from 'vitest'
import { isoDate } from '../../platform/thai-calendar/index.ts'
import { appealUntil, canMove, extendClock, latenessOf, pauseClock, resumeClock, startClock } from './info-requests.domain.ts'

const d = isoDate
// Monday 2026-12-07; Thursday 2026-12-10 is Constitution Day; 2026-12-31 New Year's Eve and Day are holidays.
const holidays = new Set([d('2026-12-10'), d('2026-12-31'), d('2027-01-01')])

describe('the deadline clock', () => {
  it('starts at 15 business days from receipt, skipping weekends and holidays', () => {
    expect(startClock(d('2026-12-07'), 15, holidays).due).toBe('2026-12-29')
  })

  it('pauses during clarification and resumes with the days that were left, on the right business day', () => {
    const started = startClock(d('2026-12-07'), 15, holidays)
    const paused = pauseClock(started, d('2026-12-09'), holidays)
    expect(paused).toMatchObject({ daysUsed: 2, due: null })
    // Clarified on Friday: 13 business days remain, counted from Monday.
    expect(resumeClock(paused, d('2026-12-11'), holidays).due).toBe('2026-12-30')
    // Clarified on Saturday: the same Monday starts the count.
    expect(resumeClock(paused, d('2026-12-12'), holidays).due).toBe('2026-12-30')
    // Clarified the following Monday: that day is not counted, Tuesday is day one.
    expect(resumeClock(paused, d('2026-12-14'), holidays).due).toBe('2027-01-04')
  })

  it('extends from the due date and flags lateness in business days', () => {
    const c = extendClock(startClock(d('2026-12-07'), 15, holidays), 15, holidays)
    expect(c.allowedDays).toBe(30)
    expect(latenessOf(d('2026-12-29'), d('2026-12-29'), 10, holidays)).toBe('on_time')
    expect(latenessOf(d('2026-12-29'), d('2026-12-30'), 10, holidays)).toBe('overdue')
    expect(latenessOf(d('2026-12-29'), d('2027-01-14'), 10, holidays)).toBe('very_overdue')
  })
})

describe('states and the appeal window', () => {
  it('allows only the moves of the Act’s procedure', () => {
    expect(canMove('received', 'clarification')).toBe(true)
    expect(canMove('clarification', 'answered_full')).toBe(false)
    expect(canMove('refused', 'in_progress')).toBe(false)
    expect(canMove('extended', 'clarification')).toBe(false)
  })
  it('gives 15 calendar days to appeal (s.18)', () => {
    expect(appealUntil(d('2026-12-25'))).toBe('2027-01-09')
  })
})
