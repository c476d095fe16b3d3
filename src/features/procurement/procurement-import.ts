import type { FieldErrors } from '../../errors.ts'
import { readCsvText, recordsFromRows, type CsvRecord } from '../../platform/imports/csv-text.ts'
import { LIMITS, type MonthRow } from './procurement.domain.ts'
import { parseMonthRow, type MonthRowValues } from './procurement.input.ts'

/**
 * The สขร.1 import template: one purchase a row, in the order of the form's columns. The first
 * row may be the header (it is recognised and skipped). Dates are Buddhist-Era day/month/year.
 */
export const IMPORT_COLUMNS = [
  { key: 'item', th: 'งานที่จัดซื้อหรือจัดจ้าง', en: 'Purchase' },
  { key: 'budget', th: 'วงเงินที่จะซื้อหรือจ้าง (บาท)', en: 'Budget (baht)' },
  { key: 'reference_price', th: 'ราคากลาง (บาท)', en: 'Reference price (baht)' },
  { key: 'method', th: 'วิธีซื้อหรือจ้าง', en: 'Method' },
  { key: 'bidders', th: 'รายชื่อผู้เสนอราคาและราคาที่เสนอ', en: 'Bidders and prices' },
  { key: 'winner', th: 'ผู้ได้รับการคัดเลือก', en: 'Selected supplier' },
  { key: 'agreed_price', th: 'ราคาที่ตกลงซื้อหรือจ้าง (บาท)', en: 'Agreed price (baht)' },
  { key: 'reason', th: 'เหตุผลที่คัดเลือกโดยสรุป', en: 'Reason for the selection' },
  { key: 'contract_no', th: 'เลขที่สัญญาหรือข้อตกลง', en: 'Contract number' },
  { key: 'contract_date', th: 'วันที่ของสัญญาหรือข้อตกลง (วว/ดด/ปปปป พ.ศ.)', en: 'Contract date (dd/mm/yyyy BE)' },
] as const

export type ImportError = { line: number; column?: string; th: string; en: string }
export type ImportResult = { ok: true; rows: MonthRow[] } | { ok: false; errors: ImportError[] }

const HEADER_WORDS = new Set(IMPORT_COLUMNS.flatMap((c) => [c.key, c.th, c.en].map((w) => w.toLowerCase())))

function valuesOf(cells: readonly string[]): MonthRowValues {
  const cell = (i: number) => (cells[i] ?? '').trim()
  const [day = '', month = '', year = ''] = cell(9).split(/[/\-.\s]+/)
  return {
    item: cell(0),
    budget: cell(1),
    reference_price: cell(2),
    method: cell(3),
    bidders: cell(4),
    winner: cell(5),
    agreed_price: cell(6),
    reason: cell(7),
    contract_no: cell(8),
    contract_date: { day, month, year },
  }
}

/** All rows or none: every problem is reported with its line (the sheet's row number) and column. */
export function parseMonthRowsImport(source: { kind: 'csv'; text: string } | { kind: 'rows'; rows: readonly (readonly string[])[]; first: number }): ImportResult {
  let records: readonly CsvRecord[]
  if (source.kind === 'csv') {
    const read = readCsvText(source.text)
    if (!read.ok) return { ok: false, errors: [{ line: read.unterminatedQuoteLine, th: 'เครื่องหมายคำพูด (") ไม่ได้ปิด', en: 'A quotation mark (") is not closed' }] }
    records = read.records
  } else records = recordsFromRows(source.rows, source.first)
  if (records[0] && HEADER_WORDS.has((records[0].cells[0] ?? '').trim().toLowerCase())) records = records.slice(1)
  if (records.length === 0) return { ok: false, errors: [{ line: 1, th: 'ไม่มีรายการในไฟล์', en: 'The file has no rows' }] }
  if (records.length > LIMITS.rows) return { ok: false, errors: [{ line: records[LIMITS.rows]!.line, th: `รายการได้ไม่เกิน ${LIMITS.rows} รายการ`, en: `At most ${LIMITS.rows} rows` }] }
  const errors: ImportError[] = []
  const rows = records.map((record) => {
    const fieldErrors: FieldErrors = {}
    const row = parseMonthRow(valuesOf(record.cells), fieldErrors, (f) => f)
    for (const [column, message] of Object.entries(fieldErrors)) {
      const label = IMPORT_COLUMNS.find((c) => c.key === column)
      errors.push({ line: record.line, column: label ? `${label.th} / ${label.en}` : column, ...message })
    }
    return row
  })
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows }
}

/** The template's header and one example row (CSV and Excel). */
export function templateRows(): string[][] {
  return [
    IMPORT_COLUMNS.map((c) => c.th),
    ['จัดซื้อวัสดุสำนักงาน', '12,500.00', '12,500.00', 'เฉพาะเจาะจง', 'ร้านตัวอย่างพาณิชย์ 12,350.00', 'ร้านตัวอย่างพาณิชย์', '12,350.00', 'เป็นผู้มีอาชีพขายและเสนอราคาต่ำสุด', 'ใบสั่งซื้อ 12/2569', '5/11/2568'],
  ]
}
