import { ValidationError, type FieldErrors } from '../../errors.ts'
import { fromThaiDigits } from '../../platform/thai-calendar/index.ts'
import { emptyManual, isDayUnit, LIMITS, MAX_LIST_ROWS, MAX_STEPS, type ServiceManual } from './service-manual.domain.ts'

/** What the editor typed, as text, so a rejected form comes back exactly as sent. */
export type StepRow = { title: string; days: string; unit: string }
export type DocumentRow = { name: string; copies: string; note: string }
export type FeeRow = { item: string; amount: string }
export type ServiceFormValues = {
  name_th: string
  name_en: string
  legal_basis: string
  responsible_unit: string
  place: string
  hours: string
  online_url: string
  allows_online: boolean
  conditions: string
  day_unit: string
  steps: StepRow[]
  documents: DocumentRow[]
  no_documents: boolean
  fees: FeeRow[]
  no_fee: boolean
  complaint_channel: string
}

function text(body: unknown, key: string): string {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : ''
}

function list(body: unknown, key: string): string[] {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  if (typeof v === 'string') return [v]
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : '')).slice(0, MAX_LIST_ROWS + 5)
  return []
}

function rows<K extends string>(body: unknown, keys: readonly K[]): Record<K, string>[] {
  const cols = keys.map((k) => list(body, k))
  const n = Math.max(0, ...cols.map((c) => c.length))
  const out: Record<K, string>[] = []
  for (let i = 0; i < n; i++) out.push(Object.fromEntries(keys.map((k, j) => [k.replace(/^[a-z]+_/, ''), cols[j]![i] ?? ''])) as Record<K, string>)
  return out
}

/** Which button was pressed: saving, or adding an empty row of some list (works without JavaScript). */
export type FormAction = 'save' | 'add_step' | 'add_document' | 'add_fee'
export function readFormAction(body: unknown): FormAction {
  const a = text(body, 'action')
  return a === 'add_step' || a === 'add_document' || a === 'add_fee' ? a : 'save'
}

export function readServiceForm(body: unknown): ServiceFormValues {
  return {
    name_th: text(body, 'name_th'),
    name_en: text(body, 'name_en'),
    legal_basis: text(body, 'legal_basis'),
    responsible_unit: text(body, 'responsible_unit'),
    place: text(body, 'place'),
    hours: text(body, 'hours'),
    online_url: text(body, 'online_url'),
    allows_online: text(body, 'allows_online') === 'yes',
    conditions: text(body, 'conditions'),
    day_unit: text(body, 'day_unit'),
    steps: rows(body, ['step_title', 'step_days', 'step_unit'] as const) as unknown as StepRow[],
    documents: rows(body, ['doc_name', 'doc_copies', 'doc_note'] as const) as unknown as DocumentRow[],
    no_documents: text(body, 'no_documents') === 'yes',
    fees: rows(body, ['fee_item', 'fee_amount'] as const) as unknown as FeeRow[],
    no_fee: text(body, 'no_fee') === 'yes',
    complaint_channel: text(body, 'complaint_channel'),
  }
}

/** The form with one more empty row where the button asked for it. */
export function withExtraRow(v: ServiceFormValues, action: FormAction): ServiceFormValues {
  if (action === 'add_step' && v.steps.length < MAX_STEPS) return { ...v, steps: [...v.steps, { title: '', days: '', unit: '' }] }
  if (action === 'add_document' && v.documents.length < MAX_LIST_ROWS) return { ...v, documents: [...v.documents, { name: '', copies: '', note: '' }], no_documents: false }
  if (action === 'add_fee' && v.fees.length < MAX_LIST_ROWS) return { ...v, fees: [...v.fees, { item: '', amount: '' }], no_fee: false }
  return v
}

