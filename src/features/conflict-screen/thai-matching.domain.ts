/**
 * Thai-aware normalisation for the bidder–staff screen (seed 002 measure 4 §7): the same person,
 * firm or house written the way Thai forms write them — with or without honorifics, company
 * forms, spaces, Thai digits, "ม." for "หมู่" — becomes the same key. Pure: no I/O.
 */

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙'

export function arabicDigits(s: string): string {
  return s.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)))
}

/** Unicode form, Thai digits, zero-width characters, the doubled sara-am spelling and runs of spaces. */
export function cleanText(s: string): string {
  return arabicDigits(s.normalize('NFC'))
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\u0e4d\u0e32/g, '\u0e33')
    .replace(/\s+/g, ' ')
    .trim()
}

// Longest first, so นางสาว is not read as นาง + "สาว…".
const PERSON_TITLES = [
  'ว่าที่ร้อยตรีหญิง',
  'ว่าที่ร้อยตรี',
  'ว่าที่ ร.ต.',
  'เด็กหญิง',
  'เด็กชาย',
  'นางสาว',
  'คุณหญิง',
  'ด.ญ.',
  'ด.ช.',
  'น.ส.',
  'ดร.',
  'นาย',
  'นาง',
  'คุณ',
  'mrs.',
  'mrs',
  'miss',
  'mr.',
  'mr',
  'ms.',
  'ms',
  'dr.',
]

// Company forms, before and after the name.
const FIRM_PREFIXES = ['ห้างหุ้นส่วนจำกัด', 'ห้างหุ้นส่วนสามัญนิติบุคคล', 'ห้างหุ้นส่วนสามัญ', 'ห้างหุ้นส่วน', 'บริษัทมหาชนจำกัด', 'บริษัท', 'บมจ.', 'บจก.', 'หจก.', 'หสน.', 'หสม.', 'ร้าน', 'สหกรณ์']
const FIRM_SUFFIXES = ['จำกัด(มหาชน)', 'จำกัด (มหาชน)', 'จำกัด', 'co.,ltd.', 'co., ltd.', 'co.ltd.', 'company limited', 'limited', 'ltd.', 'ltd', 'plc.', 'plc', 'public company limited']

/** Whether a written name is a firm (company, partnership, shop) rather than a person. */
export function isFirmName(raw: string): boolean {
  const s = cleanText(raw).toLowerCase()
  return FIRM_PREFIXES.some((p) => s.startsWith(p)) || FIRM_SUFFIXES.some((x) => s.endsWith(x))
}

function stripTitle(s: string): string {
  const lower = s.toLowerCase()
  for (const title of PERSON_TITLES) {
    if (!lower.startsWith(title)) continue
    const rest = s.slice(title.length).trim()
    // A title always has a name after it; "นาง" alone, or a name that IS the title, stays.
    if (rest.length >= 2) return rest
  }
  return s
}

export type PersonName = { given: string; surname: string }

/** A person's name without title, split into given name and surname (the rest, spaces removed). */
export function personName(raw: string): PersonName | null {
  const s = stripTitle(cleanText(raw))
  const parts = s.split(' ').filter(Boolean)
  if (parts.length === 0) return null
  const [given, ...rest] = parts
  return { given: given!.toLowerCase(), surname: rest.join('').toLowerCase() }
}

/** A firm's name without its legal form, spaces or punctuation: the key two spellings share. */
export function firmKey(raw: string): string {
  let s = cleanText(raw).toLowerCase()
  let changed = true
  while (changed) {
    changed = false
    for (const p of FIRM_PREFIXES) {
      if (s.startsWith(p) && s.length > p.length + 1) {
        s = s.slice(p.length).trim()
        changed = true
      }
    }
    for (const x of FIRM_SUFFIXES) {
      if (s.endsWith(x) && s.length > x.length + 1) {
        s = s.slice(0, -x.length).trim()
        changed = true
      }
    }
  }
  return s.replace(/[\s.,'"()\-]/g, '')
}

/** 13 digits, whatever spaces, dashes or Thai digits were typed; null when it is not 13 digits. */
export function taxIdDigits(raw: string): string | null {
  const d = arabicDigits(raw).replace(/[\s-]/g, '')
  return /^\d{13}$/.test(d) ? d : null
}

/** The check digit of a Thai 13-digit tax / citizen id (the last digit): weights 13…2, mod 11. */
export function isValidTaxId(raw: string): boolean {
  const d = taxIdDigits(raw)
  if (!d) return false
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(d[i]) * (13 - i)
  return (11 - (sum % 11)) % 10 === Number(d[12])
}

export type ThaiAddress = { houseNo: string | null; moo: string | null; village: string | null; subdistrict: string | null }

/**
 * The parts of a Thai address that identify a house: house number, หมู่ (village number) or the
 * village's name, and ตำบล/แขวง. Road, district and province are too coarse to tell houses apart.
 */
export function parseAddress(raw: string): ThaiAddress {
  const s = cleanText(raw)
  const house = /(?:บ้านเลขที่|เลขที่)\s*(\d+(?:\/\d+)?)/.exec(s) ?? /^(\d+(?:\/\d+)?)(?=\s|$)/.exec(s)
  const moo = /(?:หมู่ที่|หมู่|ม\.)\s*(\d+)/.exec(s)
  const village = /หมู่บ้าน\s*([^\s,]+)/.exec(s)
  const sub = /(?:ตำบล|แขวง|ต\.)\s*([^\s,]+)/.exec(s)
  return {
    houseNo: house?.[1] ?? null,
    moo: moo ? String(Number(moo[1])) : null,
    village: village?.[1] ?? null,
    subdistrict: sub?.[1] ?? null,
  }
}

/** The key of a house: number + (หมู่ or village) + subdistrict; null when any part is missing. */
export function addressKey(raw: string): string | null {
  const a = parseAddress(raw)
  const place = a.moo ? `m${a.moo}` : a.village ? `v${a.village}` : null
  if (!a.houseNo || !place || !a.subdistrict) return null
  return `${a.houseNo}|${place}|${a.subdistrict}`
}
