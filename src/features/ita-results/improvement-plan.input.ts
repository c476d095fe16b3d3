/**
 * The plan form (B2): for each indicator, the library's measures (ticked to include) and the
 * agency's own, each measure with its own owner, due date (BE) and progress. Fields are named
 * `<key>_<part>`, where the key is `lib_<indicator>_<i>` or `own_<indicator>_<j>`; a library row
 * carries the measure's id in a hidden field, so a library edited meanwhile cannot shift rows.
 */
import { ValidationError, type FieldErrors } from '../../errors.ts'
import { beDateErrorMessage, beDateInputFrom, fromThaiDigits, parseBeDate, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { checkPlanItem, isPlanItemStatus, type PlanItem, type PlanItemStatus } from './improvement-plan.domain.ts'
import { INDICATOR_NUMBERS, type IndicatorNumber } from './ita-score.domain.ts'
import { offeredMeasures, type LibraryMeasure } from './measure-library.domain.ts'

export type MeasureRowValues = {
  /** The field-name prefix of this row. */
  key: string
  /** The library measure (library rows only). */
  measureId: string | null
  picked: boolean
  th: string
  owner: string
  due: { day: string; month: string; year: string }
  status: string
  progress: string
  note: string
}
export type PlanRowValues = { library: MeasureRowValues[]; own: MeasureRowValues[] }
export type PlanFormValues = Record<IndicatorNumber, PlanRowValues>

/** Blank rows offered for the agency's own measures beyond those it already has. */
export const BLANK_OWN_ROWS = 1
const MAX_ROWS = 60

const str = (b: Record<string, unknown>, key: string) => (typeof b[key] === 'string' ? (b[key] as string) : '')

function blankRow(key: string, measureId: string | null): MeasureRowValues {
  return { key, measureId, picked: false, th: '', owner: '', due: { day: '', month: '', year: '' }, status: 'not_started', progress: '', note: '' }
}

function readRow(b: Record<string, unknown>, key: string, measureId: string | null): MeasureRowValues {
  return {
    key,
    measureId,
    picked: measureId !== null && str(b, `${key}_pick`) === 'yes',
    th: measureId === null ? str(b, `${key}_th`) : '',
    owner: str(b, `${key}_owner`),
    due: { day: str(b, `${key}_due-day`), month: str(b, `${key}_due-month`), year: str(b, `${key}_due-year`) },
    status: str(b, `${key}_status`) || 'not_started',
    progress: str(b, `${key}_progress`),
    note: str(b, `${key}_note`),
  }
}

export function readPlanForm(body: unknown): PlanFormValues {
  const b = (body ?? {}) as Record<string, unknown>
  return Object.fromEntries(
    INDICATOR_NUMBERS.map((n) => {
      const library: MeasureRowValues[] = []
      const own: MeasureRowValues[] = []
      for (let i = 0; i < MAX_ROWS; i++) {
        if (typeof b[`lib_${n}_${i}_id`] === 'string') library.push(readRow(b, `lib_${n}_${i}`, b[`lib_${n}_${i}_id`] as string))
        if (typeof b[`own_${n}_${i}_th`] === 'string') own.push(readRow(b, `own_${n}_${i}`, null))
      }
      return [n, { library, own }]
    }),
  ) as PlanFormValues
}

function rowFrom(key: string, item: PlanItem): MeasureRowValues {
  return {
    key,
    measureId: item.measureId,
    picked: true,
    th: item.measureId === null ? item.th : '',
    owner: item.owner,
    due: beDateInputFrom(item.dueDate),
    status: item.status,
    progress: item.status === 'in_progress' ? String(item.progress) : '',
    note: item.note,
  }
}

/** What a stored plan looks like in the form: every offered library measure, the agency's own, and a blank row. */
export function planFormFrom(items: readonly PlanItem[], library: readonly LibraryMeasure[]): PlanFormValues {
  const inUse = new Set(items.flatMap((i) => (i.measureId ? [i.measureId] : [])))
  return Object.fromEntries(
    INDICATOR_NUMBERS.map((n) => {
      const mine = items.filter((i) => i.indicator === n)
      const offered = offeredMeasures(library, n, inUse)
      const rows = offered.map((m, i) => {
        const item = mine.find((it) => it.measureId === m.id)
        return item ? rowFrom(`lib_${n}_${i}`, item) : blankRow(`lib_${n}_${i}`, m.id)
      })
      // A measure whose library entry is gone stays in the plan as the agency's own text.
      const ownItems = mine.filter((i) => i.measureId === null || !offered.some((m) => m.id === i.measureId))
      const own: MeasureRowValues[] = ownItems.map((item, j) => ({ ...rowFrom(`own_${n}_${j}`, item), measureId: null, th: item.th }))
      for (let k = 0; k < BLANK_OWN_ROWS; k++) own.push(blankRow(`own_${n}_${own.length}`, null))
      return [n, { library: rows, own }]
    }),
  ) as PlanFormValues
}

/** Adds blank rows for the agency's own measures after a failed save, so there is always one free. */
export function withBlankOwnRows(values: PlanFormValues): PlanFormValues {
  return Object.fromEntries(
    INDICATOR_NUMBERS.map((n) => {
      const own = values[n].own.filter((r, j) => r.th.trim() || j === values[n].own.length - 1)
      const reKeyed = own.map((r, j) => ({ ...r, key: `own_${n}_${j}` }))
      if (!reKeyed.some((r) => !r.th.trim())) reKeyed.push(blankRow(`own_${n}_${reKeyed.length}`, null))
      return [n, { library: values[n].library, own: reKeyed }]
    }),
  ) as PlanFormValues
}

const PROGRESS_MESSAGE = { th: 'ความคืบหน้าเป็นจำนวนเต็ม 0–100', en: 'Progress is a whole number 0–100' }

/** The plan's items in form order, or a ValidationError naming each measure's problems. */
export function parsePlanForm(values: PlanFormValues, library: readonly LibraryMeasure[], staff: readonly string[], planYear: number): PlanItem[] {
  const errors: FieldErrors = {}
  const items: PlanItem[] = []
  for (const n of INDICATOR_NUMBERS) {
    const rows: { row: MeasureRowValues; measureId: string | null; th: string }[] = []
    for (const row of values[n].library) {
      if (!row.picked) continue
      const measure = library.find((m) => m.id === row.measureId && m.indicator === n)
      if (!measure) {
        errors[`${row.key}_pick`] = { th: 'มาตรการนี้ไม่อยู่ในคลังมาตรการแล้ว', en: 'This measure is no longer in the library' }
        continue
      }
      rows.push({ row, measureId: measure.id, th: measure.th })
    }
    for (const row of values[n].own) {
      const th = row.th.trim()
      if (!th) continue
      if (th.length > 500) errors[`${row.key}_th`] = { th: 'มาตรการแต่ละข้อยาวไม่เกิน 500 ตัวอักษร', en: 'Each measure is at most 500 characters' }
      rows.push({ row, measureId: null, th })
    }
    for (const { row, measureId, th } of rows) {
      const key = row.key
      const date = parseBeDate(row.due)
      if (!date.ok) errors[`${key}_due`] = beDateErrorMessage(date.error)
      const status: PlanItemStatus = isPlanItemStatus(row.status) ? row.status : 'not_started'
      if (!isPlanItemStatus(row.status)) errors[`${key}_status`] = { th: 'เลือกสถานะ', en: 'Choose a status' }
      const progressText = fromThaiDigits(row.progress.trim().replace(/%$/, ''))
      let progress = status === 'done' ? 100 : 0
      if (status === 'in_progress' && progressText) progress = /^[0-9]{1,3}$/.test(progressText) ? Number(progressText) : NaN
      const owner = staff.includes(row.owner) ? row.owner : ''
      if (row.owner && !owner) errors[`${key}_owner`] = { th: 'ผู้รับผิดชอบต้องเป็นเจ้าหน้าที่ของหน่วยงาน', en: 'The owner must be one of the agency’s staff' }
      const item: PlanItem = {
        id: key,
        indicator: n,
        measureId,
        th,
        owner,
        dueDate: date.ok ? date.date : (`${planYear - 543}-01-01` as IsoDate),
        status,
        progress: Number.isNaN(progress) ? 0 : progress,
        note: row.note.trim(),
      }
      const problems = checkPlanItem(item, planYear)
      if (problems.owner && !errors[`${key}_owner`]) errors[`${key}_owner`] = problems.owner
      if (date.ok && problems.dueDate) errors[`${key}_due`] = problems.dueDate
      if (Number.isNaN(progress)) errors[`${key}_progress`] = PROGRESS_MESSAGE
      else if (problems.progress) errors[`${key}_progress`] = problems.progress
      if (problems.note) errors[`${key}_note`] = problems.note
      items.push(item)
    }
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  return items
}
