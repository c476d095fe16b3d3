import { describe, expect, it } from 'vitest'
import { budgetTable } from '../../../test/support/export-fixtures.ts'
import { attachmentDisposition, renderExport, tableToCsv } from './index.ts'
import { neutraliseFormula } from './cell-text.ts'

/** A small RFC 4180 reader, so the test checks what a spreadsheet would see, not our own writer's idea of it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') row.push(field), (field = '')
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++
    else field += c
  }
  return rows
}

describe('CSV export', () => {
  const csv = tableToCsv(budgetTable({ locale: 'th', thaiDigits: true }))
  const text = csv.toString('utf8')
  const rows = parseCsv(text.slice(1))

  it('starts with a UTF-8 byte-order mark so Excel reads Thai, and ends every line with CRLF', () => {
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/"[^"]*"/g, '').split('\n').every((line) => line === '' || line.endsWith('\r'))).toBe(true)
  })

  it('has the headers in the chosen language and one line per row, Thai intact', () => {
    expect(rows[0]).toEqual(['ลำดับ', 'ชื่อโครงการ', 'งบประมาณ (บาท)', 'ครัวเรือน', 'สัดส่วน', 'วันที่อนุมัติ', 'บันทึกเมื่อ', 'หมายเหตุ'])
    expect(rows).toHaveLength(41)
    expect(rows[1]![1]).toBe('ซ่อมแซมถนนคอนกรีตเสริมเหล็ก หมู่ที่ 1')
    const english = parseCsv(tableToCsv(budgetTable({ locale: 'en', thaiDigits: false })).toString('utf8').slice(1))
    expect(english[0]![2]).toBe('Budget (baht)')
  })

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(text).toContain('"ค่าวัสดุ, ค่าแรง ""รวม"""')
    expect(rows[4]![1]).toBe('ค่าวัสดุ, ค่าแรง "รวม"')
    expect(text).toContain('"ผู้ใหญ่บ้านน้ำใสรับรอง\nบรรทัดที่สอง"')
    expect(rows[1]![7]).toBe('ผู้ใหญ่บ้านน้ำใสรับรอง\nบรรทัดที่สอง')
  })

  it('neutralises cells a spreadsheet would run as formulas, and only text cells', () => {
    expect(rows[3]![1]).toBe(`'=HYPERLINK("http://evil.example","คลิก")`)
    expect(rows[6]![7]).toBe(`'-2+3`)
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}1`)).toBe(`'${start}1`)
    expect(neutraliseFormula('ปกติ = ดี')).toBe('ปกติ = ดี')
  })

  it('carries raw values other programs can read: plain numbers, ISO dates, Bangkok times with their offset', () => {
    expect(rows[1]!.slice(2, 7)).toEqual(['1234567.891', '120', '0.125', '2026-11-22', '2026-11-22T14:05:00+07:00'])
    expect(text).not.toMatch(/[๐-๙]/)
  })

  it('refuses a value of the wrong kind, naming the row and column', () => {
    const bad = budgetTable({ locale: 'th', thaiDigits: false }, 2)
    expect(() => tableToCsv({ ...bad, rows: [{ ...bad.rows[0], approved: '22/11/2569' }] })).toThrow(/row 1, column "approved" \(date\)/)
  })
})

describe('download headers', () => {
  it('sends Thai file names with RFC 5987 and an ASCII fallback', async () => {
    const file = await renderExport(budgetTable({ locale: 'th', thaiDigits: false }, 1), 'csv', 'รายงาน-2569')
    expect(file.contentType).toBe('text/csv; charset=utf-8')
    expect(attachmentDisposition(file.filename)).toBe(
      `attachment; filename="_-2569.csv"; filename*=UTF-8''${encodeURIComponent('รายงาน-2569.csv')}`,
    )
  })

  it('cannot be used to inject header parameters or paths', () => {
    const header = attachmentDisposition('a";\r\nx=1/../(b)\'.csv')
    expect(header).not.toMatch(/[\r\n]/)
    expect(header).toBe(`attachment; filename="a_;_x=1_.._(b)'.csv"; filename*=UTF-8''a_%3B__x%3D1_.._%28b%29%27.csv`)
  })
})
