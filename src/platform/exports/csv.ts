import { bangkokWallClock, type IsoDate } from '../thai-calendar/index.ts'
import { neutraliseFormula, pick } from './cell-text.ts'
import { assertValidTable, type ExportColumn, type ExportTable, type ExportValue } from './export-table.ts'

/**
 * CSV is the format other programs read, so it carries the raw values: plain numbers
 * (no grouping, no Thai digits: 1234.5), percentages as fractions, ISO dates (2026-11-22,
 * never ambiguous between BE and CE) and instants with the Bangkok offset
 * (2026-11-22T14:05:00+07:00). Headers follow the chosen language; title, notes and
 * signature belong to the documents, not to a data file.
 *
 * UTF-8 with a byte-order mark (without it Excel on Windows reads Thai as mojibake),
 * CRLF line ends and RFC 4180 quoting.
 */
const BOM = '\uFEFF'

export function tableToCsv(table: ExportTable): Buffer {
  assertValidTable(table)
  const lines = [table.columns.map((c) => quote(neutraliseFormula(pick(c.header, table.options.locale))))]
  for (const row of table.rows) lines.push(table.columns.map((c) => quote(rawValue(row[c.key], c))))
  return Buffer.from(BOM + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n', 'utf8')
}

function rawValue(value: ExportValue, column: ExportColumn): string {
  if (value === null || value === undefined) return ''
  switch (column.type) {
    case 'text':
      return neutraliseFormula(value as string)
    case 'integer':
    case 'decimal':
    case 'money':
    case 'percent':
      return String(value)
    case 'date':
      return value as IsoDate
    case 'datetime':
      return bangkokIso(value as Date)
  }
}

function bangkokIso(instant: Date): string {
  const c = bangkokWallClock(instant)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${c.date}T${two(c.hour)}:${two(c.minute)}:${two(c.second)}+07:00`
}

/** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
export function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field
}
