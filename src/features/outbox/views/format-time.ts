import type { Locale } from '../../../platform/i18n/locale.ts'
import { formatDateTimeEn, formatDateTimeTh } from '../../../platform/thai-calendar/index.ts'

/** An instant on the Bangkok clock with a Buddhist-Era year, in either language. */
export function formatInstant(at: Date, locale: Locale): string {
  return locale === 'th' ? formatDateTimeTh(at) : formatDateTimeEn(at, { era: 'be' })
}
