import { ValidationError, type FieldErrors } from '../../errors.ts'
import { beDateErrorMessage, beDateInputFrom, parseBeDate, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { isValidEmail } from '../organisations/index.ts'
import { EXECUTIVE_GROUPS, isExecutiveGroup, LIMITS, type ExecutiveGroupKey } from './executives.domain.ts'

/** What the editor typed, kept as text so a rejected form comes back exactly as sent. */
export type ExecutiveFormValues = {
  group: string
  name_th: string
  name_en: string
  position_th: string
  position_en: string
  phone: string
  email: string
  term_start: { day: string; month: string; year: string }
}

export type ExecutiveInput = {
  group: ExecutiveGroupKey
  nameTh: string
  nameEn: string
  positionTh: string
  positionEn: string
  phone: string
  email: string
  termStart: IsoDate | null
}

/** The photo part of the form, besides the file itself. */
export type PhotoFields = { keptReference: string; discardKept: boolean; removeCurrent: boolean }

function text(body: unknown, key: string): string {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  return typeof v === 'string' ? v : ''
}

export function readExecutiveForm(body: unknown): ExecutiveFormValues {
  return {
    group: text(body, 'group'),
    name_th: text(body, 'name_th'),
    name_en: text(body, 'name_en'),
    position_th: text(body, 'position_th'),
    position_en: text(body, 'position_en'),
    phone: text(body, 'phone'),
    email: text(body, 'email'),
    term_start: { day: text(body, 'term_start-day'), month: text(body, 'term_start-month'), year: text(body, 'term_start-year') },
  }
}

export function readPhotoFields(body: unknown): PhotoFields {
  return { keptReference: text(body, 'photo_kept'), discardKept: text(body, 'photo_discard') === 'yes', removeCurrent: text(body, 'photo_remove') === 'yes' }
}

export function emptyExecutiveForm(): ExecutiveFormValues {
  return { group: EXECUTIVE_GROUPS[0].key, name_th: '', name_en: '', position_th: '', position_en: '', phone: '', email: '', term_start: { day: '', month: '', year: '' } }
}

export function executiveFormFrom(e: ExecutiveInput): ExecutiveFormValues {
  return {
    group: e.group,
    name_th: e.nameTh,
    name_en: e.nameEn,
    position_th: e.positionTh,
    position_en: e.positionEn,
    phone: e.phone,
    email: e.email,
    term_start: e.termStart ? beDateInputFrom(e.termStart) : { day: '', month: '', year: '' },
  }
}

const PHONE = /^[0-9+()\-\s,/]*(ต่อ|ext\.?)?[0-9\s]*$/i

/** The entry, or a ValidationError naming every problem at once. */
export function parseExecutiveForm(v: ExecutiveFormValues): ExecutiveInput {
  const errors: FieldErrors = {}
  const nameTh = v.name_th.trim()
  const nameEn = v.name_en.trim()
  const positionTh = v.position_th.trim()
  const positionEn = v.position_en.trim()
  const phone = v.phone.trim()
  const email = v.email.trim()
  if (!isExecutiveGroup(v.group)) errors.group = { th: 'เลือกกลุ่ม', en: 'Choose a group' }
  if (!nameTh) errors.name_th = { th: 'กรอกชื่อ–นามสกุลภาษาไทย', en: 'Enter the name in Thai' }
  else if (nameTh.length > LIMITS.name) errors.name_th = { th: `ชื่อยาวไม่เกิน ${LIMITS.name} ตัวอักษร`, en: `The name must be ${LIMITS.name} characters or fewer` }
  if (nameEn.length > LIMITS.name) errors.name_en = { th: `ชื่อภาษาอังกฤษยาวไม่เกิน ${LIMITS.name} ตัวอักษร`, en: `The English name must be ${LIMITS.name} characters or fewer` }
  if (!positionTh) errors.position_th = { th: 'กรอกตำแหน่งภาษาไทย', en: 'Enter the position in Thai' }
  else if (positionTh.length > LIMITS.position) errors.position_th = { th: `ตำแหน่งยาวไม่เกิน ${LIMITS.position} ตัวอักษร`, en: `The position must be ${LIMITS.position} characters or fewer` }
  if (positionEn.length > LIMITS.position) errors.position_en = { th: `ตำแหน่งภาษาอังกฤษยาวไม่เกิน ${LIMITS.position} ตัวอักษร`, en: `The English position must be ${LIMITS.position} characters or fewer` }
  if (phone.length > LIMITS.phone || !PHONE.test(phone)) errors.phone = { th: 'หมายเลขโทรศัพท์ใช้ได้เฉพาะตัวเลข เว้นวรรค และ + - ( ) เช่น 0 5312 3456 ต่อ 12', en: 'A phone number may hold digits, spaces and + - ( ) only, e.g. 0 5312 3456 ext 12' }
  if (email && (email.length > LIMITS.email || !isValidEmail(email))) errors.email = { th: 'กรอกอีเมลให้ถูกต้อง เช่น name@example.go.th', en: 'Enter a valid e-mail address, e.g. name@example.go.th' }
  let termStart: IsoDate | null = null
  const t = v.term_start
  if (t.day.trim() || t.month.trim() || t.year.trim()) {
    const parsed = parseBeDate(t)
    if (parsed.ok) termStart = parsed.date
    else errors.term_start = beDateErrorMessage(parsed.error)
  }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { group: v.group as ExecutiveGroupKey, nameTh, nameEn, positionTh, positionEn, phone, email, termStart }
}
