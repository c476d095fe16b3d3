/**
 * Thai first, English second. Text lives beside the code that shows it as a
 * bilingual pair, so a missing translation is a type error rather than a blank.
 */
export const LOCALES = ['th', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export type Bilingual = { th: string; en: string }

export function isLocale(v: unknown): v is Locale {
  return v === 'th' || v === 'en'
}

export type Translate = (text: Bilingual, vars?: Record<string, string | number>) => string

export function translator(locale: Locale): Translate {
  return (text, vars) => {
    let s = text[locale]
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v))
    return s
  }
}

/**
 * Thai unless the person chose English with the language switch. The browser's
 * Accept-Language is deliberately ignored: many Thai phones and office PCs run in
 * English, and an official Thai service must not greet their owners in English.
 */
export function negotiateLocale(cookieValue: string | undefined): Locale {
  return isLocale(cookieValue) ? cookieValue : 'th'
}
