import type { Locale } from '../../../platform/i18n/locale.ts'
import type { Executive } from '../executives.repository.ts'

/** The name and position in the reader's language, Thai when no English was given. */
export function executiveName(e: Executive, locale: Locale): string {
  return locale === 'en' && e.nameEn ? e.nameEn : e.nameTh
}

export function executivePosition(e: Executive, locale: Locale): string {
  return locale === 'en' && e.positionEn ? e.positionEn : e.positionTh
}

/** tel: links take digits and + only; "ต่อ 12" (an extension) is left for the reader. */
export function telHref(phone: string): string {
  const main = phone.split(/ต่อ|ext/i)[0] ?? ''
  return `tel:${main.replace(/[^0-9+]/g, '')}`
}
