import { ExcelJS } from '../../platform/heavy-modules.ts'
import type { ExportFile } from '../../platform/exports/index.ts'
import { EXPORT_CONTENT_TYPES } from '../../platform/exports/index.ts'
import type { OrganisationSummary } from '../organisations/index.ts'
import { resultTemplateRows } from './ita-results.input.ts'

/** The import template: the header and ten empty score rows for each agency the importer may load. */
export function templateRows(agencies: readonly OrganisationSummary[], fiscalYear: number): string[][] {
  const keys = agencies.length > 0 ? agencies.map((a) => a.slug) : ['agency-slug']
  const [header, ...rest] = keys.map((k) => resultTemplateRows(k, fiscalYear)).flatMap((rows, i) => (i === 0 ? rows : rows.slice(1)))
  return [header!, ...rest]
}

export async function templateFile(agencies: readonly OrganisationSummary[], fiscalYear: number, format: 'xlsx' | 'csv'): Promise<ExportFile> {
  const rows = templateRows(agencies, fiscalYear)
  const filename = `ita-results-template-${fiscalYear}.${format}`
  if (format === 'csv') {
    const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)
    // A BOM so Excel opens the Thai indicator names as UTF-8.
    const body = Buffer.from(`\uFEFF${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`, 'utf8')
    return { body, contentType: EXPORT_CONTENT_TYPES.csv, filename }
  }
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('ITA')
  for (const row of rows) sheet.addRow(row)
  sheet.getRow(1).font = { bold: true }
  sheet.columns.forEach((c, i) => (c.width = [24, 12, 36, 10][i] ?? 12))
  // Text cells, so Excel never turns "2568" or "90.50" into something else.
  sheet.getColumn(4).numFmt = '@'
  return { body: Buffer.from(await workbook.xlsx.writeBuffer()), contentType: EXPORT_CONTENT_TYPES.xlsx, filename }
}
