import { ValidationError, type FieldErrors } from '../../errors.ts'
import { beDateErrorMessage, compareIsoDates, parseBeDate, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { isActionKind, isIncidentKind, isUrgency, LIMITS, type ActionKind, type IncidentKind, type Urgency } from './content-incidents.domain.ts'

function text(body: unknown, key: string): string {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  return typeof v === 'string' ? v : ''
}

/** The report as typed, kept as text so a rejected form comes back exactly as sent. */
export type ReportFormValues = { kind: string; where_seen: string; seen_on: { day: string; month: string; year: string }; description: string; urgency: string }
export type ReportInput = { kind: IncidentKind; whereSeen: string; seenOn: IsoDate; description: string; urgency: Urgency }

export function readReportForm(body: unknown): ReportFormValues {
  return {
    kind: text(body, 'kind'),
    where_seen: text(body, 'where_seen'),
    seen_on: { day: text(body, 'seen_on-day'), month: text(body, 'seen_on-month'), year: text(body, 'seen_on-year') },
    description: text(body, 'description'),
    urgency: text(body, 'urgency'),
  }
}

export function emptyReportForm(): ReportFormValues {
  return { kind: '', where_seen: '', seen_on: { day: '', month: '', year: '' }, description: '', urgency: 'normal' }
}

export function readEvidenceFields(body: unknown): { keptReference: string; discardKept: boolean } {
  return { keptReference: text(body, 'evidence_kept'), discardKept: text(body, 'evidence_discard') === 'yes' }
}

/** The report, or every problem at once; `today` (Bangkok) bounds the date it was seen. */
export function parseReportForm(v: ReportFormValues, today: IsoDate): ReportInput {
  const errors: FieldErrors = {}
  const whereSeen = v.where_seen.trim()
  const description = v.description.trim()
  if (!isIncidentKind(v.kind)) errors.kind = { th: 'เลือกประเภทเหตุการณ์', en: 'Choose what kind of incident it is' }
  if (!whereSeen) errors.where_seen = { th: 'ระบุว่าพบที่ใด เช่น ที่อยู่เว็บ (URL) หรือชื่อเพจ/ช่องทาง', en: 'Say where it was seen, e.g. the web address (URL) or the page or channel name' }
  else if (whereSeen.length > LIMITS.whereSeen) errors.where_seen = { th: `ยาวไม่เกิน ${LIMITS.whereSeen} ตัวอักษร`, en: `At most ${LIMITS.whereSeen} characters` }
  const seen = parseBeDate(v.seen_on)
  let seenOn: IsoDate | null = null
  if (!seen.ok) errors.seen_on = beDateErrorMessage(seen.error)
  else if (compareIsoDates(seen.date, today) > 0) errors.seen_on = { th: 'วันที่พบต้องไม่เป็นวันในอนาคต', en: 'The date seen cannot be in the future' }
  else seenOn = seen.date
  if (!description) errors.description = { th: 'อธิบายสิ่งที่พบและผลกระทบต่อหน่วยงาน', en: 'Describe what was seen and how it affects the agency' }
  else if (description.length > LIMITS.description) errors.description = { th: `ยาวไม่เกิน ${LIMITS.description} ตัวอักษร`, en: `At most ${LIMITS.description} characters` }
  if (!isUrgency(v.urgency)) errors.urgency = { th: 'เลือกความเร่งด่วน', en: 'Choose how urgent it is' }
  if (Object.keys(errors).length || !seenOn) throw new ValidationError(errors)
  return { kind: v.kind as IncidentKind, whereSeen, seenOn, description, urgency: v.urgency as Urgency }
}

function note(value: string, field: string, missing: { th: string; en: string }): string {
  const n = value.trim()
  if (!n) throw new ValidationError({ [field]: missing })
  if (n.length > LIMITS.note) throw new ValidationError({ [field]: { th: `ยาวไม่เกิน ${LIMITS.note} ตัวอักษร`, en: `At most ${LIMITS.note} characters` } })
  return n
}

/** An action the head (or oversight) took: what kind, and what exactly. */
export function parseActionForm(body: unknown): { actionKind: ActionKind; note: string } {
  const errors: FieldErrors = {}
  const kind = text(body, 'action_kind')
  if (!isActionKind(kind)) errors.action_kind = { th: 'เลือกการดำเนินการ', en: 'Choose the action taken' }
  let n = ''
  try {
    n = note(text(body, 'action_note'), 'action_note', { th: 'อธิบายสิ่งที่ดำเนินการ', en: 'Describe what was done' })
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e
    Object.assign(errors, e.fields)
  }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { actionKind: kind as ActionKind, note: n }
}

export const parseEscalationNote = (body: unknown) => note(text(body, 'escalation_note'), 'escalation_note', { th: 'ระบุเหตุผลที่รายงานผู้กำกับติดตาม และสิ่งที่ขอให้ช่วย', en: 'Say why it goes to oversight and what help is asked for' })
export const parseClosingSummary = (body: unknown) => note(text(body, 'closing_summary'), 'closing_summary', { th: 'สรุปผลการดำเนินการก่อนปิดเรื่อง', en: 'Summarise the outcome before closing' })
export const parseResponseNote = (body: unknown) => note(text(body, 'response_note'), 'response_note', { th: 'กรอกข้อสั่งการหรือการตอบกลับ', en: 'Enter the response or instruction' })
