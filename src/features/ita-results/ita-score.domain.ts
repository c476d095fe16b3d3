/**
 * ITA results (ita.md "The assessment"): ten indicators in three tools, a weighted total and
 * a grade or pass label. Weights, bands and labels are per-year data (ita-scoring-rules.data.ts)
 * because the NACC changes them; only the arithmetic lives here.
 *
 * Scores arrive with at most two decimals, so the arithmetic runs on whole hundredths and the
 * total is rounded half-up exactly: IIT 80.35, EIT 90, OIT 100 is 91.105 and publishes as
 * 91.11, where floating point (91.10499…) would give 91.10.
 */
import type { Bilingual } from '../../platform/i18n/locale.ts'

export const ITA_TOOLS = ['IIT', 'EIT', 'OIT'] as const
export type ItaTool = (typeof ITA_TOOLS)[number]
export const ITA_TOOL_LABELS: Record<ItaTool, Bilingual> = {
  IIT: { th: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)', en: 'Internal Integrity and Transparency Assessment (IIT)' },
  EIT: { th: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)', en: 'External Integrity and Transparency Assessment (EIT)' },
  OIT: { th: 'แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)', en: 'Open Data Integrity and Transparency Assessment (OIT)' },
}

export const INDICATOR_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const
export type IndicatorNumber = (typeof INDICATOR_NUMBERS)[number]

export interface ItaIndicator {
  readonly number: IndicatorNumber
  readonly th: string
  readonly en: string
  readonly tool: ItaTool
}

/** Stable since about FY 2562 (ita.md). */
export const ITA_INDICATORS: readonly ItaIndicator[] = [
  { number: 1, th: 'การปฏิบัติหน้าที่', en: 'Performance of duty', tool: 'IIT' },
  { number: 2, th: 'การใช้งบประมาณ', en: 'Use of budget', tool: 'IIT' },
  { number: 3, th: 'การใช้อำนาจ', en: 'Use of authority', tool: 'IIT' },
  { number: 4, th: 'การใช้ทรัพย์สินของราชการ', en: 'Use of government property', tool: 'IIT' },
  { number: 5, th: 'การแก้ไขปัญหาการทุจริต', en: 'Solving corruption problems', tool: 'IIT' },
  { number: 6, th: 'คุณภาพการดำเนินงาน', en: 'Quality of operations', tool: 'EIT' },
  { number: 7, th: 'ประสิทธิภาพการสื่อสาร', en: 'Communication efficiency', tool: 'EIT' },
  { number: 8, th: 'การปรับปรุงระบบการทำงาน', en: 'Improving work systems', tool: 'EIT' },
  { number: 9, th: 'การเปิดเผยข้อมูล', en: 'Information disclosure', tool: 'OIT' },
  { number: 10, th: 'การป้องกันการทุจริต', en: 'Corruption prevention', tool: 'OIT' },
]

export function indicator(number: IndicatorNumber): ItaIndicator {
  return ITA_INDICATORS[number - 1]!
}

export function isIndicatorNumber(value: number): value is IndicatorNumber {
  return Number.isInteger(value) && value >= 1 && value <= 10
}

/** A grade (AA…F) or pass label; bands are tried highest first and the first that fits wins. */
export interface RatingBand {
  readonly label: Bilingual
  readonly min: number
  /** A tool scoring below this caps the label (post-2566 rule); null when the band has no such rule. */
  readonly everyToolAtLeast: number | null
}

export interface ItaScoringRules {
  readonly fromFiscalYear: number
  /** Inclusive; null = until a newer rule set is added. */
  readonly toFiscalYear: number | null
  readonly kind: 'grades' | 'pass-labels'
  readonly weights: Readonly<Record<ItaTool, number>>
  readonly bands: readonly RatingBand[]
  /** The national target counts agencies at or above this total (85). */
  readonly targetScore: number
  readonly verified: boolean
  readonly note: string
}

export type IndicatorScores = Readonly<Record<IndicatorNumber, number>>

export interface ItaScore {
  readonly tools: Readonly<Record<ItaTool, number>>
  readonly total: number
  readonly rating: Bilingual
  readonly meetsTarget: boolean
}

export function rulesForFiscalYear(all: readonly ItaScoringRules[], fiscalYear: number): ItaScoringRules | undefined {
  return all.find((r) => fiscalYear >= r.fromFiscalYear && (r.toFiscalYear === null || fiscalYear <= r.toFiscalYear))
}

/** Problems with a rule set as an admin would edit it (weights summing to 1, bands in order…). */
export function validateScoringRules(all: readonly ItaScoringRules[]): string[] {
  const problems: string[] = []
  all.forEach((rules, index) => {
    const where = `rules ${index + 1} (FY ${rules.fromFiscalYear}–${rules.toFiscalYear ?? '…'})`
    const bp = ITA_TOOLS.map((tool) => rules.weights[tool] * 10_000)
    if (bp.some((w) => !Number.isInteger(Math.round(w)) || Math.abs(w - Math.round(w)) > 1e-6 || w < 0)) {
      problems.push(`${where}: weights need at most four decimals`)
    } else if (bp.reduce((a, b) => a + Math.round(b), 0) !== 10_000) problems.push(`${where}: weights must add up to 1`)
    const mins = rules.bands.map((b) => b.min)
    if (mins.length === 0 || mins[mins.length - 1] !== 0) problems.push(`${where}: the last band must start at 0`)
    if (mins.some((m, i) => i > 0 && m > mins[i - 1]!)) problems.push(`${where}: bands must run from highest to lowest`)
    if (rules.toFiscalYear !== null && rules.toFiscalYear < rules.fromFiscalYear) problems.push(`${where}: years run backwards`)
    const overlaps = all.some(
      (other, j) =>
        j < index &&
        other.fromFiscalYear <= (rules.toFiscalYear ?? Infinity) &&
        rules.fromFiscalYear <= (other.toFiscalYear ?? Infinity),
    )
    if (overlaps) problems.push(`${where}: overlaps an earlier rule set`)
  })
  return problems
}

