/**
 * Requests for a service (E3): the statutory deadline counted from the manual's total time, the
 * delay notice the law wants before that deadline, and the clock that stops while the applicant
 * gathers more documents. Pure: dates and holidays come in as arguments.
 */
import { addBusinessDays, addCalendarDays, businessDaysBetween, calendarDaysBetween, type HolidayDates, type IsoDate } from '../../platform/thai-calendar/index.ts'
import type { Bilingual } from '../../platform/i18n/locale.ts'
import type { DayUnit } from './service-manual.domain.ts'

export const REQUEST_STATUSES = ['received', 'in_progress', 'awaiting_documents', 'approved', 'refused', 'withdrawn'] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]
export const CLOSED_STATUSES: readonly RequestStatus[] = ['approved', 'refused', 'withdrawn']

export const STATUS_LABELS: Record<RequestStatus, Bilingual> = {
  received: { th: 'รับคำขอแล้ว', en: 'Received' },
  in_progress: { th: 'อยู่ระหว่างพิจารณา', en: 'Being considered' },
  awaiting_documents: { th: 'รอเอกสารเพิ่มเติมจากผู้ยื่นคำขอ', en: 'Waiting for more documents from the applicant' },
  approved: { th: 'อนุญาต / ดำเนินการแล้วเสร็จ', en: 'Approved / done' },
  refused: { th: 'ไม่อนุญาต (แจ้งเหตุผลแล้ว)', en: 'Refused (reasons given)' },
  withdrawn: { th: 'ผู้ยื่นคำขอถอนคำขอ', en: 'Withdrawn by the applicant' },
}

/** The same transitions the database trigger allows (migration 2026-12-07T1300-services). */
const TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  received: ['in_progress', 'awaiting_documents', 'approved', 'refused', 'withdrawn'],
  in_progress: ['awaiting_documents', 'approved', 'refused', 'withdrawn'],
  awaiting_documents: ['in_progress', 'refused', 'withdrawn'],
  approved: [],
  refused: [],
  withdrawn: [],
}

export function canMove(from: RequestStatus, to: RequestStatus): boolean {
  return TRANSITIONS[from].includes(to)
}

export function isRequestStatus(v: unknown): v is RequestStatus {
  return typeof v === 'string' && (REQUEST_STATUSES as readonly string[]).includes(v)
}

export const RESULT_CHANNELS = ['counter', 'letter', 'phone', 'email', 'line'] as const
export type ResultChannel = (typeof RESULT_CHANNELS)[number]
export const CHANNEL_LABELS: Record<ResultChannel, Bilingual> = {
  counter: { th: 'แจ้งที่จุดบริการ', en: 'At the counter' },
  letter: { th: 'หนังสือ / ไปรษณีย์', en: 'Letter / post' },
  phone: { th: 'โทรศัพท์', en: 'Telephone' },
  email: { th: 'อีเมล', en: 'E-mail' },
  line: { th: 'ไลน์ (LINE)', en: 'LINE' },
}
export function isResultChannel(v: unknown): v is ResultChannel {
  return typeof v === 'string' && (RESULT_CHANNELS as readonly string[]).includes(v)
}

/**
 * Seed 004 §3.3: the result of a permit or approval is notified to the applicant within 15 days.
 * A manual may promise less; it may not promise more for a request filed on Prongsai.
 */
export const NOTIFY_WITHIN_DAYS = 15

export function addDays(start: IsoDate, days: number, unit: DayUnit, holidays: HolidayDates): IsoDate {
  return unit === 'business' ? addBusinessDays(start, days, holidays) : addCalendarDays(start, days)
}

export function daysBetween(from: IsoDate, to: IsoDate, unit: DayUnit, holidays: HolidayDates): number {
  return unit === 'business' ? businessDaysBetween(from, to, holidays) : calendarDaysBetween(from, to)
}

/** The statutory deadline: the manual's total time (at most 15 days) counted from the day after filing. */
export function statutoryDeadline(filedOn: IsoDate, promisedDays: number, unit: DayUnit, holidays: HolidayDates): IsoDate {
  return addDays(filedOn, Math.min(promisedDays, NOTIFY_WITHIN_DAYS), unit, holidays)
}

/** The time a manual promises, as the deadline counts it. */
export function deadlineDays(promisedDays: number): number {
  return Math.min(promisedDays, NOTIFY_WITHIN_DAYS)
}

/** Pausing for more documents keeps the days that were left (never fewer than none). */
export function daysLeftAtPause(today: IsoDate, dueOn: IsoDate, unit: DayUnit, holidays: HolidayDates): number {
  return Math.max(0, daysBetween(today, dueOn, unit, holidays))
}

/** When the documents arrive, the clock runs again with the days that were left when it stopped. */
export function dueAfterResume(today: IsoDate, daysLeft: number, unit: DayUnit, holidays: HolidayDates): IsoDate {
  return addDays(today, daysLeft, unit, holidays)
}

