/**
 * How the published complaint statistics (D6) are laid out, pure: the periods and their labels,
 * the breakdown by kind, the charts and the table the downloads are written from. The counting
 * itself is complaint-statistics.domain.ts.
 */
import type { ChartSpec } from '../../platform/charts/index.ts'
import type { ExportColumn, ExportOrganisation, ExportRow, ExportTable } from '../../platform/exports/index.ts'
import type { Bilingual, Locale } from '../../platform/i18n/locale.ts'
import { ceToBe, fiscalYearRange, formatDateEn, formatDateTh, halfRange, toThaiDigits, type DateRange, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { formatPercent, yearStatistics, type PeriodStats, type StatInput, type YearStats } from './complaint-statistics.domain.ts'
import { WRONGDOING_KINDS, WRONGDOING_LABELS, type WrongdoingKind } from './complaint-workflow.domain.ts'

export type KindKey = WrongdoingKind | 'unspecified'
export const KIND_KEYS: readonly KindKey[] = [...WRONGDOING_KINDS, 'unspecified']
export const KIND_LABELS: Record<KindKey, Bilingual> = { ...WRONGDOING_LABELS, unspecified: { th: 'ไม่ระบุลักษณะ', en: 'Kind not given' } }
/** For chart legends, where the full wording of §2.1.1 does not fit. */
const KIND_SHORT_LABELS: Record<KindKey, Bilingual> = {
  corruption: { th: 'ทุจริตต่อหน้าที่', en: 'Corruption' },
  offence_in_office: { th: 'ผิดต่อตำแหน่งหน้าที่', en: 'Offence in office' },
  neglect_of_duty: { th: 'ละเลยหน้าที่', en: 'Neglect of duty' },
  undue_delay: { th: 'ล่าช้าเกินสมควร', en: 'Undue delay' },
  beyond_authority: { th: 'นอกเหนืออำนาจหน้าที่', en: 'Beyond authority' },
  unspecified: { th: 'ไม่ระบุลักษณะ', en: 'Not given' },
}

/** Said in so many words wherever a period has no complaints: on the page, in the chart's place, in every file. */
export const NO_COMPLAINTS: Bilingual = { th: 'ไม่มีเรื่องร้องเรียน', en: 'No complaints' }

/** A period that starts after today: nothing could have been received yet. */
export const NOT_STARTED: Bilingual = { th: 'ยังไม่ถึงช่วงเวลานี้', en: 'Not started yet' }

/** What a period without complaints says: not started yet, or none received. */
export function emptyPeriodText(p: PeriodStats): Bilingual {
  return p.notStarted ? NOT_STARTED : NO_COMPLAINTS
}

export const COUNTING_RULE: Bilingual = {
  th: 'นับเฉพาะเรื่องร้องเรียนจากประชาชนตามวันที่รับเรื่อง "ดำเนินการแล้วเสร็จ" หมายถึงยุติเรื่องแล้วหรือไม่รับพิจารณาพร้อมแจ้งเหตุผล',
  en: 'Counts complaints from the public by the day they were received. "Completed" means closed, or not accepted with the reason recorded.',
}

export const PERIODS = ['year', 'firstHalf', 'secondHalf'] as const
export type Period = (typeof PERIODS)[number]

export function periodRange(period: Period, fiscalYear: number): DateRange {
  return period === 'year' ? fiscalYearRange(fiscalYear) : halfRange(fiscalYear, period === 'firstHalf' ? 1 : 2)
}

function rangeText(range: DateRange, thaiDigits: boolean): Bilingual {
  return {
    th: `${formatDateTh(range.start, { thaiDigits })} – ${formatDateTh(range.end, { thaiDigits })}`,
    en: `${formatDateEn(range.start, { era: 'be' })} – ${formatDateEn(range.end, { era: 'be' })}`,
  }
}

export function periodName(period: Period, fiscalYear: number): Bilingual {
  if (period === 'year') return { th: `ทั้งปีงบประมาณ พ.ศ. ${fiscalYear}`, en: `Whole fiscal year ${fiscalYear}` }
  return period === 'firstHalf' ? { th: 'ครึ่งปีแรก', en: 'First half' } : { th: 'ครึ่งปีหลัง', en: 'Second half' }
}

/** '1 ต.ค. 2569 – 31 มี.ค. 2570': the dates say where the boundary falls. */
export function periodDates(period: Period, fiscalYear: number, thaiDigits = false): Bilingual {
  return rangeText(periodRange(period, fiscalYear), thaiDigits)
}

/** 'ครึ่งปีแรก (1 ต.ค. 2569 – 31 มี.ค. 2570)', for the files. */
export function periodLabel(period: Period, fiscalYear: number, thaiDigits = false): Bilingual {
  const name = periodName(period, fiscalYear)
  const dates = periodDates(period, fiscalYear, thaiDigits)
  return { th: digits(`${name.th} (${dates.th})`, thaiDigits), en: `${name.en} (${dates.en})` }
}

function digits(text: string, thaiDigits: boolean): string {
  return thaiDigits ? toThaiDigits(text) : text
}

/** Kinds outside the five of §2.1.1 (there should be none on the public intake) count as not given. */
export function normaliseKinds(rows: readonly StatInput[]): StatInput[] {
  return rows.map((r) => ((WRONGDOING_KINDS as readonly (string | null)[]).includes(r.kind) ? r : { ...r, kind: null }))
}

/** The year's statistics for each kind on its own, so completion can be read per kind too. */
export function kindBreakdown(rows: readonly StatInput[], fiscalYear: number, today?: IsoDate): Record<KindKey, YearStats> {
  const options = today ? { today } : {}
  return Object.fromEntries(KIND_KEYS.map((k) => [k, yearStatistics(rows.filter((r) => (r.kind ?? 'unspecified') === k), fiscalYear, options)])) as Record<KindKey, YearStats>
}

/** Completed and in progress in each half: nothing to draw for a year without complaints. */
export function halvesChart(s: YearStats): ChartSpec | undefined {
  if (s.year.none) return undefined
  const halves = [s.firstHalf, s.secondHalf]
  return {
    id: 'complaints-by-half',
    kind: 'stacked-bar',
    title: { th: `เรื่องร้องเรียนรายครึ่งปี ปีงบประมาณ พ.ศ. ${s.fiscalYear}`, en: `Complaints by half-year, fiscal year ${s.fiscalYear}` },
    description: {
      th: `ทั้งปี ${s.year.total} เรื่อง ดำเนินการแล้วเสร็จ ${s.year.completed} เรื่อง (ร้อยละ ${formatPercent(s.year.completedPct)}) อยู่ระหว่างดำเนินการ ${s.year.inProgress} เรื่อง; ครึ่งปีแรก ${halfWords(s.firstHalf, 'th')}; ครึ่งปีหลัง ${halfWords(s.secondHalf, 'th')}`,
      en: `${s.year.total} in the year, ${s.year.completed} completed (${formatPercent(s.year.completedPct)}%), ${s.year.inProgress} in progress; first half ${halfWords(s.firstHalf, 'en')}; second half ${halfWords(s.secondHalf, 'en')}`,
    },
    categories: [
      { th: 'ครึ่งปีแรก (ต.ค.–มี.ค.)', en: 'First half (Oct–Mar)' },
      { th: 'ครึ่งปีหลัง (เม.ย.–ก.ย.)', en: 'Second half (Apr–Sep)' },
    ],
    series: [
      { name: { th: 'ดำเนินการแล้วเสร็จ', en: 'Completed' }, values: halves.map((h) => h.completed) },
      { name: { th: 'อยู่ระหว่างดำเนินการ', en: 'In progress' }, values: halves.map((h) => h.inProgress) },
    ],
    categoryHeader: { th: 'ช่วงเวลา', en: 'Period' },
    valueLabel: { th: 'จำนวนเรื่อง', en: 'Complaints' },
  }
}

function halfWords(p: PeriodStats, locale: Locale): string {
  if (p.none) return emptyPeriodText(p)[locale]
  return locale === 'th' ? `${p.total} เรื่อง แล้วเสร็จ ${p.completed} เรื่อง` : `${p.total}, ${p.completed} completed`
}

/** The share of each kind in the year; kinds with none are left out of the picture (the table lists them). */
export function kindsChart(s: YearStats): ChartSpec | undefined {
  if (s.year.none) return undefined
  const present = KIND_KEYS.filter((k) => s.year.byKind[k] > 0)
  return {
    id: 'complaints-by-kind',
    kind: 'donut',
    title: { th: `ลักษณะของเรื่องร้องเรียน ปีงบประมาณ พ.ศ. ${s.fiscalYear}`, en: `Kinds of complaint, fiscal year ${s.fiscalYear}` },
    description: {
      th: present.map((k) => `${KIND_LABELS[k].th} ${s.year.byKind[k]} เรื่อง`).join(', '),
      en: present.map((k) => `${KIND_LABELS[k].en}: ${s.year.byKind[k]}`).join(', '),
    },
    categories: present.map((k) => KIND_SHORT_LABELS[k]),
    series: [{ name: { th: 'จำนวนเรื่อง', en: 'Complaints' }, values: present.map((k) => s.year.byKind[k]) }],
    categoryHeader: { th: 'ลักษณะ', en: 'Kind' },
    valueLabel: { th: 'จำนวนเรื่อง', en: 'Complaints' },
  }
}

const COLUMNS: readonly ExportColumn[] = [
  { key: 'period', header: { th: 'ช่วงเวลา', en: 'Period' }, type: 'text' },
  { key: 'kind', header: { th: 'ลักษณะเรื่องร้องเรียน', en: 'Kind of complaint' }, type: 'text' },
  { key: 'total', header: { th: 'จำนวนเรื่องทั้งหมด', en: 'Total' }, type: 'integer' },
  { key: 'completed', header: { th: 'ดำเนินการแล้วเสร็จ', en: 'Completed' }, type: 'integer' },
  { key: 'completed_pct', header: { th: 'ร้อยละแล้วเสร็จ', en: '% completed' }, type: 'percent' },
  { key: 'in_progress', header: { th: 'อยู่ระหว่างดำเนินการ', en: 'In progress' }, type: 'integer' },
  { key: 'in_progress_pct', header: { th: 'ร้อยละระหว่างดำเนินการ', en: '% in progress' }, type: 'percent' },
  { key: 'review_requests', header: { th: 'ขอให้ทบทวนผล', en: 'Review requests' }, type: 'integer' },
]

/** `reviews`: only on a period's own row (review requests are not split by kind). */
function statRow(period: string, kind: string, p: PeriodStats, reviews = false): ExportRow {
  return {
    period,
    kind,
    total: p.total,
    completed: p.completed,
    completed_pct: p.none ? null : p.completedPct / 100,
    in_progress: p.inProgress,
    in_progress_pct: p.none ? null : p.inProgressPct / 100,
    review_requests: reviews && !p.notStarted ? p.reviewRequests : null,
  }
}

export type StatisticsExportInput = {
  stats: YearStats
  byKind: Record<KindKey, YearStats>
  organisation: ExportOrganisation
  today: IsoDate
  locale: Locale
  thaiDigits: boolean
  /** Word: the period named on its first row only, as a printed table groups rows (a spreadsheet keeps it on every row, to sort and filter by). */
  groupPeriods?: boolean
}

/**
 * One table for every file: each period with its total and then each kind, or a single row
 * saying there were no complaints. Notes repeat the "none" periods and the counting rule.
 */
export function statisticsExportTable(input: StatisticsExportInput): ExportTable {
  const { stats, byKind, locale, thaiDigits } = input
  const pick = (b: Bilingual) => b[locale]
  const rows: ExportRow[] = []
  const notes: Bilingual[] = []
  for (const period of PERIODS) {
    const label = pick(periodLabel(period, stats.fiscalYear, thaiDigits))
    const p = stats[period]
    if (p.none) {
      const empty = emptyPeriodText(p)
      rows.push(statRow(label, pick(empty), p, true))
      notes.push({ th: `${periodLabel(period, stats.fiscalYear, thaiDigits).th}: ${empty.th}`, en: `${periodLabel(period, stats.fiscalYear).en}: ${empty.en}` })
      continue
    }
    rows.push(statRow(label, pick({ th: 'รวมทุกลักษณะ', en: 'All kinds' }), p, true))
    for (const k of KIND_KEYS) rows.push(statRow(input.groupPeriods ? '' : label, pick(KIND_LABELS[k]), byKind[k][period]))
  }
  notes.push(COUNTING_RULE)
  const asOf = { th: formatDateTh(input.today, { style: 'long', thaiDigits }), en: formatDateEn(input.today, { style: 'long', era: 'be' }) }
  return {
    title: { th: digits(`รายงานสถิติเรื่องร้องเรียน ปีงบประมาณ พ.ศ. ${stats.fiscalYear}`, thaiDigits), en: `Complaint statistics, fiscal year ${stats.fiscalYear}` },
    subtitle: { th: `${input.organisation.name} ข้อมูล ณ วันที่ ${asOf.th}`, en: `${input.organisation.name}, as of ${asOf.en}` },
    organisation: input.organisation,
    columns: COLUMNS,
    rows,
    notes,
    options: { locale, thaiDigits, orientation: 'landscape' },
  }
}

/** 'สถิติเรื่องร้องเรียน-wiang-thong-2570' / 'complaint-statistics-wiang-thong-2570'. */
export function statisticsExportBaseName(slug: string, fiscalYear: number, locale: Locale): string {
  return locale === 'th' ? `สถิติเรื่องร้องเรียน-${slug}-${fiscalYear}` : `complaint-statistics-${slug}-${fiscalYear}`
}

/** The years a reader may choose: those with complaints and the current one, newest first. */
export function choosableYears(withData: readonly number[], current: number): number[] {
  return [...new Set([...withData.filter((y) => y <= current), current])].sort((a, b) => b - a)
}

/** A fiscal year typed in a URL: four digits, not in the future, not before the Thai calendar reform. */
export function parseFiscalYear(raw: unknown, current: number): number | null | 'invalid' {
  if (raw === undefined || raw === '') return null
  if (typeof raw !== 'string' || !/^\d{4}$/.test(raw)) return 'invalid'
  const y = Number(raw)
  return y >= ceToBe(1941) && y <= current ? y : 'invalid'
}
