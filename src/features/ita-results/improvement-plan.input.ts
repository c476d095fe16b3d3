/**
 * The plan form (B2): for each indicator, library measures ticked and the agency's own (one per
 * line), with one owner, due date and progress for that indicator's measures.
 */
import { ValidationError, type FieldErrors } from '../../errors.ts'
import { beDateErrorMessage, beDateInputFrom, fromThaiDigits, parseBeDate } from '../../platform/thai-calendar/index.ts'
import { checkPlanItem, type MeasureTemplate, type PlanItem } from './improvement-plan.domain.ts'
import { INDICATOR_NUMBERS, type IndicatorNumber } from './ita-score.domain.ts'

export type PlanRowValues = {
  measures: string[]
  own: string
  owner: string
  due: { day: string; month: string; year: string }
  progress: string
}
export type PlanFormValues = Record<IndicatorNumber, PlanRowValues>

const str = (body: Record<string, unknown>, key: string) => (typeof body[key] === 'string' ? (body[key] as string) : '')
const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [])

export function emptyRow(): PlanRowValues {
  return { measures: [], own: '', owner: '', due: { day: '', month: '', year: '' }, progress: '0' }
}

export function readPlanForm(body: unknown): PlanFormValues {
  const b = (body ?? {}) as Record<string, unknown>
  return Object.fromEntries(
    INDICATOR_NUMBERS.map((n) => [
      n,
      {
        measures: list(b[`measures_${n}`]),
        own: str(b, `own_${n}`),
        owner: str(b, `owner_${n}`),
        due: { day: str(b, `due_${n}-day`), month: str(b, `due_${n}-month`), year: str(b, `due_${n}-year`) },
        progress: str(b, `progress_${n}`),
      },
    ]),
  ) as PlanFormValues
}

/** What a stored plan looks like in the form. */
export function planFormFrom(items: readonly PlanItem[]): PlanFormValues {
  return Object.fromEntries(
    INDICATOR_NUMBERS.map((n) => {
      const mine = items.filter((i) => i.indicator === n)
      const first = mine[0]
      if (!first) return [n, emptyRow()]
      return [
        n,
        {
          measures: mine.filter((i) => i.measureId).map((i) => i.measureId!),
          own: mine.filter((i) => !i.measureId).map((i) => i.th).join('\n'),
          owner: first.owner,
          due: beDateInputFrom(first.dueDate),
          progress: String(first.progress),
        },
      ]
    }),
  ) as PlanFormValues
}

/** The plan's items, or a ValidationError naming each indicator's problems. */
export function parsePlanForm(values: PlanFormValues, library: readonly MeasureTemplate[], staff: readonly string[], planYear: number): PlanItem[] {
  const errors: FieldErrors = {}
  const items: PlanItem[] = []
  for (const n of INDICATOR_NUMBERS) {
    const row = values[n]
    const chosen = row.measures.map((id) => library.find((m) => m.id === id && m.indicators.includes(n))).filter((m) => m !== undefined)
    const own = row.own.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)
    if (row.measures.length !== chosen.length) errors[`measures_${n}`] = { th: 'มีมาตรการที่ไม่อยู่ในคลังมาตรการ', en: 'A chosen measure is not in the library' }
    if (chosen.length + own.length === 0) continue
    if (own.some((l) => l.length > 500)) errors[`own_${n}`] = { th: 'มาตรการแต่ละข้อยาวไม่เกิน 500 ตัวอักษร', en: 'Each measure is at most 500 characters' }
    const date = parseBeDate(row.due)
    if (!date.ok) errors[`due_${n}`] = beDateErrorMessage(date.error)
    const progressText = fromThaiDigits(row.progress.trim())
    const progress = /^[0-9]{1,3}$/.test(progressText) ? Number(progressText) : NaN
    const owner = staff.includes(row.owner) ? row.owner : ''
    if (row.owner && !owner) errors[`owner_${n}`] = { th: 'ผู้รับผิดชอบต้องเป็นเจ้าหน้าที่ของหน่วยงาน', en: 'The owner must be one of the agency’s staff' }
    const rowItems: PlanItem[] = [
      ...chosen.map((m, i) => ({ id: `${n}-m${i + 1}`, indicator: n, measureId: m.id, th: m.th, owner, dueDate: date.ok ? date.date : ('' as PlanItem['dueDate']), progress })),
      ...own.map((th, i) => ({ id: `${n}-o${i + 1}`, indicator: n, measureId: null, th, owner, dueDate: date.ok ? date.date : ('' as PlanItem['dueDate']), progress })),
    ]
    const problems = date.ok ? checkPlanItem(rowItems[0]!, planYear) : checkPlanItem({ ...rowItems[0]!, dueDate: `${planYear - 543}-01-01` as PlanItem['dueDate'] }, planYear)
    if (problems.owner && !errors[`owner_${n}`]) errors[`owner_${n}`] = problems.owner
    if (problems.dueDate && !errors[`due_${n}`]) errors[`due_${n}`] = problems.dueDate
    if (problems.progress || Number.isNaN(progress)) errors[`progress_${n}`] = problems.progress ?? { th: 'ความคืบหน้าเป็นจำนวนเต็ม 0–100', en: 'Progress is a whole number 0–100' }
    items.push(...rowItems)
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  return items
}
