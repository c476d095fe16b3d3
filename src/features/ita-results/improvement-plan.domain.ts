/**
 * The improvement-measure plan (B2, seed 001): last year's ITA indicators from weakest to
 * strongest, each with the measures the agency will carry out, who owns each, by when, and how
 * far it has got. Seed 001 is the FY 2565 plan built on FY 2564 results, so a plan's fiscal year
 * is the year after the results it answers.
 */
import type { Bilingual } from '../../platform/i18n/locale.ts'
import { addCalendarDays, compareIsoDates, fiscalYearOf, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { indicator, INDICATOR_NUMBERS, isIndicatorNumber, toHundredths, type IndicatorNumber, type IndicatorScores } from './ita-score.domain.ts'

/** A measure in the library, offered for the indicators it serves. */
export interface MeasureTemplate {
  readonly id: string
  readonly indicators: readonly IndicatorNumber[]
  readonly th: string
  /** Where it came from (a seed clause, or who added it). */
  readonly source: string
}

export interface PlanItem {
  readonly id: string
  readonly indicator: IndicatorNumber
  /** The library measure it was taken from; null for a measure written for this plan only. */
  readonly measureId: string | null
  readonly th: string
  readonly owner: string
  readonly dueDate: IsoDate
  /** Whole per cent, 0–100. */
  readonly progress: number
}

/** Seed 001's table, column for column. */
export const PLAN_TABLE_COLUMNS: readonly Bilingual[] = [
  { th: 'ลำดับที่', en: 'No.' },
  { th: 'ตัวชี้วัด', en: 'Indicator' },
  { th: 'คะแนนที่ได้รับ', en: 'Score received' },
  { th: 'มาตรการที่ต้องดำเนินการ', en: 'Measures to carry out' },
]

export function planFiscalYearFor(resultsFiscalYear: number): number {
  return resultsFiscalYear + 1
}

export interface RankedIndicator {
  readonly order: number
  readonly indicator: IndicatorNumber
  readonly score: number
}

/**
 * Lowest score first. Equal scores keep indicator order (seed 001 lists its two 100.00 rows
 * as 10 before 9 without saying why; a fixed rule keeps the plan reproducible).
 */
export function indicatorsWeakestFirst(scores: IndicatorScores): RankedIndicator[] {
  return [...INDICATOR_NUMBERS]
    .sort((a, b) => toHundredths(scores[a]) - toHundredths(scores[b]) || a - b)
    .map((number, index) => ({ order: index + 1, indicator: number, score: scores[number] }))
}

export interface PlanTableRow extends RankedIndicator {
  readonly indicatorTh: string
  readonly indicatorEn: string
  readonly items: readonly PlanItem[]
}

/** The plan as published and exported: one row per indicator, weakest first, its measures in entry order. */
export function improvementPlanTable(scores: IndicatorScores, items: readonly PlanItem[]): PlanTableRow[] {
  return indicatorsWeakestFirst(scores).map((row) => ({
    ...row,
    indicatorTh: indicator(row.indicator).th,
    indicatorEn: indicator(row.indicator).en,
    items: items.filter((item) => item.indicator === row.indicator),
  }))
}

export function measuresFor(library: readonly MeasureTemplate[], number: IndicatorNumber): MeasureTemplate[] {
  return library.filter((m) => m.indicators.includes(number))
}

export interface SuggestedMeasure {
  readonly indicator: IndicatorNumber
  readonly measureId: string
  readonly th: string
}

/**
 * A first draft: the library's measures for each indicator scoring below `belowScore`, weakest
 * first. The officer then keeps, edits or drops them and gives each an owner and a date.
 */
export function suggestMeasures(scores: IndicatorScores, library: readonly MeasureTemplate[], belowScore: number): SuggestedMeasure[] {
  return indicatorsWeakestFirst(scores)
    .filter((row) => row.score < belowScore)
    .flatMap((row) => measuresFor(library, row.indicator).map((m) => ({ indicator: row.indicator, measureId: m.id, th: m.th })))
}

export type MeasureProblems = Partial<Record<'id' | 'indicators' | 'th', Bilingual>>

/** For adding or editing a library measure; `library` is the library without the one being edited. */
export function checkMeasure(measure: MeasureTemplate, library: readonly MeasureTemplate[]): MeasureProblems {
  const problems: MeasureProblems = {}
  if (!/^[a-z0-9][a-z0-9.-]*$/.test(measure.id)) {
    problems.id = { th: 'รหัสมาตรการใช้อักษรอังกฤษตัวเล็ก ตัวเลข จุด และขีดกลาง', en: 'A measure id uses lower-case letters, digits, dots and hyphens' }
  } else if (library.some((m) => m.id === measure.id)) {
    problems.id = { th: `มีมาตรการรหัส ${measure.id} อยู่แล้ว`, en: `A measure ${measure.id} already exists` }
  }
  if (measure.indicators.length === 0 || !measure.indicators.every(isIndicatorNumber)) {
    problems.indicators = { th: 'เลือกตัวชี้วัดอย่างน้อยหนึ่งตัว (1–10)', en: 'Choose at least one indicator (1–10)' }
  }
  if (!measure.th.trim()) problems.th = { th: 'กรุณาเขียนมาตรการ', en: 'Write the measure' }
  return problems
}

/** Replaces the measure with the same id, or appends it. The caller has run checkMeasure. */
export function saveMeasure(library: readonly MeasureTemplate[], measure: MeasureTemplate): MeasureTemplate[] {
  const index = library.findIndex((m) => m.id === measure.id)
  return index === -1 ? [...library, measure] : library.map((m, i) => (i === index ? measure : m))
}

export type PlanItemProblems = Partial<Record<'th' | 'owner' | 'dueDate' | 'progress' | 'indicator', Bilingual>>

export function checkPlanItem(item: PlanItem, planFiscalYear: number): PlanItemProblems {
  const problems: PlanItemProblems = {}
  if (!isIndicatorNumber(item.indicator)) problems.indicator = { th: 'เลือกตัวชี้วัด 1–10', en: 'Choose an indicator 1–10' }
  if (!item.th.trim()) problems.th = { th: 'กรุณาเขียนมาตรการ', en: 'Write the measure' }
  if (!item.owner.trim()) problems.owner = { th: 'กรุณาระบุผู้รับผิดชอบ', en: 'Name who is responsible' }
  if (fiscalYearOf(item.dueDate) !== planFiscalYear) {
    problems.dueDate = {
      th: `วันครบกำหนดต้องอยู่ในปีงบประมาณ ${planFiscalYear}`,
      en: `The due date must fall in fiscal year ${planFiscalYear}`,
    }
  }
  if (!Number.isInteger(item.progress) || item.progress < 0 || item.progress > 100) {
    problems.progress = { th: 'ความคืบหน้าเป็นจำนวนเต็ม 0–100', en: 'Progress is a whole number 0–100' }
  }
  return problems
}

export const PLAN_ITEM_STATES = ['done', 'overdue', 'due-soon', 'in-progress', 'not-started'] as const
export type PlanItemState = (typeof PLAN_ITEM_STATES)[number]
export const PLAN_ITEM_STATE_LABELS: Record<PlanItemState, Bilingual> = {
  done: { th: 'ดำเนินการแล้วเสร็จ', en: 'Done' },
  overdue: { th: 'เกินกำหนด', en: 'Overdue' },
  'due-soon': { th: 'ใกล้ครบกำหนด', en: 'Due soon' },
  'in-progress': { th: 'อยู่ระหว่างดำเนินการ', en: 'In progress' },
  'not-started': { th: 'ยังไม่เริ่มดำเนินการ', en: 'Not started' },
}

export function planItemState(item: PlanItem, today: IsoDate, dueSoonDays: number): PlanItemState {
  if (item.progress >= 100) return 'done'
  if (compareIsoDates(item.dueDate, today) < 0) return 'overdue'
  if (compareIsoDates(item.dueDate, addCalendarDays(today, dueSoonDays)) <= 0) return 'due-soon'
  return item.progress > 0 ? 'in-progress' : 'not-started'
}

export interface PlanProgress {
  /** Mean progress of all items, whole per cent rounded down (100 only when every item is done). */
  readonly percent: number
  readonly byState: Readonly<Record<PlanItemState, number>>
}

export function planProgress(items: readonly PlanItem[], today: IsoDate, dueSoonDays: number): PlanProgress {
  const byState = Object.fromEntries(PLAN_ITEM_STATES.map((s) => [s, 0])) as Record<PlanItemState, number>
  for (const item of items) byState[planItemState(item, today, dueSoonDays)] += 1
  const sum = items.reduce((total, item) => total + item.progress, 0)
  return { percent: items.length === 0 ? 0 : Math.floor(sum / items.length), byState }
}
