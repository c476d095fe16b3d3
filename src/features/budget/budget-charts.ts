import type { ChartSpec } from '../../platform/charts/index.ts'
import { formatBaht, formatPercent, QUARTERS, type PlanTotals } from './budget.domain.ts'

/** Baht for drawing; the chart's own table shows at most two decimals, so its figures match the page's. */
const baht = (satang: number) => satang / 100

const BAHT = { th: 'บาท', en: 'Baht' }

/** Planned against actual spending in each quarter: the 6-month and annual spending reports at a glance. */
export function quarterChart(totals: PlanTotals, fiscalYear: number): ChartSpec {
  const reported = totals.reportedThrough
  return {
    id: 'budget-quarters',
    kind: 'bar',
    title: { th: `แผนและผลการใช้จ่ายงบประมาณรายไตรมาส ปีงบประมาณ ${fiscalYear}`, en: `Planned and actual spending by quarter, fiscal year ${fiscalYear}` },
    description: {
      th: `งบประมาณ ${formatBaht(totals.allocated)} บาท แผนการใช้จ่ายรวม ${formatBaht(totals.planned)} บาท ใช้จ่ายจริงแล้ว ${formatBaht(totals.actual)} บาท (${formatPercent(totals.percentSpent)})${reported === 0 ? ' ยังไม่มีการรายงานผล' : ` รายงานผลถึงไตรมาส ${reported}`}`,
      en: `Allocation ${formatBaht(totals.allocated)} baht; planned ${formatBaht(totals.planned)} baht; spent ${formatBaht(totals.actual)} baht (${formatPercent(totals.percentSpent)})${reported === 0 ? '; no results reported yet' : `; reported through quarter ${reported}`}`,
    },
    categories: QUARTERS.map((q) => ({ th: `ไตรมาส ${q}`, en: `Q${q}` })),
    // Before any results are reported, a row of zero "actual" bars would read as nothing spent.
    series: [
      { name: { th: 'แผนการใช้จ่าย', en: 'Planned' }, values: totals.plannedByQuarter.map(baht) },
      ...(reported === 0 ? [] : [{ name: { th: 'ใช้จ่ายจริง', en: 'Actual' }, values: totals.actualByQuarter.map((v) => baht(v ?? 0)) }]),
    ],
    categoryHeader: { th: 'ไตรมาส', en: 'Quarter' },
    // With one series the data table heads its column with this, so it says what the figures are.
    valueLabel: reported === 0 ? { th: 'แผนการใช้จ่าย (บาท)', en: 'Planned (baht)' } : BAHT,
  }
}

const DONUT_SLICES = 5
/** Slice labels sit around the ring: a long programme name would run into its neighbours (the table below has it whole). */
const LABEL_CHARS = 26
const shortName = (name: string) => (name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1).trimEnd()}…` : name)

/** How the allocation is shared among the lines; the smallest beyond six are one slice, "others". */
export function shareChart(totals: PlanTotals, fiscalYear: number): ChartSpec | undefined {
  const lines = totals.lines.filter((l) => l.line.allocated > 0).sort((a, b) => b.line.allocated - a.line.allocated)
  if (lines.length === 0) return undefined
  const shown = lines.length > DONUT_SLICES + 1 ? lines.slice(0, DONUT_SLICES) : lines
  const rest = lines.slice(shown.length)
  const categories = shown.map((l) => ({ th: shortName(l.line.name), en: shortName(l.line.name) }))
  const values = shown.map((l) => baht(l.line.allocated))
  if (rest.length > 0) {
    categories.push({ th: `อื่น ๆ (${rest.length} รายการ)`, en: `Others (${rest.length} lines)` })
    values.push(baht(rest.reduce((a, l) => a + l.line.allocated, 0)))
  }
  const top = shown[0]!
  return {
    id: 'budget-share',
    kind: 'donut',
    title: { th: `สัดส่วนงบประมาณตามแผนงาน/รายการ ปีงบประมาณ ${fiscalYear}`, en: `Share of the allocation by line, fiscal year ${fiscalYear}` },
    description: {
      th: `${lines.length} รายการ รายการที่ได้รับงบประมาณมากที่สุดคือ ${top.line.name} ${formatBaht(top.line.allocated)} บาท`,
      en: `${lines.length} lines; the largest is ${top.line.name} at ${formatBaht(top.line.allocated)} baht`,
    },
    categories,
    series: [{ name: { th: 'งบประมาณ', en: 'Allocation' }, values }],
    categoryHeader: { th: 'รายการ', en: 'Line' },
    valueLabel: BAHT,
  }
}
