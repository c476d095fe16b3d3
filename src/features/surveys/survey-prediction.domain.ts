/**
 * The unofficial estimate of an agency's ITA score from its own rehearsal surveys (B3). The point
 * a level earns is per-fiscal-year data the ITA coordinator may edit: ita.md calls the mapping
 * 0 / 33.33 / 66.67 / 100 unverified, so it is offered as a default and labelled so.
 */
import { answerableItems, type FormDefinition } from '../../platform/forms/form-definition.ts'
import { scaleLevel, scaleOf } from '../../platform/forms/form-scales.ts'
import type { ChoiceTally } from './survey.domain.ts'

export type PointMapping = {
  /** Points for levels 1–4 of the four-level scale. */
  fourLevel: [number, number, number, number]
  yes: number
  no: number
  verified: boolean
}

export const DEFAULT_POINT_MAPPING: PointMapping = { fourLevel: [0, 33.33, 66.67, 100], yes: 100, no: 0, verified: false }

export function pointMappingProblems(m: PointMapping): string[] {
  const all = [...m.fourLevel, m.yes, m.no]
  const problems: string[] = []
  if (all.some((p) => !Number.isFinite(p) || p < 0 || p > 100)) problems.push('points are 0–100')
  if (m.fourLevel.some((p, i) => i > 0 && p < m.fourLevel[i - 1]!)) problems.push('a higher level may not earn fewer points')
  return problems
}

/** The indicator an item feeds, from its id (`ind7_q2` → 7); null for items outside the ten. */
export function indicatorOfItem(itemId: string): number | null {
  const m = /^ind(\d{1,2})_/.exec(itemId)
  const n = m ? Number(m[1]) : NaN
  return n >= 1 && n <= 10 ? n : null
}

/** Points of one answer on one item; null when not scored ("not applicable", blank, not a scale). */
export function pointsFor(m: PointMapping, scale: 'four_level' | 'yes_no' | 'five_level', level: number | 'na' | null): number | null {
  if (level === null || level === 'na') return null
  if (scale === 'four_level') return m.fourLevel[level - 1] ?? null
  if (scale === 'yes_no') return level === 1 ? m.yes : m.no
  return null
}

/** Rounds half up to two decimals as published ITA figures are. */
export function round2(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100
}

/**
 * Per indicator: the mean of the points of every scored answer to its items (each answer to each
 * item counts once; "not applicable" is left out of both sides), rounded to two decimals. Takes
 * the per-option counts the database sums, not the answers themselves.
 */
export function indicatorScoresFromSurvey(def: FormDefinition, tally: ChoiceTally, m: PointMapping): Map<number, { score: number; answers: number }> {
  const sums = new Map<number, { sum: number; n: number }>()
  const items = answerableItems(def)
    .map((item) => ({ item, scale: scaleOf(item), indicator: indicatorOfItem(item.id) }))
    .filter((x): x is typeof x & { scale: 'four_level' | 'yes_no' | 'five_level'; indicator: number } => x.scale !== null && x.indicator !== null)
  for (const { item, scale, indicator } of items) {
    for (const [value, count] of tally.get(item.id) ?? []) {
      const p = pointsFor(m, scale, scaleLevel(item, { type: 'choice', values: [value] }))
      if (p === null) continue
      const s = sums.get(indicator) ?? { sum: 0, n: 0 }
      s.sum += p * count
      s.n += count
      sums.set(indicator, s)
    }
  }
  return new Map([...sums].map(([k, s]) => [k, { score: round2(s.sum / s.n), answers: s.n }]))
}

/**
 * What raising each indicator to 100 would add to the total: the tool's weight shared equally
 * among its indicators, times the indicator's shortfall. The three largest are where to work.
 */
export function biggestGains(scores: ReadonlyMap<number, number>, weights: { IIT: number; EIT: number; OIT: number }, take = 3): { indicator: number; gain: number }[] {
  const toolOf = (n: number) => (n <= 5 ? 'IIT' : n <= 8 ? 'EIT' : 'OIT') as 'IIT' | 'EIT' | 'OIT'
  const perTool = { IIT: 5, EIT: 3, OIT: 2 }
  return [...scores]
    .map(([indicator, score]) => ({ indicator, gain: round2(((weights[toolOf(indicator)] / perTool[toolOf(indicator)]) * (100 - score))) }))
    .filter((g) => g.gain > 0)
    .sort((a, b) => b.gain - a.gain || a.indicator - b.indicator)
    .slice(0, take)
}
