/**
 * The plan and month forms: reading what was posted (kept as typed, for a 422 re-render) and
 * parsing it into content, with a bilingual message for every field that is wrong.
 */
import { ValidationError, type FieldErrors } from '../../errors.ts'
import type { Bilingual } from '../../platform/i18n/locale.ts'
import { beDateErrorMessage, beDateInputFrom, compareIsoDates, fromThaiDigits, parseBeDate, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { isCalendarMonth, isProcurementMethod, LIMITS, METHOD_LABELS, PROCUREMENT_METHODS, type MonthContent, type MonthRow, type PlanContent, type PlanLine, type ProcurementMethod, type Satang } from './procurement.domain.ts'

export type DateParts = { day: string; month: string; year: string }
const noDate = (): DateParts => ({ day: '', month: '', year: '' })

export type PlanLineValues = { egp_id: string; project: string; budget: string; fund_source: string; method: string; announce_month: string }
export type PlanFormValues = { allocated: DateParts; announced: DateParts; responsible_name: string; responsible_position: string; based_on_version: string; lines: PlanLineValues[] }

export type MonthRowValues = {
  item: string
  budget: string
  reference_price: string
  method: string
  bidders: string
  winner: string
  agreed_price: string
  reason: string
  contract_no: string
  contract_date: DateParts
}
export type MonthFormValues = { no_procurement: boolean; responsible_name: string; responsible_position: string; based_on_version: string; rows: MonthRowValues[] }

const PLAN_LINE_FIELDS = ['egp_id', 'project', 'budget', 'fund_source', 'method', 'announce_month'] as const
const MONTH_ROW_TEXT = ['item', 'budget', 'reference_price', 'method', 'bidders', 'winner', 'agreed_price', 'reason', 'contract_no'] as const

export const emptyPlanLine = (): PlanLineValues => ({ egp_id: '', project: '', budget: '', fund_source: '', method: '', announce_month: '' })
export const emptyMonthRow = (): MonthRowValues => ({ item: '', budget: '', reference_price: '', method: '', bidders: '', winner: '', agreed_price: '', reason: '', contract_no: '', contract_date: noDate() })

const str = (b: Record<string, unknown>, k: string) => (typeof b[k] === 'string' ? (b[k] as string) : '')
const dateOf = (b: Record<string, unknown>, k: string): DateParts => ({ day: str(b, `${k}-day`), month: str(b, `${k}-month`), year: str(b, `${k}-year`) })

/** Row indexes present in the body (`line-3-project` → 3), in order; capped so a crafted body stays small. */
function indexesOf(b: Record<string, unknown>, prefix: string): number[] {
  const seen = new Set<number>()
  for (const key of Object.keys(b)) {
    const m = new RegExp(`^${prefix}-(\\d{1,3})-`).exec(key)
    if (m) seen.add(Number(m[1]))
  }
  return [...seen].filter((n) => n < LIMITS.rows + LIMITS.spareRows + LIMITS.addRows).sort((a, b) => a - b)
}

export function readPlanForm(body: unknown): PlanFormValues {
  const b = (body ?? {}) as Record<string, unknown>
  return {
    allocated: dateOf(b, 'allocated'),
    announced: dateOf(b, 'announced'),
    responsible_name: str(b, 'responsible_name'),
    responsible_position: str(b, 'responsible_position'),
    based_on_version: str(b, 'based_on_version'),
    lines: indexesOf(b, 'line').map((i) => Object.fromEntries(PLAN_LINE_FIELDS.map((f) => [f, str(b, `line-${i}-${f}`)])) as PlanLineValues),
  }
}

export function readMonthForm(body: unknown): MonthFormValues {
  const b = (body ?? {}) as Record<string, unknown>
  return {
    no_procurement: str(b, 'no_procurement') === 'yes',
    responsible_name: str(b, 'responsible_name'),
    responsible_position: str(b, 'responsible_position'),
    based_on_version: str(b, 'based_on_version'),
    rows: indexesOf(b, 'row').map((i) => ({ ...(Object.fromEntries(MONTH_ROW_TEXT.map((f) => [f, str(b, `row-${i}-${f}`)])) as Omit<MonthRowValues, 'contract_date'>), contract_date: dateOf(b, `row-${i}-contract_date`) })),
  }
}

/** A stored plan in the form, with a few empty lines to fill. */
export function planFormFrom(content: PlanContent | null, version: number): PlanFormValues {
  const lines = (content?.lines ?? []).map((l) => ({ egp_id: l.egpId, project: l.project, budget: amountText(l.budget), fund_source: l.fundSource, method: l.method, announce_month: String(l.announceMonth) }))
  return {
    allocated: content ? beDateInputFrom(content.allocatedOn) : noDate(),
    announced: content ? beDateInputFrom(content.announcedOn) : noDate(),
    responsible_name: content?.responsibleName ?? '',
    responsible_position: content?.responsiblePosition ?? '',
    based_on_version: String(version),
    lines: [...lines, ...Array.from({ length: LIMITS.spareRows }, emptyPlanLine)],
  }
}

export function monthFormFrom(content: MonthContent | null, version: number): MonthFormValues {
  const rows = (content?.rows ?? []).map(monthRowValuesOf)
  return {
    no_procurement: content?.noProcurement ?? false,
    responsible_name: content?.responsibleName ?? '',
    responsible_position: content?.responsiblePosition ?? '',
    based_on_version: String(version),
    rows: [...rows, ...Array.from({ length: LIMITS.spareRows }, emptyMonthRow)],
  }
}

function monthRowValuesOf(r: MonthRow): MonthRowValues {
  return {
    item: r.item,
    budget: amountText(r.budget),
    reference_price: r.referencePrice === null ? '' : amountText(r.referencePrice),
    method: r.method,
    bidders: r.bidders,
    winner: r.winner,
    agreed_price: amountText(r.agreedPrice),
    reason: r.reason,
    contract_no: r.contractNo,
    contract_date: r.contractDate ? beDateInputFrom(r.contractDate) : noDate(),
  }
}

const GROUPED_AMOUNT = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 })
/** A stored amount back in its box, as people write it: 1,250,000 or 12,350.5 */
const amountText = (satang: Satang) => GROUPED_AMOUNT.format(satang / 100)

