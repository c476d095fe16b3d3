import { describe, expect, it } from 'vitest'
import { fromThaiDigits, toThaiDigits } from './thai-digits.ts'

describe('Thai digits', () => {
  it('writes numbers in Thai digits', () => {
    expect(toThaiDigits('2569')).toBe('๒๕๖๙')
    expect(toThaiDigits(2570)).toBe('๒๕๗๐')
    expect(toThaiDigits('0123456789')).toBe('๐๑๒๓๔๕๖๗๘๙')
  })

  it('reads Thai digits back', () => {
    expect(fromThaiDigits('๒๕๖๙')).toBe('2569')
    expect(fromThaiDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789')
  })

  it('leaves everything except digits alone', () => {
    expect(toThaiDigits('22 พ.ย. 2569 14:05 น.')).toBe('๒๒ พ.ย. ๒๕๖๙ ๑๔:๐๕ น.')
    expect(toThaiDigits('1,234.50 บาท')).toBe('๑,๒๓๔.๕๐ บาท')
    expect(fromThaiDigits('ปีงบประมาณ พ.ศ. ๒๕๗๐')).toBe('ปีงบประมาณ พ.ศ. 2570')
    expect(fromThaiDigits('mixed ๑2๓')).toBe('mixed 123')
    expect(toThaiDigits('')).toBe('')
  })

  it('round-trips every number up to 10 000', () => {
    for (let n = 0; n <= 10_000; n++) {
      const arabic = String(n)
      const thai = toThaiDigits(arabic)
      if (fromThaiDigits(thai) !== arabic || toThaiDigits(fromThaiDigits(thai)) !== thai) expect.fail(arabic)
    }
  })

  it('agrees with ICU’s Thai numbering system', () => {
    const icu = new Intl.NumberFormat('th-TH-u-nu-thai', { useGrouping: false })
    for (const n of [0, 7, 42, 2569, 1234567890]) expect(toThaiDigits(n)).toBe(icu.format(n))
  })
})
