import type { TagColour } from '../../../web/components/display.tsx'
import type { Locale } from '../../../platform/i18n/locale.ts'
import { formatDateEn, formatDateTh, HOLIDAY_KIND_LABELS, type HolidayKind, type IsoDate } from '../../../platform/thai-calendar/index.ts'

/** 'ศ. 23 ต.ค. 2569' / 'Fri 23 Oct 2569 BE': the weekday matters, since a weekend holiday earns a substitute. */
export function holidayDateText(date: IsoDate, locale: Locale): string {
  return locale === 'th' ? formatDateTh(date, { weekday: true }) : formatDateEn(date, { weekday: true, era: 'be' })
}

export function kindLabel(kind: HolidayKind, locale: Locale): string {
  return HOLIDAY_KIND_LABELS[kind][locale]
}

export const KIND_COLOURS: Record<HolidayKind, TagColour> = {
  fixed: 'blue',
  lunar: 'yellow',
  substitution: 'grey',
  special: 'green',
  royal_ceremony: 'purple',
}

export function yearPageHref(beYear: number): string {
  return `/admin/holidays?year=${beYear}`
}
