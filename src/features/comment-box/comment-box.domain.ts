/**
 * The comment box (กล่องแสดงความคิดเห็น, seed 003 m6.2 (2)): a private channel for suggestions,
 * praise and problems that are not complaints. Staff thank, act (and say what changed: "you said,
 * we did"), or forward it to the complaint desk as a complaint. Pure rules.
 */
import type { Bilingual } from '../../platform/i18n/locale.ts'
import type { Role } from '../../platform/auth/roles.ts'
import { fiscalHalfOf, type IsoDate } from '../../platform/thai-calendar/index.ts'

export const KINDS = [
  { key: 'suggestion', name: { th: 'ข้อเสนอแนะ', en: 'A suggestion' } },
  { key: 'praise', name: { th: 'คำชมเชย', en: 'Praise' } },
  { key: 'problem', name: { th: 'ปัญหาที่พบ (ไม่ใช่เรื่องร้องเรียน)', en: 'A problem (not a complaint)' } },
] as const
export type CommentKind = (typeof KINDS)[number]['key']
export const isKind = (v: string): v is CommentKind => KINDS.some((k) => k.key === v)
export const kindName = (k: string): Bilingual => KINDS.find((x) => x.key === k)?.name ?? { th: k, en: k }

export const STATUSES = ['new', 'thanked', 'acted', 'forwarded'] as const
export type CommentStatus = (typeof STATUSES)[number]
export const STATUS_LABELS: Record<CommentStatus, Bilingual> = {
  new: { th: 'รอพิจารณา', en: 'Awaiting triage' },
  thanked: { th: 'ขอบคุณและรับทราบ', en: 'Thanked' },
  acted: { th: 'นำไปปรับปรุงแล้ว', en: 'Acted on' },
  forwarded: { th: 'ส่งเป็นเรื่องร้องเรียน', en: 'Forwarded as a complaint' },
}

/** Who reads and triages comments; forwarding also needs the complaint officer's role (checked by complaints). */
export const TRIAGE_ROLES: readonly Role[] = ['officer', 'head', 'complaint_officer']

export const commentReference = (n: number, yearBe: number) => `คห. ${n}/${yearBe}`

export type HalfYearCount = { label: { fiscalYear: number; half: 1 | 2 }; received: number; acted: number }

/** Counts per fiscal half-year, newest first, for the portal. */
export function countsByHalfYear(rows: readonly { received_on: IsoDate; status: string }[]): HalfYearCount[] {
  const map = new Map<string, HalfYearCount>()
  for (const r of rows) {
    const h = fiscalHalfOf(r.received_on)
    const key = `${h.fiscalYear}-${h.half}`
    const e = map.get(key) ?? { label: { fiscalYear: h.fiscalYear, half: h.half }, received: 0, acted: 0 }
    e.received++
    if (r.status === 'acted') e.acted++
    map.set(key, e)
  }
  return [...map.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([, v]) => v)
}
