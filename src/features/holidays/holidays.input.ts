import { ValidationError, type FieldErrors } from '../../errors.ts'
import {
  beDateErrorMessage,
  beDateInputFrom,
  fromThaiDigits,
  isHolidayKind,
  parseBeDate,
  parseHolidayCsv,
  type Holiday,
  type IsoDate,
} from '../../platform/thai-calendar/index.ts'
import { currentBeYear, MAX_DEADLINE_BUSINESS_DAYS, MAX_NAME_LENGTH, readYear, type YearChoice } from './holidays.domain.ts'

/** The three boxes of a BE date, as typed. */
export type DateParts = { day: string; month: string; year: string }

/** What the admin typed, kept as text so a rejected form comes back exactly as sent. */
export type HolidayFormValues = { date: DateParts; name_th: string; name_en: string; kind: string }

function field(source: unknown, key: string): string {
  const v = (source as Record<string, unknown> | undefined)?.[key]
  return typeof v === 'string' ? v : ''
}

function dateParts(source: unknown, name: string): DateParts {
  return { day: field(source, `${name}-day`), month: field(source, `${name}-month`), year: field(source, `${name}-year`) }
}

/** `?year=2569`; no year means this year in Bangkok. */
export function readYearQuery(query: unknown, now: Date): YearChoice {
  const text = field(query, 'year').trim()
  if (text === '') return { kind: 'be', beYear: currentBeYear(now) }
  return readYear(fromThaiDigits(text))
}

export function readHolidayForm(body: unknown): HolidayFormValues {
  return { date: dateParts(body, 'date'), name_th: field(body, 'name_th'), name_en: field(body, 'name_en'), kind: field(body, 'kind') }
}

export function holidayFormValuesOf(h: Holiday): HolidayFormValues {
  return { date: beDateInputFrom(h.date), name_th: h.nameTh, name_en: h.nameEn, kind: h.kind }
}

export function emptyHolidayForm(beYear: number): HolidayFormValues {
  return { date: { day: '', month: '', year: String(beYear) }, name_th: '', name_en: '', kind: '' }
}

const NAME_MESSAGES = {
  name_th: {
    missing: { th: 'กรอกชื่อวันหยุดภาษาไทย', en: 'Enter the Thai name of the holiday' },
    long: { th: `ชื่อภาษาไทยต้องยาวไม่เกิน ${MAX_NAME_LENGTH} ตัวอักษร`, en: `The Thai name must be ${MAX_NAME_LENGTH} characters or fewer` },
  },
  name_en: {
    missing: { th: 'กรอกชื่อวันหยุดภาษาอังกฤษ', en: 'Enter the English name of the holiday' },
    long: { th: `ชื่อภาษาอังกฤษต้องยาวไม่เกิน ${MAX_NAME_LENGTH} ตัวอักษร`, en: `The English name must be ${MAX_NAME_LENGTH} characters or fewer` },
  },
} as const

export function parseHolidayForm(values: HolidayFormValues): Holiday {
  const errors: FieldErrors = {}
  const date = parseBeDate(values.date)
  if (!date.ok) errors.date = beDateErrorMessage(date.error)
  const names = { name_th: values.name_th.trim(), name_en: values.name_en.trim() }
  for (const key of ['name_th', 'name_en'] as const) {
    if (names[key] === '') errors[key] = NAME_MESSAGES[key].missing
    else if (names[key].length > MAX_NAME_LENGTH) errors[key] = NAME_MESSAGES[key].long
  }
  const kind = values.kind
  if (!isHolidayKind(kind)) errors.kind = { th: 'เลือกประเภทวันหยุด', en: 'Choose the kind of holiday' }
  if (!date.ok || !isHolidayKind(kind) || Object.keys(errors).length > 0) throw new ValidationError(errors)
  return { date: date.date, nameTh: names.name_th, nameEn: names.name_en, kind }
}

// A pasted file of the wrong kind can fail on every line; the first screenful is enough to act on.
const MAX_LINE_ERRORS_SHOWN = 50

export function readImportForm(body: unknown): { csv: string } {
  return { csv: field(body, 'csv') }
}

/**
 * Every row checked before anything is written. The messages name their line; they go in
 * `csv-line-…` fields (in file order) so the page lists each one and the summary links to it.
 */
export function parseImportCsv(csv: string): Holiday[] {
  if (csv.trim() === '') {
    throw new ValidationError({ csv: { th: 'วางข้อมูล CSV ของวันหยุดทั้งปี', en: "Paste the CSV of the whole year's holidays" } })
  }
  const parsed = parseHolidayCsv(csv)
  if (parsed.ok) return parsed.holidays
  const errors: FieldErrors = {
    csv: {
      th: `ไฟล์มีข้อผิดพลาด ${parsed.errors.length} รายการ ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ กรุณาแก้ไขแล้วส่งอีกครั้ง`,
      en: `The file has ${parsed.errors.length} ${parsed.errors.length === 1 ? 'problem' : 'problems'}; nothing was changed. Fix it and send it again.`,
    },
  }
  parsed.errors.slice(0, MAX_LINE_ERRORS_SHOWN).forEach((e, i) => {
    errors[`csv-line-${e.line}-${i + 1}`] = { th: e.th, en: e.en }
  })
  const hidden = parsed.errors.length - MAX_LINE_ERRORS_SHOWN
  if (hidden > 0) errors['csv-more'] = { th: `และอีก ${hidden} รายการ`, en: `and ${hidden} more` }
  throw new ValidationError(errors)
}

export type DeadlineValues = { start: DateParts; days: string }

/** The deadline check is a GET form on the year page; undefined when it was not submitted. */
export function readDeadlineQuery(query: unknown): DeadlineValues | undefined {
  const values = { start: dateParts(query, 'start'), days: field(query, 'days') }
  const touched = [values.start.day, values.start.month, values.start.year, values.days].some((v) => v !== '')
  return touched ? values : undefined
}

export function parseDeadline(values: DeadlineValues): { start: IsoDate; businessDays: number } {
  const errors: FieldErrors = {}
  const start = parseBeDate(values.start)
  if (!start.ok) errors.start = beDateErrorMessage(start.error)
  const daysText = fromThaiDigits(values.days).trim()
  const days = /^\d{1,3}$/.test(daysText) ? Number(daysText) : NaN
  if (!(days >= 1 && days <= MAX_DEADLINE_BUSINESS_DAYS)) {
    errors.days = {
      th: `จำนวนวันทำการต้องเป็นจำนวนเต็ม 1 ถึง ${MAX_DEADLINE_BUSINESS_DAYS}`,
      en: `Business days must be a whole number from 1 to ${MAX_DEADLINE_BUSINESS_DAYS}`,
    }
  }
  if (!start.ok || Object.keys(errors).length > 0) throw new ValidationError(errors)
  return { start: start.date, businessDays: days }
}
