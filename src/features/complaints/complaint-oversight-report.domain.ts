/**
 * Oversight's comparison of the agencies below it (D6), pure: the order of the rows, the chart
 * and the table of the Excel file.
 */
import type { ChartSpec } from '../../platform/charts/index.ts'
import type { ExportColumn, ExportOrganisation, ExportTable } from '../../platform/exports/index.ts'
import type { Bilingual, Locale } from '../../platform/i18n/locale.ts'
import { formatDateEn, formatDateTh, type IsoDate } from '../../platform/thai-calendar/index.ts'
import type { PeriodStats } from './complaint-statistics.domain.ts'
import { COUNTING_RULE, NO_COMPLAINTS } from './complaint-statistics-report.domain.ts'

export type AgencyComparisonRow = {
  id: string
  slug: string
  name_th: string
  name_en: string
  /** The fiscal year's figures. */
  stats: PeriodStats
  /** Of the year's complaints, those whose current step is past its due date today. */
  overdue: number
}

const thaiOrder = new Intl.Collator('th')

/**
 * What needs attention first: the most overdue cases, then the lowest share completed, then the
 * most complaints. Agencies without complaints come last, by name.
 */
export function sortForComparison(rows: readonly AgencyComparisonRow[]): AgencyComparisonRow[] {
  return [...rows].sort(
    (a, b) =>
      Number(a.stats.none) - Number(b.stats.none) ||
      b.overdue - a.overdue ||
      a.stats.completedPct - b.stats.completedPct ||
      b.stats.total - a.stats.total ||
      thaiOrder.compare(a.name_th, b.name_th),
  )
}

/** The usual abbreviations of local government, so names fit under a bar. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/^องค์การบริหารส่วนจังหวัด/, 'อบจ.'],
  [/^องค์การบริหารส่วนตำบล/, 'อบต.'],
  [/^เทศบาลนคร/, 'ทน.'],
  [/^เทศบาลเมือง/, 'ทม.'],
  [/^เทศบาลตำบล/, 'ทต.'],
  [/^สำนักงาน/, 'สนง.'],
]

export function shortAgencyName(row: Pick<AgencyComparisonRow, 'name_th' | 'name_en'>): Bilingual {
  let th = row.name_th
  for (const [pattern, short] of ABBREVIATIONS) th = th.replace(pattern, short)
  return { th, en: row.name_en || row.name_th }
}

/** Up to this many agencies are drawn (the busiest); the table lists them all. */
export const CHART_AGENCIES = 15

export function agenciesChart(rows: readonly AgencyComparisonRow[], fiscalYear: number): ChartSpec | undefined {
  const withComplaints = rows.filter((r) => !r.stats.none)
  if (withComplaints.length === 0) return undefined
  const drawn = [...withComplaints].sort((a, b) => b.stats.total - a.stats.total || thaiOrder.compare(a.name_th, b.name_th)).slice(0, CHART_AGENCIES)
  const more = withComplaints.length - drawn.length
  return {
    id: 'complaints-by-agency',
    kind: 'stacked-bar',
    title: { th: `เรื่องร้องเรียนแยกตามหน่วยงาน ปีงบประมาณ พ.ศ. ${fiscalYear}`, en: `Complaints by agency, fiscal year ${fiscalYear}` },
    description: {
      th: drawn.map((r) => `${r.name_th} ${r.stats.total} เรื่อง แล้วเสร็จ ${r.stats.completed}`).join(', ') + (more > 0 ? ` และอีก ${more} หน่วยงาน` : ''),
      en: drawn.map((r) => `${r.name_en || r.name_th}: ${r.stats.total}, ${r.stats.completed} completed`).join(', ') + (more > 0 ? `, and ${more} more agencies` : ''),
    },
    categories: drawn.map(shortAgencyName),
    series: [
      { name: { th: 'ดำเนินการแล้วเสร็จ', en: 'Completed' }, values: drawn.map((r) => r.stats.completed) },
      { name: { th: 'อยู่ระหว่างดำเนินการ', en: 'In progress' }, values: drawn.map((r) => r.stats.inProgress) },
    ],
    categoryHeader: { th: 'หน่วยงาน', en: 'Agency' },
    valueLabel: { th: 'จำนวนเรื่อง', en: 'Complaints' },
    width: Math.max(720, drawn.length * 90),
  }
}

const COLUMNS: readonly ExportColumn[] = [
  { key: 'agency', header: { th: 'หน่วยงาน', en: 'Agency' }, type: 'text' },
  { key: 'total', header: { th: 'จำนวนเรื่องทั้งหมด', en: 'Total' }, type: 'integer' },
  { key: 'completed', header: { th: 'ดำเนินการแล้วเสร็จ', en: 'Completed' }, type: 'integer' },
  { key: 'in_progress', header: { th: 'อยู่ระหว่างดำเนินการ', en: 'In progress' }, type: 'integer' },
  { key: 'completed_pct', header: { th: 'ร้อยละแล้วเสร็จ', en: '% completed' }, type: 'percent' },
  { key: 'overdue', header: { th: 'เกินกำหนด', en: 'Overdue' }, type: 'integer' },
  { key: 'note', header: { th: 'หมายเหตุ', en: 'Note' }, type: 'text' },
]

export function comparisonExportTable(input: {
  rows: readonly AgencyComparisonRow[]
  fiscalYear: number
  overseer: ExportOrganisation
  today: IsoDate
  locale: Locale
}): ExportTable {
  const { locale } = input
  return {
    title: { th: `เปรียบเทียบเรื่องร้องเรียนของหน่วยงานในกำกับ ปีงบประมาณ พ.ศ. ${input.fiscalYear}`, en: `Complaints of the agencies overseen, fiscal year ${input.fiscalYear}` },
    subtitle: { th: `ข้อมูล ณ วันที่ ${formatDateTh(input.today, { style: 'long' })}`, en: `As of ${formatDateEn(input.today, { style: 'long', era: 'be' })}` },
    organisation: input.overseer,
    columns: COLUMNS,
    rows: input.rows.map((r) => ({
      agency: locale === 'en' && r.name_en ? r.name_en : r.name_th,
      total: r.stats.total,
      completed: r.stats.completed,
      in_progress: r.stats.inProgress,
      completed_pct: r.stats.none ? null : r.stats.completedPct / 100,
      overdue: r.overdue,
      note: r.stats.none ? NO_COMPLAINTS[locale] : '',
    })),
    notes: [
      COUNTING_RULE,
      { th: '"เกินกำหนด" คือเรื่องที่ขั้นตอนปัจจุบันเลยกำหนดตามคู่มือของหน่วยงาน นับเป็นวันทำการ ณ วันที่จัดทำรายงาน', en: '"Overdue": the current step is past the time the agency’s guideline gives it, in business days, on the day of this report.' },
    ],
    options: { locale, thaiDigits: false, orientation: 'landscape' },
  }
}

export function comparisonExportBaseName(fiscalYear: number, locale: Locale): string {
  return locale === 'th' ? `เปรียบเทียบเรื่องร้องเรียน-${fiscalYear}` : `complaints-by-agency-${fiscalYear}`
}
