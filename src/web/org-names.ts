import type { Locale } from '../platform/i18n/locale.ts'
import { ORGANISATION_KIND_LABELS, isOrganisationKind } from '../platform/auth/roles.ts'

/** An organisation's name in the reader's language, falling back to Thai (the official name). */
export function orgName(org: { name_th: string; name_en: string }, locale: Locale): string {
  return locale === 'en' && org.name_en ? org.name_en : org.name_th
}

export function orgKindLabel(kind: string, locale: Locale): string {
  return isOrganisationKind(kind) ? ORGANISATION_KIND_LABELS[kind][locale] : kind
}
