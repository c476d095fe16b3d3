import { describe, expect, it } from 'vitest'
import type { IsoDate } from '../../platform/thai-calendar/index.ts'
import { declarationDueOn, isLate, needsRuling, reminderDue } from './gifts.domain.ts'

const d = (s: string) => s as IsoDate

describe('the 30-day clock for gifts over 3,000 baht', () => {
  it('only gifts over 3,000 baht need the head’s ruling', () => {
    expect(needsRuling(300_000)).toBe(false)
    expect(needsRuling(300_001)).toBe(true)
  })

  it.each([
    // Received Mon 2 Nov 2026: 30 days later is Wed 2 Dec, a working day.
    ['2026-11-02', [], '2026-12-02'],
    // Received Fri 6 Nov: 30 days later is Sun 6 Dec → Mon 7 Dec.
    ['2026-11-06', [], '2026-12-07'],
    // Received Wed 4 Nov: Fri 4 Dec is a working day… unless it is a holiday; then past the weekend to Mon 7 Dec.
    ['2026-11-04', ['2026-12-04'], '2026-12-07'],
    // Received 5 Nov: 5 Dec (Sat, Father's Day) → Mon 7 Dec is its substitute day → Tue 8 Dec.
    ['2026-11-05', ['2026-12-05', '2026-12-07'], '2026-12-08'],
    // Across the year end: 1 Dec + 30 = 31 Dec (holiday) → 1 Jan (holiday) → Sat/Sun → Mon 4 Jan 2027.
    ['2026-12-01', ['2026-12-31', '2027-01-01'], '2027-01-04'],
  ])('received %s, holidays %j → due %s', (received, holidays, due) => {
    expect(declarationDueOn(d(received), new Set(holidays.map(d)))).toBe(due)
  })

  it('is late only after the due day', () => {
    expect(isLate(d('2026-12-07'), d('2026-12-07'))).toBe(false)
    expect(isLate(d('2026-12-07'), d('2026-12-08'))).toBe(true)
  })

  it('reminds from a week before, then once after the deadline', () => {
    expect(reminderDue(d('2026-12-10'), d('2026-12-02'), null)).toBe(false)
    expect(reminderDue(d('2026-12-10'), d('2026-12-03'), null)).toBe(true)
    expect(reminderDue(d('2026-12-10'), d('2026-12-05'), d('2026-12-03'))).toBe(false)
    expect(reminderDue(d('2026-12-10'), d('2026-12-11'), d('2026-12-03'))).toBe(true)
    expect(reminderDue(d('2026-12-10'), d('2026-12-12'), d('2026-12-11'))).toBe(false)
  })
})
