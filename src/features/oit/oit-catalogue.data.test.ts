import { describe, expect, it } from 'vitest'
import { NACC_ITA_SCHEME, validateCatalogue } from './oit-catalogue.domain.ts'
import { builtInCatalogue, NACC_OIT_CATALOGUES } from './oit-catalogue.data.ts'

const codes = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `O${from + i}`)

describe('the NACC lists shipped from ita.md', () => {
  it('covers FY 2562–2570 (the years the demo shows), saying which lists are carried over', () => {
    expect(NACC_OIT_CATALOGUES.map((c) => c.fiscalYear)).toEqual([2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570])
    for (const year of [2566, 2567, 2570]) expect(builtInCatalogue(NACC_ITA_SCHEME, year)!.source).toMatch(/^NOT VERIFIED — ita\.md gives no list for FY/)
    expect(builtInCatalogue(NACC_ITA_SCHEME, 2567)!.items.map((i) => i.code)).toEqual(codes(1, 43))
    expect(builtInCatalogue(NACC_ITA_SCHEME, 2570)!.items.map((i) => i.code)).toEqual(codes(1, 26))
  })

  it('gives every item its own name and its own evidence (no shared "plans and reports", issue 14)', () => {
    for (const catalogue of NACC_OIT_CATALOGUES) {
      const names = catalogue.items.map((i) => i.nameTh)
      expect(new Set(names).size, `${catalogue.fiscalYear}`).toBe(names.length)
      expect(catalogue.items.every((i) => i.elements.length > 0)).toBe(true)
    }
    const items = builtInCatalogue(NACC_ITA_SCHEME, 2570)!.items
    expect(items.find((i) => i.code === 'O5')?.nameTh).toBe('แผนการดำเนินงานและการใช้จ่ายงบประมาณประจำปี')
    expect(items.find((i) => i.code === 'O6')?.nameTh).toContain('รอบ 6 เดือน')
    expect(items.find((i) => i.code === 'O7')?.dataYear).toBe('previous')
  })

  it('passes its own validation, and is marked unverified', () => {
    for (const catalogue of NACC_OIT_CATALOGUES) {
      expect(validateCatalogue(catalogue), `${catalogue.fiscalYear}`).toEqual([])
      expect(catalogue.verified).toBe(false)
    }
  })

  it('has the 43 items of FY 2562–2565 in ita.md’s groups', () => {
    const items = builtInCatalogue(NACC_ITA_SCHEME, 2565)!.items
    expect(items.map((i) => i.code)).toEqual(codes(1, 43))
    const inGroup = (group: string | null) =>
      items.filter((i) => (i.subIndicator?.code ?? i.indicator?.code ?? null) === group).map((i) => i.code)
    expect(inGroup('9.1')).toEqual(codes(1, 9))
    expect(inGroup('9.2')).toEqual(codes(10, 17))
    expect(inGroup('9.3')).toEqual(codes(18, 24))
    expect(inGroup('9.4')).toEqual(codes(25, 28))
    expect(inGroup('9.5')).toEqual(codes(29, 33))
    expect(inGroup('10')).toEqual(codes(34, 43))
    expect(items.every((i) => i.dataYear === 'unstated')).toBe(true)
  })

  it('gives the FY 2562–2565 procurement plan its 30-business-day window and the สขร.1 columns to O23', () => {
    const catalogue = builtInCatalogue(NACC_ITA_SCHEME, 2563)!
    expect(catalogue.items.find((i) => i.code === 'O21')?.publicationWindow?.maxBusinessDays).toBe(30)
    expect(catalogue.items.find((i) => i.code === 'O23')?.elements).toContain('ราคากลาง')
  })

  it('has the 26 items of FY 2568/2569, previous-year data exactly where ita.md says', () => {
    const items = builtInCatalogue(NACC_ITA_SCHEME, 2569)!.items
    expect(items.map((i) => i.code)).toEqual(codes(1, 26))
    expect(items.filter((i) => i.dataYear === 'previous').map((i) => i.code)).toEqual(['O7', 'O12', 'O14', 'O22', 'O24'])
    expect(items.filter((i) => i.dataYear === 'unstated').map((i) => i.code)).toEqual([])
    expect(items.filter((i) => i.indicator?.code === '10').map((i) => i.code)).toEqual(codes(20, 26))
  })

  it('asks the citizen manual and complaint statistics to say "none" explicitly (FY 2568/2569)', () => {
    const items = builtInCatalogue(NACC_ITA_SCHEME, 2568)!.items
    expect(items.find((i) => i.code === 'O9')?.elements.join(' ')).toContain('ไม่มีค่าธรรมเนียม')
    expect(items.find((i) => i.code === 'O18')?.elements.join(' ')).toContain('ไม่มีเรื่องร้องเรียน')
  })

  it('gives each year its own objects, so editing one year cannot change another', () => {
    const a = builtInCatalogue(NACC_ITA_SCHEME, 2568)!
    const b = builtInCatalogue(NACC_ITA_SCHEME, 2569)!
    expect(a.items[0]).not.toBe(b.items[0])
    expect(a.items[0]!.elements).not.toBe(b.items[0]!.elements)
  })
})
