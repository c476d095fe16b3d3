import { describe, expect, it } from 'vitest'
import { AGENCY_PATH, allowed, everyRoleOf, sameAgency, sorted } from '../../../test/support/access-table.ts'
import { canDecide, canPublishCriteria, canRead, showsInFull, yearlySummary } from './fair-authority.domain.ts'

describe('fair use of authority: who, what is shown, the summary', () => {
  it('the head decides; the head and administrators publish criteria; the agency’s staff (not outside committee members) read', () => {
    expect(allowed((a) => canDecide(a, AGENCY_PATH))).toEqual(sameAgency('head'))
    expect(allowed((a) => canPublishCriteria(a, AGENCY_PATH))).toEqual(sorted('head@same', 'admin@same', 'admin@province', 'platform-admin'))
    expect(allowed((a) => canRead(a, AGENCY_PATH))).toEqual(sorted(everyRoleOf('same').filter((k) => k !== 'committee@same'), 'admin@province', 'platform-admin'))
  })

  it('evaluation scores are shown to their owner and to those who decide; selections to everyone', () => {
    expect(showsInFull('evaluation', { userId: 'a', manages: false }, 'a')).toBe(true)
    expect(showsInFull('evaluation', { userId: 'a', manages: false }, 'b')).toBe(false)
    expect(showsInFull('evaluation', { userId: 'a', manages: true }, 'b')).toBe(true)
    expect(showsInFull('training', { userId: 'a', manages: false }, 'b')).toBe(true)
  })

  it('the summary counts outcomes per kind and averages the score as a share of each decision’s maximum', () => {
    const s = yearlySummary([
      { kind: 'evaluation', outcome: 'excellent', total: 92, max: 100 },
      { kind: 'evaluation', outcome: 'very_good', total: 44, max: 50 },
      { kind: 'training', outcome: 'selected', total: 95, max: 100 },
    ])
    expect(s.map((k) => [k.kind, k.decisions, k.averagePercent])).toEqual([
      ['evaluation', 2, 90],
      ['assignment', 0, null],
      ['training', 1, 95],
    ])
    expect(s[0]!.byOutcome.filter((o) => o.count > 0)).toEqual([
      { outcome: 'excellent', count: 1 },
      { outcome: 'very_good', count: 1 },
    ])
  })
})
