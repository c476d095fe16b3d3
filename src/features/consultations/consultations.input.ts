import { ValidationError, type FieldErrors } from '../../errors.ts'
import { beDateErrorMessage, compareIsoDates, parseBeDate, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { documentLinks } from './consultations.domain.ts'

function text(body: unknown, key: string): string {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  return typeof v === 'string' ? v : ''
}
const date = (body: unknown, id: string) => ({ day: text(body, `${id}-day`), month: text(body, `${id}-month`), year: text(body, `${id}-year`) })
const tooLong = (n: number) => ({ th: `ยาวไม่เกิน ${n} ตัวอักษร`, en: `At most ${n} characters` })

export type DateParts = { day: string; month: string; year: string }
export type ConsultationFormValues = { title: string; question: string; documents: string; opens_on: DateParts; closes_on: DateParts }
export type ConsultationInput = { title: string; question: string; documents: string; opensOn: IsoDate; closesOn: IsoDate }

export const emptyConsultationForm = (): ConsultationFormValues => ({ title: '', question: '', documents: '', opens_on: { day: '', month: '', year: '' }, closes_on: { day: '', month: '', year: '' } })
export function readConsultationForm(body: unknown): ConsultationFormValues {
  return { title: text(body, 'title'), question: text(body, 'question'), documents: text(body, 'documents'), opens_on: date(body, 'opens_on'), closes_on: date(body, 'closes_on') }
}

export function parseConsultationForm(v: ConsultationFormValues): ConsultationInput {
  const errors: FieldErrors = {}
  const title = v.title.trim()
  const question = v.question.trim()
  if (!title) errors.title = { th: 'ระบุชื่อเรื่องที่รับฟังความคิดเห็น', en: 'Give the consultation a title' }
  else if (title.length > 200) errors.title = tooLong(200)
  if (!question) errors.question = { th: 'ระบุคำถามหรือประเด็นที่ต้องการความคิดเห็น', en: 'Say what you are asking people' }
  else if (question.length > 4000) errors.question = tooLong(4000)
  const bad = v.documents.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).length !== documentLinks(v.documents).length
  if (bad) errors.documents = { th: 'ใส่ลิงก์เอกสารบรรทัดละหนึ่งลิงก์ ขึ้นต้นด้วย https://', en: 'One link a line, starting with https://' }
  const opens = parseBeDate(v.opens_on)
  const closes = parseBeDate(v.closes_on)
  if (!opens.ok) errors.opens_on = beDateErrorMessage(opens.error)
  if (!closes.ok) errors.closes_on = beDateErrorMessage(closes.error)
  if (opens.ok && closes.ok && compareIsoDates(closes.date, opens.date) < 0) errors.closes_on = { th: 'วันปิดรับฟังต้องไม่ก่อนวันเปิด', en: 'The closing date cannot be before the opening date' }
  if (Object.keys(errors).length || !opens.ok || !closes.ok) throw new ValidationError(errors)
  return { title, question, documents: documentLinks(v.documents).join('\n'), opensOn: opens.date, closesOn: closes.date }
}

export function parseComment(body: unknown): { name: string; body: string } {
  const errors: FieldErrors = {}
  const name = text(body, 'name').trim()
  const comment = text(body, 'body').trim()
  if (!name) errors.name = { th: 'ระบุชื่อหรือนามแฝง', en: 'Give a name or a display name' }
  else if (name.length > 80) errors.name = tooLong(80)
  if (!comment) errors.body = { th: 'พิมพ์ความคิดเห็นของท่าน', en: 'Type your comment' }
  else if (comment.length > 4000) errors.body = tooLong(4000)
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { name, body: comment }
}

export function parseSummary(body: unknown): { heard: string; willDo: string } {
  const errors: FieldErrors = {}
  const heard = text(body, 'heard').trim()
  const willDo = text(body, 'will_do').trim()
  if (!heard) errors.heard = { th: 'สรุปสิ่งที่ได้รับฟัง', en: 'Summarise what you heard' }
  if (!willDo) errors.will_do = { th: 'ระบุสิ่งที่หน่วยงานจะดำเนินการ', en: 'Say what the agency will do' }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { heard, willDo }
}

export type HearingInput = { subject: string; heldOn: IsoDate; place: string; attendance: number; minutes: string }

export function parseHearing(body: unknown, today: IsoDate): HearingInput {
  const errors: FieldErrors = {}
  const subject = text(body, 'subject').trim()
  const place = text(body, 'place').trim()
  const minutes = text(body, 'minutes').trim()
  const attendance = Number(text(body, 'attendance').trim())
  const held = parseBeDate(date(body, 'held_on'))
  if (!subject) errors.subject = { th: 'ระบุเรื่องที่จัดเวทีประชาคม', en: 'Give the hearing’s subject' }
  if (!place) errors.place = { th: 'ระบุสถานที่', en: 'Give the place' }
  if (!minutes) errors.minutes = { th: 'บันทึกสาระสำคัญของการประชุม', en: 'Record the minutes' }
  if (!Number.isInteger(attendance) || attendance < 0 || attendance > 100_000) errors.attendance = { th: 'จำนวนผู้เข้าร่วมเป็นจำนวนเต็ม', en: 'Attendance is a whole number' }
  if (!held.ok) errors.held_on = beDateErrorMessage(held.error)
  else if (compareIsoDates(held.date, today) > 0) errors.held_on = { th: 'วันที่จัดต้องไม่เป็นวันในอนาคต', en: 'The date cannot be in the future' }
  if (Object.keys(errors).length || !held.ok) throw new ValidationError(errors)
  return { subject, heldOn: held.date, place, attendance, minutes }
}
