import { describe, expect, it } from 'vitest'
import { isoDate } from '../../platform/thai-calendar/index.ts'
import {
  acceptedContentYears,
  checkPublicationWindow,
  copyCatalogueToYear,
  findItem,
  validateCatalogue,
  type OitCatalogue,
  type OitItem,
} from './oit-catalogue.domain.ts'

const DISCLOSURE = { code: '9', th: 'การเปิดเผยข้อมูล', en: 'Information disclosure' }
const BASIC = { code: '9.1', th: 'ข้อมูลพื้นฐาน', en: 'Basic data' }

function item(overrides: Partial<OitItem> = {}): OitItem {
  return {
    code: 'O1',
    nameTh: 'โครงสร้าง',
    nameEn: 'Structure',
    indicator: DISCLOSURE,
    subIndicator: BASIC,
    elements: ['แผนผังโครงสร้างหน่วยงาน'],
    dataYear: 'current',
    publicationWindow: null,
    ...overrides,
  }
}

function catalogue(items: OitItem[], overrides: Partial<OitCatalogue> = {}): OitCatalogue {
  return { scheme: 'nacc-ita', fiscalYear: 2569, source: 'test', verified: true, items, ...overrides }
}

describe('validating a catalogue', () => {
  it('accepts a well-formed catalogue', () => {
    expect(validateCatalogue(catalogue([item(), item({ code: 'O2', nameTh: 'ผู้บริหาร', nameEn: 'Executives' })]))).toEqual([])
  })

  it('reports a repeated code on the later item, ignoring letter case', () => {
    const problems = validateCatalogue(catalogue([item(), item({ code: 'o1' })]))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ item: 1, field: 'code', code: 'duplicate_code' })
    expect(problems[0]?.th).toContain('ซ้ำกับรายการที่ 1')
  })

  it('reports every missing name, empty checklist and blank element at once', () => {
    const problems = validateCatalogue(
      catalogue([
        item({ nameTh: ' ', nameEn: '' }),
        item({ code: 'O2', elements: [] }),
        item({ code: 'O3', elements: ['ก', '  '] }),
      ]),
    )
    expect(problems.map((p) => [p.item, p.code])).toEqual([
      [0, 'missing_name_th'],
      [0, 'missing_name_en'],
      [1, 'no_elements'],
      [2, 'blank_element'],
    ])
  })

  it('rejects a CE year, a bad scheme, bad codes and an empty list', () => {
    const codes = (c: OitCatalogue) => validateCatalogue(c).map((p) => p.code)
    expect(codes(catalogue([item()], { fiscalYear: 2026 }))).toEqual(['bad_fiscal_year'])
    expect(codes(catalogue([item()], { scheme: 'NACC ITA' }))).toEqual(['bad_scheme'])
    expect(codes(catalogue([]))).toEqual(['no_items'])
    expect(codes(catalogue([item({ code: 'O 1' }), item({ code: '12' })]))).toEqual(['bad_code', 'bad_code'])
  })

  it('insists one indicator code carries one name, and sub-indicators sit under their indicator', () => {
    const problems = validateCatalogue(
      catalogue([
        item(),
        item({ code: 'O2', indicator: { ...DISCLOSURE, th: 'เปิดเผยข้อมูล' } }),
        item({ code: 'O3', indicator: { code: '10', th: 'การป้องกันการทุจริต', en: 'Corruption prevention' } }),
      ]),
    )
    expect(problems.map((p) => [p.item, p.code])).toEqual([
      [1, 'group_name_differs'],
      [2, 'sub_indicator_outside_indicator'],
    ])
  })

  it('accepts items whose indicator the source does not state', () => {
    expect(validateCatalogue(catalogue([item({ indicator: null, subIndicator: null })]))).toEqual([])
  })

  it('rejects a publication window of zero days', () => {
    const window = { maxBusinessDays: 0, after: { th: 'วันที่ได้รับจัดสรรงบประมาณ', en: 'allocation' } }
    expect(validateCatalogue(catalogue([item({ publicationWindow: window })]))[0]?.code).toBe('bad_window')
  })
})

describe('starting a new year from the last', () => {
  const last = catalogue([item({ elements: ['ก', 'ข'] })])

  it('copies every item into the new year, marked unverified and traced to its origin', () => {
    const next = copyCatalogueToYear(last, 2570)
    expect(next.fiscalYear).toBe(2570)
    expect(next.verified).toBe(false)
    expect(next.source).toBe('copied from nacc-ita 2569')
    expect(next.items).toEqual(last.items)
  })

  it('shares nothing with the original, so editing the copy leaves last year alone', () => {
    const next = copyCatalogueToYear(last, 2570)
    ;(next.items[0]!.elements as string[]).push('ค')
    expect(last.items[0]!.elements).toEqual(['ก', 'ข'])
    expect(next.items[0]!.indicator).not.toBe(last.items[0]!.indicator)
  })

  it('refuses the same year or a CE year', () => {
    expect(() => copyCatalogueToYear(last, 2569)).toThrow(RangeError)
    expect(() => copyCatalogueToYear(last, 2027)).toThrow(RangeError)
  })
})

describe('which fiscal year content an item accepts', () => {
  it('takes the assessed year, the year before, or either when the source does not say', () => {
    expect(acceptedContentYears('current', 2569)).toEqual([2569])
    expect(acceptedContentYears('previous', 2569)).toEqual([2568])
    expect(acceptedContentYears('unstated', 2569)).toEqual([2569, 2568])
  })
})

describe('the procurement-plan publication window (30 business days after allocation)', () => {
  const window = { maxBusinessDays: 30, after: { th: 'วันที่ได้รับจัดสรรงบประมาณ', en: 'allocation' } }
  // Budget allocated Thursday 1 Oct 2026; 13 Oct (Tue) and 23 Oct (Fri) are holidays.
  const holidays = [isoDate('2026-10-13'), isoDate('2026-10-23')].map((date) => ({ date }))

  it('counts from the day after allocation, skipping weekends and holidays', () => {
    // Without holidays the 30th business day is Thu 12 Nov; two holidays push it to Mon 16 Nov.
    expect(checkPublicationWindow(window, isoDate('2026-10-01'), isoDate('2026-11-12'), [])).toEqual({ businessDays: 30, withinWindow: true })
    expect(checkPublicationWindow(window, isoDate('2026-10-01'), isoDate('2026-11-16'), holidays)).toEqual({ businessDays: 30, withinWindow: true })
    expect(checkPublicationWindow(window, isoDate('2026-10-01'), isoDate('2026-11-17'), holidays)).toEqual({ businessDays: 31, withinWindow: false })
  })
})

describe('finding an item', () => {
  it('matches codes regardless of case and spaces', () => {
    expect(findItem(catalogue([item()]), ' o1 ')?.nameTh).toBe('โครงสร้าง')
    expect(findItem(catalogue([item()]), 'O2')).toBeUndefined()
  })
})
