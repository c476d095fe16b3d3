import { ValidationError, type FieldErrors } from '../../errors.ts'
import { beDateErrorMessage, fromThaiDigits, parseBeDate, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { formString } from '../../web/http/form-errors.ts'
import { formStrings, parseAudience } from './oversight-reports.input.ts'
import type { Audience } from './oversight-schedule.domain.ts'

export type AnnouncementInput = {
  organisationId: string
  number: string
  issuedOn: IsoDate
  fiscalYear: number
  titleTh: string
  titleEn: string
  bodyTh: string
  measureIds: string[]
  typedMeasures: string[]
  audience: Audience
  scheduleId: string | null
  correctionNote: string
}

export const ANNOUNCEMENT_TEXT_FIELDS = ['organisation_id', 'number', 'issued_on-day', 'issued_on-month', 'issued_on-year', 'fiscal_year', 'title_th', 'title_en', 'body_th', 'typed_measures', 'audience', 'schedule_id', 'correction_note'] as const

/** What was typed, to show again after a refusal (checkbox lists kept apart). */
export type AnnouncementValues = { text: Record<string, string>; measureIds: string[]; audienceKinds: string[]; audienceIds: string[] }

export function announcementValues(body: unknown): AnnouncementValues {
  return {
    text: Object.fromEntries(ANNOUNCEMENT_TEXT_FIELDS.map((f) => [f, formString(body, f)])),
    measureIds: formStrings(body, 'measure'),
    audienceKinds: formStrings(body, 'audience_kinds'),
    audienceIds: formStrings(body, 'audience_ids'),
  }
}

export function parseAnnouncementForm(body: unknown, opts: { correction: boolean }): AnnouncementInput {
  const v = announcementValues(body).text
  const errors: FieldErrors = {}
  const number = (v['number'] ?? '').trim()
  if (!number) errors['number'] = { th: 'ใส่เลขที่ประกาศหรือหนังสือ', en: 'Enter the announcement number' }
  const date = parseBeDate({ day: v['issued_on-day'] ?? '', month: v['issued_on-month'] ?? '', year: v['issued_on-year'] ?? '' })
  if (!date.ok) errors['issued_on'] = beDateErrorMessage(date.error)
  const fyText = fromThaiDigits((v['fiscal_year'] ?? '').trim())
  const fy = /^\d{4}$/.test(fyText) ? Number(fyText) : null
  if (fy === null || fy < 2560 || fy > 2600) errors['fiscal_year'] = { th: 'ใส่ปีงบประมาณเป็น พ.ศ. เช่น 2570', en: 'Enter the fiscal year in BE, e.g. 2570' }
  const titleTh = (v['title_th'] ?? '').trim()
  if (!titleTh) errors['title_th'] = { th: 'ใส่ชื่อเรื่อง', en: 'Enter the title' }
  const measureIds = formStrings(body, 'measure')
  const typedMeasures = (v['typed_measures'] ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean)
  if (measureIds.length === 0 && typedMeasures.length === 0) errors['measure'] = { th: 'เลือกหรือพิมพ์มาตรการอย่างน้อยหนึ่งข้อ', en: 'Pick or type at least one measure' }
  const audience = parseAudience(body, errors)
  const correctionNote = (v['correction_note'] ?? '').trim()
  if (opts.correction && !correctionNote) errors['correction_note'] = { th: 'ระบุว่าแก้ไขอะไรและเพราะเหตุใด', en: 'Say what was corrected and why' }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return {
    organisationId: v['organisation_id'] ?? '',
    number,
    issuedOn: (date as { ok: true; date: IsoDate }).date,
    fiscalYear: fy!,
    titleTh,
    titleEn: (v['title_en'] ?? '').trim(),
    bodyTh: (v['body_th'] ?? '').trim(),
    measureIds,
    typedMeasures,
    audience,
    scheduleId: v['schedule_id'] ? v['schedule_id'] : null,
    correctionNote,
  }
}

export function parseAcknowledgement(body: unknown): { organisationId: string; position: string } {
  const position = formString(body, 'position').trim()
  if (!position) throw new ValidationError({ position: { th: 'ใส่ตำแหน่งของผู้รับทราบ', en: 'Enter your position' } })
  return { organisationId: formString(body, 'organisation_id'), position }
}
