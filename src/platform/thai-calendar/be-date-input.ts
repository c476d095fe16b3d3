import { beToCe, ceToBe } from './buddhist-era.ts'
import { daysInMonth, isoDateFromParts, isoDateParts, type IsoDate } from './iso-date.ts'
import { monthFromName, monthNameEn, monthNameTh } from './month-names.ts'
import { fromThaiDigits } from './thai-digits.ts'

/**
 * A date typed by a person into day / month / year boxes, the year in the Buddhist Era.
 * People paste Thai digits, type month names ("พ.ย.") and, most often, the CE year out of
 * habit; the last is caught by name so the form can suggest the BE year instead of just
 * saying "invalid". The parser returns codes; messages live in BE_DATE_ERROR_MESSAGES.
 */
export type BeDateField = 'day' | 'month' | 'year'

export type BeDateErrorCode =
  | 'required'
  | 'invalid_day'
  | 'invalid_month'
  | 'invalid_year'
  | 'year_looks_ce'
  | 'not_a_date'

export interface BeDateInput {
  readonly day?: string | number | null | undefined
  readonly month?: string | number | null | undefined
  readonly year?: string | number | null | undefined
}

export type BeDateError =
  | { readonly code: 'required'; readonly fields: readonly BeDateField[] }
  | { readonly code: 'invalid_day' | 'invalid_month' | 'invalid_year'; readonly fields: readonly BeDateField[] }
  | {
      readonly code: 'year_looks_ce'
      readonly fields: readonly BeDateField[]
      readonly typedYear: number
      readonly suggestedYear: number
    }
  | {
      readonly code: 'not_a_date'
      readonly fields: readonly BeDateField[]
      readonly month: number
      readonly beYear: number
      readonly daysInMonth: number
    }

export type BeDateResult =
  | { readonly ok: true; readonly date: IsoDate }
  | { readonly ok: false; readonly error: BeDateError }

/** `{name}` placeholders, the same convention as the i18n translator; beDateErrorMessage fills them. */
export const BE_DATE_ERROR_MESSAGES: Readonly<Record<BeDateErrorCode, { readonly th: string; readonly en: string }>> = {
  required: { th: 'กรอกวัน เดือน และปี', en: 'Enter the day, month and year' },
  invalid_day: { th: 'วันต้องเป็นตัวเลข 1 ถึง 31', en: 'Day must be a number from 1 to 31' },
  invalid_month: {
    th: 'เดือนต้องเป็นตัวเลข 1 ถึง 12 หรือชื่อเดือน',
    en: 'Month must be a number from 1 to 12 or a month name',
  },
  invalid_year: {
    th: 'ปีต้องเป็นปีพุทธศักราช (พ.ศ.) 4 หลัก เช่น 2569',
    en: 'Year must be a 4-digit Buddhist Era (BE) year, for example 2569',
  },
  year_looks_ce: {
    th: 'ปีต้องเป็นปีพุทธศักราช (พ.ศ.) เช่น {suggestedYear} ไม่ใช่ ค.ศ. {typedYear}',
    en: 'Year must be in the Buddhist Era (BE), for example {suggestedYear} rather than {typedYear}',
  },
  not_a_date: {
    th: 'เดือน{monthTh} พ.ศ. {beYear} มี {daysInMonth} วัน',
    en: '{monthEn} {beYear} BE has {daysInMonth} days',
  },
}

// BE 2400–2999 is CE 1857–2456: far wider than any date this system records. Four-digit years
// below it are CE years typed out of habit (2026 → 2569).
const FIRST_BE_YEAR = 2400
const LAST_BE_YEAR = 2999
const FIRST_YEAR_THAT_LOOKS_CE = 1800