export type DelayNoticeProblem = 'reason_missing' | 'new_date_not_later' | 'after_deadline_needs_late_flag' | 'not_open'

export const DELAY_PROBLEMS: Record<DelayNoticeProblem, Bilingual> = {
  reason_missing: { th: 'ระบุเหตุที่ดำเนินการไม่ทันกำหนด', en: 'Give the reason the request cannot be finished in time' },
  new_date_not_later: { th: 'วันที่คาดว่าจะแล้วเสร็จต้องหลังวันครบกำหนดเดิม', en: 'The new date must be after the current deadline' },
  after_deadline_needs_late_flag: {
    th: 'เลยกำหนดแล้ว หนังสือแจ้งขยายเวลาต้องส่งก่อนครบกำหนด หากจะบันทึกภายหลังให้ยืนยันว่าเป็นการแจ้งล่าช้า',
    en: 'The deadline has passed: a delay notice is due before it. To record one now, confirm that it is a late notice',
  },
  not_open: { th: 'คำขอนี้ปิดแล้วหรือรอเอกสารอยู่ จึงแจ้งขยายเวลาไม่ได้', en: 'This request is closed or waiting for documents, so no delay notice can be sent' },
}

/**
 * Section 10 of the Facilitation Act: a delay notice goes out before the deadline with the reason
 * and a new date. On or before the deadline it is an ordinary notice; after it, only when the
 * officer marks it late (and it is recorded as late, for the head and the statistics).
 */
export function checkDelayNotice(input: { status: RequestStatus; dueOn: IsoDate | null; today: IsoDate; reason: string; newDueOn: IsoDate; lateConfirmed: boolean }): { ok: true; late: boolean } | { ok: false; problems: DelayNoticeProblem[] } {
  const problems: DelayNoticeProblem[] = []
  if (!(input.status === 'received' || input.status === 'in_progress') || !input.dueOn) return { ok: false, problems: ['not_open'] }
  if (!input.reason.trim()) problems.push('reason_missing')
  if (input.newDueOn <= input.dueOn) problems.push('new_date_not_later')
  const late = input.today > input.dueOn
  if (late && !input.lateConfirmed) problems.push('after_deadline_needs_late_flag')
  return problems.length ? { ok: false, problems } : { ok: true, late }
}

export type ResultDateProblem = 'after_today' | 'before_filing' | 'before_last_step'

export const RESULT_DATE_PROBLEMS: Record<ResultDateProblem, Bilingual> = {
  after_today: { th: 'วันที่แจ้งผลต้องไม่เกินวันนี้', en: 'The date the result was sent cannot be after today' },
  before_filing: { th: 'วันที่แจ้งผลต้องไม่ก่อนวันที่ยื่นคำขอ', en: 'The date the result was sent cannot be before the request was filed' },
  before_last_step: { th: 'วันที่แจ้งผลต้องไม่ก่อนขั้นตอนล่าสุดที่บันทึกไว้', en: 'The date the result was sent cannot be before the last step recorded' },
}

/**
 * The officer records the day the result actually went out (a letter posted yesterday is recorded
 * today): never in the future, never before the request was filed or before the last step on record,
 * so the history stays in order and the completion time is the real one.
 */
export function checkResultDate(on: IsoDate, input: { today: IsoDate; filedOn: IsoDate; lastStepOn: IsoDate | null }): ResultDateProblem | undefined {
  if (on > input.today) return 'after_today'
  if (on < input.filedOn) return 'before_filing'
  if (input.lastStepOn && on < input.lastStepOn) return 'before_last_step'
  return undefined
}

export type Urgency = 'overdue' | 'due_soon' | 'on_track' | 'paused' | 'closed'

/** Two business days' warning, as for complaints: time to send a delay notice. */
export const WARN_BUSINESS_DAYS = 2

export function urgencyOf(r: { status: RequestStatus; dueOn: IsoDate | null }, today: IsoDate, holidays: HolidayDates): Urgency {
  if (CLOSED_STATUSES.includes(r.status)) return 'closed'
  if (r.status === 'awaiting_documents' || !r.dueOn) return 'paused'
  if (today > r.dueOn) return 'overdue'
  return businessDaysBetween(today, r.dueOn, holidays) <= WARN_BUSINESS_DAYS ? 'due_soon' : 'on_track'
}

/** `WT-2569-00042`: the agency's prefix, the Buddhist year of filing, a running number. */
export function requestReference(prefix: string, yearBe: number, n: number): string {
  return `${prefix}-${yearBe}-${String(n).padStart(5, '0')}`
}

/** Letters and digits a person reads off a slip without confusing 0/O or 1/I. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

export function followUpCode(randomBytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < 12; i++) out += CODE_ALPHABET[randomBytes[i]! % CODE_ALPHABET.length]
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8, 12)}`
}

export function normaliseCode(input: string): string {
  const c = input.toUpperCase().replace(/[^A-Z0-9]/g, '')
  return c.length === 12 ? `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8, 12)}` : c
}
