import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { budgetTable } from '../../../test/support/export-fixtures.ts'
import { officeText } from '../../../test/support/libreoffice.ts'
import { tableToXlsx } from './index.ts'

async function readBack(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
  return workbook.worksheets[0]!
}

/** The header row: the one whose first cell is the first column's header. */
function headerRowOf(sheet: ExcelJS.Worksheet, first: string): number {
  for (let r = 1; r <= 10; r++) if (sheet.getRow(r).getCell(1).value === first) return r
  throw new Error('no header row')
}

describe('Excel export, read back with exceljs', () => {
  let thai: ExcelJS.Worksheet
  let arabic: ExcelJS.Worksheet
  let header: number
  beforeAll(async () => {
    thai = await readBack(await tableToXlsx(budgetTable({ locale: 'th', thaiDigits: true })))
    arabic = await readBack(await tableToXlsx(budgetTable({ locale: 'th', thaiDigits: false })))
    header = headerRowOf(thai, 'ลำดับ')
  })

  it('puts the organisation and the title above a bold, frozen header row', () => {
    expect(thai.getRow(1).getCell(1).value).toBe('เทศบาลตำบลเวียงทอง')
    expect(thai.getRow(3).getCell(1).value).toBe('รายงานงบประมาณโครงการพัฒนาหมู่บ้าน')
    const row = thai.getRow(header)
    expect(row.getCell(2).value).toBe('ชื่อโครงการ')
    expect(row.getCell(2).font?.bold).toBe(true)
    expect(thai.views[0]).toMatchObject({ state: 'frozen', ySplit: header })
  })

  it('stores real numbers and real dates, shown with Thai digits and Buddhist-Era dates by number format', () => {
    const row = thai.getRow(header + 1)
    expect(row.getCell(1).value).toBe(1)
    expect(row.getCell(1).numFmt).toBe('[$-D00041E]#,##0')
    expect(row.getCell(3).value).toBe(1234567.891)
    expect(row.getCell(3).numFmt).toBe('[$-D00041E]#,##0.00')
    expect(row.getCell(5).value).toBe(0.125)
    expect(row.getCell(5).numFmt).toBe('[$-D00041E]0.0%')
    expect(row.getCell(6).value).toEqual(new Date(Date.UTC(2026, 10, 22)))
    expect(row.getCell(6).numFmt).toBe('[$-D07041E]d mmmm yyyy')
    // 07:05 UTC is 14:05 on a Bangkok wall clock: Excel has no time zones, so the wall clock is stored.
    expect(row.getCell(7).value).toEqual(new Date(Date.UTC(2026, 10, 22, 14, 5)))
    const plain = arabic.getRow(header + 1)
    expect(plain.getCell(3).numFmt).toBe('#,##0.00')
    expect(plain.getCell(6).numFmt).toBe('[$-107041E]d mmmm yyyy')
  })

  it('sets TH Sarabun New 16 pt and rows tall enough for Thai vowels and tone marks', () => {
    for (const r of [1, header, header + 1, header + 2]) {
      expect(thai.getRow(r).getCell(1).font).toMatchObject({ name: 'TH Sarabun New', size: 16 })
      expect(thai.getRow(r).height).toBeGreaterThanOrEqual(24)
    }
    // The cell with two lines gets two lines of height.
    expect(thai.getRow(header + 1).height).toBeGreaterThanOrEqual(48)
  })

  it('sizes columns from their content: the long project names get a wider column than the numbers', () => {
    const width = (c: number) => thai.getColumn(c).width ?? 0
    expect(width(2)).toBeGreaterThan(width(4))
    expect(width(3)).toBeGreaterThanOrEqual(14)
  })

  it('neutralises text cells that would run as formulas', () => {
    expect(thai.getRow(header + 3).getCell(2).value).toBe(`'=HYPERLINK("http://evil.example","คลิก")`)
    expect(thai.getRow(header + 3).getCell(2).type).toBe(ExcelJS.ValueType.String)
  })
})

describe('Excel export, opened in LibreOffice', () => {
  it('prints Thai text intact, Thai digits by number format and Buddhist-Era dates', async () => {
    const { text } = await officeText(await tableToXlsx(budgetTable({ locale: 'th', thaiDigits: true }, 8)), 'xlsx')
    expect(text).toContain('รายงานงบประมาณโครงการพัฒนาหมู่บ้าน')
    expect(text).toContain('ติดตั้งไฟฟ้าส่องสว่างทางสาธารณะ หมู่ที่ 7')
    expect(text).toContain('ผู้ใหญ่บ้านน้ำใสรับรอง')
    expect(text).toContain('๑,๒๓๔,๕๖๗.๘๙')
    expect(text).toContain('๑๒.๕%')
    expect(text).toContain('๒๒ พฤศจิกายน ๒๕๖๙')
    expect(text).toContain('๒๒ พ.ย. ๒๕๖๙ ๑๔:๐๕')
    expect(text).not.toContain('###')
  })

  it('prints Arabic digits and Buddhist-Era dates when Thai digits are not asked for', async () => {
    const { text } = await officeText(await tableToXlsx(budgetTable({ locale: 'th', thaiDigits: false }, 3)), 'xlsx')
    expect(text).toContain('1,234,567.89')
    expect(text).toContain('12.5%')
    expect(text).toContain('22 พฤศจิกายน 2569')
    expect(text).toContain('22 พ.ย. 2569 14:05')
    expect(text).not.toContain('๑,๒๓๔')
  })
})
