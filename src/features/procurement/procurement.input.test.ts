import { describe, expect, it } from 'vitest'
import { ValidationError } from '../../errors.ts'
import { methodFrom, parseAmount, parseMonthForm, emptyMonthRow } from './procurement.input.ts'
import { parseMonthRowsImport } from './procurement-import.ts'

describe('amounts', () => {
  it('reads amounts as people type them, exactly, in satang', () => {
    expect(parseAmount('1,250,000.50')).toEqual({ ok: true, satang: 125_000_050 })
    expect(parseAmount('๑๒,๕๐๐ บาท')).toEqual({ ok: true, satang: 1_250_000 })
    expect(parseAmount('0')).toEqual({ ok: true, satang: 0 })
    expect(parseAmount('0.1')).toEqual({ ok: true, satang: 10 })
  })
  it('refuses negatives, three decimals and words', () => {
    for (const bad of ['-5', '1.234', 'abc', '', '1e5']) expect(parseAmount(bad)).toEqual({ ok: false })
  })
})

describe('methods', () => {
  it('accepts keys and the words a spreadsheet holds, and nothing for an empty cell', () => {
    expect(methodFrom('เฉพาะเจาะจง')).toBe('specific')
    expect(methodFrom('e-bidding')).toBe('e_bidding')
    expect(methodFrom('E-Market')).toBe('e_market')
    expect(methodFrom('คัดเลือก')).toBe('selection')
    expect(methodFrom('')).toBeUndefined()
    expect(methodFrom('วิธีพิเศษ')).toBeUndefined()
  })
})

describe('the month form', () => {
  const base = { responsible_name: 'นาย ก', responsible_position: '', based_on_version: '0' }
  it('saves "no procurement" with no rows, skipping blank rows', () => {
    expect(parseMonthForm({ ...base, no_procurement: true, rows: [emptyMonthRow()] })).toEqual({ noProcurement: true, responsibleName: 'นาย ก', responsiblePosition: '', rows: [] })
  })
  it('names the fields of each wrong row', () => {
    try {
      parseMonthForm({ ...base, no_procurement: false, rows: [emptyMonthRow(), { ...emptyMonthRow(), item: 'x', budget: '-1' }] })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError)
      expect(Object.keys((e as ValidationError).fields).sort()).toEqual(['row-1-agreed_price', 'row-1-bidders', 'row-1-budget', 'row-1-contract_date', 'row-1-contract_no', 'row-1-method', 'row-1-reason', 'row-1-winner'])
    }
  })
})

describe('the import', () => {
  it('skips the header and reads Buddhist-Era dates', () => {
    const r = parseMonthRowsImport({ kind: 'rows', first: 1, rows: [['งานที่จัดซื้อหรือจัดจ้าง'], ['ซื้อ', '100', '', 'เฉพาะเจาะจง', 'ร้าน ก 100', 'ร้าน ก', '100', 'ต่ำสุด', 'PO 1', '๑/๑๒/๒๕๖๘']] })
    expect(r).toMatchObject({ ok: true, rows: [{ item: 'ซื้อ', budget: 10_000, referencePrice: null, contractDate: '2025-12-01' }] })
  })
  it('reports an unclosed quote and empty files', () => {
    expect(parseMonthRowsImport({ kind: 'csv', text: 'a,"b\nc' })).toMatchObject({ ok: false, errors: [{ line: 1 }] })
    expect(parseMonthRowsImport({ kind: 'csv', text: 'งานที่จัดซื้อหรือจัดจ้าง,วงเงิน\n' })).toMatchObject({ ok: false, errors: [{ th: 'ไม่มีรายการในไฟล์' }] })
  })
})
