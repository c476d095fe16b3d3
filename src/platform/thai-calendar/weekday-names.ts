import type { NameStyle } from './month-names.ts'
import type { Weekday } from './iso-date.ts'

/** Index 0 is Sunday, matching `dayOfWeek`. The long Thai forms carry "วัน" as they do in letters. */
export const THAI_WEEKDAYS_LONG = [
  'วันอาทิตย์',
  'วันจันทร์',
  'วันอังคาร',
  'วันพุธ',
  'วันพฤหัสบดี',
  'วันศุกร์',
  'วันเสาร์',
] as const

export const THAI_WEEKDAYS_SHORT = ['อา.', 'จ.', 'อ.', 'พ.', 'พฤ.', 'ศ.', 'ส.'] as const

export const ENGLISH_WEEKDAYS_LONG = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const

export const ENGLISH_WEEKDAYS_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const

export function weekdayNameTh(weekday: Weekday, style: NameStyle = 'long'): string {
  return (style === 'long' ? THAI_WEEKDAYS_LONG : THAI_WEEKDAYS_SHORT)[weekday]
}

export function weekdayNameEn(weekday: Weekday, style: NameStyle = 'long'): string {
  return (style === 'long' ? ENGLISH_WEEKDAYS_LONG : ENGLISH_WEEKDAYS_SHORT)[weekday]
}
