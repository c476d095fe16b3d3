import { ValidationError, type FieldErrors } from '../../errors.ts'
import { beDateErrorMessage, parseBeDate, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { formString } from '../../web/http/form-errors.ts'
import { MEMBER_ROLES, VOTES, type MemberRole, type Vote } from './meetings.domain.ts'

export function valuesOf(body: unknown, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, formString(body, f)]))
}
function text(v: Record<string, string>, key: string, errors: FieldErrors, missing: { th: string; en: string }, max = 500): string {
  const s = (v[key] ?? '').trim()
  if (!s) errors[key] = missing
  else if (s.length > max) errors[key] = { th: `ยาวไม่เกิน ${max} ตัวอักษร`, en: `At most ${max} characters` }
  return s
}

export const MEETING_FIELDS = ['title', 'number_label', 'place', 'held_on-day', 'held_on-month', 'held_on-year'] as const
export function parseMeeting(v: Record<string, string>): { title: string; numberLabel: string; place: string; heldOn: IsoDate } {
  const errors: FieldErrors = {}
  const title = text(v, 'title', errors, { th: 'กรอกชื่อการประชุม', en: 'Enter the meeting’s name' })
  const place = text(v, 'place', errors, { th: 'กรอกสถานที่ประชุม', en: 'Enter the place' })
  const d = parseBeDate({ day: v['held_on-day'] ?? '', month: v['held_on-month'] ?? '', year: v['held_on-year'] ?? '' })
  if (!d.ok) errors.held_on = beDateErrorMessage(d.error)
  if (Object.keys(errors).length || !d.ok) throw new ValidationError(errors)
  return { title, numberLabel: (v.number_label ?? '').trim().slice(0, 50), place, heldOn: d.date }
}

export function parseMember(v: Record<string, string>, staff: ReadonlySet<string>): { userId: string; role: MemberRole } {
  const errors: FieldErrors = {}
  if (!staff.has(v.user_id ?? '')) errors.user_id = { th: 'เลือกบุคลากร', en: 'Choose a member of staff' }
  if (!Object.hasOwn(MEMBER_ROLES, v.role ?? '')) errors.role = { th: 'เลือกบทบาท', en: 'Choose the role' }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { userId: v.user_id!, role: v.role as MemberRole }
}

export function parseItem(v: Record<string, string>): string {
  const errors: FieldErrors = {}
  const title = text(v, 'item_title', errors, { th: 'กรอกเรื่องที่จะพิจารณา', en: 'Enter the item' })
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return title
}

export function parseInterest(v: Record<string, string>): string {
  const errors: FieldErrors = {}
  const nature = text(v, 'nature', errors, { th: 'ระบุส่วนได้เสียที่มีในวาระนี้', en: 'Say what your interest in this item is' })
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return nature
}

export function parseVote(v: Record<string, string>): Vote {
  if (!Object.hasOwn(VOTES, v.vote ?? '')) throw new ValidationError({ vote: { th: 'เลือกการลงมติ', en: 'Choose your vote' } })
  return v.vote as Vote
}

export function parseResolution(v: Record<string, string>): string {
  const errors: FieldErrors = {}
  const r = text(v, 'resolution', errors, { th: 'กรอกมติที่ประชุม', en: 'Enter the resolution' }, 2000)
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return r
}
