/**
 * The webboard (ถาม–ตอบ, seed 003 m6.2 (1)): citizens ask in public, the agency answers
 * officially. Pure rules: topics, who may do what, the answer due date and response figures.
 */
import { addBusinessDays, businessDaysBetween, compareIsoDates, type HolidayDates, type IsoDate } from '../../platform/thai-calendar/index.ts'
import type { Bilingual } from '../../platform/i18n/locale.ts'
import type { Role } from '../../platform/auth/roles.ts'

export const TOPICS = [
  { key: 'services', name: { th: 'งานบริการประชาชน', en: 'Public services' } },
  { key: 'roads_water_lights', name: { th: 'ถนน ประปา ไฟฟ้าสาธารณะ', en: 'Roads, water and street lights' } },
  { key: 'waste_environment', name: { th: 'ขยะและสิ่งแวดล้อม', en: 'Waste and environment' } },
  { key: 'welfare_health', name: { th: 'สวัสดิการและสาธารณสุข', en: 'Welfare and health' } },
  { key: 'tax_fees', name: { th: 'ภาษีและค่าธรรมเนียม', en: 'Taxes and fees' } },
  { key: 'other', name: { th: 'เรื่องอื่น ๆ', en: 'Other' } },
] as const satisfies readonly { key: string; name: Bilingual }[]
export type Topic = (typeof TOPICS)[number]['key']

export function isTopic(value: string): value is Topic {
  return TOPICS.some((t) => t.key === value)
}

export function topicName(key: string): Bilingual {
  return TOPICS.find((t) => t.key === key)?.name ?? { th: key, en: key }
}

/** Moderators keep the board clean; answerers speak for the agency. */
export const MODERATOR_ROLES: readonly Role[] = ['officer', 'admin', 'head']
export const ANSWERER_ROLES: readonly Role[] = ['officer', 'head']

export const DEFAULT_ANSWER_BUSINESS_DAYS = 5

/** An unanswered question is due this many business days after it was published. */
export function answerDueOn(publishedOn: IsoDate, businessDays: number, holidays: HolidayDates): IsoDate {
  return addBusinessDays(publishedOn, businessDays, holidays)
}

export type AnswerUrgency = 'overdue' | 'due_today' | 'on_track'

export function answerUrgency(due: IsoDate, today: IsoDate): AnswerUrgency {
  const c = compareIsoDates(today, due)
  return c > 0 ? 'overdue' : c === 0 ? 'due_today' : 'on_track'
}

export type AnsweredQuestion = { publishedOn: IsoDate; answeredOn: IsoDate; dueOn: IsoDate }

export type ResponseFigures = {
  answered: number
  unanswered: number
  /** Median business days from publication to the first official answer; null with no answers. */
  medianBusinessDays: number | null
  /** Share answered on or before the due date, 0–100; null with no answers. */
  onTimePercent: number | null
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

export function responseFigures(answered: readonly AnsweredQuestion[], unanswered: number, holidays: HolidayDates): ResponseFigures {
  const days = answered.map((q) => Math.max(0, businessDaysBetween(q.publishedOn, q.answeredOn, holidays)))
  const onTime = answered.filter((q) => compareIsoDates(q.answeredOn, q.dueOn) <= 0).length
  return {
    answered: answered.length,
    unanswered,
    medianBusinessDays: median(days),
    onTimePercent: answered.length ? Math.round((onTime / answered.length) * 100) : null,
  }
}
