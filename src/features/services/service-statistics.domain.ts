import type { ChartSpec } from '../../platform/charts/index.ts'
import { monthNameEn, monthNameTh } from '../../platform/thai-calendar/index.ts'

/**
 * Completion-time figures (seed 004 §6.1) for the head: per service, how long closed requests
 * took against the time the manual promises, and how many were late or needed a delay notice.
 * The counting is SQL (service-statistics.repository.ts, so it scales); this turns its counts into
 * the figures shown.
 */
export type CompletionFigures = {
  closed: number
  median: number | null
  p90: number | null
  onTimeShare: number | null
  withDelayNotice: number
  promisedDays: number | null
}

/** The figures of a service that closed nothing in the period. */
export const NO_COMPLETIONS: CompletionFigures = { closed: 0, median: null, p90: null, onTimeShare: null, withDelayNotice: 0, promisedDays: null }

/** The database's per-service counts as the report shows them. */
export function figuresFromCounts(row: { closed: number; median: number | null; p90: number | null; onTime: number; withDelayNotice: number; promisedDays: number }): CompletionFigures {
  if (row.closed === 0) return NO_COMPLETIONS
  return { closed: row.closed, median: row.median, p90: row.p90, onTimeShare: row.onTime / row.closed, withDelayNotice: row.withDelayNotice, promisedDays: row.promisedDays }
}

/**
 * The public page's picture: requests filed each month of the fiscal year, one stacked colour per
 * service (the table beside it has the same numbers). Nothing to draw for a year without requests.
 */
export function requestsByMonthChart(s: { fiscalYear: number; months: readonly string[]; rows: readonly { name: string; nameEn: string; byMonth: readonly number[]; filed: number }[] }): ChartSpec | undefined {
  const total = s.rows.reduce((a, r) => a + r.filed, 0)
  if (total === 0) return undefined
  const perMonth = s.months.map((_, i) => s.rows.reduce((a, r) => a + (r.byMonth[i] ?? 0), 0))
  const busiest = perMonth.indexOf(Math.max(...perMonth))
  const month = (m: string | undefined, locale: 'th' | 'en') => {
    if (!m) return ''
    const n = Number(m.slice(5, 7))
    return locale === 'th' ? `${monthNameTh(n, 'short')} ${Number(m.slice(0, 4)) + 543}` : `${monthNameEn(n, 'short')} ${m.slice(0, 4)}`
  }
  return {
    id: 'service-requests-by-month',
    kind: 'stacked-bar',
    title: { th: `คำขอรับบริการรายเดือน ปีงบประมาณ พ.ศ. ${s.fiscalYear}`, en: `Service requests by month, fiscal year ${s.fiscalYear}` },
    description: {
      th: `ทั้งปี ${total} คำขอ จาก ${s.rows.length} งานบริการ เดือนที่มีคำขอมากที่สุดคือ ${month(s.months[busiest], 'th')} (${perMonth[busiest]} คำขอ)`,
      en: `${total} requests for ${s.rows.length} services in the year; the busiest month was ${month(s.months[busiest], 'en')} (${perMonth[busiest]})`,
    },
    categories: s.months.map((m) => ({ th: month(m, 'th'), en: month(m, 'en') })),
    series: s.rows.map((r) => ({ name: { th: r.name, en: r.nameEn || r.name }, values: [...r.byMonth] })),
    categoryHeader: { th: 'เดือน', en: 'Month' },
    valueLabel: { th: 'จำนวนคำขอ', en: 'Requests' },
  }
}
