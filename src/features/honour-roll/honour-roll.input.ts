import { ValidationError, type FieldErrors } from '../../errors.ts'
import { beDateErrorMessage, beDateInputFrom, parseBeDate, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { LIMITS } from './honour-roll.domain.ts'

/** What the recorder typed, kept as text so a rejected form comes back exactly as sent. */
export type HonourFormValues = {
  name_th: string
  position_th: string
  deed_th: string
  commended_on: { day: string; month: string; year: string }
  commended_by: string
  announcement_ref: string
  consent: string
}

export type HonourInput = {
  nameTh: string
  positionTh: string
  deedTh: string
  commendedOn: IsoDate
  commendedBy: string
  announcementRef: string
  consentToPublish: boolean
}

export type PhotoFields = { keptReference: string; discardKept: boolean; removeCurrent: boolean }

function text(body: unknown, key: string): string {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  return typeof v === 'string' ? v : ''
}

export function readHonourForm(body: unknown): HonourFormValues {
  return {
    name_th: text(body, 'name_th'),
    position_th: text(body, 'position_th'),
    deed_th: text(body, 'deed_th'),
    commended_on: { day: text(body, 'commended_on-day'), month: text(body, 'commended_on-month'), year: text(body, 'commended_on-year') },
    commended_by: text(body, 'commended_by'),
    announcement_ref: text(body, 'announcement_ref'),
    consent: text(body, 'consent'),
  }
}

export function readPhotoFields(body: unknown): PhotoFields {
  return { keptReference: text(body, 'photo_kept'), discardKept: text(body, 'photo_discard') === 'yes', removeCurrent: text(body, 'photo_remove') === 'yes' }
}

export function emptyHonourForm(): HonourFormValues {
  return { name_th: '', position_th: '', deed_th: '', commended_on: { day: '', month: '', year: '' }, commended_by: '', announcement_ref: '', consent: '' }
}

export function honourFormFrom(e: HonourInput): HonourFormValues {
  return {
    name_th: e.nameTh,
    position_th: e.positionTh,
    deed_th: e.deedTh,
    commended_on: beDateInputFrom(e.commendedOn),
    commended_by: e.commendedBy,
    announcement_ref: e.announcementRef,
    consent: e.consentToPublish ? 'yes' : 'no',
  }
}

function limited(errors: FieldErrors, key: string, value: string, max: number, missing: { th: string; en: string } | null): void {
  if (!value && missing) errors[key] = missing
  else if (value.length > max) errors[key] = { th: `ยาวไม่เกิน ${max} ตัวอักษร`, en: `${max} characters or fewer` }
}

/** The entry, or a ValidationError naming every problem at once. */
export function parseHonourForm(v: HonourFormValues, today: IsoDate): HonourInput {
  const errors: FieldErrors = {}
  const nameTh = v.name_th.trim()
  const positionTh = v.position_th.trim()
  const deedTh = v.deed_th.trim()
  const commendedBy = v.commended_by.trim()
  const announcementRef = v.announcement_ref.trim()
  limited(errors, 'name_th', nameTh, LIMITS.name, { th: 'กรอกชื่อ–นามสกุลของผู้ได้รับการยกย่อง', en: 'Enter the name of the person commended' })
  limited(errors, 'position_th', positionTh, LIMITS.position, { th: 'กรอกตำแหน่ง', en: 'Enter the position' })
  limited(errors, 'deed_th', deedTh, LIMITS.deed, { th: 'บอกว่าได้รับการยกย่องจากการกระทำใด', en: 'Say what the person is commended for' })
  limited(errors, 'commended_by', commendedBy, LIMITS.commendedBy, { th: 'บอกว่าผู้ใดหรือหน่วยงานใดเป็นผู้ยกย่อง', en: 'Say who commended the person' })
  limited(errors, 'announcement_ref', announcementRef, LIMITS.reference, null)
  let commendedOn: IsoDate | null = null
  const parsed = parseBeDate(v.commended_on)
  if (!parsed.ok) errors['commended_on'] = beDateErrorMessage(parsed.error)
  else if (parsed.date > today) errors['commended_on'] = { th: 'วันที่ยกย่องต้องไม่อยู่ในอนาคต', en: 'The date cannot be in the future' }
  else commendedOn = parsed.date
  if (v.consent !== 'yes' && v.consent !== 'no') errors['consent'] = { th: 'เลือกว่าผู้ได้รับการยกย่องยินยอมให้เผยแพร่ชื่อและภาพต่อสาธารณะหรือไม่', en: 'Say whether the person agreed to their name and photo being published' }
  if (Object.keys(errors).length || !commendedOn) throw new ValidationError(errors)
  return { nameTh, positionTh, deedTh, commendedOn, commendedBy, announcementRef, consentToPublish: v.consent === 'yes' }
}

export type ApprovalInput = { name: string; position: string }

export function parseApproval(body: unknown): ApprovalInput {
  const name = text(body, 'approver_name').trim()
  const position = text(body, 'approver_position').trim()
  const errors: FieldErrors = {}
  if (!name) errors['approver_name'] = { th: 'กรอกชื่อผู้อนุมัติ', en: 'Enter the approver’s name' }
  if (!position) errors['approver_position'] = { th: 'กรอกตำแหน่งผู้อนุมัติ', en: 'Enter the approver’s position' }
  if (text(body, 'confirm') !== 'yes') errors['confirm'] = { th: 'ยืนยันว่าได้ตรวจสอบข้อมูลแล้ว', en: 'Confirm that you have checked the entry' }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { name, position }
}

export function parseWithdrawal(body: unknown): string {
  const reason = text(body, 'reason').trim()
  if (!reason) throw new ValidationError({ reason: { th: 'บอกเหตุผลที่ถอนออก', en: 'Give the reason for withdrawing it' } })
  if (reason.length > LIMITS.reason) throw new ValidationError({ reason: { th: `ยาวไม่เกิน ${LIMITS.reason} ตัวอักษร`, en: `${LIMITS.reason} characters or fewer` } })
  return reason
}
