/**
 * Official-information requests under the Official Information Act B.E. 2540 (E6, seed 004 §1.1).
 * Pure rules: the states and their allowed moves (the database trigger holds the same table), the
 * deadline clock that stops while the requester is asked to clarify, legal grounds for refusal,
 * the appeal window, overdue flags and the information-centre index.
 *
 * Which figures are law and which are practice:
 * - Law: a refusal states its ground (s.14 or s.15) and reasons, and tells the requester they may
 *   appeal to the Information Disclosure Tribunal through the Official Information Commission
 *   within 15 days of being notified (s.15 last paragraph, s.18); a request for information another
 *   agency holds is transferred to it (s.12); the Act itself says only "within a reasonable time"
 *   (s.11) for answering.
 * - Practice (settings an agency may change): answering within 15 business days, a 15-business-day
 *   extension with notice and reason, and "very overdue" 10 business days past the due date.
 */
import { addBusinessDays, addCalendarDays, businessDaysBetween, compareIsoDates, type HolidayDates, type IsoDate } from '../../platform/thai-calendar/index.ts'
import type { Bilingual } from '../../platform/i18n/locale.ts'
import type { Role } from '../../platform/auth/roles.ts'

export const STATES = ['received', 'clarification', 'in_progress', 'extended', 'answered_full', 'answered_part', 'refused', 'transferred'] as const
export type RequestState = (typeof STATES)[number]

export const STATE_LABELS: Record<RequestState, Bilingual> = {
  received: { th: 'รับคำขอแล้ว', en: 'Received' },
  clarification: { th: 'ขอให้ผู้ยื่นคำขอชี้แจงเพิ่มเติม (หยุดนับเวลา)', en: 'Clarification requested (clock paused)' },
  in_progress: { th: 'กำลังดำเนินการ', en: 'In progress' },
  extended: { th: 'ขยายระยะเวลา', en: 'Extended' },
  answered_full: { th: 'ให้ข้อมูลครบถ้วน', en: 'Answered in full' },
  answered_part: { th: 'ให้ข้อมูลบางส่วน', en: 'Answered in part' },
  refused: { th: 'ปฏิเสธการเปิดเผย', en: 'Refused' },
  transferred: { th: 'ส่งต่อหน่วยงานที่ครอบครองข้อมูล', en: 'Transferred to the agency that holds it' },
}

export const CLOSED_STATES: readonly RequestState[] = ['answered_full', 'answered_part', 'refused', 'transferred']
export const isClosed = (s: RequestState) => CLOSED_STATES.includes(s)

/** The moves an officer may make from each state; the trigger in the migration holds the same table. */
export const TRANSITIONS: Record<RequestState, readonly RequestState[]> = {
  received: ['clarification', 'in_progress', 'extended', 'answered_full', 'answered_part', 'refused', 'transferred'],
  clarification: ['in_progress', 'refused'],
  in_progress: ['clarification', 'extended', 'answered_full', 'answered_part', 'refused', 'transferred'],
  extended: ['answered_full', 'answered_part', 'refused', 'transferred'],
  answered_full: [],
  answered_part: [],
  refused: [],
  transferred: [],
}

export function isState(v: string): v is RequestState {
  return (STATES as readonly string[]).includes(v)
}

export function canMove(from: RequestState, to: RequestState): boolean {
  return TRANSITIONS[from].includes(to)
}

/** The legal grounds a refusal must name: s.14 (never disclosed) or one of s.15 (1)–(7). */
export const REFUSAL_GROUNDS = [
  { key: 's14', name: { th: 'มาตรา 14 ข้อมูลที่อาจก่อให้เกิดความเสียหายต่อสถาบันพระมหากษัตริย์', en: 'Section 14: may damage the monarchy' } },
  { key: 's15_1', name: { th: 'มาตรา 15 (1) ความมั่นคงของประเทศ ความสัมพันธ์ระหว่างประเทศ หรือความมั่นคงทางเศรษฐกิจ', en: 'Section 15 (1): national security, international relations or economic security' } },
  { key: 's15_2', name: { th: 'มาตรา 15 (2) ทำให้การบังคับใช้กฎหมายเสื่อมประสิทธิภาพ', en: 'Section 15 (2): would impair law enforcement' } },
  { key: 's15_3', name: { th: 'มาตรา 15 (3) ความเห็นหรือคำแนะนำภายในหน่วยงานในการดำเนินการเรื่องหนึ่งเรื่องใด', en: 'Section 15 (3): internal opinions or advice on a matter' } },
  { key: 's15_4', name: { th: 'มาตรา 15 (4) ก่อให้เกิดอันตรายต่อชีวิตหรือความปลอดภัยของบุคคล', en: 'Section 15 (4): would endanger someone’s life or safety' } },
  { key: 's15_5', name: { th: 'มาตรา 15 (5) รายงานการแพทย์หรือข้อมูลข่าวสารส่วนบุคคลซึ่งรุกล้ำสิทธิส่วนบุคคล', en: 'Section 15 (5): medical reports or personal information that would invade privacy' } },
  { key: 's15_6', name: { th: 'มาตรา 15 (6) ข้อมูลที่มีกฎหมายคุ้มครองมิให้เปิดเผย หรือมีผู้ให้มาโดยไม่ประสงค์ให้เปิดเผย', en: 'Section 15 (6): protected by law, or given in confidence' } },
  { key: 's15_7', name: { th: 'มาตรา 15 (7) กรณีอื่นตามที่กำหนดในพระราชกฤษฎีกา', en: 'Section 15 (7): other cases prescribed by royal decree' } },
] as const
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number]['key']

