import { ExcelJS } from '../../platform/heavy-modules.ts'
import { EXPORT_CONTENT_TYPES, type ExportFile, type ExportTable } from '../../platform/exports/index.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import { bahtDecimal, lineText, QUARTERS, type BudgetLine } from './budget.domain.ts'
import { templateRows } from './budget.input.ts'
import type { PublicBudget } from './budget-public.use-cases.ts'

/** Baht as the export model's money cell: a number only where it is shown; the JSON keeps exact decimal strings. */
const money = (satang: number | null) => (satang === null ? null : satang / 100)

/** One row per line of the current published version: the CSV and Excel open-data files. */
export function budgetExportTable(view: PublicBudget, locale: Locale): ExportTable {
  const fy = view.plan.fiscalYear
  return {
    title: { th: `แผนการใช้จ่ายงบประมาณและผลการใช้จ่าย ปีงบประมาณ ${fy}`, en: `Budget spending plan and results, fiscal year ${fy}` },
    subtitle: { th: `ฉบับที่ ${view.shown.version}`, en: `Version ${view.shown.version}` },
    organisation: { name: locale === 'en' && view.org.name_en ? view.org.name_en : view.org.name_th },
    options: { locale, thaiDigits: false, orientation: 'landscape' },
    columns: [
      { key: 'fiscal_year', header: { th: 'ปีงบประมาณ (พ.ศ.)', en: 'Fiscal year (BE)' }, type: 'integer' },
      { key: 'version', header: { th: 'ฉบับที่', en: 'Version' }, type: 'integer' },
      { key: 'line', header: { th: 'ลำดับ', en: 'No.' }, type: 'integer' },
      { key: 'name', header: { th: 'แผนงาน/โครงการ/หมวดรายจ่าย', en: 'Programme / project / expense category' }, type: 'text' },
      { key: 'category', header: { th: 'ประเภท', en: 'Category' }, type: 'text' },
      { key: 'allocated', header: { th: 'งบประมาณที่ได้รับ (บาท)', en: 'Allocated (baht)' }, type: 'money' },
      ...QUARTERS.map((q) => ({ key: `planned_q${q}`, header: { th: `แผนไตรมาส ${q} (บาท)`, en: `Planned Q${q} (baht)` }, type: 'money' as const })),
      ...QUARTERS.map((q) => ({ key: `actual_q${q}`, header: { th: `ผลไตรมาส ${q} (บาท)`, en: `Actual Q${q} (baht)` }, type: 'money' as const })),
      { key: 'actual_total', header: { th: 'ใช้จ่ายจริงรวม (บาท)', en: 'Actual total (baht)' }, type: 'money' },
      { key: 'spent', header: { th: 'ร้อยละที่ใช้จ่าย', en: 'Share spent' }, type: 'percent' },
    ],
    rows: view.totals.lines.map((s, i) => ({
      fiscal_year: fy,
      version: view.shown.version,
      line: i + 1,
      name: s.line.name,
      category: s.line.category,
      allocated: money(s.line.allocated),
      ...Object.fromEntries(QUARTERS.map((q) => [`planned_q${q}`, money(s.line.planned[q - 1]!)])),
      ...Object.fromEntries(QUARTERS.map((q) => [`actual_q${q}`, money(s.line.actual[q - 1] ?? null)])),
      actual_total: money(s.actual),
      spent: s.percentSpent === null ? null : s.percentSpent / 100,
    })),
    notes: view.shown.notes ? [{ th: view.shown.notes, en: view.shown.notes }] : undefined,
  }
}

export type BudgetJsonLine = {
  name: string
  category: string
  allocated: string
  planned: string[]
  actual: (string | null)[]
  actual_total: string
  percent_spent: number | null
}

export function budgetJsonLines(view: PublicBudget): BudgetJsonLine[] {
  return view.totals.lines.map((s) => ({
    name: s.line.name,
    category: s.line.category,
    allocated: bahtDecimal(s.line.allocated),
    planned: s.line.planned.map(bahtDecimal),
    actual: s.line.actual.map((a) => (a === null ? null : bahtDecimal(a))),
    actual_total: bahtDecimal(s.actual),
    percent_spent: s.percentSpent,
  }))
}

/** The import template, holding the year's current lines so the file can be edited and loaded back. */
export async function budgetTemplateFile(lines: readonly BudgetLine[], slug: string, fiscalYear: number, format: 'xlsx' | 'csv'): Promise<ExportFile> {
  const rows = templateRows(lines.map(lineText))
  const filename = `budget-${slug}-${fiscalYear}-template.${format}`
  if (format === 'csv') {
    const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)
    // A byte-order mark, so Excel opens the Thai headings as UTF-8.
    const body = Buffer.from(`\uFEFF${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`, 'utf8')
    return { body, contentType: EXPORT_CONTENT_TYPES.csv, filename }
  }
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(`งบประมาณ ${fiscalYear}`)
  for (const row of rows) sheet.addRow(row)
  sheet.getRow(1).font = { bold: true }
  sheet.columns.forEach((c, i) => {
    c.width = i === 0 ? 40 : i === 1 ? 18 : 20
    // Text cells, so Excel keeps "1,250,000.50" exactly as typed.
    c.numFmt = '@'
  })
  return { body: Buffer.from(await workbook.xlsx.writeBuffer()), contentType: EXPORT_CONTENT_TYPES.xlsx, filename }
}
