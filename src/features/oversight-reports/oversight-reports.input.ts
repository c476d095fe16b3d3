import { ValidationError, type FieldErrors } from '../../errors.ts'
import { answerableItems, type FormDefinition } from '../../platform/forms/index.ts'
import { fromThaiDigits, parseBeDate, beDateErrorMessage, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { formString } from '../../web/http/form-errors.ts'
import { FREQUENCIES, type Audience, type DeadlineRule, type Frequency } from './oversight-schedule.domain.ts'

export type ScheduleInput = { organisationId: string; formDefinitionId: string; titleTh: string; titleEn: string; fiscalYear: number; frequency: Frequency; rule: DeadlineRule; audience: Audience }
export const SCHEDULE_FIELDS = ['organisation_id', 'form_definition_id', 'title_th', 'title_en', 'fiscal_year', 'frequency', 'deadline_kind', 'deadline_offset', 'closes_after_days', 'audience'] as const

const int = (s: string) => {
  const t = fromThaiDigits(s.trim())
  return /^\d{1,4}$/.test(t) ? Number(t) : null
}

function strs(body: unknown, key: string): string[] {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  if (typeof v === 'string') return v ? [v] : []
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : []
}

export function scheduleValues(body: unknown): Record<string, string> {
  return Object.fromEntries(SCHEDULE_FIELDS.map((f) => [f, formString(body, f)]))
}

export function parseScheduleForm(body: unknown): ScheduleInput {
  const v = scheduleValues(body)
  const errors: FieldErrors = {}
  if (!v['title_th']?.trim()) errors['title_th'] = { th: 'ใส่ชื่อรายงาน', en: 'Give the report a title' }
  const fy = int(v['fiscal_year'] ?? '')
  if (fy === null || fy < 2560 || fy > 2600) errors['fiscal_year'] = { th: 'ใส่ปีงบประมาณเป็น พ.ศ. เช่น 2569', en: 'Enter the fiscal year in BE, e.g. 2569' }
  const frequency = v['frequency'] as Frequency
  if (!FREQUENCIES.includes(frequency)) errors['frequency'] = { th: 'เลือกความถี่ของการรายงาน', en: 'Choose how often agencies report' }
  const offset = int(v['deadline_offset'] ?? '')
  if (offset === null || offset > 120) errors['deadline_offset'] = { th: 'ใส่จำนวนวันหลังสิ้นงวด (0–120)', en: 'Enter the days after the period ends (0–120)' }
  const closes = v['closes_after_days']?.trim() ? int(v['closes_after_days']) : null
  if (v['closes_after_days']?.trim() && (closes === null || closes > 365)) errors['closes_after_days'] = { th: 'ใส่จำนวนวัน (0–365) หรือเว้นว่าง', en: 'Enter days (0–365) or leave it empty' }
  if (!v['form_definition_id']) errors['form_definition_id'] = { th: 'เลือกแบบรายงาน', en: 'Choose the report form' }
  const audience = parseAudience(body, errors)
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return {
    organisationId: v['organisation_id'] ?? '',
    formDefinitionId: v['form_definition_id'] ?? '',
    titleTh: v['title_th']!.trim(),
    titleEn: v['title_en']?.trim() ?? '',
    fiscalYear: fy!,
    frequency,
    rule: { kind: v['deadline_kind'] === 'calendar_days' ? 'calendar_days' : 'business_days', offset: offset!, closesAfterDays: closes },
    audience,
  }
}

/** Which agencies a schedule or an announcement addresses; problems go into `errors`. */
export function parseAudience(body: unknown, errors: FieldErrors): Audience {
  const audienceKind = formString(body, 'audience')
  if (audienceKind === 'kinds') {
    const kinds = strs(body, 'audience_kinds')
    if (!kinds.length) errors['audience_kinds'] = { th: 'เลือกประเภทหน่วยงานอย่างน้อยหนึ่งประเภท', en: 'Choose at least one agency type' }
    return { kind: 'kinds', kinds }
  }
  if (audienceKind === 'chosen') {
    const ids = strs(body, 'audience_ids')
    if (!ids.length) errors['audience_ids'] = { th: 'เลือกหน่วยงานอย่างน้อยหนึ่งแห่ง', en: 'Choose at least one agency' }
    return { kind: 'chosen', ids }
  }
  if (audienceKind !== 'all') errors['audience'] = { th: 'เลือกหน่วยงานที่ต้องรายงาน', en: 'Choose which agencies report' }
  return { kind: 'all' }
}

export { strs as formStrings }

export type SignOff = { name: string; position: string }

export function parseSignOff(body: unknown): SignOff {
  const name = formString(body, 'head_name').trim()
  const position = formString(body, 'head_position').trim()
  const errors: FieldErrors = {}
  if (!name) errors['head_name'] = { th: 'ใส่ชื่อผู้ลงนาม', en: 'Enter the name of the person signing' }
  if (!position) errors['head_position'] = { th: 'ใส่ตำแหน่งของผู้ลงนาม', en: 'Enter their position' }
  if (formString(body, 'confirm') !== 'yes') errors['confirm'] = { th: 'ยืนยันว่าได้ตรวจรายงานแล้ว', en: 'Confirm that you have checked the report' }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { name, position }
}

export function parseReason(body: unknown, field: string): string {
  const reason = formString(body, field).trim()
  if (!reason) throw new ValidationError({ [field]: { th: 'ระบุเหตุผล', en: 'Give a reason' } })
  return reason
}

export type ReturnInput = { reasons: { itemId: string; reason: string }[]; replyBy: IsoDate | null }

/** Reasons item by item (`reason__<item>`) or for the whole report (`reason__general`); at least one. */
export function parseReturn(body: unknown, def: FormDefinition): ReturnInput {
  const reasons: { itemId: string; reason: string }[] = []
  const general = formString(body, 'reason__general').trim()
  if (general) reasons.push({ itemId: '', reason: general })
  for (const item of answerableItems(def)) {
    const r = formString(body, `reason__${item.id}`).trim()
    if (r) reasons.push({ itemId: item.id, reason: r })
  }
  const errors: FieldErrors = {}
  if (reasons.length === 0) errors['reason__general'] = { th: 'การส่งกลับต้องระบุเหตุผลอย่างน้อยหนึ่งข้อ', en: 'A return needs at least one reason' }
  let replyBy: IsoDate | null = null
  const parts = { day: formString(body, 'reply_by-day'), month: formString(body, 'reply_by-month'), year: formString(body, 'reply_by-year') }
  if (parts.day || parts.month || parts.year) {
    const r = parseBeDate(parts)
    if (r.ok) replyBy = r.date
    else errors['reply_by'] = beDateErrorMessage(r.error)
  }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { reasons, replyBy }
}
