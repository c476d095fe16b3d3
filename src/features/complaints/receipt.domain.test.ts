import { describe, expect, it } from 'vitest'
import { RECEIPT_ALPHABET, normaliseReceipt, receiptFromBytes } from './receipt.domain.ts'

describe('complaint receipts', () => {
  it('are four groups of four unambiguous characters', () => {
    const r = receiptFromBytes(Uint8Array.from({ length: 16 }, (_, i) => i * 17))
    expect(r).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(r).not.toMatch(/[ILOU]/)
    expect(RECEIPT_ALPHABET).toHaveLength(32)
  })

  it('read back whatever way a person copies them', () => {
    const r = receiptFromBytes(Uint8Array.from({ length: 16 }, (_, i) => (i * 37) % 256))
    const compact = r.replaceAll('-', '')
    expect(normaliseReceipt(r)).toBe(compact)
    expect(normaliseReceipt(` ${r.toLowerCase().replaceAll('-', ' ')} `)).toBe(compact)
  })

  it('forgive O for 0 and I or L for 1, and refuse anything that cannot be a receipt', () => {
    expect(normaliseReceipt('OOOO-IIII-LLLL-0000')).toBe('0000111111110000')
    expect(normaliseReceipt('ABCD-EFGH')).toBeNull()
    expect(normaliseReceipt('ABCD-EFGH-JKMN-PQR!')).toBeNull()
    expect(normaliseReceipt('ABCD-EFGH-JKMN-PQRU')).toBeNull()
  })
})
