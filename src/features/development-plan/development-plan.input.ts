import type { FieldErrors } from '../../errors.ts'
import { beDateErrorMessage, beDateInputFrom, parseBeDate, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { formatSatang, isParticipationKind, isProjectStatus, MAX_PLAN_YEARS, parseBahtText, planYears, VERSION_KINDS, type ParticipationKind, type VersionKind } from './development-plan.domain.ts'
import type { Project, ProjectYear } from './development-plan.repository.ts'

/** Form values stay text, so a rejected form comes back exactly as typed. */
const text = (body: unknown, key: string): string => {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  return typeof v === 'string' ? v : ''
}
type DateParts = { day: string; month: string; year: string }
const dateParts = (body: unknown, key: string): DateParts => ({ day: text(body, `${key}-day`), month: text(body, `${key}-month`), year: text(body, `${key}-year`) })

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors }
const REQUIRED = (th: string, en: string) => ({ th: `กรอก${th}`, en: `Enter ${en}` })
const TOO_LONG = (n: number) => ({ th: `ยาวได้ไม่เกิน ${n} ตัวอักษร`, en: `At most ${n} characters` })

function required(errors: FieldErrors, key: string, value: string, th: string, en: string, max = 500): string {
  const v = value.trim()
  if (!v) errors[key] = REQUIRED(th, en)
  else if (v.length > max) errors[key] = TOO_LONG(max)
  return v
}
function optional(errors: FieldErrors, key: string, value: string, max = 2000): string {
  const v = value.trim()
  if (v.length > max) errors[key] = TOO_LONG(max)
  return v
}
function dateOf(errors: FieldErrors, key: string, parts: DateParts): IsoDate | null {
  const r = parseBeDate(parts)
  if (!r.ok) {
    errors[key] = beDateErrorMessage(r.error)
    return null
  }
  return r.date
}

// ---- A new plan ----
export type PlanFormValues = { title: string; first_year: string; last_year: string }
export const readPlanForm = (body: unknown): PlanFormValues => ({ title: text(body, 'title'), first_year: text(body, 'first_year'), last_year: text(body, 'last_year') })
export const emptyPlanForm = (fy: number): PlanFormValues => ({ title: '', first_year: String(fy), last_year: String(fy + MAX_PLAN_YEARS - 1) })

export function parsePlanForm(v: PlanFormValues): Parsed<{ title: string; firstYear: number; lastYear: number }> {
  const errors: FieldErrors = {}
  const title = required(errors, 'title', v.title, 'ชื่อแผน', 'the plan’s title', 300)
  const year = (key: string, s: string) => {
    const n = /^\s*25[0-9]{2}\s*$/.test(s) || /^\s*26[0-9]{2}\s*$/.test(s) ? Number(s.trim()) : NaN
    if (!Number.isInteger(n)) errors[key] = { th: 'กรอกปี พ.ศ. สี่หลัก เช่น 2566', en: 'Enter a four-digit BE year, e.g. 2566' }
    return n
  }
  const firstYear = year('first_year', v.first_year)
  const lastYear = year('last_year', v.last_year)
  if (!errors.first_year && !errors.last_year && (lastYear < firstYear || lastYear - firstYear >= MAX_PLAN_YEARS)) {
    errors.last_year = { th: `ปีสุดท้ายต้องไม่ก่อนปีแรก และแผนยาวได้ไม่เกิน ${MAX_PLAN_YEARS} ปี`, en: `The last year cannot come before the first, and a plan spans at most ${MAX_PLAN_YEARS} years` }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: { title, firstYear, lastYear } }
}

// ---- A strategy ----
export type StrategyFormValues = { name: string; goal: string }
export const readStrategyForm = (body: unknown): StrategyFormValues => ({ name: text(body, 'strategy_name'), goal: text(body, 'strategy_goal') })
export function parseStrategyForm(v: StrategyFormValues): Parsed<{ name: string; goal: string }> {
  const errors: FieldErrors = {}
  const name = required(errors, 'strategy_name', v.name, 'ชื่อยุทธศาสตร์', 'the strategy’s name', 300)
  const goal = optional(errors, 'strategy_goal', v.goal)
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: { name, goal } }
}