export function isRefusalGround(v: string): v is RefusalGround {
  return REFUSAL_GROUNDS.some((g) => g.key === v)
}

export const refusalGroundName = (key: string): Bilingual => REFUSAL_GROUNDS.find((g) => g.key === key)?.name ?? { th: key, en: key }

/** s.18: an appeal is lodged within 15 days (calendar days) of being notified of the refusal. */
export const APPEAL_DAYS = 15
export const APPEAL_ROUTE: Bilingual = {
  th: 'ผู้ยื่นคำขอมีสิทธิอุทธรณ์ต่อคณะกรรมการวินิจฉัยการเปิดเผยข้อมูลข่าวสาร โดยยื่นผ่านคณะกรรมการข้อมูลข่าวสารของราชการ (สำนักงานคณะกรรมการข้อมูลข่าวสารของราชการ สำนักงานปลัดสำนักนายกรัฐมนตรี) ภายใน 15 วันนับแต่วันที่ได้รับแจ้งคำสั่ง (มาตรา 18)',
  en: 'You may appeal to the Information Disclosure Tribunal, lodged through the Official Information Commission (Office of the Permanent Secretary, Prime Minister’s Office), within 15 days of being notified of this decision (section 18).',
}

export function appealUntil(notifiedOn: IsoDate): IsoDate {
  return addCalendarDays(notifiedOn, APPEAL_DAYS)
}

export type RequestSettings = { answerDays: number; extensionDays: number; veryOverdueDays: number }
/** Practice, not law (see above): an agency may change them. */
export const DEFAULT_REQUEST_SETTINGS: RequestSettings = { answerDays: 15, extensionDays: 15, veryOverdueDays: 10 }

/** The deadline clock: business days used before the last pause, where counting resumed, the due date. */
export type Clock = { clockFrom: IsoDate; daysUsed: number; allowedDays: number; due: IsoDate | null }

export function startClock(receivedOn: IsoDate, allowedDays: number, holidays: HolidayDates): Clock {
  return { clockFrom: receivedOn, daysUsed: 0, allowedDays, due: addBusinessDays(receivedOn, allowedDays, holidays) }
}

/** Asking the requester to clarify stops the clock: the business days so far are banked. */
export function pauseClock(c: Clock, on: IsoDate, holidays: HolidayDates): Clock {
  const used = Math.min(c.allowedDays, c.daysUsed + Math.max(0, businessDaysBetween(c.clockFrom, on, holidays)))
  return { ...c, daysUsed: used, due: null }
}

/** The clarification arrived on `on`: counting resumes the next business day with what was left. */
export function resumeClock(c: Clock, on: IsoDate, holidays: HolidayDates): Clock {
  return { ...c, clockFrom: on, due: addBusinessDays(on, c.allowedDays - c.daysUsed, holidays) }
}

export function extendClock(c: Clock, extraDays: number, holidays: HolidayDates): Clock {
  if (!c.due) throw new RangeError('a paused clock cannot be extended')
  return { ...c, allowedDays: c.allowedDays + extraDays, due: addBusinessDays(c.due, extraDays, holidays) }
}

export type Lateness = 'on_time' | 'overdue' | 'very_overdue'

export function latenessOf(due: IsoDate | null, today: IsoDate, veryOverdueDays: number, holidays: HolidayDates): Lateness {
  if (!due || compareIsoDates(today, due) <= 0) return 'on_time'
  return businessDaysBetween(due, today, holidays) >= veryOverdueDays ? 'very_overdue' : 'overdue'
}