export function serviceFormFrom(m: ServiceManual): ServiceFormValues {
  return {
    name_th: m.nameTh,
    name_en: m.nameEn,
    legal_basis: m.legalBasis,
    responsible_unit: m.responsibleUnit,
    place: m.place,
    hours: m.hours,
    online_url: m.onlineUrl,
    allows_online: m.allowsOnline,
    conditions: m.conditions,
    day_unit: m.dayUnit,
    steps: m.steps.length ? m.steps.map((s) => ({ title: s.title, days: String(s.days), unit: s.unit })) : [{ title: '', days: '', unit: '' }],
    documents: m.documents.length ? m.documents.map((d) => ({ ...d })) : m.noDocuments ? [] : [{ name: '', copies: '', note: '' }],
    no_documents: m.noDocuments,
    fees: m.fees.length ? m.fees.map((f) => ({ ...f })) : m.noFee ? [] : [{ item: '', amount: '' }],
    no_fee: m.noFee,
    complaint_channel: m.complaintChannel,
  }
}

export function emptyServiceForm(): ServiceFormValues {
  return serviceFormFrom(emptyManual())
}

const tooLong = (n: number) => ({ th: `ยาวไม่เกิน ${n} ตัวอักษร`, en: `${n} characters or fewer` })

/** The manual, or a ValidationError naming every problem at once. Blank rows are dropped. */
export function parseServiceForm(v: ServiceFormValues, forms: ServiceManual['forms']): ServiceManual {
  const errors: FieldErrors = {}
  const req = (key: keyof ServiceFormValues, value: string, message: { th: string; en: string }, limit: number = LIMITS.text) => {
    const s = value.trim()
    if (!s) errors[key] = message
    else if (s.length > limit) errors[key] = tooLong(limit)
    return s
  }
  const opt = (key: keyof ServiceFormValues, value: string, limit: number = LIMITS.text) => {
    const s = value.trim()
    if (s.length > limit) errors[key] = tooLong(limit)
    return s
  }
  const nameTh = req('name_th', v.name_th, { th: 'กรอกชื่องานบริการ', en: 'Enter the name of the service' }, LIMITS.name)
  const nameEn = opt('name_en', v.name_en, LIMITS.name)
  const legalBasis = req('legal_basis', v.legal_basis, { th: 'ระบุกฎหมายที่ให้อำนาจการอนุญาต หรือที่เกี่ยวข้อง', en: 'Name the law the service rests on' })
  const responsibleUnit = req('responsible_unit', v.responsible_unit, { th: 'ระบุหน่วยงานที่รับผิดชอบ', en: 'Name the responsible unit' }, LIMITS.line)
  const place = req('place', v.place, { th: 'ระบุสถานที่ / ช่องทางการให้บริการ', en: 'Say where to apply' }, LIMITS.line)
  const hours = req('hours', v.hours, { th: 'ระบุระยะเวลาเปิดให้บริการ', en: 'Give the opening hours' }, LIMITS.line)
  const onlineUrl = opt('online_url', v.online_url, LIMITS.line)
  if (onlineUrl && !/^https:\/\/[^\s]+$/i.test(onlineUrl)) errors.online_url = { th: 'ลิงก์ต้องขึ้นต้นด้วย https://', en: 'The link must start with https://' }
  const conditions = req('conditions', v.conditions, { th: 'ระบุหลักเกณฑ์ วิธีการ เงื่อนไข (ถ้าไม่มีให้ระบุว่า "ไม่มี")', en: 'State the conditions (write "none" if there are none)' })
  const complaintChannel = req('complaint_channel', v.complaint_channel, { th: 'ระบุช่องทางการร้องเรียน', en: 'Say how to complain' })
  if (!isDayUnit(v.day_unit)) errors.day_unit = { th: 'เลือกหน่วยของระยะเวลา', en: 'Choose how days are counted' }

  const steps = v.steps.filter((s) => s.title.trim() || s.days.trim() || s.unit.trim())
  const parsedSteps = steps.map((s, i) => {
    const days = Number(fromThaiDigits(s.days.trim()))
    if (!s.title.trim()) errors[`step_title_${i}`] = { th: `ขั้นตอนที่ ${i + 1}: ระบุขั้นตอน`, en: `Step ${i + 1}: describe the step` }
    else if (s.title.trim().length > LIMITS.line) errors[`step_title_${i}`] = tooLong(LIMITS.line)
    if (!s.days.trim() || !Number.isInteger(days) || days < 0 || days > LIMITS.days) errors[`step_days_${i}`] = { th: `ขั้นตอนที่ ${i + 1}: ระยะเวลาเป็นจำนวนวันเต็ม 0–${LIMITS.days}`, en: `Step ${i + 1}: the time is a whole number of days, 0–${LIMITS.days}` }
    if (!s.unit.trim()) errors[`step_unit_${i}`] = { th: `ขั้นตอนที่ ${i + 1}: ระบุส่วนงานที่รับผิดชอบ`, en: `Step ${i + 1}: name the unit responsible` }
    else if (s.unit.trim().length > LIMITS.line) errors[`step_unit_${i}`] = tooLong(LIMITS.line)
    return { title: s.title.trim(), days: Number.isInteger(days) ? days : 0, unit: s.unit.trim() }
  })
  if (parsedSteps.length === 0) errors.steps = { th: 'ระบุขั้นตอนอย่างน้อยหนึ่งขั้นตอน พร้อมระยะเวลาและส่วนงานที่รับผิดชอบ', en: 'Give at least one step, with its time and responsible unit' }
  if (parsedSteps.length > MAX_STEPS) errors.steps = { th: `ไม่เกิน ${MAX_STEPS} ขั้นตอน`, en: `At most ${MAX_STEPS} steps` }

  const documents = v.documents.filter((d) => d.name.trim() || d.copies.trim() || d.note.trim()).map((d, i) => {
    if (!d.name.trim()) errors[`doc_name_${i}`] = { th: `เอกสารรายการที่ ${i + 1}: ระบุชื่อเอกสาร`, en: `Document ${i + 1}: name the document` }
    return { name: d.name.trim().slice(0, LIMITS.line), copies: d.copies.trim().slice(0, 50), note: d.note.trim().slice(0, LIMITS.line) }
  })
  if (documents.length === 0 && !v.no_documents) errors.no_documents = { th: 'ระบุเอกสารที่ต้องใช้ หรือเลือก "ไม่ต้องใช้เอกสาร"', en: 'List the documents required, or tick "no documents required"' }
  if (documents.length > 0 && v.no_documents) errors.no_documents = { th: 'มีรายการเอกสารอยู่ จึงเลือก "ไม่ต้องใช้เอกสาร" ไม่ได้', en: 'Documents are listed, so "no documents required" cannot be ticked' }

  const fees = v.fees.filter((f) => f.item.trim() || f.amount.trim()).map((f, i) => {
    if (!f.item.trim() || !f.amount.trim()) errors[`fee_item_${i}`] = { th: `ค่าธรรมเนียมรายการที่ ${i + 1}: ระบุรายการและจำนวนเงิน`, en: `Fee ${i + 1}: give the item and the amount` }
    return { item: f.item.trim().slice(0, LIMITS.line), amount: f.amount.trim().slice(0, 100) }
  })
  if (fees.length === 0 && !v.no_fee) errors.no_fee = { th: 'ระบุค่าธรรมเนียม หรือเลือก "ไม่มีค่าธรรมเนียม"', en: 'List the fees, or tick "no fee"' }
  if (fees.length > 0 && v.no_fee) errors.no_fee = { th: 'มีรายการค่าธรรมเนียมอยู่ จึงเลือก "ไม่มีค่าธรรมเนียม" ไม่ได้', en: 'Fees are listed, so "no fee" cannot be ticked' }

  if (Object.keys(errors).length) throw new ValidationError(errors)
  return {
    nameTh,
    nameEn,
    legalBasis,
    responsibleUnit,
    place,
    hours,
    onlineUrl,
    allowsOnline: v.allows_online,
    conditions,
    dayUnit: v.day_unit as ServiceManual['dayUnit'],
    steps: parsedSteps,
    documents,
    noDocuments: v.no_documents,
    fees,
    noFee: v.no_fee,
    complaintChannel,
    forms,
  }
}
