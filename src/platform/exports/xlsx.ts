import { ExcelJS } from '../heavy-modules.ts'
import type { Locale } from '../i18n/locale.ts'
import { bangkokWallClock, isoDateParts, type IsoDate } from '../thai-calendar/index.ts'
import { displayDate, displayText, measureColumn, neutraliseFormula, pick, visibleLength } from './cell-text.ts'
import { assertValidTable, isNumericColumn, type ExportColumn, type ExportColumnType, type ExportTable, type ExportValue } from './export-table.ts'

/**
 * Excel workbook: real numbers and real dates (so people can sort and sum), shown the Thai
 * way by number formats alone:
 * - `[$-D00041E]` = Thai locale with Thai digits; LibreOffice and Excel both honour it on
 *   numbers (`[$-D07041E]` does not work for numbers in LibreOffice, so it is used for dates only);
 * - `[$-107041E]d mmmm yyyy` = Thai month names on the Buddhist calendar ('22 พฤศจิกายน 2569'),
 *   `[$-D07041E]` the same with Thai digits.
 * English workbooks show dates as '22 November 2026': no English-language Buddhist-calendar
 * format renders the same in Excel and LibreOffice, and the English month name marks the year as CE.
 */
export const EXPORT_FONT = 'TH Sarabun New'
const FONT_SIZE = 16
/** 16 pt Thai needs room above and below the line for vowels and tone marks. */
export const ROW_HEIGHT_PT = 24
/** TH Sarabun New at 16 pt is about 1.2 Excel width units (Calibri-11 digits) per character. */
const WIDTH_PER_CHAR = 1.2
const MAX_LINES_PER_ROW = 8

export function numberFormatFor(type: ExportColumnType, locale: Locale, thaiDigits: boolean): string | undefined {
  const thai = thaiDigits ? '[$-D00041E]' : ''
  switch (type) {
    case 'text':
      return undefined
    case 'integer':
      return `${thai}#,##0`
    case 'decimal':
    case 'money':
      return `${thai}#,##0.00`
    case 'percent':
      return `${thai}0.0%`
    case 'date':
      return locale === 'th' ? `${thaiDigits ? '[$-D07041E]' : '[$-107041E]'}d mmmm yyyy` : 'd mmmm yyyy'
    case 'datetime':
      return locale === 'th' ? `${thaiDigits ? '[$-D07041E]' : '[$-107041E]'}d mmm yyyy hh:mm` : 'd mmm yyyy hh:mm'
  }
}

/** Excel has no time zones: a day or a Bangkok wall-clock time is written as UTC fields. */
function cellValue(value: ExportValue, column: ExportColumn): ExcelJS.CellValue {
  if (value === null || value === undefined) return null
  switch (column.type) {
    case 'text':
      return neutraliseFormula(value as string)
    case 'date': {
      const { year, month, day } = isoDateParts(value as IsoDate)
      return new Date(Date.UTC(year, month - 1, day))
    }
    case 'datetime': {
      const c = bangkokWallClock(value as Date)
      const { year, month, day } = isoDateParts(c.date)
      return new Date(Date.UTC(year, month - 1, day, c.hour, c.minute, c.second))
    }
    default:
      return value as number
  }
}

