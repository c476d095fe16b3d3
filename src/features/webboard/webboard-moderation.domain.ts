/**
 * Automatic holds on webboard posts (pure): links (spam), phone numbers and national ID numbers
 * (personal data a citizen should not publish about anyone, themselves included), and the
 * agency's word list. A held post waits for the moderator whatever the agency's pre-moderation
 * setting; the reasons are shown to the moderator, never to the public.
 */
import type { Bilingual } from '../../platform/i18n/locale.ts'
import { fromThaiDigits } from '../../platform/thai-calendar/index.ts'

export type HoldReason = 'link' | 'phone' | 'national_id' | 'word'

export const HOLD_REASON_LABELS: Record<HoldReason, Bilingual> = {
  link: { th: 'มีลิงก์หรือที่อยู่เว็บ', en: 'Contains a link' },
  phone: { th: 'มีหมายเลขโทรศัพท์', en: 'Contains a phone number' },
  national_id: { th: 'มีเลขประจำตัวประชาชน', en: 'Contains a national ID number' },
  word: { th: 'มีคำในรายการคำต้องห้าม', en: 'Contains a word on the list' },
}

/** Words held everywhere (abuse and common spam); each agency adds its own. */
export const DEFAULT_BLOCKED_WORDS: readonly string[] = ['ควาย', 'เหี้ย', 'สัส', 'ไอ้สัตว์', 'บาคาร่า', 'สล็อต', 'เว็บพนัน', 'casino', 'viagra']

const LINK = /(?:https?:\/\/|www\.)\S|\b[a-z0-9-]{2,}\.(?:com|net|org|info|biz|xyz|io|me|ly|co|th|asia|app|site|online|shop)\b|line\.me|bit\.ly|@[a-z0-9_.]{3,}\b/i

/** Thai numbers: 0 then 8 or 9 digits (landline / mobile), or +66 without the 0; separators allowed. */
const PHONE = /(?<![\d])(?:\+66[\s.-]?|0)(?:\d[\s.-]?){7}\d(?:[\s.-]?\d)?(?![\d])/

/** 13 digits, optionally written 1-2345-67890-12-3 (or with spaces). */
const ID_CANDIDATE = /(?<![\d])\d(?:[\s-]?\d){12}(?![\d])/g

/** The check digit of a Thai national ID number: 11 − (Σ dᵢ·(13−i) mod 11), taken mod 10. */
export function isValidThaiNationalId(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (13 - i)
  return (11 - (sum % 11)) % 10 === Number(digits[12])
}

/** Every valid national ID number in a text, as it was written there. */
export function nationalIdsIn(text: string): string[] {
  const plain = fromThaiDigits(text)
  return [...plain.matchAll(ID_CANDIDATE)].map((m) => m[0]).filter((s) => isValidThaiNationalId(s.replace(/\D/g, '')))
}

/** The agency's list (one word or phrase a line) joined with the defaults, lower-cased. */
export function blockedWords(agencyList: string): string[] {
  const own = agencyList
    .split(/\r?\n/)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length > 0)
  return [...new Set([...DEFAULT_BLOCKED_WORDS, ...own])]
}

/** Why a post must wait for the moderator; empty when nothing was found. */
export function holdReasons(text: string, words: readonly string[]): HoldReason[] {
  const plain = fromThaiDigits(text)
  const reasons: HoldReason[] = []
  if (LINK.test(plain)) reasons.push('link')
  // A national ID number is not also reported as a phone number.
  const ids = nationalIdsIn(plain)
  const withoutIds = ids.reduce((s, id) => s.split(id).join(' '), plain)
  if (PHONE.test(withoutIds)) reasons.push('phone')
  if (ids.length > 0) reasons.push('national_id')
  // Thai is written without spaces between words, so a listed word is looked for anywhere.
  const lower = plain.toLowerCase()
  if (words.some((w) => lower.includes(w))) reasons.push('word')
  return reasons
}

export const REDACTION_MARK = '[ลบข้อมูลส่วนบุคคล / personal data removed]'

/** Replaces every occurrence of `phrase` with the mark; counts what went, keeps none of it. */
export function redact(text: string, phrase: string): { text: string; occurrences: number; characters: number } {
  const p = phrase.trim()
  if (!p) return { text, occurrences: 0, characters: 0 }
  const parts = text.split(p)
  const occurrences = parts.length - 1
  return { text: parts.join(REDACTION_MARK), occurrences, characters: occurrences * p.length }
}
