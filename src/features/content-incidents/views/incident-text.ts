import type { Locale } from '../../../platform/i18n/locale.ts'
import type { TagColour } from '../../../web/components/display.tsx'
import type { IncidentStatus } from '../content-incidents.domain.ts'
import type { Incident } from '../content-incidents.repository.ts'

export const STATUS_COLOURS: Record<IncidentStatus, TagColour> = { reported: 'yellow', escalated: 'red', closed: 'green' }

export function agencyName(i: Incident, locale: Locale): string {
  return locale === 'en' && i.organisationNameEn ? i.organisationNameEn : i.organisationNameTh
}
