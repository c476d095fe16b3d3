/**
 * An agency's OIT workspace for one fiscal year: each catalogue item's state, the portal content
 * it points to and the URL given to the NACC (ita.md: มี/ไม่มี, the URL on the main website, a
 * short note on where to look; assessors score, the agency may contest, then scores are final).
 */
import type { Bilingual } from '../../platform/i18n/locale.ts'
import { addCalendarDays, compareIsoDates, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { acceptedContentYears, type OitCatalogue, type OitItem } from './oit-catalogue.domain.ts'

export const OIT_ITEM_STATUSES = ['missing', 'draft', 'ready', 'submitted', 'contested', 'confirmed'] as const
export type OitItemStatus = (typeof OIT_ITEM_STATUSES)[number]
export function isOitItemStatus(value: string): value is OitItemStatus {
  return (OIT_ITEM_STATUSES as readonly string[]).includes(value)
}
export const OIT_ITEM_STATUS_LABELS: Record<OitItemStatus, Bilingual> = {
  missing: { th: 'ยังไม่มีข้อมูล', en: 'Missing' },
  draft: { th: 'กำลังจัดทำ', en: 'Draft' },
  ready: { th: 'พร้อมส่ง', en: 'Ready' },
  submitted: { th: 'ส่งแล้ว', en: 'Submitted' },
  contested: { th: 'ยื่นทักท้วงผลคะแนน', en: 'Contested' },
  confirmed: { th: 'ยืนยันผลแล้ว', en: 'Confirmed' },
}

/**
 * Before submission an item moves freely between missing, draft and ready. Once the answers
 * are with the NACC only the assessment moves it: contested (the agency disputes the score)
 * and confirmed (final), after which nothing changes.
 */
const NEXT: Record<OitItemStatus, readonly OitItemStatus[]> = {
  // Straight to ready on a first save: the checks below (URL, every element) are what make it ready.
  missing: ['draft', 'ready'],
  draft: ['missing', 'ready'],
  ready: ['draft', 'submitted'],
  submitted: ['contested', 'confirmed'],
  contested: ['confirmed'],
  confirmed: [],
}

export function allowedNextStatuses(status: OitItemStatus): readonly OitItemStatus[] {
  return NEXT[status]
}

/** What the workspace records for one item. `elementsDone` holds indexes into the item's elements. */
export interface OitWorkspaceEntry {
  readonly itemCode: string
  readonly status: OitItemStatus
  readonly url: string | null
  readonly explanation: string
  /** Fiscal year of the linked portal content; null when nothing is linked. */
  readonly contentFiscalYear: number | null
  readonly elementsDone: readonly number[]
  readonly dueDate: IsoDate | null
  readonly responsibleUserId: string | null
}

/** Whether the item may move to `to` now, and why not (null = allowed). */
export function checkStatusChange(item: OitItem, entry: OitWorkspaceEntry, to: OitItemStatus): Bilingual | null {
  if (!NEXT[entry.status].includes(to)) {
    return {
      th: `เปลี่ยนสถานะรายการ ${item.code} จาก "${OIT_ITEM_STATUS_LABELS[entry.status].th}" เป็น "${OIT_ITEM_STATUS_LABELS[to].th}" ไม่ได้`,
      en: `Item ${item.code} cannot go from "${OIT_ITEM_STATUS_LABELS[entry.status].en}" to "${OIT_ITEM_STATUS_LABELS[to].en}"`,
    }
  }
  if (to === 'ready' || to === 'submitted') {
    if (!isPublicUrl(entry.url)) {
      return {
        th: `รายการ ${item.code} ต้องมี URL บนเว็บไซต์หลักของหน่วยงาน (ขึ้นต้นด้วย https:// หรือ http://)`,
        en: `Item ${item.code} needs a URL on the agency's main website (starting with https:// or http://)`,
      }
    }
    const open = openElements(item, entry)
    if (open.length > 0) {
      return {
        th: `รายการ ${item.code} ยังขาดองค์ประกอบ ${open.length} ข้อ: ${open.join(' / ')}`,
        en: `Item ${item.code} still lacks ${open.length} element(s)`,
      }
    }
  }
  return null
}

export function isPublicUrl(url: string | null): url is string {
  if (url === null) return false
  try {
    const parsed = new URL(url.trim())
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname.includes('.')
  } catch {
    return false
  }
}

function openElements(item: OitItem, entry: OitWorkspaceEntry): string[] {
  const done = new Set(entry.elementsDone)
  return item.elements.filter((_, index) => !done.has(index))
}

/** Statuses in which the agency has finished its part for the item. */
const FINISHED: ReadonlySet<OitItemStatus> = new Set(['ready', 'submitted', 'contested', 'confirmed'])

export interface ItemCompleteness {
  readonly code: string
  readonly status: OitItemStatus
  /** Nothing published yet: no entry, status missing, or no URL. */
  readonly missing: boolean
  /** Linked content is about a fiscal year the item does not accept. */
  readonly stale: boolean
  readonly dueSoon: boolean
  readonly overdue: boolean
  readonly elementsDone: number
  readonly elementsTotal: number
  readonly responsibleUserId: string | null
  readonly dueDate: IsoDate | null
}

export interface WorkspaceCompleteness {
  readonly fiscalYear: number
  readonly items: readonly ItemCompleteness[]
  readonly total: number
  readonly finished: number
  readonly missing: number
  readonly stale: number
  readonly dueSoon: number
  readonly overdue: number
  /** Whole per cent of items finished, rounded down so 100 means every item. */
  readonly percentFinished: number
  /** Entries whose code is not in the catalogue (e.g. left over after an edit). */
  readonly unknownCodes: readonly string[]
}

export interface CompletenessOptions {
  readonly today: IsoDate
  /** An unfinished item due within this many days (today included) is "due soon". */
  readonly dueSoonDays: number
}

export function workspaceCompleteness(
  catalogue: OitCatalogue,
  entries: readonly OitWorkspaceEntry[],
  { today, dueSoonDays }: CompletenessOptions,
): WorkspaceCompleteness {
  const byCode = new Map(entries.map((e) => [e.itemCode.toUpperCase(), e]))
  const known = new Set(catalogue.items.map((i) => i.code.toUpperCase()))
  const horizon = addCalendarDays(today, dueSoonDays)

  const items = catalogue.items.map((item): ItemCompleteness => {
    const entry = byCode.get(item.code.toUpperCase())
    const status = entry?.status ?? 'missing'
    const missing = !entry || status === 'missing' || !isPublicUrl(entry.url)
    const stale =
      !missing &&
      entry.contentFiscalYear !== null &&
      !acceptedContentYears(item.dataYear, catalogue.fiscalYear).includes(entry.contentFiscalYear)
    const finished = FINISHED.has(status) && !missing
    const dueDate = entry?.dueDate ?? null
    const overdue = !finished && dueDate !== null && compareIsoDates(dueDate, today) < 0
    const dueSoon = !finished && dueDate !== null && !overdue && compareIsoDates(dueDate, horizon) <= 0
    const doneIndexes = new Set((entry?.elementsDone ?? []).filter((i) => i >= 0 && i < item.elements.length))
    return {
      code: item.code,
      status,
      missing,
      stale,
      dueSoon,
      overdue,
      elementsDone: doneIndexes.size,
      elementsTotal: item.elements.length,
      responsibleUserId: entry?.responsibleUserId ?? null,
      dueDate,
    }
  })

  const count = (pick: (i: ItemCompleteness) => boolean) => items.filter(pick).length
  // The same rule as the one percentage every page shows (oitProgress).
  const finished = count((i) => COUNTED.has(itemState(i)))
  return {
    fiscalYear: catalogue.fiscalYear,
    items,
    total: items.length,
    finished,
    missing: count((i) => i.missing),
    stale: count((i) => i.stale),
    dueSoon: count((i) => i.dueSoon),
    overdue: count((i) => i.overdue),
    percentFinished: items.length === 0 ? 0 : Math.floor((finished * 100) / items.length),
    unknownCodes: entries.map((e) => e.itemCode).filter((code) => !known.has(code.toUpperCase())),
  }
}

/** Items a responsible person should hear about (C3 monitoring): missing, stale or overdue. */
export function itemsNeedingAttention(report: WorkspaceCompleteness): readonly ItemCompleteness[] {
  return report.items.filter((i) => i.missing || i.stale || i.overdue || i.dueSoon)
}

export const LINK_SHEET_COLUMNS: readonly Bilingual[] = [
  { th: 'ข้อ', en: 'Code' },
  { th: 'รายการ', en: 'Item' },
  { th: 'มี/ไม่มี', en: 'Yes/No' },
  { th: 'URL', en: 'URL' },
  { th: 'คำอธิบายเพิ่มเติม', en: 'Explanation' },
]

export interface LinkSheetRow {
  readonly code: string
  readonly item: string
  readonly answer: 'มี' | 'ไม่มี'
  readonly url: string
  readonly explanation: string
}

/**
 * The sheet agencies hand in, in catalogue order. Only what the agency has finished is
 * answered มี: a draft is not yet something to claim, and a ไม่มี row carries no URL so an
 * unchecked link never reaches the assessor.
 */
export function linkSheetRows(catalogue: OitCatalogue, entries: readonly OitWorkspaceEntry[]): LinkSheetRow[] {
  const byCode = new Map(entries.map((e) => [e.itemCode.toUpperCase(), e]))
  return catalogue.items.map((item) => {
    const entry = byCode.get(item.code.toUpperCase())
    const url = entry?.url ?? null
    const present = entry !== undefined && FINISHED.has(entry.status) && isPublicUrl(url)
    return {
      code: item.code,
      item: item.nameTh,
      answer: present ? 'มี' : 'ไม่มี',
      url: present && url !== null ? url.trim() : '',
      explanation: entry?.explanation.trim() ?? '',
    }
  })
}

/**
 * Once the answers are with the NACC the link must stay what the assessor was given: the URL
 * and the linked content are frozen until someone accountable reopens the item.
 */
const LOCKED: ReadonlySet<OitItemStatus> = new Set(['submitted', 'contested', 'confirmed'])
export function linksLocked(status: OitItemStatus): boolean {
  return LOCKED.has(status)
}

/** Where a reopened item goes back to: the agency works on it again before resubmitting. */
export const REOPEN_TO = ['draft', 'ready'] as const satisfies readonly OitItemStatus[]
export type ReopenTo = (typeof REOPEN_TO)[number]

export const LOCKED_REASON: Bilingual = {
  th: 'แก้ไข URL และเนื้อหาที่เชื่อมไม่ได้ เพราะส่งรายการนี้ให้ ป.ป.ช. แล้ว ผู้ประสานงาน ITA หรือหัวหน้าหน่วยงานต้องเปิดรายการอีกครั้ง (ระบุเหตุผล) ก่อน',
  en: 'The URL and linked content cannot be changed: this item has been submitted to the NACC. The ITA coordinator or the head must reopen it (giving a reason) first.',
}

/**
 * One state per item, the only one a page shows (issue 14: a status tag plus "stale", "overdue"
 * and "mine" tags on every row were read as three states). Deadlines are said beside the due date.
 */
export const OIT_ITEM_STATES = ['not_started', 'in_progress', 'needs_fixing', 'ready', 'submitted', 'contested', 'confirmed'] as const
export type OitItemState = (typeof OIT_ITEM_STATES)[number]
export const OIT_ITEM_STATE_LABELS: Record<OitItemState, Bilingual> = {
  not_started: { th: 'ยังไม่เริ่ม', en: 'Not started' },
  in_progress: { th: 'กำลังจัดทำ', en: 'In progress' },
  needs_fixing: { th: 'ต้องแก้ไข (ข้อมูลผิดปีงบประมาณ)', en: 'Needs fixing (wrong fiscal year)' },
  ready: { th: 'พร้อมส่ง', en: 'Ready to send' },
  submitted: { th: 'ส่ง ป.ป.ช. แล้ว', en: 'Sent to the NACC' },
  contested: { th: 'ส่งแล้ว ยื่นทักท้วงผลคะแนน', en: 'Sent, score contested' },
  confirmed: { th: 'ยืนยันผลแล้ว', en: 'Score confirmed' },
}

export function itemState(c: Pick<ItemCompleteness, 'status' | 'missing' | 'stale'>): OitItemState {
  if (c.status === 'missing') return 'not_started'
  if (c.status === 'submitted' || c.status === 'contested' || c.status === 'confirmed') return c.status
  if (c.stale) return 'needs_fixing'
  if (c.status === 'ready' && !c.missing) return 'ready'
  return 'in_progress'
}

/** States that count as done for the percentage: the agency's part is finished. */
const COUNTED: ReadonlySet<OitItemState> = new Set(['ready', 'submitted', 'contested', 'confirmed'])

export interface OitProgress {
  readonly total: number
  /** Items ready to send or already sent (drafts are not counted, and are shown apart). */
  readonly counted: number
  /** Whole per cent, rounded down so 100 means every item. */
  readonly percent: number
  readonly byState: Readonly<Record<OitItemState, number>>
  /** Items whose deadline has passed and are not yet counted. */
  readonly overdue: number
}

/** The one completeness figure every page shows (workspace, oversight, agency pages, API). */
export function oitProgress(report: Pick<WorkspaceCompleteness, 'items'>): OitProgress {
  const byState = Object.fromEntries(OIT_ITEM_STATES.map((s) => [s, 0])) as Record<OitItemState, number>
  for (const item of report.items) byState[itemState(item)] += 1
  const total = report.items.length
  const counted = OIT_ITEM_STATES.filter((s) => COUNTED.has(s)).reduce((n, s) => n + byState[s], 0)
  return { total, counted, percent: total === 0 ? 0 : Math.floor((counted * 100) / total), byState, overdue: report.items.filter((i) => i.overdue).length }
}

/** What the percentage counts, said the same way wherever it is shown. */
export function oitProgressSentence(p: OitProgress): Bilingual {
  return {
    th: `${p.percent}% — พร้อมส่งหรือส่งแล้ว ${p.counted} จาก ${p.total} ข้อ (กำลังจัดทำ ${p.byState.in_progress + p.byState.needs_fixing} ข้อ และยังไม่เริ่ม ${p.byState.not_started} ข้อ ยังไม่นับ)`,
    en: `${p.percent}% — ${p.counted} of ${p.total} items ready to send or sent (${p.byState.in_progress + p.byState.needs_fixing} in progress and ${p.byState.not_started} not started are not counted)`,
  }
}
