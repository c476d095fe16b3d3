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

export const PLAN_ITEM_STATUSES = ['not_started', 'in_progress', 'done'] as const
export type PlanItemStatus = (typeof PLAN_ITEM_STATUSES)[number]
export const PLAN_ITEM_STATUS_LABELS: Record<PlanItemStatus, Bilingual> = {
  not_started: { th: 'ยังไม่เริ่ม', en: 'Not started' },
  in_progress: { th: 'กำลังดำเนินการ', en: 'In progress' },
  done: { th: 'แล้วเสร็จ', en: 'Done' },
}
export const isPlanItemStatus = (v: string): v is PlanItemStatus => (PLAN_ITEM_STATUSES as readonly string[]).includes(v)
export const PLAN_NOTE_MAX = 500

/** One measure of the plan, with its own owner, due date and progress. */
export interface PlanItem {
  readonly id: string
  readonly indicator: IndicatorNumber
  /** The library measure it was taken from; null for a measure written for this plan only. */
  readonly measureId: string | null
  readonly th: string
  readonly owner: string
  readonly dueDate: IsoDate
  readonly status: PlanItemStatus
  /** Whole per cent, 0–100: 0 when not started, 100 when done. */
  readonly progress: number
  /** What has been done so far, in the agency's words. */
  readonly note: string
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

/** A library measure as the plan needs it. */
export type OfferedMeasure = { readonly id: string; readonly indicator: IndicatorNumber; readonly th: string; readonly retired: boolean }

export function measuresFor<M extends OfferedMeasure>(library: readonly M[], number: IndicatorNumber): M[] {
  return library.filter((m) => m.indicator === number && !m.retired)
}

export interface SuggestedMeasure {
  readonly indicator: IndicatorNumber
  readonly measureId: string
  readonly th: string
}

/**
 * A first draft: the library's live measures for each indicator scoring below `belowScore`,
 * weakest first. The officer then keeps, edits or drops them and gives each an owner and a date.
 */
export function suggestMeasures(scores: IndicatorScores, library: readonly OfferedMeasure[], belowScore: number): SuggestedMeasure[] {
  return indicatorsWeakestFirst(scores)
    .filter((row) => row.score < belowScore)
    .flatMap((row) => measuresFor(library, row.indicator).map((m) => ({ indicator: row.indicator, measureId: m.id, th: m.th })))
}

export type PlanItemProblems = Partial<Record<'th' | 'owner' | 'dueDate' | 'status' | 'progress' | 'note' | 'indicator', Bilingual>>

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
  if (!isPlanItemStatus(item.status)) problems.status = { th: 'เลือกสถานะ', en: 'Choose a status' }
  if (!Number.isInteger(item.progress) || item.progress < 0 || item.progress > 100) {
    problems.progress = { th: 'ความคืบหน้าเป็นจำนวนเต็ม 0–100', en: 'Progress is a whole number 0–100' }
  } else if (item.status === 'in_progress' && (item.progress === 0 || item.progress === 100) && !item.note.trim()) {
    // "In progress" says nothing without how far: a percentage between the ends, or a note.
    problems.progress = { th: 'ระบุร้อยละ 1–99 หรือบันทึกความคืบหน้า', en: 'Give a percentage 1–99 or a progress note' }
  }
  if (item.note.length > PLAN_NOTE_MAX) problems.note = { th: `บันทึกยาวไม่เกิน ${PLAN_NOTE_MAX} ตัวอักษร`, en: `A note is at most ${PLAN_NOTE_MAX} characters` }
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
  if (item.status === 'done') return 'done'
  if (compareIsoDates(item.dueDate, today) < 0) return 'overdue'
  if (compareIsoDates(item.dueDate, addCalendarDays(today, dueSoonDays)) <= 0) return 'due-soon'
  return item.status === 'in_progress' ? 'in-progress' : 'not-started'
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