export function parseBeDate(input: BeDateInput): BeDateResult {
  const day = clean(input.day)
  const month = clean(input.month)
  const year = clean(input.year)

  const missing = (['day', 'month', 'year'] as const).filter((field) => ({ day, month, year })[field] === '')
  if (missing.length > 0) return fail({ code: 'required', fields: missing })

  const dayNumber = /^\d{1,2}$/.test(day) ? Number(day) : NaN
  if (!(dayNumber >= 1 && dayNumber <= 31)) return fail({ code: 'invalid_day', fields: ['day'] })

  const monthNumber = /^\d{1,2}$/.test(month) ? Number(month) : (monthFromName(month) ?? NaN)
  if (!(monthNumber >= 1 && monthNumber <= 12)) return fail({ code: 'invalid_month', fields: ['month'] })

  const yearNumber = /^\d{4}$/.test(year) ? Number(year) : NaN
  if (yearNumber >= FIRST_YEAR_THAT_LOOKS_CE && yearNumber < FIRST_BE_YEAR) {
    return fail({ code: 'year_looks_ce', fields: ['year'], typedYear: yearNumber, suggestedYear: ceToBe(yearNumber) })
  }
  if (!(yearNumber >= FIRST_BE_YEAR && yearNumber <= LAST_BE_YEAR)) {
    return fail({ code: 'invalid_year', fields: ['year'] })
  }

  // Leap years are a CE rule: 29 Feb 2571 exists because 2571 BE is 2028 CE.
  const ceYear = beToCe(yearNumber)
  const date = isoDateFromParts(ceYear, monthNumber, dayNumber)
  if (date === undefined) {
    return fail({
      code: 'not_a_date',
      fields: ['day', 'month', 'year'],
      month: monthNumber,
      beYear: yearNumber,
      daysInMonth: daysInMonth(ceYear, monthNumber),
    })
  }
  return { ok: true, date }
}

/** The message for one error, with its details filled in (which fields are missing, the BE year to use). */
export function beDateErrorMessage(error: BeDateError): { th: string; en: string } {
  switch (error.code) {
    case 'required':
      return requiredMessage(error.fields)
    case 'year_looks_ce':
      return fill(BE_DATE_ERROR_MESSAGES.year_looks_ce, {
        suggestedYear: error.suggestedYear,
        typedYear: error.typedYear,
      })
    case 'not_a_date':
      return fill(BE_DATE_ERROR_MESSAGES.not_a_date, {
        monthTh: monthNameTh(error.month),
        monthEn: monthNameEn(error.month),
        beYear: error.beYear,
        daysInMonth: error.daysInMonth,
      })
    default:
      return { ...BE_DATE_ERROR_MESSAGES[error.code] }
  }
}

/** The values to put back into the three boxes when editing a stored date. */
export function beDateInputFrom(date: IsoDate): { day: string; month: string; year: string } {
  const { year, month, day } = isoDateParts(date)
  return { day: String(day), month: String(month), year: String(ceToBe(year)) }
}

function clean(value: string | number | null | undefined): string {
  return fromThaiDigits(String(value ?? '').normalize('NFC')).trim()
}

function fail(error: BeDateError): BeDateResult {
  return { ok: false, error }
}

const FIELD_NAMES = {
  day: { th: 'วัน', en: 'a day' },
  month: { th: 'เดือน', en: 'a month' },
  year: { th: 'ปี', en: 'a year' },
} as const

function requiredMessage(fields: readonly BeDateField[]): { th: string; en: string } {
  if (fields.length === 0 || fields.length === 3) return { ...BE_DATE_ERROR_MESSAGES.required }
  const th = fields.map((f) => FIELD_NAMES[f].th).join('และ')
  const en = fields
    .map((f, i) => (i === 0 ? FIELD_NAMES[f].en : FIELD_NAMES[f].en.replace(/^an? /, '')))
    .join(' and ')
  return { th: `วันที่ต้องมี${th}`, en: `Date must include ${en}` }
}

function fill(template: { th: string; en: string }, vars: Record<string, string | number>): { th: string; en: string } {
  const apply = (text: string) => text.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole))
  return { th: apply(template.th), en: apply(template.en) }
}