// ---- A project with its years ----
export type YearValues = { budget: string; status: string; spent: string; result: string }
export type ProjectFormValues = { strategy_id: string; programme: string; name: string; objective: string; indicator: string; target: string; unit: string; years: Record<string, YearValues> }

export function readProjectForm(body: unknown, years: readonly number[]): ProjectFormValues {
  return {
    strategy_id: text(body, 'strategy_id'),
    programme: text(body, 'programme'),
    name: text(body, 'name'),
    objective: text(body, 'objective'),
    indicator: text(body, 'indicator'),
    target: text(body, 'target'),
    unit: text(body, 'unit'),
    years: Object.fromEntries(years.map((y) => [String(y), { budget: text(body, `budget_${y}`), status: text(body, `status_${y}`), spent: text(body, `spent_${y}`), result: text(body, `result_${y}`) }])),
  }
}

export function emptyProjectForm(years: readonly number[], strategyId = ''): ProjectFormValues {
  return { strategy_id: strategyId, programme: '', name: '', objective: '', indicator: '', target: '', unit: '', years: Object.fromEntries(years.map((y) => [String(y), { budget: '', status: 'planned', spent: '', result: '' }])) }
}

export function projectFormFrom(p: Project, years: readonly number[]): ProjectFormValues {
  const byYear = new Map(p.years.map((y) => [y.year, y]))
  return {
    strategy_id: p.strategyId,
    programme: p.programme,
    name: p.name,
    objective: p.objective,
    indicator: p.indicator,
    target: p.target,
    unit: p.unit,
    years: Object.fromEntries(
      years.map((y) => {
        const row = byYear.get(y)
        return [String(y), row ? { budget: row.budget ? formatSatang(row.budget) : '', status: row.status, spent: row.spent === null ? '' : formatSatang(row.spent), result: row.result } : { budget: '', status: 'planned', spent: '', result: '' }]
      }),
    ),
  }
}

export type ProjectInput = { strategyId: string; programme: string; name: string; objective: string; indicator: string; target: string; unit: string; years: ProjectYear[] }

/** A year left blank is not in the project; a year with a budget is, with its status and result. */
export function parseProjectForm(v: ProjectFormValues, strategyIds: readonly string[]): Parsed<ProjectInput> {
  const errors: FieldErrors = {}
  if (!strategyIds.includes(v.strategy_id)) errors.strategy_id = { th: 'เลือกยุทธศาสตร์', en: 'Choose the strategy' }
  const name = required(errors, 'name', v.name, 'ชื่อโครงการ', 'the project’s name', 300)
  const programme = optional(errors, 'programme', v.programme, 300)
  const objective = optional(errors, 'objective', v.objective)
  const indicator = required(errors, 'indicator', v.indicator, 'ตัวชี้วัด (KPI)', 'the indicator (KPI)', 500)
  const target = optional(errors, 'target', v.target, 500)
  const unit = optional(errors, 'unit', v.unit, 300)
  const years: ProjectYear[] = []
  for (const [y, row] of Object.entries(v.years)) {
    const hasAny = row.budget.trim() || row.spent.trim() || row.result.trim()
    if (!hasAny) continue
    const budget = parseBahtText(row.budget.trim() || '0')
    if (budget === null) errors[`budget_${y}`] = { th: 'กรอกจำนวนเงินเป็นบาท เช่น 1,250,000', en: 'Enter an amount in baht, e.g. 1,250,000' }
    const status = isProjectStatus(row.status) ? row.status : null
    if (!status) errors[`status_${y}`] = { th: 'เลือกสถานะ', en: 'Choose the status' }
    const spent = row.spent.trim() ? parseBahtText(row.spent) : null
    if (row.spent.trim() && spent === null) errors[`spent_${y}`] = { th: 'กรอกจำนวนเงินที่ใช้จริงเป็นบาท', en: 'Enter the amount spent in baht' }
    const result = optional(errors, `result_${y}`, row.result, 1000)
    if (budget !== null && status) years.push({ year: Number(y), budget, status, spent, result })
  }
  if (!errors.name && years.length === 0) errors[`budget_${Object.keys(v.years)[0] ?? ''}`] = { th: 'กรอกงบประมาณอย่างน้อยหนึ่งปี', en: 'Enter the budget of at least one year' }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: { strategyId: v.strategy_id, programme, name, objective, indicator, target, unit, years } }
}

