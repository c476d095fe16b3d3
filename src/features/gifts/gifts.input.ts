import { ValidationError, type FieldErrors } from '../../errors.ts'
import { beDateErrorMessage, compareIsoDates, parseBeDate, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { formString } from '../../web/http/form-errors.ts'
import { DONOR_TYPES, RULINGS, type DonorType, type Ruling } from './gifts.domain.ts'

export function valuesOf(body: unknown, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, formString(body, f)]))
}

const MAX = 500
function required(v: Record<string, string>, key: string, errors: FieldErrors, missing: { th: string; en: string }): string {
  const s = (v[key] ?? '').trim()
  if (!s) errors[key] = missing
  else if (s.length > MAX) errors[key] = { th: `ยาวไม่เกิน ${MAX} ตัวอักษร`, en: `At most ${MAX} characters` }
  return s
}

/** Baht as typed ("3,500", "๓๕๐๐", "3500.50") → whole satang. */
export function parseBaht(raw: string): number | null {
  const s = raw.replace(/[๐-๙]/g, (c) => String(c.charCodeAt(0) - 0x0e50)).replace(/[,\s]/g, '')
  if (!/^\d{1,10}(\.\d{1,2})?$/.test(s)) return null
  return Math.round(Number(s) * 100)
}

export const DECLARATION_FIELDS = ['donor_name', 'donor_type', 'relation', 'occasion', 'description', 'value', 'received_on-day', 'received_on-month', 'received_on-year'] as const
export type DeclarationInput = { donorName: string; donorType: DonorType; relation: string; occasion: string; description: string; valueSatang: number; receivedOn: IsoDate }

export function parseDeclaration(v: Record<string, string>, today: IsoDate): DeclarationInput {
  const errors: FieldErrors = {}
  const donorName = required(v, 'donor_name', errors, { th: 'ระบุผู้ให้', en: 'Say who gave it' })
  if (!Object.hasOwn(DONOR_TYPES, v.donor_type ?? '')) errors.donor_type = { th: 'เลือกประเภทผู้ให้', en: 'Choose the kind of giver' }
  const relation = required(v, 'relation', errors, { th: 'ระบุความสัมพันธ์กับผู้ให้ เช่น ญาติ ผู้รับบริการ คู่สัญญา', en: 'Say how you know the giver, e.g. relative, service user, contractor' })
  const occasion = required(v, 'occasion', errors, { th: 'ระบุโอกาสที่ได้รับ', en: 'Say on what occasion' })
  const description = required(v, 'description', errors, { th: 'ระบุสิ่งที่ได้รับ', en: 'Say what it was' })
  const valueSatang = parseBaht(v.value ?? '')
  if (valueSatang === null) errors.value = { th: 'ระบุมูลค่าโดยประมาณเป็นบาท เช่น 3,500', en: 'Enter the estimated value in baht, e.g. 3,500' }
  const received = parseBeDate({ day: v['received_on-day'] ?? '', month: v['received_on-month'] ?? '', year: v['received_on-year'] ?? '' })
  let receivedOn: IsoDate | null = null
  if (!received.ok) errors.received_on = beDateErrorMessage(received.error)
  else if (compareIsoDates(received.date, today) > 0) errors.received_on = { th: 'วันที่ได้รับต้องไม่เป็นวันในอนาคต', en: 'The day received cannot be in the future' }
  else receivedOn = received.date
  if (Object.keys(errors).length || valueSatang === null || !receivedOn) throw new ValidationError(errors)
  return { donorName, donorType: v.donor_type as DonorType, relation, occasion, description, valueSatang, receivedOn }
}

export function parseRuling(v: Record<string, string>): { ruling: Ruling; reason: string } {
  const errors: FieldErrors = {}
  if (!Object.hasOwn(RULINGS, v.ruling ?? '')) errors.ruling = { th: 'เลือกผลการวินิจฉัย', en: 'Choose the ruling' }
  const reason = required(v, 'reason', errors, { th: 'ระบุเหตุผลของการวินิจฉัย', en: 'Give the reason for the ruling' })
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { ruling: v.ruling as Ruling, reason }
}

export const DONATION_FIELDS = ['donor_name', 'donor_type', 'description', 'value', 'purpose', 'intended_use'] as const
export type DonationInput = { donorName: string; donorType: DonorType; description: string; valueSatang: number; purpose: string; intendedUse: string }

export function parseDonation(v: Record<string, string>): DonationInput {
  const errors: FieldErrors = {}
  const donorName = required(v, 'donor_name', errors, { th: 'ระบุผู้บริจาค', en: 'Say who donates' })
  if (!Object.hasOwn(DONOR_TYPES, v.donor_type ?? '')) errors.donor_type = { th: 'เลือกประเภทผู้บริจาค', en: 'Choose the kind of donor' }
  const description = required(v, 'description', errors, { th: 'ระบุสิ่งที่บริจาค', en: 'Say what is donated' })
  const valueSatang = parseBaht(v.value ?? '')
  if (valueSatang === null) errors.value = { th: 'ระบุมูลค่าเป็นบาท', en: 'Enter the value in baht' }
  const purpose = required(v, 'purpose', errors, { th: 'ระบุวัตถุประสงค์ของผู้บริจาค', en: 'Say what the donor wants it for' })
  const intendedUse = required(v, 'intended_use', errors, { th: 'ระบุว่าหน่วยงานจะนำไปใช้อย่างไร', en: 'Say how the agency will use it' })
  if (Object.keys(errors).length || valueSatang === null) throw new ValidationError(errors)
  return { donorName, donorType: v.donor_type as DonorType, description, valueSatang, purpose, intendedUse }
}

export function parseDecision(v: Record<string, string>): { approve: boolean; reason: string } {
  const errors: FieldErrors = {}
  if (v.decision !== 'approve' && v.decision !== 'reject') errors.decision = { th: 'เลือกอนุมัติหรือไม่อนุมัติ', en: 'Choose approve or reject' }
  const reason = required(v, 'reason', errors, { th: 'ระบุเหตุผล', en: 'Give the reason' })
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { approve: v.decision === 'approve', reason }
}

export function parseAcceptance(v: Record<string, string>, today: IsoDate): { acceptedOn: IsoDate; receipt: string } {
  const errors: FieldErrors = {}
  const d = parseBeDate({ day: v['accepted_on-day'] ?? '', month: v['accepted_on-month'] ?? '', year: v['accepted_on-year'] ?? '' })
  if (!d.ok) errors.accepted_on = beDateErrorMessage(d.error)
  else if (compareIsoDates(d.date, today) > 0) errors.accepted_on = { th: 'วันที่รับมอบต้องไม่เป็นวันในอนาคต', en: 'Cannot be in the future' }
  const receipt = (v.receipt_number ?? '').trim()
  if (receipt.length > 100) errors.receipt_number = { th: 'ยาวไม่เกิน 100 ตัวอักษร', en: 'At most 100 characters' }
  if (Object.keys(errors).length || !d.ok) throw new ValidationError(errors)
  return { acceptedOn: d.date, receipt }
}
