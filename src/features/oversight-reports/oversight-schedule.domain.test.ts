import { describe, expect, it } from 'vitest'
import { isoDate } from '../../platform/thai-calendar/index.ts'
import { addressedAgencies, closesOnOf, deadlineOf, periodsOf } from './oversight-schedule.domain.ts'
import { can, isLate, nextStatus, ratesOf, TRANSITIONS } from './oversight-report.domain.ts'

describe('periods of the Thai fiscal year', () => {
  it('has four quarters from 1 October, two halves, twelve months and one year', () => {
    const q = periodsOf('quarterly', 2569)
    expect(q.map((p) => [p.key, p.startsOn, p.endsOn])).toEqual([
      ['2569-Q1', '2025-10-01', '2025-12-31'],
      ['2569-Q2', '2026-01-01', '2026-03-31'],
      ['2569-Q3', '2026-04-01', '2026-06-30'],
      ['2569-Q4', '2026-07-01', '2026-09-30'],
    ])
    expect(periodsOf('half_yearly', 2569).map((p) => p.endsOn)).toEqual(['2026-03-31', '2026-09-30'])
    const months = periodsOf('monthly', 2569)
    expect(months).toHaveLength(12)
    expect(months[0]).toMatchObject({ key: '2569-M01', startsOn: '2025-10-01', endsOn: '2025-10-31', label: { th: 'ตุลาคม 2568' } })
    expect(months[4]).toMatchObject({ startsOn: '2026-02-01', endsOn: '2026-02-28' })
    expect(periodsOf('yearly', 2569)).toEqual([expect.objectContaining({ startsOn: '2025-10-01', endsOn: '2026-09-30' })])
  })

  it('counts the deadline in business days after the period ends, skipping weekends and holidays', () => {
    const q1 = periodsOf('quarterly', 2569)[0]!
    // 31 Dec 2025 is a Wednesday; 1 and 2 January 2026 are holidays in the 2569 calendar.
    const holidays = [{ date: isoDate('2026-01-01') }, { date: isoDate('2026-01-02') }]
    expect(deadlineOf(q1, { kind: 'business_days', offset: 10, closesAfterDays: null }, holidays)).toBe('2026-01-16')
    expect(deadlineOf(q1, { kind: 'calendar_days', offset: 15, closesAfterDays: null }, holidays)).toBe('2026-01-15')
    expect(closesOnOf(isoDate('2026-01-16'), { kind: 'business_days', offset: 10, closesAfterDays: 30 })).toBe('2026-02-15')
    expect(closesOnOf(isoDate('2026-01-16'), { kind: 'business_days', offset: 10, closesAfterDays: null })).toBeNull()
  })
})

describe('who a schedule addresses', () => {
  const agencies = [
    { id: 'p', kind: 'province', parentId: null },
    { id: 'a', kind: 'sao', parentId: 'p' },
    { id: 'b', kind: 'provincial_office', parentId: 'p' },
  ]
  it('never includes the oversight body itself', () => {
    expect(addressedAgencies({ kind: 'all' }, agencies, 'p')).toEqual(['a', 'b'])
    expect(addressedAgencies({ kind: 'kinds', kinds: ['sao'] }, agencies, 'p')).toEqual(['a'])
    expect(addressedAgencies({ kind: 'chosen', ids: ['b', 'p', 'zz'] }, agencies, 'p')).toEqual(['b'])
  })
})

describe('a report through its states', () => {
  const coordinator = { contributor: true, coordinator: true, head: false, oversight: false }
  const head = { contributor: true, coordinator: false, head: true, oversight: false }
  const oversight = { contributor: false, coordinator: false, head: false, oversight: true }
  const open = { open: true }

  it('goes draft → head → submitted → returned → resubmitted → accepted, each step by its role', () => {
    expect(can(coordinator, 'not_started', 'save', open)).toBe(true)
    expect(nextStatus('not_started', 'save', 0)).toBe('draft')
    expect(can(coordinator, 'draft', 'send_to_head', open)).toBe(true)
    expect(can(coordinator, 'awaiting_head', 'sign_and_submit', open)).toBe(false)
    expect(can(head, 'awaiting_head', 'sign_and_submit', open)).toBe(true)
    expect(nextStatus('awaiting_head', 'sign_and_submit', 0)).toBe('submitted')
    expect(can(head, 'submitted', 'accept', open)).toBe(false)
    expect(can(oversight, 'submitted', 'return', open)).toBe(true)
    expect(can(coordinator, 'returned', 'save', open)).toBe(true)
    expect(nextStatus('awaiting_head', 'sign_and_submit', 1)).toBe('resubmitted')
    expect(nextStatus('awaiting_head', 'send_back', 1)).toBe('returned')
    expect(can(oversight, 'resubmitted', 'accept', open)).toBe(true)
    expect(can(coordinator, 'accepted', 'save', open)).toBe(false)
    expect(can(coordinator, 'draft', 'save', { open: false })).toBe(false)
  })

  it('declares only moves the database also allows', () => {
    const pairs = new Set(TRANSITIONS.map(([a, b]) => `${a}>${b}`))
    const statuses = ['not_started', 'draft', 'awaiting_head', 'submitted', 'returned', 'resubmitted', 'accepted'] as const
    const commands = ['save', 'send_to_head', 'send_back', 'sign_and_submit', 'accept', 'return'] as const
    const everyone = { contributor: true, coordinator: true, head: true, oversight: true }
    for (const s of statuses)
      for (const c of commands)
        for (const n of [0, 1]) {
          const to = nextStatus(s, c, n)
          if (can(everyone, s, c, open) && to !== s && !(n === 0 && (s === 'returned' || to === 'resubmitted')) && !(n > 0 && s === 'draft')) expect(pairs.has(`${s}>${to}`), `${s} → ${to}`).toBe(true)
        }
  })
})

describe('late, reporting rate and timeliness', () => {
  const deadline = isoDate('2026-01-16')
  it('judges late from the first submission, or from today when none', () => {
    expect(isLate({ firstSubmittedOn: isoDate('2026-01-16') }, deadline, isoDate('2026-03-01'))).toBe(false)
    expect(isLate({ firstSubmittedOn: isoDate('2026-01-17') }, deadline, isoDate('2026-03-01'))).toBe(true)
    expect(isLate({ firstSubmittedOn: null }, deadline, isoDate('2026-01-16'))).toBe(false)
    expect(isLate({ firstSubmittedOn: null }, deadline, isoDate('2026-01-19'))).toBe(true)
  })

  it('divides by the expected reports fixed for the period', () => {
    const rows = [
      { submissions: 1, firstSubmittedOn: isoDate('2026-01-10'), deadline },
      { submissions: 2, firstSubmittedOn: isoDate('2026-01-20'), deadline },
      { submissions: 0, firstSubmittedOn: null, deadline },
      { submissions: 1, firstSubmittedOn: isoDate('2026-01-16'), deadline },
    ]
    expect(ratesOf(rows)).toEqual({ expected: 4, received: 3, onTime: 2, reportingRate: 0.75, timeliness: 0.5 })
    expect(ratesOf([])).toEqual({ expected: 0, received: 0, onTime: 0, reportingRate: null, timeliness: null })
  })
})
