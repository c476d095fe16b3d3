import { describe, expect, it } from 'vitest'
import {
  indicatorChanges,
  ITA_INDICATORS,
  itaTrend,
  rankWithinGroup,
  rulesForFiscalYear,
  scoreIta,
  shareMeetingTarget,
  validateScoringRules,
  type IndicatorScores,
  type ItaScoringRules,
} from './ita-score.domain.ts'
import { ITA_SCORING_RULES } from './ita-scoring-rules.data.ts'

const rules = (fiscalYear: number) => rulesForFiscalYear(ITA_SCORING_RULES, fiscalYear)!

/** Scores by tool: five IIT, three EIT, two OIT values. */
function scores(iit: number[], eit: number[], oit: number[]): IndicatorScores {
  const all = [...iit, ...eit, ...oit]
  return Object.fromEntries(all.map((s, i) => [i + 1, s])) as unknown as IndicatorScores
}
const same = (iit: number, eit: number, oit: number) => scores([iit, iit, iit, iit, iit], [eit, eit, eit], [oit, oit])

// Seed 001: Nakhon Pathom's FY 2564 scores, by indicator number (the seed lists them weakest first).
const NAKHON_PATHOM_2564 = scores([90.5, 81.23, 84.6, 79.43, 80.66], [86.41, 87.21, 82.82], [100, 100])

