/**
 * Participation in improving services (seed 003 m6.3): an agency opens a consultation (question,
 * documents, dates), people comment while it is open, and the agency publishes a summary of what it
 * heard and what it will do. Public hearings are recorded with date, place, attendance and minutes.
 */
import { compareIsoDates, type IsoDate } from '../../platform/thai-calendar/index.ts'
import type { Bilingual } from '../../platform/i18n/locale.ts'
import type { Role } from '../../platform/auth/roles.ts'

export type Phase = 'upcoming' | 'open' | 'closed' | 'summarised'

export function phaseOf(c: { opens_on: string; closes_on: string; summarised_on: string | null }, today: IsoDate): Phase {
  if (c.summarised_on) return 'summarised'
  if (compareIsoDates(today, c.opens_on as IsoDate) < 0) return 'upcoming'
  if (compareIsoDates(today, c.closes_on as IsoDate) <= 0) return 'open'
  return 'closed'
}

export const PHASE_LABELS: Record<Phase, Bilingual> = {
  upcoming: { th: 'ยังไม่เปิดรับฟัง', en: 'Not open yet' },
  open: { th: 'เปิดรับฟังความคิดเห็น', en: 'Open for comments' },
  closed: { th: 'ปิดรับฟังแล้ว รอสรุปผล', en: 'Closed, summary to follow' },
  summarised: { th: 'สรุปผลแล้ว', en: 'Summary published' },
}

export const EDITOR_ROLES: readonly Role[] = ['officer', 'head', 'admin']

/** Document links, one a line; only web addresses are kept. */
export function documentLinks(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => /^https?:\/\/\S+$/.test(l))
}
