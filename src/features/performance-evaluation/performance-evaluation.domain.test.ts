import { describe, expect, it } from 'vitest'
import { committeeResult, completionProblems, isEvidencePath, levelOf } from './performance-evaluation.domain.ts'

const ind = (id: string, dimension: string, weight = 1) => ({ id, dimension, name: id, weight, evidenceUrl: '' })
const INDICATORS = [ind('m1', 'mission', 3), ind('m2', 'mission', 1), ind('s1', 'service'), ind('c1', 'cost'), ind('f1', 'satisfaction')]

describe('the committee result', () => {
  it('averages members per indicator, weights indicators within a dimension, and averages the four dimensions', () => {
    const scores = [
      { userId: 'a', indicatorId: 'm1', score: 5 },
      { userId: 'b', indicatorId: 'm1', score: 3 },
      { userId: 'a', indicatorId: 'm2', score: 1 },
      { userId: 'b', indicatorId: 'm2', score: 1 },
      ...['s1', 'c1', 'f1'].flatMap((i) => [
        { userId: 'a', indicatorId: i, score: 4 },
        { userId: 'b', indicatorId: i, score: 5 },
      ]),
    ]
    const r = committeeResult(INDICATORS, scores, [
      { userId: 'a', outside: true, submitted: true },
      { userId: 'b', outside: false, submitted: true },
    ])
    expect(r.indicators.find((i) => i.id === 'm1')!.mean).toBe(4)
    // mission: (4×3 + 1×1) / 4 = 3.25 → 65%; the others 4.5 → 90%.
    expect(r.dimensions).toEqual([
      { key: 'mission', percent: 65 },
      { key: 'service', percent: 90 },
      { key: 'cost', percent: 90 },
      { key: 'satisfaction', percent: 90 },
    ])
    expect(r.overall).toBe(83.8)
    expect(r.level.th).toBe('ดีมาก')
    expect(r.outsideMembers).toBe(1)
  })

  it('is not ready without an outside member, an indicator in each dimension, or every sheet complete', () => {
    const members = [{ userId: 'a', outside: false, submitted: true }]
    const problems = completionProblems(INDICATORS.slice(0, 3), [{ userId: 'a', indicatorId: 'm1', score: 3 }], members)
    expect(problems.map((p) => p.en)).toEqual(['Dimension 3: cost-effectiveness has no indicator', 'Dimension 4: citizen satisfaction has no indicator', 'The committee needs at least one outside member', 'Some members have not scored every indicator'])
    expect(levelOf(59.9).en).toBe('Needs improvement')
  })

  it('takes evidence only from the agency’s own public pages', () => {
    expect(isEvidencePath('wiang-thong', '/o/wiang-thong/services/statistics')).toBe(true)
    expect(isEvidencePath('wiang-thong', '/o/nong-bua/services/statistics')).toBe(false)
    expect(isEvidencePath('wiang-thong', 'https://evil.example/o/wiang-thong/')).toBe(false)
    expect(isEvidencePath('wiang-thong', '')).toBe(true)
  })
})
