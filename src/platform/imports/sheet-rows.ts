import { ExcelJS } from '../heavy-modules.ts'

export type SheetRows = { rows: string[][]; first: number }

/**
 * The first sheet of an uploaded workbook as text cells, each row padded to `minColumns`, with
 * the number Excel shows for the first row (for error reports that name rows as the officer sees
 * them). Null when the file is not a workbook ExcelJS can read.
 */
export async function readFirstSheetRows(path: string, opts: { minColumns: number; trim?: boolean }): Promise<SheetRows | null> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.readFile(path)
  } catch {
    return null
  }
  const sheet = workbook.worksheets[0]
  const rows: string[][] = []
  let first = 0
  sheet?.eachRow({ includeEmpty: true }, (row, number) => {
    if (first === 0) first = number
    const cells: string[] = []
    for (let c = 1; c <= Math.max(opts.minColumns, row.cellCount); c++) {
      const text = row.getCell(c).text
      cells.push(opts.trim ? text.trim() : text)
    }
    rows.push(cells)
  })
  return { rows, first: first || 1 }
}
