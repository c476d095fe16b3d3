import { describe, expect, it } from 'vitest'
import type { Answers } from '../../platform/forms/form-answers.ts'
import type { FormDefinition } from '../../platform/forms/form-definition.ts'
import { scaleItem } from '../../platform/forms/form-scales.ts'
import { ITA_SCORING_RULES, rulesForFiscalYear, scoreIta, type IndicatorScores } from '../ita-results/index.ts'
import { biggestGains, DEFAULT_POINT_MAPPING, indicatorOfItem, indicatorScoresFromSurvey } from './survey-prediction.domain.ts'
import { tallyOf } from './survey.domain.ts'
import { EIT_TEMPLATE, IIT_TEMPLATE, SATISFACTION_TEMPLATE } from './survey-templates.data.ts'
import { definitionProblems } from '../../platform/forms/form-definition.ts'

const def: FormDefinition = {
  key: 'prediction-example',
  title: { th: 'ตัวอย่าง', en: 'Example' },
  headSignOff: false,
  sections: [
    {
      id: 's1',
      number: '1',
      title: { th: 'ตัวชี้วัดที่ 1', en: 'Indicator 1' },
      items: [
        scaleItem({ id: 'ind1_q1', number: '1.1', title: { th: 'ข้อ 1', en: 'Q1' }, scale: 'four_level', notApplicable: true }),
        scaleItem({ id: 'ind1_q2', number: '1.2', title: { th: 'ข้อ 2', en: 'Q2' }, scale: 'yes_no', notApplicable: true }),
      ],
    },
  ],
}
const pick = (v: string) => ({ type: 'choice' as const, values: [v] })

describe('the unofficial ITA estimate', () => {
  it('scores an indicator as the mean of the points of every answer, leaving "not applicable" out (hand-computed)', () => {
    const responses: Answers[] = [
      { ind1_q1: pick('4'), ind1_q2: pick('yes') }, // 100, 100
      { ind1_q1: pick('2'), ind1_q2: pick('na') }, // 33.33, —
      { ind1_q1: pick('3'), ind1_q2: pick('no') }, // 66.67, 0
    ]
    // (100 + 100 + 33.33 + 66.67 + 0) / 5 = 300 / 5 = 60
    expect(indicatorScoresFromSurvey(def, tallyOf(responses), DEFAULT_POINT_MAPPING).get(1)).toEqual({ score: 60, answers: 5 })
    // With the mapping edited to 25/50/75/100: (100 + 100 + 50 + 75 + 0) / 5 = 65
    expect(indicatorScoresFromSurvey(def, tallyOf(responses), { ...DEFAULT_POINT_MAPPING, fourLevel: [25, 50, 75, 100] }).get(1)?.score).toBe(65)
  })

  it('predicts the total and label by the year\'s rules and names the three indicators that would gain most (hand-computed)', () => {
    const scores = { 1: 60, 2: 80, 3: 70, 4: 90, 5: 50, 6: 90, 7: 85, 8: 80, 9: 75, 10: 95 } as IndicatorScores
    const rules = rulesForFiscalYear(ITA_SCORING_RULES, 2568)!
    // IIT mean 70, EIT mean 85, OIT mean 85: 0.30 × 70 + 0.30 × 85 + 0.40 × 85 = 21 + 25.5 + 34 = 80.5
    const predicted = scoreIta(scores, rules)
    expect(predicted.tools).toEqual({ IIT: 70, EIT: 85, OIT: 85 })
    expect(predicted.total).toBe(80.5)
    expect(predicted.rating.th).toBe('ไม่ผ่าน')
    // Gain = weight / indicators of the tool × (100 − score): 9 → 0.2 × 25 = 5, 5 → 0.06 × 50 = 3, 1 → 0.06 × 40 = 2.4
    expect(biggestGains(new Map(Object.entries(scores).map(([k, v]) => [Number(k), v])), rules.weights)).toEqual([
      { indicator: 9, gain: 5 },
      { indicator: 5, gain: 3 },
      { indicator: 1, gain: 2.4 },
    ])
  })

  it('has built-in IIT and EIT templates that cover indicators 1–5 and 6–8 on the official scales', () => {
    expect(definitionProblems(IIT_TEMPLATE)).toEqual([])
    expect(definitionProblems(EIT_TEMPLATE)).toEqual([])
    expect(definitionProblems(SATISFACTION_TEMPLATE)).toEqual([])
    const indicators = (d: FormDefinition) => [...new Set(d.sections.flatMap((s) => s.items.map((i) => indicatorOfItem(i.id))))]
    expect(indicators(IIT_TEMPLATE)).toEqual([1, 2, 3, 4, 5])
    expect(indicators(EIT_TEMPLATE)).toEqual([6, 7, 8])
  })
})
