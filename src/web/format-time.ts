import type { Locale } from '../platform/i18n/locale.ts'
import { formatDateEn, formatDateTh, formatDateTimeEn, formatDateTimeTh, parseIsoDate } from '../platform/thai-calendar/index.ts'

/** An instant on the Bangkok clock with a Buddhist-Era year, in either language. */
export function formatInstant(at: Date, locale: Locale): string {
  return locale === 'th' ? formatDateTimeTh(at) : formatDateTimeEn(at, { era: 'be' })
}

/** A calendar day ('YYYY-MM-DD') with a Buddhist-Era year, in either language. */
export function formatDay(day: string, locale: Locale, style: 'short' | 'long' = 'short'): string {
  const d = parseIsoDate(day)
  if (!d) return day
  return locale === 'th' ? formatDateTh(d, { style }) : formatDateEn(d, { style, era: 'be' })
}
