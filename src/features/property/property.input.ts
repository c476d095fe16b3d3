import { ValidationError, type FieldErrors } from '../../errors.ts'
import { beDateErrorMessage, compareIsoDates, parseBeDate, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { formString } from '../../web/http/form-errors.ts'
import { CONDITIONS, KINDS, type Condition, type Kind } from './property.domain.ts'

export function valuesOf(body: unknown, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, formString(body, f)]))
}

const dateFields = (name: string) => [`${name}-day`, `${name}-month`, `${name}-year`]
function date(v: Record<string, string>, name: string, errors: FieldErrors): IsoDate | null {
  const r = parseBeDate({ day: v[`${name}-day`] ?? '', month: v[`${name}-month`] ?? '', year: v[`${name}-year`] ?? '' })
  if (!r.ok) {
    errors[name] = beDateErrorMessage(r.error)
    return null
  }
  return r.date
}
function text(v: Record<string, string>, key: string, errors: FieldErrors, missing: { th: string; en: string }, max = 300): string {
  const s = (v[key] ?? '').trim()
  if (!s) errors[key] = missing
  else if (s.length > max) errors[key] = { th: `ยาวไม่เกิน ${max} ตัวอักษร`, en: `At most ${max} characters` }
  return s
}

export const ITEM_FIELDS = ['number', 'name', 'kind', 'location', 'condition', 'source', 'price', 'custodian_id', ...dateFields('acquired_on')] as const
export type ItemInput = { number: string; name: string; kind: Kind; location: string; condition: Condition; source: string; priceSatang: number | null; custodianId: string | null; acquiredOn: IsoDate | null }

export function parseItem(v: Record<string, string>, staffIds: ReadonlySet<string>): ItemInput {
  const errors: FieldErrors = {}
  const number = text(v, 'number', errors, { th: 'กรอกหมายเลขครุภัณฑ์ตามรหัสของหน่วยงาน', en: 'Enter the agency’s property number' }, 60)
  const name = text(v, 'name', errors, { th: 'กรอกชื่อทรัพย์สิน', en: 'Enter what it is' })
  if (!Object.hasOwn(KINDS, v.kind ?? '')) errors.kind = { th: 'เลือกประเภท', en: 'Choose the kind' }
  const location = text(v, 'location', errors, { th: 'กรอกสถานที่เก็บ / ติดตั้ง', en: 'Enter where it is kept' })
  if (!Object.hasOwn(CONDITIONS, v.condition ?? '')) errors.condition = { th: 'เลือกสภาพ', en: 'Choose the condition' }
  const source = (v.source ?? '').trim().slice(0, 300)
  let priceSatang: number | null = null
  const price = (v.price ?? '').replace(/[,\s]/g, '')
  if (price) {
    if (!/^\d{1,12}(\.\d{1,2})?$/.test(price)) errors.price = { th: 'ราคาเป็นตัวเลข (บาท)', en: 'The price in baht' }
    else priceSatang = Math.round(Number(price) * 100)
  }
  const custodianId = v.custodian_id ? v.custodian_id : null
  if (custodianId && !staffIds.has(custodianId)) errors.custodian_id = { th: 'เลือกผู้รับผิดชอบจากบุคลากรของหน่วยงาน', en: 'Choose a member of staff' }
  const hasDate = dateFields('acquired_on').some((f) => (v[f] ?? '').trim())
  const acquiredOn = hasDate ? date(v, 'acquired_on', errors) : null
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { number, name, kind: v.kind as Kind, location, condition: v.condition as Condition, source, priceSatang, custodianId, acquiredOn }
}

export const REQUEST_FIELDS = ['purpose', 'agree', ...dateFields('start_on'), ...dateFields('end_on')] as const

export function parseRequest(v: Record<string, string>, today: IsoDate): { purpose: string; startOn: IsoDate; endOn: IsoDate } {
  const errors: FieldErrors = {}
  const purpose = text(v, 'purpose', errors, { th: 'ระบุงานราชการที่จะนำไปใช้', en: 'Say what official work it is for' })
  const startOn = date(v, 'start_on', errors)
  const endOn = date(v, 'end_on', errors)
  if (startOn && compareIsoDates(startOn, today) < 0) errors.start_on = { th: 'วันเริ่มยืมต้องไม่ก่อนวันนี้', en: 'Cannot start in the past' }
  if (startOn && endOn && compareIsoDates(endOn, startOn) < 0) errors.end_on = { th: 'วันคืนต้องไม่ก่อนวันเริ่มยืม', en: 'The return day cannot be before the first day' }
  if (v.agree !== 'yes') errors.agree = { th: 'ยืนยันว่าจะใช้เพื่อราชการและปฏิบัติตามระเบียบการยืม', en: 'Confirm the official use and the borrowing rules' }
  if (Object.keys(errors).length || !startOn || !endOn) throw new ValidationError(errors)
  return { purpose, startOn, endOn }
}

export function parseReturn(v: Record<string, string>, today: IsoDate): { returnedOn: IsoDate; condition: Condition; damage: string } {
  const errors: FieldErrors = {}
  const returnedOn = date(v, 'returned_on', errors)
  if (returnedOn && compareIsoDates(returnedOn, today) > 0) errors.returned_on = { th: 'ต้องไม่เป็นวันในอนาคต', en: 'Cannot be in the future' }
  if (!Object.hasOwn(CONDITIONS, v.return_condition ?? '')) errors.return_condition = { th: 'เลือกสภาพเมื่อรับคืน', en: 'Choose the condition on return' }
  const damage = (v.damage_note ?? '').trim()
  if ((v.return_condition === 'damaged' || v.return_condition === 'unusable') && !damage) errors.damage_note = { th: 'บรรยายความเสียหาย', en: 'Describe the damage' }
  if (Object.keys(errors).length || !returnedOn) throw new ValidationError(errors)
  return { returnedOn, condition: v.return_condition as Condition, damage }
}