const MAX_SATANG = 1_000_000_000_000_00 // a trillion baht: beyond any agency's purchase

export const MESSAGES = {
  required: (what: Bilingual): Bilingual => ({ th: `กรอก${what.th}`, en: `Enter ${what.en}` }),
  amount: (what: Bilingual): Bilingual => ({ th: `${what.th}ต้องเป็นจำนวนเงินตั้งแต่ 0 บาทขึ้นไป ทศนิยมไม่เกิน 2 ตำแหน่ง เช่น 125,000.50`, en: `${what.en} must be an amount of 0 baht or more with at most 2 decimals, e.g. 125,000.50` }),
  tooLong: (what: Bilingual, max: number): Bilingual => ({ th: `${what.th}ยาวไม่เกิน ${max} ตัวอักษร`, en: `${what.en} must be at most ${max} characters` }),
  method: { th: 'เลือกวิธีซื้อหรือจ้าง', en: 'Choose the procurement method' },
  announceMonth: { th: 'เลือกเดือนที่คาดว่าจะประกาศจัดซื้อจัดจ้าง', en: 'Choose the expected month of announcement' },
  announcedBeforeAllocated: { th: 'วันที่ประกาศเผยแพร่แผนต้องไม่ก่อนวันที่ได้รับจัดสรรงบประมาณ', en: 'The plan cannot be published before the budget was allocated' },
  noLines: { th: 'เพิ่มรายการในแผนอย่างน้อยหนึ่งรายการ', en: 'Add at least one line to the plan' },
  noRows: { th: 'เพิ่มรายการจัดซื้อจัดจ้างอย่างน้อยหนึ่งรายการ หรือเลือก "ไม่มีการจัดซื้อจัดจ้าง"', en: 'Add at least one purchase, or choose “No procurement this month”' },
  rowsWithNone: { th: 'เลือก "ไม่มีการจัดซื้อจัดจ้าง" แต่ยังมีรายการอยู่ ลบรายการออกหรือเลือกว่ามีการจัดซื้อจัดจ้าง', en: '“No procurement” is chosen but there are purchases: remove them or choose that there was procurement' },
  tooManyRows: { th: `รายการได้ไม่เกิน ${LIMITS.rows} รายการ`, en: `At most ${LIMITS.rows} rows` },
  newerVersion: (v: number): Bilingual => ({ th: `มีผู้บันทึกฉบับที่ ${v} ไปแล้วระหว่างที่คุณแก้ไข ตรวจสอบแล้วบันทึกอีกครั้ง`, en: `Someone saved version ${v} while you were editing: check it and save again` }),
} as const

