import { ValidationError, type FieldErrors } from '../../errors.ts'
import { beDateErrorMessage, compareIsoDates, parseBeDate, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { formString } from '../../web/http/form-errors.ts'
import { isLendableRole, isOrderKind, type LendableRole, type OrderKind } from './delegations.domain.ts'

export function valuesOf(body: unknown, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, formString(body, f)]))
}
const dateFields = (key: string) => [`${key}-day`, `${key}-month`, `${key}-year`]

function text(v: Record<string, string>, key: string, errors: FieldErrors, missing: { th: string; en: string } | null, max = 500): string {
  const s = (v[key] ?? '').trim()
  if (!s && missing) errors[key] = missing
  else if (s.length > max) errors[key] = { th: `ยาวไม่เกิน ${max} ตัวอักษร`, en: `At most ${max} characters` }
  return s
}
function date(v: Record<string, string>, key: string, errors: FieldErrors): IsoDate | null {
  const d = parseBeDate({ day: v[`${key}-day`] ?? '', month: v[`${key}-month`] ?? '', year: v[`${key}-year`] ?? '' })
  if (!d.ok) {
    errors[key] = beDateErrorMessage(d.error)
    return null
  }
  return d.date
}

export const ORDER_FIELDS = ['kind', 'order_no', ...dateFields('order_date'), 'from_name', 'from_position_th', 'to_user_id', 'to_position_th', 'powers_th', 'grants_role', ...dateFields('starts_on'), ...dateFields('ends_on')] as const

export type OrderInput = {
  kind: OrderKind
  orderNo: string
  orderDate: IsoDate
  fromName: string
  fromPositionTh: string
  toUserId: string
  toPositionTh: string
  powersTh: string
  grantsRole: LendableRole | null
  startsOn: IsoDate
  endsOn: IsoDate
}

/** `members`: the agency's staff by user id (an order is made out to one of them). */
export function parseOrder(v: Record<string, string>, members: ReadonlySet<string>): OrderInput {
  const errors: FieldErrors = {}
  const kind = v.kind ?? ''
  if (!isOrderKind(kind)) errors.kind = { th: 'เลือกประเภทคำสั่ง', en: 'Choose the kind of order' }
  const orderNo = text(v, 'order_no', errors, { th: 'ระบุเลขที่คำสั่ง เช่น 123/2569', en: 'Give the order number, e.g. 123/2569' }, 60)
  const orderDate = date(v, 'order_date', errors)
  const fromName = text(v, 'from_name', errors, { th: 'ระบุชื่อผู้มอบอำนาจหรือผู้ที่ถูกรักษาราชการแทน', en: 'Name the person whose powers these are' }, 200)
  const fromPositionTh = text(v, 'from_position_th', errors, { th: 'ระบุตำแหน่งของผู้มอบอำนาจ', en: 'Give their position' }, 200)
  const toUserId = (v.to_user_id ?? '').trim()
  if (!members.has(toUserId)) errors.to_user_id = { th: 'เลือกผู้รับมอบจากบุคลากรของหน่วยงาน', en: 'Choose the person from the agency’s staff' }
  const toPositionTh = text(v, 'to_position_th', errors, { th: 'ระบุตำแหน่งของผู้รับมอบ', en: 'Give the position of the person receiving the powers' }, 200)
  const powersTh = text(v, 'powers_th', errors, { th: 'ระบุอำนาจหน้าที่ที่มอบ', en: 'Say which powers' }, 2000)
  const role = (v.grants_role ?? '').trim()
  let grantsRole: LendableRole | null = null
  if (kind === 'acting') grantsRole = 'head'
  else if (role && !isLendableRole(role)) errors.grants_role = { th: 'เลือกสิทธิในระบบจากรายการ', en: 'Choose from the list' }
  else grantsRole = role && isLendableRole(role) ? role : null
  const startsOn = date(v, 'starts_on', errors)
  const endsOn = date(v, 'ends_on', errors)
  if (startsOn && endsOn && compareIsoDates(endsOn, startsOn) < 0) errors.ends_on = { th: 'วันสิ้นสุดต้องไม่ก่อนวันเริ่ม', en: 'The end cannot be before the start' }
  if (Object.keys(errors).length || !orderDate || !startsOn || !endsOn || !isOrderKind(kind)) throw new ValidationError(errors)
  return { kind, orderNo, orderDate, fromName, fromPositionTh, toUserId, toPositionTh, powersTh, grantsRole, startsOn, endsOn }
}

export const REVOKE_FIELDS = ['revoke_reason'] as const
export function parseRevoke(v: Record<string, string>): string {
  const errors: FieldErrors = {}
  const reason = text(v, 'revoke_reason', errors, { th: 'ระบุเหตุผลหรือเลขที่คำสั่งยกเลิก', en: 'Give the reason or the revoking order' }, 500)
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return reason
}
