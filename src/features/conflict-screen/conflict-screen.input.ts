import { ValidationError, type FieldErrors } from '../../errors.ts'
import { formString } from '../../web/http/form-errors.ts'
import { DECLARED_RELATIONS, DUTIES, ENTRY_KINDS, isRelationOf, METHODS, type DeclaredRelation, type Duty, type EntryKind, type Method } from './conflict-screen.domain.ts'
import { isValidTaxId, taxIdDigits } from './thai-matching.domain.ts'

const MAX_TEXT = 300
const tooLong = { th: `ยาวไม่เกิน ${MAX_TEXT} ตัวอักษร`, en: `At most ${MAX_TEXT} characters` }
const BAD_TAX_ID = { th: 'เลขประจำตัวผู้เสียภาษีต้องมี 13 หลักและเลขตรวจสอบ (หลักสุดท้าย) ถูกต้อง', en: 'A tax id has 13 digits and a valid check digit (the last one)' }

/** The form fields of every form here, read as typed so a rejected form comes back unchanged. */
export function valuesOf(body: unknown, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, formString(body, f)]))
}

function taxId(raw: string, field: string, errors: FieldErrors): string | null {
  if (!raw.trim()) return null
  if (!isValidTaxId(raw)) {
    errors[field] = BAD_TAX_ID
    return null
  }
  return taxIdDigits(raw)
}

export const ENTRY_FIELDS = ['entry_type', 'text', 'tax_id'] as const
export type EntryInput = { kind: EntryKind; relation: string; text: string; taxId: string | null }

/** `entry_type` is "kind:relation" (one list to choose from, e.g. "person:spouse"). */
export function parseEntry(v: Record<string, string>): EntryInput {
  const errors: FieldErrors = {}
  const [kind, relation] = (v.entry_type ?? '').split(':') as [EntryKind, string | undefined]
  const text = (v.text ?? '').trim()
  if (!Object.hasOwn(ENTRY_KINDS, kind) || !relation || !isRelationOf(kind, relation)) errors.entry_type = { th: 'เลือกประเภทและความสัมพันธ์', en: 'Choose the kind of interest and the relationship' }
  if (!text) errors.text = { th: 'กรอกชื่อ ที่อยู่ หรือชื่อกิจการ', en: 'Enter the name, the address or the business name' }
  else if (text.length > MAX_TEXT) errors.text = tooLong
  const tax = taxId(v.tax_id ?? '', 'tax_id', errors)
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { kind, relation: relation!, text, taxId: tax }
}

export const PROCUREMENT_FIELDS = ['title', 'reference', 'method', 'month'] as const
export type ProcurementInput = { title: string; reference: string; method: Method; month: string }

export function parseProcurement(v: Record<string, string>): ProcurementInput {
  const errors: FieldErrors = {}
  const title = (v.title ?? '').trim()
  const reference = (v.reference ?? '').trim()
  if (!title) errors.title = { th: 'กรอกชื่อโครงการ / รายการจัดซื้อจัดจ้าง', en: 'Enter what is being procured' }
  else if (title.length > MAX_TEXT) errors.title = tooLong
  if (reference.length > 100) errors.reference = { th: 'ยาวไม่เกิน 100 ตัวอักษร', en: 'At most 100 characters' }
  if (!Object.hasOwn(METHODS, v.method ?? '')) errors.method = { th: 'เลือกวิธีจัดซื้อจัดจ้าง', en: 'Choose the procurement method' }
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(v.month ?? '')) errors.month = { th: 'เลือกเดือนที่รายงาน', en: 'Choose the month it is reported in' }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { title, reference, method: v.method as Method, month: `${v.month}-01` }
}

export const BIDDER_FIELDS = ['name', 'tax_id', 'people', 'addresses'] as const
export type BidderInput = { name: string; taxId: string | null; people: string[]; addresses: string[] }

const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)

