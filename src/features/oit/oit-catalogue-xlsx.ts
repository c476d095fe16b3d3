/**
 * A catalogue edited in Excel: the first worksheet, header in its first row, the same columns
 * as the CSV (oit-catalogue.input.ts). Cells are read as the text Excel shows.
 */
import { ExcelJS } from '../../platform/heavy-modules.ts'
import { importError, parseCatalogueRows, type CatalogueImportResult, type CatalogueTarget } from './oit-catalogue.input.ts'

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
    if ('text' in value && typeof value.text === 'string') return value.text
    if ('result' in value && value.result !== undefined && value.result !== null) return cellText(value.result as ExcelJS.CellValue)
  }
  return ''
}

export async function parseCatalogueXlsx(bytes: Uint8Array, target: CatalogueTarget): Promise<CatalogueImportResult> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  } catch {
    return { ok: false, errors: [importError(null, null, { th: 'อ่านไฟล์ Excel ไม่ได้ บันทึกเป็น .xlsx แล้วลองใหม่', en: 'The Excel file cannot be read; save it as .xlsx and try again' })] }
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) return { ok: false, errors: [importError(null, null, { th: 'ไฟล์ไม่มีแผ่นงาน', en: 'The workbook has no worksheet' })] }
  const rows: string[][] = []
  const width = sheet.columnCount
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    const cells: string[] = []
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value))
    rows.push(cells)
  }
  return parseCatalogueRows(rows, target, 1)
}

/** The catalogue as the import reads it (header in row 1): the "download, edit, upload" round trip. */
export async function catalogueToXlsx(rows: readonly (readonly string[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('catalogue')
  for (const row of rows) sheet.addRow([...row])
  sheet.getRow(1).font = { bold: true }
  sheet.columns.forEach((c, i) => {
    c.width = i === 9 ? 60 : 20
    c.alignment = { wrapText: true, vertical: 'top' }
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