describe('the ten ITA indicators', () => {
  it('are five IIT, three EIT and two OIT indicators, numbered 1–10', () => {
    expect(ITA_INDICATORS.map((i) => i.tool).join(' ')).toBe('IIT IIT IIT IIT IIT EIT EIT EIT OIT OIT')
    expect(ITA_INDICATORS.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(ITA_INDICATORS[2]?.th).toBe('การใช้อำนาจ')
  })
})

describe('the ITA score: 0.30 × IIT + 0.30 × EIT + 0.40 × OIT', () => {
  it('scores seed 001’s province by hand: IIT 83.284, EIT 85.48, OIT 100 → 90.6292 → 90.63, grade A', () => {
    // IIT (90.50+81.23+84.60+79.43+80.66)/5 = 416.42/5 = 83.284; EIT 256.44/3 = 85.48.
    // 0.3 × 83.284 + 0.3 × 85.48 + 0.4 × 100 = 24.9852 + 25.644 + 40 = 90.6292.
    const result = scoreIta(NAKHON_PATHOM_2564, rules(2564))
    expect(result.tools).toEqual({ IIT: 83.28, EIT: 85.48, OIT: 100 })
    expect(result.total).toBe(90.63)
    expect(result.rating.th).toBe('A')
    expect(result.meetsTarget).toBe(true)
  })

  it('rounds the published total half-up exactly where floating point would not', () => {
    // 0.3 × 80.35 + 0.3 × 90 + 0.4 × 100 = 24.105 + 27 + 40 = 91.105 → 91.11 (floats say 91.10499…).
    expect(scoreIta(same(80.35, 90, 100), rules(2565)).total).toBe(91.11)
  })

  it('applies the grade bands up to FY 2565 at their edges', () => {
    const grade = (s: number) => scoreIta(same(s, s, s), rules(2565)).rating.th
    expect([100, 95, 94.99, 85, 84.99, 75, 65, 55, 54.99, 50, 49.99, 0].map(grade)).toEqual(
      ['AA', 'AA', 'A', 'A', 'B', 'B', 'C', 'D', 'E', 'E', 'F', 'F'],
    )
  })

  it('from FY 2566 caps the label when a tool is under 85: ita.md’s 94.64 with EIT under 85 is only ผ่าน', () => {
    // IIT 100, EIT (82.13+82.13+82.14)/3 = 82.1333…, OIT 100: 30 + 24.64 + 40 = 94.64.
    const result = scoreIta(scores([100, 100, 100, 100, 100], [82.13, 82.13, 82.14], [100, 100]), rules(2566))
    expect(result.total).toBe(94.64)
    expect(result.tools.EIT).toBe(82.13)
    expect(result.rating.th).toBe('ผ่าน')
    expect(scoreIta(NAKHON_PATHOM_2564, rules(2568)).rating.th).toBe('ผ่าน')
  })

  it('labels FY 2566 onwards ผ่านดีเยี่ยม / ผ่านดี / ไม่ผ่าน by the (unverified) cut-offs', () => {
    const label = (s: number) => scoreIta(same(s, s, s), rules(2569)).rating.th
    expect([95, 94.99, 85, 84.99].map(label)).toEqual(['ผ่านดีเยี่ยม', 'ผ่านดี', 'ผ่านดี', 'ไม่ผ่าน'])
    expect(rules(2569).verified).toBe(false)
    expect(rules(2575).kind).toBe('pass-labels')
  })

  it('has no rules before the ten-indicator design', () => {
    expect(rulesForFiscalYear(ITA_SCORING_RULES, 2561)).toBeUndefined()
  })

  it('refuses a score with three decimals or above 100', () => {
    expect(() => scoreIta(same(85.555, 90, 90), rules(2565))).toThrow(RangeError)
    expect(() => scoreIta(same(100.01, 90, 90), rules(2565))).toThrow(RangeError)
  })
})

describe('scoring rules as data', () => {
  it('ships consistent rules', () => {
    expect(validateScoringRules(ITA_SCORING_RULES)).toEqual([])
  })

  it('catches weights that do not add up to 1, bands out of order and overlapping years', () => {
    const base = ITA_SCORING_RULES[0]!
    const broken: ItaScoringRules[] = [
      { ...base, weights: { IIT: 0.3, EIT: 0.3, OIT: 0.3 } },
      { ...base, fromFiscalYear: 2565, toFiscalYear: 2566, bands: [...base.bands].reverse() },
    ]
    expect(validateScoringRules(broken)).toEqual([
      'rules 1 (FY 2562–2565): weights must add up to 1',
      'rules 2 (FY 2565–2566): the last band must start at 0',
      'rules 2 (FY 2565–2566): bands must run from highest to lowest',
      'rules 2 (FY 2565–2566): overlaps an earlier rule set',
    ])
  })
})

describe('ranking within a province', () => {
  it('gives equal totals the same rank and skips the next (1, 2, 2, 4), unscored agencies last', () => {
    const ranked = rankWithinGroup([
      { name: 'เทศบาลตำบลหนองบัว', total: 90.63 },
      { name: 'องค์การบริหารส่วนตำบลบ้านใหม่', total: null },
      { name: 'เทศบาลตำบลเวียงทอง', total: 94.64 },
      { name: 'เทศบาลตำบลแม่ริม', total: 80 },
      { name: 'เทศบาลตำบลกลางเวียง', total: 90.63 },
    ])
    expect(ranked.map((r) => [r.rank, r.entry.name])).toEqual([
      [1, 'เทศบาลตำบลเวียงทอง'],
      [2, 'เทศบาลตำบลกลางเวียง'],
      [2, 'เทศบาลตำบลหนองบัว'],
      [4, 'เทศบาลตำบลแม่ริม'],
      [null, 'องค์การบริหารส่วนตำบลบ้านใหม่'],
    ])
  })
})

describe('trends between years', () => {
  it('compares each year with the previous year that has a result', () => {
    expect(itaTrend([{ fiscalYear: 2566, total: 88.5 }, { fiscalYear: 2564, total: 90.63 }, { fiscalYear: 2567, total: 88.5 }])).toEqual([
      { fiscalYear: 2564, total: 90.63, change: null, sinceFiscalYear: null, direction: null },
      { fiscalYear: 2566, total: 88.5, change: -2.13, sinceFiscalYear: 2564, direction: 'down' },
      { fiscalYear: 2567, total: 88.5, change: 0, sinceFiscalYear: 2566, direction: 'same' },
    ])
  })

  it('gives per-indicator changes without floating-point noise', () => {
    const after = scores([90.6, 81.33, 84.6, 85.43, 80.66], [86.41, 87.21, 82.82], [100, 99.9])
    const changes = indicatorChanges(NAKHON_PATHOM_2564, after)
    expect(changes.map((c) => c.change)).toEqual([0.1, 0.1, 0, 6, 0, 0, 0, 0, 0, -0.1])
  })

  it('counts agencies reaching the national target', () => {
    expect(shareMeetingTarget([90, 85, 84.99], 85)).toEqual({ meeting: 2, of: 3, percent: 66.67 })
    expect(shareMeetingTarget([], 85)).toEqual({ meeting: 0, of: 0, percent: 0 })
  })
})