// ---- A participation record ----
export type ParticipationFormValues = { kind: string; held_on: DateParts; attendance: string; summary: string }
export const readParticipationForm = (body: unknown): ParticipationFormValues => ({ kind: text(body, 'kind'), held_on: dateParts(body, 'held_on'), attendance: text(body, 'attendance'), summary: text(body, 'summary') })
export const emptyParticipationForm = (): ParticipationFormValues => ({ kind: 'community_forum', held_on: { day: '', month: '', year: '' }, attendance: '', summary: '' })

export function parseParticipationForm(v: ParticipationFormValues, today: IsoDate): Parsed<{ kind: ParticipationKind; heldOn: IsoDate; attendance: number; summary: string }> {
  const errors: FieldErrors = {}
  if (!isParticipationKind(v.kind)) errors.kind = { th: 'เลือกรูปแบบการมีส่วนร่วม', en: 'Choose the kind of participation' }
  const heldOn = dateOf(errors, 'held_on', v.held_on)
  if (heldOn && heldOn > today) errors.held_on = { th: 'วันที่จัดต้องไม่เป็นวันในอนาคต', en: 'The date cannot be in the future' }
  const a = v.attendance.trim()
  const attendance = /^[0-9]{1,7}$/.test(a) ? Number(a) : NaN
  if (!Number.isInteger(attendance)) errors.attendance = { th: 'กรอกจำนวนผู้เข้าร่วมเป็นตัวเลข', en: 'Enter the number of people who took part' }
  const summary = optional(errors, 'summary', v.summary)
  return Object.keys(errors).length || !heldOn || !isParticipationKind(v.kind) ? { ok: false, errors } : { ok: true, value: { kind: v.kind, heldOn, attendance, summary } }
}

// ---- A version (the approved plan, an amendment) ----
export type VersionFormValues = { kind: string; approved_on: DateParts; note: string }
export const readVersionForm = (body: unknown): VersionFormValues => ({ kind: text(body, 'version_kind'), approved_on: dateParts(body, 'approved_on'), note: text(body, 'version_note') })
export const emptyVersionForm = (next: number): VersionFormValues => ({ kind: next === 1 ? 'original' : 'addition', approved_on: { day: '', month: '', year: '' }, note: '' })

export function parseVersionForm(v: VersionFormValues, today: IsoDate): Parsed<{ kind: VersionKind; approvedOn: IsoDate; note: string }> {
  const errors: FieldErrors = {}
  const kind = VERSION_KINDS.find((k) => k.key === v.kind)?.key
  if (!kind) errors.version_kind = { th: 'เลือกประเภท', en: 'Choose the kind' }
  const approvedOn = dateOf(errors, 'approved_on', v.approved_on)
  if (approvedOn && approvedOn > today) errors.approved_on = { th: 'วันที่อนุมัติต้องไม่เป็นวันในอนาคต', en: 'The approval date cannot be in the future' }
  const note = optional(errors, 'version_note', v.note, 1000)
  return Object.keys(errors).length || !kind || !approvedOn ? { ok: false, errors } : { ok: true, value: { kind, approvedOn, note } }
}

export const dateFormFrom = (d: IsoDate): DateParts => beDateInputFrom(d)
export { planYears }