/** Whole hundredths of a score with at most two decimals; anything finer is a caller bug. */
export function toHundredths(score: number): number {
  const hundredths = Math.round(score * 100)
  if (!Number.isFinite(score) || Math.abs(score * 100 - hundredths) > 1e-6 || hundredths < 0 || hundredths > 10_000) {
    throw new RangeError(`an ITA score is 0–100 with at most two decimals, got ${score}`)
  }
  return hundredths
}

/** numerator / denominator rounded half-up, both non-negative whole numbers. */
function roundHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator))
}

export function scoreIta(scores: IndicatorScores, rules: ItaScoringRules): ItaScore {
  const sums = { IIT: 0, EIT: 0, OIT: 0 }
  const counts = { IIT: 0, EIT: 0, OIT: 0 }
  for (const ind of ITA_INDICATORS) {
    sums[ind.tool] += toHundredths(scores[ind.number])
    counts[ind.tool] += 1
  }
  // Exact: total (in hundredths) = Σ weight × sum / count, over the common denominator 10 000 × 30.
  const common = ITA_TOOLS.reduce((l, tool) => lcm(l, counts[tool]), 1)
  let numerator = 0
  for (const tool of ITA_TOOLS) numerator += Math.round(rules.weights[tool] * 10_000) * sums[tool] * (common / counts[tool])
  const total = roundHalfUp(numerator, 10_000 * common) / 100
  const tools = {
    IIT: roundHalfUp(sums.IIT, counts.IIT) / 100,
    EIT: roundHalfUp(sums.EIT, counts.EIT) / 100,
    OIT: roundHalfUp(sums.OIT, counts.OIT) / 100,
  }
  return { tools, total, rating: ratingFor(total, tools, rules), meetsTarget: total >= rules.targetScore }
}

/** Judged on the published (rounded) figures, so the label always agrees with what people see. */
export function ratingFor(total: number, tools: Readonly<Record<ItaTool, number>>, rules: ItaScoringRules): Bilingual {
  const lowestTool = Math.min(...ITA_TOOLS.map((t) => tools[t]))
  const band = rules.bands.find((b) => total >= b.min && (b.everyToolAtLeast === null || lowestTool >= b.everyToolAtLeast))
  return (band ?? rules.bands[rules.bands.length - 1]!).label
}

function lcm(a: number, b: number): number {
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y))
  return (a * b) / gcd(a, b)
}

export interface RankedEntry<T> {
  readonly entry: T
  /** Competition ranking ("1, 2, 2, 4"); null for an agency without a result. */
  readonly rank: number | null
}

/** Ranking within a province or group: equal published totals share a rank; names break display ties. */
export function rankWithinGroup<T extends { readonly name: string; readonly total: number | null }>(entries: readonly T[]): RankedEntry<T>[] {
  const collator = new Intl.Collator('th')
  const scored = entries.filter((e) => e.total !== null)
  const sorted = [...scored].sort((a, b) => toHundredths(b.total!) - toHundredths(a.total!) || collator.compare(a.name, b.name))
  const ranked: RankedEntry<T>[] = []
  sorted.forEach((entry, index) => {
    const previous = ranked[index - 1]
    const tied = previous !== undefined && toHundredths(previous.entry.total!) === toHundredths(entry.total!)
    ranked.push({ entry, rank: tied ? previous.rank : index + 1 })
  })
  const unscored = entries.filter((e) => e.total === null).sort((a, b) => collator.compare(a.name, b.name))
  return [...ranked, ...unscored.map((entry) => ({ entry, rank: null }))]
}

export interface TrendPoint {
  readonly fiscalYear: number
  readonly total: number
  /** Against the previous year with a result (which may be more than one year back). */
  readonly change: number | null
  readonly sinceFiscalYear: number | null
  readonly direction: 'up' | 'down' | 'same' | null
}

export function itaTrend(history: readonly { readonly fiscalYear: number; readonly total: number }[]): TrendPoint[] {
  const sorted = [...history].sort((a, b) => a.fiscalYear - b.fiscalYear)
  return sorted.map((point, index) => {
    const before = index > 0 ? sorted[index - 1]! : null
    if (before === null) return { ...point, change: null, sinceFiscalYear: null, direction: null }
    const change = toHundredths(point.total) - toHundredths(before.total)
    return {
      ...point,
      change: change / 100,
      sinceFiscalYear: before.fiscalYear,
      direction: change > 0 ? 'up' : change < 0 ? 'down' : 'same',
    }
  })
}

/** Per-indicator change between two years, e.g. to see whether last year's weakest improved. */
export function indicatorChanges(before: IndicatorScores, after: IndicatorScores) {
  return ITA_INDICATORS.map((ind) => ({
    indicator: ind.number,
    before: before[ind.number],
    after: after[ind.number],
    change: (toHundredths(after[ind.number]) - toHundredths(before[ind.number])) / 100,
  }))
}

/** The national target's measure: how many agencies reach the target total (ita.md: ≥ 80 % at ≥ 85). */
export function shareMeetingTarget(totals: readonly number[], targetScore: number) {
  const meeting = totals.filter((t) => t >= targetScore).length
  return { meeting, of: totals.length, percent: totals.length === 0 ? 0 : roundHalfUp(meeting * 10_000, totals.length) / 100 }
}
