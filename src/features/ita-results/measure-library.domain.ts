/**
 * The editable measure library (B2): measures offered per indicator, in Thai and English, with
 * where each came from. Retiring a measure stops it being offered; plans that chose it keep it.
 */
import type { Bilingual } from '../../platform/i18n/locale.ts'
import { isIndicatorNumber, type IndicatorNumber } from './ita-score.domain.ts'
import type { MeasureTemplate } from './improvement-plan.domain.ts'

export interface LibraryMeasure {
  readonly id: string
  readonly indicator: IndicatorNumber
  readonly th: string
  /** Empty for a starting measure nobody has translated yet. */
  readonly en: string
  readonly source: string
  readonly retired: boolean
}

export const MEASURE_TEXT_MAX = 500
export const MEASURE_SOURCE_MAX = 200

export type LibraryMeasureDraft = { indicator: number; th: string; en: string; source: string }
export type LibraryMeasureProblems = Partial<Record<'indicator' | 'th' | 'en' | 'source', Bilingual>>

/** Checks what an admin typed; `others` are the library's other live measures (no duplicate text on an indicator). */
export function checkLibraryMeasure(draft: LibraryMeasureDraft, others: readonly LibraryMeasure[]): LibraryMeasureProblems {
  const problems: LibraryMeasureProblems = {}
  if (!isIndicatorNumber(draft.indicator)) problems.indicator = { th: 'เลือกตัวชี้วัด 1–10', en: 'Choose an indicator 1–10' }
  const th = draft.th.trim()
  if (!th) problems.th = { th: 'กรุณาเขียนมาตรการเป็นภาษาไทย', en: 'Write the measure in Thai' }
  else if (th.length > MEASURE_TEXT_MAX) problems.th = { th: `มาตรการยาวไม่เกิน ${MEASURE_TEXT_MAX} ตัวอักษร`, en: `A measure is at most ${MEASURE_TEXT_MAX} characters` }
  else if (others.some((m) => !m.retired && m.indicator === draft.indicator && m.th === th)) {
    problems.th = { th: 'ตัวชี้วัดนี้มีมาตรการข้อความเดียวกันอยู่แล้ว', en: 'This indicator already has a measure with the same text' }
  }
  const en = draft.en.trim()
  if (!en) problems.en = { th: 'กรุณาเขียนมาตรการเป็นภาษาอังกฤษ', en: 'Write the measure in English' }
  else if (en.length > MEASURE_TEXT_MAX) problems.en = { th: `มาตรการยาวไม่เกิน ${MEASURE_TEXT_MAX} ตัวอักษร`, en: `A measure is at most ${MEASURE_TEXT_MAX} characters` }
  if (draft.source.trim().length > MEASURE_SOURCE_MAX) problems.source = { th: `ที่มายาวไม่เกิน ${MEASURE_SOURCE_MAX} ตัวอักษร`, en: `The source is at most ${MEASURE_SOURCE_MAX} characters` }
  return problems
}

/** The starting library as rows: one per indicator a template serves, in the templates' order. */
export function startingMeasures(templates: readonly MeasureTemplate[]): LibraryMeasure[] {
  return templates.flatMap((m) =>
    m.indicators.map((indicator) => ({ id: m.indicators.length === 1 ? m.id : `${m.id}-i${indicator}`, indicator, th: m.th, en: '', source: m.source, retired: false })),
  )
}

/**
 * What the plan form offers for an indicator: its live measures, and any retired one the plan
 * already uses (so saving an old plan does not drop it).
 */
export function offeredMeasures(library: readonly LibraryMeasure[], indicator: IndicatorNumber, inUse: ReadonlySet<string>): LibraryMeasure[] {
  return library.filter((m) => m.indicator === indicator && (!m.retired || inUse.has(m.id)))
}

export function measureText(m: Pick<LibraryMeasure, 'th' | 'en'>, locale: 'th' | 'en'): string {
  return locale === 'en' && m.en ? m.en : m.th
}
