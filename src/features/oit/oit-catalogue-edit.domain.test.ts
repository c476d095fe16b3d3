import { describe, expect, it } from 'vitest'
import { withItem, withoutItem } from './oit-catalogue-edit.domain.ts'
import type { OitCatalogue, OitItem } from './oit-catalogue.domain.ts'

const item = (code: string, extra: Partial<OitItem> = {}): OitItem => ({
  code,
  nameTh: `รายการ ${code}`,
  nameEn: `Item ${code}`,
  indicator: null,
  subIndicator: null,
  elements: ['ข้อหนึ่ง'],
  dataYear: 'current',
  publicationWindow: null,
  ...extra,
})
const catalogue: OitCatalogue = {
  scheme: 'nacc-ita',
  fiscalYear: 2569,
  source: 'test',
  verified: true,
  items: [item('O1', { indicator: { code: '9', th: 'การเปิดเผยข้อมูล', en: 'Information disclosure' } }), item('O2')],
}

describe('editing one catalogue item', () => {
  it('replaces the item in place and borrows indicator names by code', () => {
    const change = withItem(catalogue, item('O2', { nameEn: 'Renamed', indicator: { code: '9', th: '', en: '' } }), 'O2')
    expect(change.problems).toEqual([])
    expect(change.index).toBe(1)
    expect(change.catalogue.items[1]).toMatchObject({ nameEn: 'Renamed', indicator: { code: '9', th: 'การเปิดเผยข้อมูล', en: 'Information disclosure' } })
    expect(change.catalogue.items).toHaveLength(2)
  })

  it('names the edited item when its code repeats another, whichever comes first', () => {
    const change = withItem(catalogue, item('o2'), 'O1')
    expect(change.problems).toEqual([expect.objectContaining({ item: 0, field: 'code', code: 'duplicate_code', th: 'รหัสรายการ o2 ซ้ำกับรายการที่ 2' })])
  })

  it('appends a new item and reports only its own problems', () => {
    const change = withItem(catalogue, item('O3', { nameTh: ' ', elements: [] }), null)
    expect(change.index).toBe(2)
    expect(change.problems.map((p) => p.code).sort()).toEqual(['missing_name_th', 'no_elements'])
  })

  it('removes an item by code', () => {
    expect(withoutItem(catalogue, 'o1').items.map((i) => i.code)).toEqual(['O2'])
  })
})
