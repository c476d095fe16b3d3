/**
 * RFC 4180 reading for imports. A quoted field may span lines (a spreadsheet cell with line
 * breaks), so each record remembers the line it starts on for error messages. Blank lines are
 * skipped; a byte-order mark is dropped. Cells are not trimmed here: the caller decides.
 */
export interface CsvRecord {
  readonly line: number
  readonly cells: readonly string[]
}

export type CsvReadResult =
  | { readonly ok: true; readonly records: readonly CsvRecord[] }
  | { readonly ok: false; readonly unterminatedQuoteLine: number }

export function readCsvText(text: string): CsvReadResult {
  const source = text.replace(/^\uFEFF/, '')
  const records: CsvRecord[] = []
  let cells: string[] = []
  let cell = ''
  let sawQuote = false
  let inQuotes = false
  let line = 1
  let recordLine = 1
  let quoteLine = 1

  const endCell = () => {
    cells.push(cell)
    cell = ''
  }
  const endRecord = () => {
    endCell()
    const blank = !sawQuote && cells.every((c) => c.trim() === '')
    if (!blank) records.push({ line: recordLine, cells })
    cells = []
    sawQuote = false
  }

  for (let i = 0; i < source.length; i++) {
    const ch = source[i]
    if (inQuotes) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') {
        inQuotes = false
      } else {
        if (ch === '\n') line++
        cell += ch
      }
    } else if (ch === '"' && cell.trim() === '') {
      inQuotes = true
      sawQuote = true
      quoteLine = line
      cell = ''
    } else if (ch === ',') {
      endCell()
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++
      endRecord()
      line++
      recordLine = line
    } else {
      cell += ch
    }
  }
  if (inQuotes) return { ok: false, unterminatedQuoteLine: quoteLine }
  if (cell !== '' || cells.length > 0 || sawQuote) endRecord()
  return { ok: true, records }
}

/** Spreadsheet rows (already read out of a sheet) as records numbered like the sheet's rows. */
export function recordsFromRows(rows: readonly (readonly string[])[], firstRowNumber = 1): CsvRecord[] {
  return rows
    .map((cells, index) => ({ line: firstRowNumber + index, cells: cells.map((c) => c ?? '') }))
    .filter((record) => record.cells.some((c) => c.trim() !== ''))
}