const FIELD = {
  allocated: { th: 'วันที่ได้รับจัดสรรงบประมาณ', en: 'the date the budget was allocated' },
  announced: { th: 'วันที่ประกาศเผยแพร่แผน', en: 'the date the plan was published' },
  responsible: { th: 'ชื่อผู้รับผิดชอบ', en: 'the responsible person’s name' },
  position: { th: 'ตำแหน่งผู้รับผิดชอบ', en: 'the responsible person’s position' },
  project: { th: 'ชื่องานหรือโครงการ', en: 'the project or item' },
  budget: { th: 'วงเงินงบประมาณ', en: 'the budget' },
  fund: { th: 'แหล่งที่มาของงบประมาณ', en: 'the source of funds' },
  egp: { th: 'เลขที่โครงการ e-GP', en: 'the e-GP project number' },
  item: { th: 'งานที่จัดซื้อหรือจัดจ้าง', en: 'the purchase' },
  monthBudget: { th: 'วงเงินที่จะซื้อหรือจ้าง', en: 'the budget of the purchase' },
  referencePrice: { th: 'ราคากลาง', en: 'the reference price' },
  bidders: { th: 'รายชื่อผู้เสนอราคาและราคาที่เสนอ', en: 'the bidders and their prices' },
  winner: { th: 'ผู้ได้รับการคัดเลือก', en: 'the selected supplier' },
  agreedPrice: { th: 'ราคาที่ตกลงซื้อหรือจ้าง', en: 'the agreed price' },
  reason: { th: 'เหตุผลที่คัดเลือกโดยสรุป', en: 'the reason for the selection' },
  contractNo: { th: 'เลขที่สัญญาหรือข้อตกลง', en: 'the contract or agreement number' },
} satisfies Record<string, Bilingual>

export type AmountResult = { ok: true; satang: Satang } | { ok: false }

/** Amounts as people type them: Thai digits, thousands commas, a trailing "บาท". */
export function parseAmount(text: string): AmountResult {
  const cleaned = fromThaiDigits(text.normalize('NFC')).replace(/บาท|baht|[,\s]/gi, '')
  if (!/^[0-9]{1,13}(\.[0-9]{1,2})?$/.test(cleaned)) return { ok: false }
  const [whole, fraction = ''] = cleaned.split('.')
  const satang = Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
  return satang <= MAX_SATANG ? { ok: true, satang } : { ok: false }
}

/** A text field: trimmed, required or not, with a length limit. */
function text(errors: FieldErrors, key: string, value: string, what: Bilingual, opts: { required: boolean; max: number }): string {
  const v = value.trim()
  if (opts.required && !v) errors[key] = MESSAGES.required(what)
  else if (v.length > opts.max) errors[key] = MESSAGES.tooLong(what, opts.max)
  return v
}

function amount(errors: FieldErrors, key: string, value: string, what: Bilingual, required: boolean): Satang | null {
  if (!value.trim()) {
    if (required) errors[key] = MESSAGES.required(what)
    return null
  }
  const parsed = parseAmount(value)
  if (!parsed.ok) {
    errors[key] = MESSAGES.amount(what)
    return null
  }
  return parsed.satang
}

function date(errors: FieldErrors, key: string, parts: DateParts): IsoDate | null {
  const r = parseBeDate(parts)
  if (r.ok) return r.date
  errors[key] = beDateErrorMessage(r.error)
  return null
}

/** A method given by its key or by the words a spreadsheet would hold ("เฉพาะเจาะจง", "e-bidding"). */
export function methodFrom(value: string): ProcurementMethod | undefined {
  const v = value.trim().toLowerCase()
  if (!v) return undefined
  if (isProcurementMethod(v)) return v
  return PROCUREMENT_METHODS.find((m) => {
    const label = METHOD_LABELS[m]
    return label.th.toLowerCase() === v || label.en.toLowerCase() === v || label.th.toLowerCase().startsWith(v + ' ') || (/\(([^)]+)\)/.exec(label.th)?.[1] ?? '').toLowerCase() === v
  })
}

function isBlank(values: Record<string, string | DateParts>): boolean {
  return Object.values(values).every((v) => (typeof v === 'string' ? v.trim() === '' : !v.day.trim() && !v.month.trim() && !v.year.trim()))
}

