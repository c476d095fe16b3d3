import type { ChartSpec } from '../../platform/charts/index.ts'
import type { ExportColumn, ExportOrganisation, ExportRow, ExportSignature, ExportTable } from '../../platform/exports/index.ts'
import type { Bilingual, Locale } from '../../platform/i18n/locale.ts'
import {
  addCalendarDays,
  calendarDaysBetween,
  formatDateEn,
  formatDateTh,
  isoDateParts,
  monthNameEn,
  monthNameTh,
  ceToBe,
  toThaiDigits,
  type IsoDate,
} from '../../platform/thai-calendar/index.ts'
import { readableSummary, type AuditFilter } from './audit-log.domain.ts'

/**
 * Pure rules of the audit trail's downloads and activity chart: how many rows a file may
 * hold, how the filtered range is bucketed, what the table looks like.
 */

/** A download holds at most this many events (the newest first); the page says so. */
export const AUDIT_EXPORT_LIMIT = 10_000

/** Up to this many days the chart shows one bar per day; longer ranges go by month. */
const MAX_DAILY_BUCKETS = 62
/** Past this many bars, a line reads better. */
const MAX_BARS = 31

export type DayCount = { day: IsoDate; count: number }

/** The fields of a listed event a download shows (the repository's list rows have them). */
export type AuditReportEvent = {
  seq: number
  at: Date
  actor_label: string
  org_name_th: string | null
  org_name_en: string | null
  action: string
  entity_type: string
  entity_id: string | null
  summary: unknown
}

type Bucket = { label: Bilingual; count: number }

function dayBuckets(counts: ReadonlyMap<string, number>, start: IsoDate, days: number): Bucket[] {
  return Array.from({ length: days }, (_, i) => {
    const day = addCalendarDays(start, i)
    const { month, day: d } = isoDateParts(day)
    return { label: { th: `${d} ${monthNameTh(month, 'short')}`, en: `${d} ${monthNameEn(month, 'short')}` }, count: counts.get(day) ?? 0 }
  })
}

function monthBuckets(counts: readonly DayCount[], start: IsoDate, end: IsoDate): Bucket[] {
  const first = isoDateParts(start)
  const last = isoDateParts(end)
  const buckets: Bucket[] = []
  for (let y = first.year, m = first.month; y < last.year || (y === last.year && m <= last.month); m === 12 ? ((m = 1), y++) : m++) {
    const prefix = `${y}-${String(m).padStart(2, '0')}-`
    const count = counts.filter((c) => c.day.startsWith(prefix)).reduce((sum, c) => sum + c.count, 0)
    buckets.push({ label: { th: `${monthNameTh(m, 'short')} ${String(ceToBe(y)).slice(2)}`, en: `${monthNameEn(m, 'short')} ${y}` }, count })
  }
  return buckets
}

/**
 * Events per Bangkok day (per month for ranges over two months) across the filtered range:
 * from the filter's first day, or the first event, to its last day, or today. Days without
 * events are shown as zero, so a quiet week is visible rather than skipped.
 */
export function auditActivityChart(counts: readonly DayCount[], filter: Pick<AuditFilter, 'from' | 'to'>, today: IsoDate): ChartSpec | undefined {
  if (counts.length === 0) return undefined
  const sorted = [...counts].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
  const start = filter.from ?? sorted[0]!.day
  const lastEvent = sorted[sorted.length - 1]!.day
  const end = filter.to ?? (lastEvent > today ? lastEvent : today)
  const days = calendarDaysBetween(start, end) + 1
  const daily = days <= MAX_DAILY_BUCKETS
  const buckets = daily ? dayBuckets(new Map(sorted.map((c) => [c.day, c.count])), start, days) : monthBuckets(sorted, start, end)
  const total = buckets.reduce((sum, b) => sum + b.count, 0)
  const busiest = buckets.reduce((best, b) => (b.count > best.count ? b : best), buckets[0]!)
  const range = { th: `${formatDateTh(start)} ถึง ${formatDateTh(end)}`, en: `${formatDateEn(start, { era: 'be' })} to ${formatDateEn(end, { era: 'be' })}` }
  return {
    id: 'audit-activity',
    kind: buckets.length > MAX_BARS ? 'line' : 'bar',
    title: daily
      ? { th: 'จำนวนรายการบันทึกการตรวจสอบรายวัน', en: 'Audit events per day' }
      : { th: 'จำนวนรายการบันทึกการตรวจสอบรายเดือน', en: 'Audit events per month' },
    description: {
      th: `ช่วง ${range.th} มีทั้งหมด ${total} รายการ มากที่สุด ${busiest.count} รายการ (${busiest.label.th})`,
      en: `From ${range.en}: ${total} events in all, at most ${busiest.count} (${busiest.label.en})`,
    },
    categories: buckets.map((b) => b.label),
    series: [{ name: { th: 'จำนวนรายการ', en: 'Events' }, values: buckets.map((b) => b.count) }],
    categoryHeader: daily ? { th: 'วันที่', en: 'Day' } : { th: 'เดือน', en: 'Month' },
    valueLabel: { th: 'จำนวนรายการ', en: 'Events' },
  }
}

