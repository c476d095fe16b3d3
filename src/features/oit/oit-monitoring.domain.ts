/**
 * OIT monitoring (C3): which items a person should hear about, who that person is, and whether
 * they already heard about it this week. Pure: the job gathers the facts and passes the time in.
 */
import type { Bilingual } from '../../platform/i18n/locale.ts'
import { formatDateEn, formatDateTh, type IsoDate } from '../../platform/thai-calendar/index.ts'
import type { ItemCompleteness } from './oit-workspace.domain.ts'

/** The same person, item and state are mailed at most once in this many days. */
export const RENOTIFY_DAYS = 7
const DAY_MS = 86_400_000

const FLAGS = ['missing', 'stale', 'overdue', 'dueSoon'] as const
type Flag = (typeof FLAGS)[number]
const FLAG_KEYS: Record<Flag, string> = { missing: 'missing', stale: 'stale', overdue: 'overdue', dueSoon: 'due_soon' }
export const FLAG_LABELS: Record<string, Bilingual> = {
  missing: { th: 'ยังไม่มีข้อมูล', en: 'missing' },
  stale: { th: 'ข้อมูลผิดปีงบประมาณ', en: 'content of the wrong fiscal year' },
  overdue: { th: 'เลยกำหนด', en: 'overdue' },
  due_soon: { th: 'ใกล้ครบกำหนด', en: 'due soon' },
}

/** The item's attention flags as one key ("missing+overdue"), or null when it needs none. */
export function attentionState(item: Pick<ItemCompleteness, Flag>): string | null {
  const on = FLAGS.filter((f) => item[f]).map((f) => FLAG_KEYS[f])
  return on.length ? on.join('+') : null
}

/**
 * Who answers for an item: its responsible person while they are still active staff of the
 * agency, otherwise the agency's ITA coordinators (nobody is left to forget it).
 */
export function monitoringRecipients(responsibleUserId: string | null, activeStaffIds: ReadonlySet<string>, coordinatorIds: readonly string[]): string[] {
  if (responsibleUserId && activeStaffIds.has(responsibleUserId)) return [responsibleUserId]
  return [...coordinatorIds]
}

export type NoticeKey = { userId: string; organisationId: string; scheme: string; fiscalYear: number; itemCode: string; state: string }
export type SentNotice = NoticeKey & { sentAt: Date }

const keyOf = (n: NoticeKey) => [n.userId, n.organisationId, n.scheme, n.fiscalYear, n.itemCode.toUpperCase(), n.state].join('|')

/** The notices not already sent (same person, item and state) within the last week. */
export function unsentNotices<N extends NoticeKey>(candidates: readonly N[], sent: readonly SentNotice[], now: Date): N[] {
  const since = now.getTime() - RENOTIFY_DAYS * DAY_MS
  const recent = new Set(sent.filter((s) => s.sentAt.getTime() > since).map(keyOf))
  return candidates.filter((c) => !recent.has(keyOf(c)))
}

export type DigestLine = { agency: Bilingual; code: string; name: Bilingual; state: string; dueDate: IsoDate | null }

/** One mail per person, Thai then English, like every mail the system sends. */
export function digestMail(v: { name: string; fiscalYear: number; lines: readonly DigestLine[]; link: string }): { subject: string; text: string } {
  const labels = (state: string, lang: 'th' | 'en') => state.split('+').map((f) => FLAG_LABELS[f]?.[lang] ?? f).join(', ')
  const due = (d: IsoDate | null, lang: 'th' | 'en') =>
    d === null ? '' : lang === 'th' ? ` กำหนด ${formatDateTh(d, { style: 'long' })}` : ` due ${formatDateEn(d, { style: 'long', era: 'be' })}`
  const n = v.lines.length
  const th = [
    `เรียน ${v.name}`,
    '',
    `รายการ OIT ปีงบประมาณ ${v.fiscalYear} ที่ท่านรับผิดชอบ ${n} รายการต้องดำเนินการ:`,
    ...v.lines.map((l) => `- ${l.agency.th} ${l.code} ${l.name.th}: ${labels(l.state, 'th')}${due(l.dueDate, 'th')}`),
    '',
    v.link,
  ]
  const en = [
    `Dear ${v.name},`,
    '',
    `${n} OIT item(s) of fiscal year ${v.fiscalYear} in your charge need attention:`,
    ...v.lines.map((l) => `- ${l.agency.en} ${l.code} ${l.name.en}: ${labels(l.state, 'en')}${due(l.dueDate, 'en')}`),
    '',
    v.link,
  ]
  return {
    subject: `รายการ OIT ที่ต้องดำเนินการ ${n} รายการ / ${n} OIT item(s) need attention`,
    text: [...th, '', '----', '', ...en, '', '--', 'อีเมลนี้ส่งจากระบบโปร่งใสโดยอัตโนมัติ กรุณาอย่าตอบกลับ', 'This e-mail was sent automatically by Prongsai; please do not reply.', ''].join('\n'),
  }
}