export function parsePlanForm(values: PlanFormValues): PlanContent {
  const errors: FieldErrors = {}
  const allocatedOn = date(errors, 'allocated', values.allocated)
  const announcedOn = date(errors, 'announced', values.announced)
  if (allocatedOn && announcedOn && compareIsoDates(announcedOn, allocatedOn) < 0) errors.announced = MESSAGES.announcedBeforeAllocated
  const responsibleName = text(errors, 'responsible_name', values.responsible_name, FIELD.responsible, { required: true, max: LIMITS.text })
  const responsiblePosition = text(errors, 'responsible_position', values.responsible_position, FIELD.position, { required: false, max: LIMITS.text })
  const lines: PlanLine[] = []
  values.lines.forEach((l, i) => {
    if (isBlank(l)) return
    const k = (f: string) => `line-${i}-${f}`
    const method = methodFrom(l.method)
    if (!method) errors[k('method')] = MESSAGES.method
    const month = /^[0-9]{1,2}$/.test(l.announce_month.trim()) ? Number(l.announce_month.trim()) : NaN
    if (!isCalendarMonth(month)) errors[k('announce_month')] = MESSAGES.announceMonth
    lines.push({
      egpId: text(errors, k('egp_id'), l.egp_id, FIELD.egp, { required: false, max: 50 }),
      project: text(errors, k('project'), l.project, FIELD.project, { required: true, max: LIMITS.text }),
      budget: amount(errors, k('budget'), l.budget, FIELD.budget, true) ?? 0,
      fundSource: text(errors, k('fund_source'), l.fund_source, FIELD.fund, { required: true, max: 200 }),
      method: method ?? 'specific',
      announceMonth: month,
    })
  })
  if (lines.length === 0) errors['line-0-project'] = MESSAGES.noLines
  if (lines.length > LIMITS.rows) errors['line-0-project'] = MESSAGES.tooManyRows
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  return { allocatedOn: allocatedOn!, announcedOn: announcedOn!, responsibleName, responsiblePosition, lines }
}

/** One สขร.1 row; `k` names the fields of its errors (the form's ids, or the import's columns). */
export function parseMonthRow(r: MonthRowValues, errors: FieldErrors, k: (field: string) => string): MonthRow {
  const method = methodFrom(r.method)
  if (!method) errors[k('method')] = MESSAGES.method
  return {
    item: text(errors, k('item'), r.item, FIELD.item, { required: true, max: LIMITS.text }),
    budget: amount(errors, k('budget'), r.budget, FIELD.monthBudget, true) ?? 0,
    referencePrice: r.reference_price.trim() === '-' ? null : amount(errors, k('reference_price'), r.reference_price, FIELD.referencePrice, false),
    method: method ?? 'specific',
    bidders: text(errors, k('bidders'), r.bidders, FIELD.bidders, { required: true, max: LIMITS.longText }),
    winner: text(errors, k('winner'), r.winner, FIELD.winner, { required: true, max: LIMITS.text }),
    agreedPrice: amount(errors, k('agreed_price'), r.agreed_price, FIELD.agreedPrice, true) ?? 0,
    reason: text(errors, k('reason'), r.reason, FIELD.reason, { required: true, max: LIMITS.longText }),
    contractNo: text(errors, k('contract_no'), r.contract_no, FIELD.contractNo, { required: true, max: 100 }),
    contractDate: date(errors, k('contract_date'), r.contract_date),
  }
}

export function isBlankMonthRow(r: MonthRowValues): boolean {
  return isBlank(r)
}

export function parseMonthForm(values: MonthFormValues): MonthContent {
  const errors: FieldErrors = {}
  const responsibleName = text(errors, 'responsible_name', values.responsible_name, FIELD.responsible, { required: true, max: LIMITS.text })
  const responsiblePosition = text(errors, 'responsible_position', values.responsible_position, FIELD.position, { required: false, max: LIMITS.text })
  const filled = values.rows.map((r, i) => ({ r, i })).filter(({ r }) => !isBlank(r))
  const rows: MonthRow[] = []
  if (values.no_procurement) {
    if (filled.length > 0) errors.no_procurement = MESSAGES.rowsWithNone
  } else {
    for (const { r, i } of filled) rows.push(parseMonthRow(r, errors, (f) => `row-${i}-${f}`))
    if (rows.length === 0) errors.no_procurement = MESSAGES.noRows
    if (rows.length > LIMITS.rows) errors.no_procurement = MESSAGES.tooManyRows
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  return { noProcurement: values.no_procurement, responsibleName, responsiblePosition, rows }
}