export const LATENESS_LABELS: Record<Lateness, Bilingual> = {
  on_time: { th: 'ภายในกำหนด', en: 'On time' },
  overdue: { th: 'เลยกำหนด', en: 'Overdue' },
  very_overdue: { th: 'เลยกำหนดมาก', en: 'Very overdue' },
}

/** The request's number: running per agency and Buddhist-Era year, e.g. "ขร. 12/2569". */
export function requestNumber(n: number, yearBe: number): string {
  return `ขร. ${n}/${yearBe}`
}

export const HANDLER_ROLES: readonly Role[] = ['officer', 'head']

export const DELIVERY_FORMS = [
  { key: 'copy', name: { th: 'สำเนาเอกสาร', en: 'A copy' } },
  { key: 'certified_copy', name: { th: 'สำเนาที่มีคำรับรองถูกต้อง', en: 'A certified copy' } },
  { key: 'email', name: { th: 'ไฟล์ทางอีเมล', en: 'A file by e-mail' } },
  { key: 'inspect', name: { th: 'ขอตรวจดู ณ ศูนย์ข้อมูลข่าวสาร', en: 'Inspection at the information centre' } },
] as const
export type DeliveryForm = (typeof DELIVERY_FORMS)[number]['key']
export const isDeliveryForm = (v: string): v is DeliveryForm => DELIVERY_FORMS.some((d) => d.key === v)
export const deliveryName = (k: string): Bilingual => DELIVERY_FORMS.find((d) => d.key === k)?.name ?? { th: k, en: k }

/**
 * The information centre's index: what s.7 requires published in the Government Gazette and s.9
 * requires open for inspection, each pointing at the portal sections that hold it.
 */
export const INFORMATION_INDEX: readonly { section: 's7' | 's9'; item: string; name: Bilingual; portalSections: readonly string[] }[] = [
  { section: 's7', item: '7(1)', name: { th: 'โครงสร้างและการจัดองค์กรในการดำเนินงาน', en: 'Structure and organisation' }, portalSections: ['structure'] },
  { section: 's7', item: '7(2)', name: { th: 'สรุปอำนาจหน้าที่ที่สำคัญและวิธีการดำเนินงาน', en: 'Powers, duties and working methods' }, portalSections: ['authority'] },
  { section: 's7', item: '7(3)', name: { th: 'สถานที่ติดต่อเพื่อขอรับข้อมูลข่าวสารหรือคำแนะนำ', en: 'Where to ask for information or advice' }, portalSections: ['contact'] },
  { section: 's7', item: '7(4)', name: { th: 'กฎ มติคณะรัฐมนตรี ข้อบังคับ คำสั่ง หนังสือเวียน ระเบียบ แบบแผน และนโยบาย', en: 'Rules, resolutions, orders, circulars, regulations and policies' }, portalSections: ['laws'] },
  { section: 's9', item: '9(1)', name: { th: 'ผลการพิจารณาหรือคำวินิจฉัยที่มีผลโดยตรงต่อเอกชน', en: 'Decisions that directly affect private persons' }, portalSections: ['reports'] },
  { section: 's9', item: '9(2)', name: { th: 'นโยบายหรือการตีความที่ไม่ต้องลงพิมพ์ในราชกิจจานุเบกษา', en: 'Policies and interpretations not in the Gazette' }, portalSections: ['laws'] },
  { section: 's9', item: '9(3)', name: { th: 'แผนงาน โครงการ และงบประมาณรายจ่ายประจำปี', en: 'Work plans, projects and the annual budget' }, portalSections: ['plans', 'budget'] },
  { section: 's9', item: '9(4)', name: { th: 'คู่มือหรือคำสั่งเกี่ยวกับวิธีปฏิบัติงานที่กระทบสิทธิหน้าที่ของเอกชน', en: 'Manuals and orders on procedures that affect people’s rights' }, portalSections: ['officer-manuals', 'service-manuals'] },
  { section: 's9', item: '9(6)', name: { th: 'สัญญาสัมปทาน สัญญาที่มีลักษณะผูกขาด หรือสัญญาร่วมทุน', en: 'Concession, monopoly and joint-venture contracts' }, portalSections: ['procurement-summary'] },
  { section: 's9', item: '9(8)', name: { th: 'ข้อมูลข่าวสารอื่นตามที่คณะกรรมการกำหนด เช่น ผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)', en: 'Other information the Commission prescribes, e.g. monthly procurement results (form สขร.1)' }, portalSections: ['procurement-plan', 'procurement-summary'] },
]