export function parseBidder(v: Record<string, string>): BidderInput {
  const errors: FieldErrors = {}
  const name = (v.name ?? '').trim()
  if (!name) errors.name = { th: 'กรอกชื่อผู้เสนอราคา', en: 'Enter the bidder’s name' }
  else if (name.length > MAX_TEXT) errors.name = tooLong
  const tax = taxId(v.tax_id ?? '', 'tax_id', errors)
  const people = lines(v.people ?? '')
  const addresses = lines(v.addresses ?? '')
  if (people.length > 50 || people.some((p) => p.length > MAX_TEXT)) errors.people = { th: 'ไม่เกิน 50 รายชื่อ รายชื่อละไม่เกิน 300 ตัวอักษร', en: 'At most 50 names of at most 300 characters' }
  if (addresses.length > 20 || addresses.some((p) => p.length > MAX_TEXT)) errors.addresses = { th: 'ไม่เกิน 20 ที่อยู่ ที่อยู่ละไม่เกิน 300 ตัวอักษร', en: 'At most 20 addresses of at most 300 characters' }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { name, taxId: tax, people, addresses }
}

export const PARTICIPANT_FIELDS = ['user_id', 'duty'] as const

export function parseParticipant(v: Record<string, string>, staffIds: ReadonlySet<string>): { userId: string; duty: Duty } {
  const errors: FieldErrors = {}
  if (!staffIds.has(v.user_id ?? '')) errors.user_id = { th: 'เลือกเจ้าหน้าที่ของหน่วยงาน', en: 'Choose a member of the agency’s staff' }
  if (!Object.hasOwn(DUTIES, v.duty ?? '')) errors.duty = { th: 'เลือกหน้าที่ในการจัดซื้อจัดจ้างนี้', en: 'Choose their duty in this procurement' }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { userId: v.user_id!, duty: v.duty as Duty }
}

export const DECLARATION_FIELDS = ['has_relation', 'bidder_id', 'relation_type', 'detail'] as const
export type DeclarationInput = { hasRelation: false; detail: string } | { hasRelation: true; bidderId: string; relationType: DeclaredRelation; detail: string }

export function parseDeclaration(v: Record<string, string>, bidderIds: ReadonlySet<string>): DeclarationInput {
  const errors: FieldErrors = {}
  const detail = (v.detail ?? '').trim()
  if (detail.length > 1000) errors.detail = { th: 'ยาวไม่เกิน 1,000 ตัวอักษร', en: 'At most 1,000 characters' }
  if (v.has_relation === 'no') {
    if (Object.keys(errors).length) throw new ValidationError(errors)
    return { hasRelation: false, detail }
  }
  if (v.has_relation !== 'yes') {
    errors.has_relation = { th: 'เลือกว่าท่านมีความสัมพันธ์กับผู้เสนอราคารายใดหรือไม่', en: 'Say whether you relate to any bidder' }
    throw new ValidationError(errors)
  }
  if (!bidderIds.has(v.bidder_id ?? '')) errors.bidder_id = { th: 'เลือกผู้เสนอราคาที่ท่านมีความสัมพันธ์ด้วย', en: 'Choose the bidder you relate to' }
  if (!Object.hasOwn(DECLARED_RELATIONS, v.relation_type ?? '')) errors.relation_type = { th: 'เลือกลักษณะความสัมพันธ์', en: 'Choose how you relate to them' }
  if (v.relation_type === 'other' && !detail) errors.detail = { th: 'อธิบายส่วนได้เสีย', en: 'Describe the interest' }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { hasRelation: true, bidderId: v.bidder_id!, relationType: v.relation_type as DeclaredRelation, detail }
}

export function parseResolution(v: Record<string, string>): { decision: 'cleared' | 'confirmed'; reason: string } {
  const errors: FieldErrors = {}
  const reason = (v.reason ?? '').trim()
  if (v.decision !== 'cleared' && v.decision !== 'confirmed') errors.decision = { th: 'เลือกผลการพิจารณา', en: 'Choose the decision' }
  if (!reason) errors.reason = { th: 'ระบุเหตุผลของการพิจารณา', en: 'Give the reason for the decision' }
  else if (reason.length > 1000) errors.reason = { th: 'ยาวไม่เกิน 1,000 ตัวอักษร', en: 'At most 1,000 characters' }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { decision: v.decision as 'cleared' | 'confirmed', reason }
}
