import { describe, expect, it } from 'vitest'
import { ackState, needsReminder, numberMeasures, pickedFrom, SEED_002_MEASURES } from './oversight-announcement.domain.ts'

describe('announcement measures', () => {
  it('numbers picked catalogue measures in catalogue order, then typed ones', () => {
    const m = numberMeasures(SEED_002_MEASURES, ['s002-7', 's002-1'], ['  ', 'มาตรการของจังหวัดเอง'])
    expect(m.map((x) => [x.no, x.indicator, x.source])).toEqual([
      [1, 4, 'seed 002, measure 1'],
      [2, 3, 'seed 002, measure 7'],
      [3, null, 'typed'],
    ])
    expect(pickedFrom(SEED_002_MEASURES, m)).toEqual({ ids: ['s002-1', 's002-7'], typed: ['มาตรการของจังหวัดเอง'] })
  })
  it('seed 002 has seven measures with distinct ids', () => {
    expect(new Set(SEED_002_MEASURES.map((m) => m.id)).size).toBe(7)
  })
})

describe('acknowledgement', () => {
  it('tells an agency that acknowledged only an earlier version from one that never did', () => {
    expect(ackState({ acknowledgedAt: new Date() }, [1])).toEqual({ state: 'acknowledged', earlier: null })
    expect(ackState({ acknowledgedAt: null }, [1, 2])).toEqual({ state: 'acknowledged_earlier_version', earlier: 2 })
    expect(ackState({ acknowledgedAt: null }, [])).toEqual({ state: 'waiting', earlier: null })
  })
  it('reminds once a day and never after acknowledgement', () => {
    expect(needsReminder({ acknowledgedAt: null, lastRemindedOn: null }, '2026-12-07')).toBe(true)
    expect(needsReminder({ acknowledgedAt: null, lastRemindedOn: '2026-12-07' }, '2026-12-07')).toBe(false)
    expect(needsReminder({ acknowledgedAt: new Date(), lastRemindedOn: null }, '2026-12-07')).toBe(false)
  })
})