const COLUMNS: readonly ExportColumn[] = [
  { key: 'seq', header: { th: 'ลำดับที่', en: 'No.' }, type: 'integer' },
  { key: 'at', header: { th: 'เวลา', en: 'Time' }, type: 'datetime' },
  { key: 'actor', header: { th: 'ผู้กระทำ', en: 'Actor' }, type: 'text' },
  { key: 'organisation', header: { th: 'หน่วยงาน', en: 'Organisation' }, type: 'text' },
  { key: 'action', header: { th: 'การกระทำ', en: 'Action' }, type: 'text' },
  { key: 'entity', header: { th: 'ข้อมูล', en: 'Entity' }, type: 'text' },
  { key: 'changes', header: { th: 'การเปลี่ยนแปลง', en: 'Changes' }, type: 'text' },
]

/** "key: before → after", one changed field a line, then the note: the same reading as the page. */
export function changesText(summary: unknown): string {
  const { changes, note } = readableSummary(summary)
  const lines = changes.filter((c) => c.changed).map((c) => `${c.key}: ${c.before ?? '–'} → ${c.after ?? '–'}`)
  if (note) lines.push(note)
  return lines.join('\n')
}

function exportRow(e: AuditReportEvent, locale: Locale): ExportRow {
  const organisation = e.org_name_th === null ? (locale === 'th' ? 'ทั้งระบบ' : 'Platform-wide') : locale === 'en' && e.org_name_en ? e.org_name_en : e.org_name_th
  return {
    seq: e.seq,
    at: e.at,
    actor: e.actor_label,
    organisation,
    action: e.action,
    entity: e.entity_id ? `${e.entity_type} ${e.entity_id}` : e.entity_type,
    changes: changesText(e.summary),
  }
}

/** What the filter asked for, in words, for the line under the title. */
export function filterDescription(filter: AuditFilter, organisationName: string | undefined, thaiDigits: boolean): Bilingual {
  const th: string[] = []
  const en: string[] = []
  if (filter.from || filter.to) {
    const from = filter.from ? formatDateTh(filter.from, { style: 'long', thaiDigits }) : 'แรกสุด'
    const to = filter.to ? formatDateTh(filter.to, { style: 'long', thaiDigits }) : 'ปัจจุบัน'
    th.push(`ตั้งแต่ ${from} ถึง ${to}`)
    en.push(`from ${filter.from ? formatDateEn(filter.from, { style: 'long', era: 'be' }) : 'the start'} to ${filter.to ? formatDateEn(filter.to, { style: 'long', era: 'be' }) : 'now'}`)
  }
  if (organisationName) {
    th.push(`หน่วยงาน ${organisationName}`)
    en.push(`organisation ${organisationName}`)
  }
  if (filter.action) {
    th.push(`การกระทำ ${filter.action}`)
    en.push(`action ${filter.action}`)
  }
  if (filter.actorText) {
    th.push(`ผู้กระทำ "${filter.actorText}"`)
    en.push(`actor "${filter.actorText}"`)
  }
  if (filter.entityType) {
    th.push(`ประเภทข้อมูล ${filter.entityType}`)
    en.push(`entity type ${filter.entityType}`)
  }
  return th.length ? { th: th.join(' '), en: `Filtered by ${en.join(', ')}` } : { th: 'ทุกรายการที่มีสิทธิ์เห็น', en: 'Every event you may see' }
}

export type AuditExportInput = {
  events: readonly AuditReportEvent[]
  total: number
  filter: AuditFilter
  /** The organisation chosen in the filter, if any (its name goes under the title). */
  filteredOrganisation?: string | undefined
  organisation: ExportOrganisation
  signature: ExportSignature
  locale: Locale
  thaiDigits: boolean
}

export function auditExportTable(input: AuditExportInput): ExportTable {
  const { locale, thaiDigits } = input
  const count = (n: number) => (thaiDigits && locale === 'th' ? toThaiDigits(n.toLocaleString('en-US')) : n.toLocaleString('en-US'))
  const notes: Bilingual[] = [
    input.total > input.events.length
      ? {
          th: `หมายเหตุ: แสดง ${count(input.events.length)} รายการล่าสุด จากทั้งหมด ${count(input.total)} รายการที่ตรงกับตัวกรอง`,
          en: `Note: the newest ${count(input.events.length)} of ${count(input.total)} matching events`,
        }
      : { th: `รวมทั้งสิ้น ${count(input.total)} รายการ`, en: `${count(input.total)} events in all` },
  ]
  return {
    title: { th: 'รายงานบันทึกการตรวจสอบ', en: 'Audit trail report' },
    subtitle: filterDescription(input.filter, input.filteredOrganisation, thaiDigits && locale === 'th'),
    organisation: input.organisation,
    columns: COLUMNS,
    rows: input.events.map((e) => exportRow(e, locale)),
    notes,
    signature: input.signature,
    options: { locale, thaiDigits, orientation: 'landscape' },
  }
}

/** 'บันทึกการตรวจสอบ-2569-11-22' / 'audit-trail-2026-11-22': the day it was made, as each reader counts years. */
export function auditExportBaseName(today: IsoDate, locale: Locale): string {
  if (locale === 'en') return `audit-trail-${today}`
  const { year, month, day } = isoDateParts(today)
  return `บันทึกการตรวจสอบ-${ceToBe(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

