import { describe, expect, it } from 'vitest'
import { isoDate } from '../../platform/thai-calendar/index.ts'
import { checkDelayNotice, daysLeftAtPause, dueAfterResume, followUpCode, normaliseCode, requestReference, statutoryDeadline, urgencyOf, canMove } from './service-requests.domain.ts'

const d = isoDate
// From the government holiday CSV: Songkran (Mon 13 – Wed 15 April 2026), Father's Day and its
// substitution (Sat 5, Mon 7 December 2026), Constitution Day (Thu 10 December), New Year (Thu 31 Dec, Fri 1 Jan 2027).
const holidays = new Set([d('2026-04-06'), d('2026-04-13'), d('2026-04-14'), d('2026-04-15'), d('2026-12-05'), d('2026-12-07'), d('2026-12-10'), d('2026-12-31'), d('2027-01-01')])

describe('the statutory deadline on the holiday calendar', () => {
  it('skips the Songkran long weekend: 3 business days from Thursday 9 April 2026 is Friday 17 April', () => {
    expect(statutoryDeadline(d('2026-04-09'), 3, 'business', holidays)).toBe('2026-04-17')
  })

  it('skips the New Year long weekend: 2 business days from Wednesday 30 December 2026 is Tuesday 5 January 2027', () => {
    expect(statutoryDeadline(d('2026-12-30'), 2, 'business', holidays)).toBe('2027-01-05')
  })

  it('counts calendar days straight through holidays when the manual says days', () => {
    expect(statutoryDeadline(d('2026-04-09'), 7, 'calendar', holidays)).toBe('2026-04-16')
  })

  it('never gives more than the 15 days of seed 004 §3.3, whatever the manual promises', () => {
    // 15 business days from Friday 4 December 2026: 7 Dec (substitution) and 10 Dec are holidays.
    expect(statutoryDeadline(d('2026-12-04'), 45, 'business', holidays)).toBe('2026-12-29')
    expect(statutoryDeadline(d('2026-12-04'), 45, 'business', holidays)).toBe(statutoryDeadline(d('2026-12-04'), 15, 'business', holidays))
  })
})

describe('the clock stops while documents are awaited', () => {
  it('keeps the business days that were left and restores them when the documents arrive', () => {
    // Due Friday 17 April; paused Thursday 9 April with 3 business days left (10, 16, 17).
    const left = daysLeftAtPause(d('2026-04-09'), d('2026-04-17'), 'business', holidays)
    expect(left).toBe(3)
    // Documents arrive Monday 20 April: the 3 days run again from there.
    expect(dueAfterResume(d('2026-04-20'), left, 'business', holidays)).toBe('2026-04-23')
  })
})

describe('delay notices', () => {
  const base = { status: 'in_progress' as const, dueOn: d('2026-04-17'), reason: 'รอผลตรวจสอบจากสำนักงานที่ดิน', newDueOn: d('2026-04-24'), lateConfirmed: false }

  it('are accepted up to and including the deadline day', () => {
    expect(checkDelayNotice({ ...base, today: d('2026-04-16') })).toEqual({ ok: true, late: false })
    expect(checkDelayNotice({ ...base, today: d('2026-04-17') })).toEqual({ ok: true, late: false })
  })

  it('need a reason and a new date after the deadline', () => {
    expect(checkDelayNotice({ ...base, today: d('2026-04-16'), reason: '  ', newDueOn: d('2026-04-17') })).toEqual({ ok: false, problems: ['reason_missing', 'new_date_not_later'] })
  })

  it('after the deadline are refused unless marked late, and then recorded as late', () => {
    expect(checkDelayNotice({ ...base, today: d('2026-04-20') })).toEqual({ ok: false, problems: ['after_deadline_needs_late_flag'] })
    expect(checkDelayNotice({ ...base, today: d('2026-04-20'), lateConfirmed: true })).toEqual({ ok: true, late: true })
  })

  it('cannot be sent for a closed request or one waiting for documents', () => {
    expect(checkDelayNotice({ ...base, status: 'approved', today: d('2026-04-16') })).toEqual({ ok: false, problems: ['not_open'] })
    expect(checkDelayNotice({ ...base, status: 'awaiting_documents', dueOn: null, today: d('2026-04-16') })).toEqual({ ok: false, problems: ['not_open'] })
  })
})

describe('states, urgency and numbers', () => {
  it('moves only along the workflow the database enforces', () => {
    expect(canMove('received', 'in_progress')).toBe(true)
    expect(canMove('awaiting_documents', 'approved')).toBe(false)
    expect(canMove('approved', 'in_progress')).toBe(false)
  })

  it('warns two business days ahead, across a long weekend', () => {
    expect(urgencyOf({ status: 'in_progress', dueOn: d('2026-04-17') }, d('2026-04-09'), holidays)).toBe('on_track')
    // A week before the deadline, but Songkran leaves only two working days (16, 17 April).
    expect(urgencyOf({ status: 'in_progress', dueOn: d('2026-04-17') }, d('2026-04-10'), holidays)).toBe('due_soon')
    expect(urgencyOf({ status: 'in_progress', dueOn: d('2026-04-17') }, d('2026-04-18'), holidays)).toBe('overdue')
    expect(urgencyOf({ status: 'awaiting_documents', dueOn: null }, d('2026-04-18'), holidays)).toBe('paused')
  })

  it('formats the reference and a follow-up code a person can read back', () => {
    expect(requestReference('คข', 2569, 42)).toBe('คข-2569-00042')
    const code = followUpCode(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 31]))
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/)
    expect(normaliseCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code)
  })
})
