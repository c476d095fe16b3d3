/**
 * Month names are spelled out here rather than taken from Intl so that output never changes
 * with the ICU version (Intl is only used in the tests, to cross-check the spellings).
 * Index 0 is January; months are numbered 1–12 everywhere else.
 */
export type NameStyle = 'short' | 'long'

export const THAI_MONTHS_LONG = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const

export const THAI_MONTHS_SHORT = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
] as const

export const ENGLISH_MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

export const ENGLISH_MONTHS_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const

export function monthNameTh(month: number, style: NameStyle = 'long'): string {
  return pick(style === 'long' ? THAI_MONTHS_LONG : THAI_MONTHS_SHORT, month)
}

export function monthNameEn(month: number, style: NameStyle = 'long'): string {
  return pick(style === 'long' ? ENGLISH_MONTHS_LONG : ENGLISH_MONTHS_SHORT, month)
}

// People type "พย", "พ.ย", "พ. ย." or "nov" as readily as the official spelling.
const MONTH_BY_NORMALISED_NAME: ReadonlyMap<string, number> = new Map([
  ...[THAI_MONTHS_LONG, THAI_MONTHS_SHORT, ENGLISH_MONTHS_LONG, ENGLISH_MONTHS_SHORT].flatMap((names) =>
    names.map((name, index) => [normaliseMonthName(name), index + 1] as const),
  ),
  ['sept', 9],
])

/** 1–12 for a Thai or English month name in any common spelling, else undefined. */
export function monthFromName(text: string): number | undefined {
  return MONTH_BY_NORMALISED_NAME.get(normaliseMonthName(text))
}

function normaliseMonthName(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[.\s]/g, '')
}

function pick(names: readonly string[], month: number): string {
  const name = Number.isInteger(month) ? names[month - 1] : undefined
  if (name === undefined) throw new RangeError(`month must be 1–12, got ${month}`)
  return name
}