export async function tableToXlsx(table: ExportTable): Promise<Buffer> {
  assertValidTable(table)
  const { locale, thaiDigits } = table.options
  const textOptions = { locale, thaiDigits }
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Prongsai'
  const sheet = workbook.addWorksheet(sheetName(pick(table.title, locale)))
  const columnCount = Math.max(1, table.columns.length)
  const font = (bold = false): Partial<ExcelJS.Font> => ({ name: EXPORT_FONT, size: FONT_SIZE, bold })

  // In characters. Numbers and dates must fit whole (Excel shows ##### otherwise); long
  // text wraps within 50 characters; no header word is broken.
  const widths = table.columns.map((c) => {
    const m = measureColumn(table, c, textOptions)
    return Math.max(c.type === 'text' ? Math.min(m.longest, 50) : m.longest, m.headerWord, 6)
  })
  widths.forEach((w, i) => {
    // +3: the cell's one-step indent and a little air; numbers and dates get 3 more, as
    // LibreOffice shows ### rather than a date a hair too wide (Thai digits are wide).
    const fixed = table.columns[i]!.type !== 'text'
    sheet.getColumn(i + 1).width = Math.ceil(w * WIDTH_PER_CHAR) + 3 + (fixed ? 3 : 0)
  })

  /** A line of text across the whole table width (organisation, title, notes). */
  const banner = (text: string, options: { bold?: boolean; centre?: boolean } = {}) => {
    const row = sheet.addRow([text])
    if (columnCount > 1) sheet.mergeCells(row.number, 1, row.number, columnCount)
    const cell = row.getCell(1)
    cell.font = font(options.bold)
    cell.alignment = { horizontal: options.centre ? 'center' : 'left', vertical: 'middle', wrapText: true }
    row.height = ROW_HEIGHT_PT * Math.min(MAX_LINES_PER_ROW, Math.ceil(visibleLength(text) / Math.max(1, widths.reduce((a, b) => a + b, 0))) || 1)
    return row
  }

  banner(table.organisation.name, { bold: true })
  if (table.organisation.address) banner(table.organisation.address)
  banner(pick(table.title, locale), { bold: true, centre: true })
  if (table.subtitle) banner(pick(table.subtitle, locale), { centre: true })
  banner('')

  const border: Partial<ExcelJS.Borders> = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
  }
  const header = sheet.addRow(table.columns.map((c) => neutraliseFormula(pick(c.header, locale))))
  header.eachCell((cell) => {
    cell.font = font(true)
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E7E7' } }
    cell.border = border
  })
  header.height = ROW_HEIGHT_PT * linesNeeded(table.columns.map((c) => pick(c.header, locale)), widths)
  const headerRow = header.number

  const formats = table.columns.map((c) => numberFormatFor(c.type, locale, thaiDigits))
  for (const data of table.rows) {
    const row = sheet.addRow(table.columns.map((c) => cellValue(data[c.key], c)))
    table.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1)
      cell.font = font()
      cell.border = border
      const format = formats[i]
      if (format) cell.numFmt = format
      cell.alignment = { vertical: 'top', wrapText: column.type === 'text', horizontal: isNumericColumn(column) ? 'right' : 'left', indent: 1 }
    })
    row.height = ROW_HEIGHT_PT * linesNeeded(table.columns.map((c) => (c.type === 'text' ? displayText(data[c.key], c, textOptions) : '')), widths)
  }

  if (table.notes?.length || table.signature) banner('')
  for (const note of table.notes ?? []) banner(pick(note, locale))
  if (table.signature) {
    const s = table.signature
    banner(
      locale === 'th'
        ? `ผู้จัดทำ ${s.name} ตำแหน่ง ${s.position} วันที่ ${displayDate(s.date, textOptions)}`
        : `Prepared by ${s.name}, ${s.position}, ${displayDate(s.date, textOptions)}`,
    )
  }

  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }]
  if (table.rows.length > 0) sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columnCount } }
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: table.options.orientation ?? 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 1.18, right: 0.79, top: 0.98, bottom: 0.79, header: 0.4, footer: 0.4 },
  }
  sheet.headerFooter = { oddHeader: `&L${table.organisation.name.replaceAll('&', '&&')}`, oddFooter: '&C&P / &N' }

  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** Rows as tall as their longest wrapped text cell, so no line is cut off. */
function linesNeeded(texts: readonly string[], widths: readonly number[]): number {
  let lines = 1
  texts.forEach((text, i) => {
    if (!text) return
    const width = widths[i] ?? 10
    const needed = text.split(/\r\n|\r|\n/).reduce((sum, line) => sum + Math.max(1, Math.ceil(visibleLength(line) / width)), 0)
    lines = Math.max(lines, needed)
  })
  return Math.min(MAX_LINES_PER_ROW, lines)
}

/** Excel refuses sheet names over 31 characters or holding : \ / ? * [ ]. */
function sheetName(title: string): string {
  const cleaned = title.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31)
  return cleaned || 'Sheet1'
}
