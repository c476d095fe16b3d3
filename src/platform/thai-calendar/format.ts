import { bangkokWallClock } from './bangkok-time.ts'
import { beToCe, ceToBe } from './buddhist-era.ts'
import type { FiscalHalfOfYear, FiscalQuarterOfYear } from './fiscal-year.ts'
import { dayOfWeek, isoDateParts, type IsoDate } from './iso-date.ts'
import { monthNameEn, monthNameTh, type NameStyle } from './month-names.ts'
import { toThaiDigits } from './thai-digits.ts'
import { weekdayNameEn, weekdayNameTh } from './weekday-names.ts'

/**
 * Dates as Thai officials write them: day, month name, BE year ('22 พ.ย. 2569',
 * '22 พฤศจิกายน 2569'), with Thai digits where official documents use them. Built from
 * fixed tables rather than Intl so the output is identical on every machine and ICU version.
 * Instants (a Date) are always shown on the Bangkok clock, whatever zone the server runs in.
 */
export interface ThaiDateFormatOptions {
  readonly style?: NameStyle
  readonly thaiDigits?: boolean
  /** 'วันอาทิตย์ที่ 22 พฤศจิกายน 2569' (long) or 'อา. 22 พ.ย. 2569' (short). */
  readonly weekday?: boolean
  /** Writes 'พ.ศ.' before the year, as running text in letters does: '22 พฤศจิกายน พ.ศ. 2569'. */
  readonly era?: boolean
}

export interface EnglishDateFormatOptions {
  readonly style?: NameStyle
  /** 'ce' (default) gives '22 Nov 2026'; 'be' gives '22 Nov 2569 BE' for documents that must match the Thai. */
  readonly era?: 'ce' | 'be'
  readonly weekday?: boolean
}

export function formatDateTh(date: IsoDate, options: ThaiDateFormatOptions = {}): string {
  const { style = 'short', thaiDigits = false, weekday = false, era = false } = options
  const { year, month, day } = isoDateParts(date)
  const body = `${day} ${monthNameTh(month, style)} ${era ? 'พ.ศ. ' : ''}${ceToBe(year)}`
  const withWeekday = !weekday
    ? body
    : style === 'long'
      ? `${weekdayNameTh(dayOfWeek(date), 'long')}ที่ ${body}`
      : `${weekdayNameTh(dayOfWeek(date), 'short')} ${body}`
  return thaiDigits ? toThaiDigits(withWeekday) : withWeekday
}

export function formatDateEn(date: IsoDate, options: EnglishDateFormatOptions = {}): string {
  const { style = 'short', era = 'ce', weekday = false } = options
  const { year, month, day } = isoDateParts(date)
  const yearText = era === 'be' ? `${ceToBe(year)} BE` : String(year)
  const body = `${day} ${monthNameEn(month, style)} ${yearText}`
  return weekday ? `${weekdayNameEn(dayOfWeek(date), style)} ${body}` : body
}

/** '22 พ.ย. 2569 14:05 น.' on the Bangkok clock. */
export function formatDateTimeTh(instant: Date, options: Omit<ThaiDateFormatOptions, 'weekday'> = {}): string {
  const clock = bangkokWallClock(instant)
  const text = `${formatDateTh(clock.date, { ...options, thaiDigits: false })} ${hhmm(clock)} น.`
  return options.thaiDigits ? toThaiDigits(text) : text
}

/** '22 Nov 2026 14:05' on the Bangkok clock (24-hour, as in Thai usage). */
export function formatDateTimeEn(instant: Date, options: Omit<EnglishDateFormatOptions, 'weekday'> = {}): string {
  const clock = bangkokWallClock(instant)
  return `${formatDateEn(clock.date, options)} ${hhmm(clock)}`
}

export function formatFiscalYearTh(fiscalYear: number, options: { readonly thaiDigits?: boolean } = {}): string {
  return digits(`ปีงบประมาณ พ.ศ. ${fiscalYear}`, options.thaiDigits)
}

/** 'Fiscal year 2570 (2026–27)': the BE number stays primary so it matches the Thai documents. */
export function formatFiscalYearEn(fiscalYear: number): string {
  return `Fiscal year ${fiscalYear} (${ceSpan(fiscalYear)})`
}

export function formatFiscalQuarterTh(
  { fiscalYear, quarter }: FiscalQuarterOfYear,
  options: { readonly thaiDigits?: boolean } = {},
): string {
  return digits(`ไตรมาสที่ ${quarter} ปีงบประมาณ พ.ศ. ${fiscalYear}`, options.thaiDigits)
}

export function formatFiscalQuarterEn({ fiscalYear, quarter }: FiscalQuarterOfYear): string {
  return `Q${quarter} of fiscal year ${fiscalYear} (${ceSpan(fiscalYear)})`
}

export function formatFiscalHalfTh(
  { fiscalYear, half }: FiscalHalfOfYear,
  options: { readonly thaiDigits?: boolean } = {},
): string {
  return digits(`${half === 1 ? 'ครึ่งปีแรก' : 'ครึ่งปีหลัง'} ปีงบประมาณ พ.ศ. ${fiscalYear}`, options.thaiDigits)
}

export function formatFiscalHalfEn({ fiscalYear, half }: FiscalHalfOfYear): string {
  return `${half === 1 ? 'First' : 'Second'} half of fiscal year ${fiscalYear} (${ceSpan(fiscalYear)})`
}

/** '2026–27', or '2099–2100' when the century changes, so the short form is never ambiguous. */
function ceSpan(fiscalYear: number): string {
  const endYear = beToCe(fiscalYear)
  const startYear = endYear - 1
  const sameCentury = Math.floor(startYear / 100) === Math.floor(endYear / 100)
  return `${startYear}–${sameCentury ? String(endYear % 100).padStart(2, '0') : endYear}`
}

function hhmm(clock: { readonly hour: number; readonly minute: number }): string {
  return `${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}`
}

function digits(text: string, thai: boolean | undefined): string {
  return thai ? toThaiDigits(text) : text
}
