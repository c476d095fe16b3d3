import type { IsoDate } from './iso-date.ts'

/**
 * Holidays are data, never code: the cabinet announces special days and moves others each
 * year, and admins edit a year's list. The kinds are those used in the government list;
 * only `fixed` days get an automatic substitute proposal (see substitute-days.ts).
 */
export const HOLIDAY_KINDS = ['fixed', 'lunar', 'substitution', 'special', 'royal_ceremony'] as const
export type HolidayKind = (typeof HOLIDAY_KINDS)[number]

export interface Holiday {
  readonly date: IsoDate
  readonly nameTh: string
  readonly nameEn: string
  readonly kind: HolidayKind
}

export const HOLIDAY_KIND_LABELS: Readonly<Record<HolidayKind, { readonly th: string; readonly en: string }>> = {
  fixed: { th: 'วันหยุดตามวันที่ประจำปี', en: 'Fixed-date holiday' },
  lunar: { th: 'วันหยุดตามจันทรคติ', en: 'Lunar-calendar holiday' },
  substitution: { th: 'วันหยุดชดเชย', en: 'Substitution day' },
  special: { th: 'วันหยุดพิเศษตามมติคณะรัฐมนตรี', en: 'Special holiday (cabinet resolution)' },
  royal_ceremony: { th: 'วันพระราชพิธี', en: 'Royal ceremony day' },
}

export function isHolidayKind(value: string): value is HolidayKind {
  return (HOLIDAY_KINDS as readonly string[]).includes(value)
}
