import { ValidationError, type FieldErrors } from '../../errors.ts'
import { CONDITIONS, type Condition } from './property.domain.ts'
import { DISPOSAL_METHODS, FILE_KINDS, MOVEMENT_KINDS, type DisposalMethod, type MovementKind, type PropertyFileKind } from './property-lifecycle.domain.ts'

/** A checkbox group arrives as one string or a list of them. */
export function formList(body: unknown, key: string): string[] {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' && v ? [v] : []
}

export const MOVEMENT_FIELDS = ['kind', 'to_location', 'to_custodian_id', 'method', 'reason'] as const
export type MovementInput = { kind: MovementKind; toLocation: string | null; toCustodianId: string | null; method: DisposalMethod | null; reason: string }

export function parseMovement(v: Record<string, string>, staffIds: ReadonlySet<string>): MovementInput {
  const errors: FieldErrors = {}
  const kind = v.kind ?? ''
  if (!Object.hasOwn(MOVEMENT_KINDS, kind)) errors.kind = { th: 'เลือกว่าจะโอนย้ายหรือจำหน่าย', en: 'Choose transfer or disposal' }
  const reason = (v.reason ?? '').trim()
  if (!reason) errors.reason = { th: 'ระบุเหตุผล', en: 'Give the reason' }
  else if (reason.length > 1000) errors.reason = { th: 'ยาวไม่เกิน 1,000 ตัวอักษร', en: 'At most 1,000 characters' }
  let toLocation: string | null = null
  let toCustodianId: string | null = null
  let method: DisposalMethod | null = null
  if (kind === 'transfer') {
    toLocation = (v.to_location ?? '').trim()
    if (!toLocation) errors.to_location = { th: 'กรอกที่ตั้งใหม่', en: 'Enter the new location' }
    toCustodianId = v.to_custodian_id || null
    if (toCustodianId && !staffIds.has(toCustodianId)) errors.to_custodian_id = { th: 'เลือกผู้รับผิดชอบจากบุคลากรของหน่วยงาน', en: 'Choose a member of staff' }
  }
  if (kind === 'disposal') {
    if (!Object.hasOwn(DISPOSAL_METHODS, v.method ?? '')) errors.method = { th: 'เลือกวิธีจำหน่าย', en: 'Choose how it is disposed of' }
    else method = v.method as DisposalMethod
  }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { kind: kind as MovementKind, toLocation, toCustodianId, method, reason }
}

export const FILE_FIELDS = ['file_kind', 'label'] as const
export function parseFileMeta(v: Record<string, string>): { ok: true; kind: PropertyFileKind; label: string } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {}
  if (!Object.hasOwn(FILE_KINDS, v.file_kind ?? '')) errors.file_kind = { th: 'เลือกว่าเป็นภาพถ่ายหรือเอกสาร', en: 'Choose photo or document' }
  const label = (v.label ?? '').trim()
  if (!label) errors.label = { th: 'กรอกคำอธิบายไฟล์', en: 'Describe the file' }
  else if (label.length > 200) errors.label = { th: 'ยาวไม่เกิน 200 ตัวอักษร', en: 'At most 200 characters' }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, kind: v.file_kind as PropertyFileKind, label }
}

export type AppointInput = { fiscalYear: number; chairId: string; memberIds: string[] }
export function parseAppoint(v: { fiscal_year: string; chair_id: string; members: string[] }, staffIds: ReadonlySet<string>): AppointInput {
  const errors: FieldErrors = {}
  const year = Number(v.fiscal_year.trim())
  if (!/^\d{4}$/.test(v.fiscal_year.trim()) || year < 2500 || year > 2700) errors.fiscal_year = { th: 'กรอกปีงบประมาณ พ.ศ. 4 หลัก', en: 'Enter the fiscal year (BE, four digits)' }
  if (!staffIds.has(v.chair_id)) errors.chair_id = { th: 'เลือกประธานกรรมการ', en: 'Choose the chair' }
  const memberIds = [...new Set(v.members.filter((m) => m !== v.chair_id))]
  if (memberIds.some((m) => !staffIds.has(m))) errors.members = { th: 'เลือกกรรมการจากบุคลากรของหน่วยงาน', en: 'Choose members of staff' }
  else if (memberIds.length < 2) errors.members = { th: 'เลือกกรรมการอย่างน้อย 2 คนนอกจากประธาน', en: 'Choose at least two members besides the chair' }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { fiscalYear: year, chairId: v.chair_id, memberIds }
}

export function parseCount(v: { found: string; condition: string; note: string }, registerCondition: Condition, field: string): { found: boolean; countedCondition: Condition | null; note: string } {
  const errors: FieldErrors = {}
  if (v.found !== 'yes' && v.found !== 'no') errors[`found-${field}`] = { th: 'เลือกว่าพบหรือไม่พบ', en: 'Choose found or not found' }
  const found = v.found === 'yes'
  let countedCondition: Condition | null = null
  if (found) {
    if (!Object.hasOwn(CONDITIONS, v.condition)) errors[`condition-${field}`] = { th: 'เลือกสภาพที่ตรวจพบ', en: 'Choose the condition found' }
    else countedCondition = v.condition as Condition
  }
  const note = v.note.trim().slice(0, 500)
  const differs = v.found === 'no' || (countedCondition !== null && countedCondition !== registerCondition)
  if (differs && !note) errors[`note-${field}`] = { th: 'อธิบายความแตกต่างจากทะเบียน', en: 'Explain the difference from the register' }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { found, countedCondition, note }
}
