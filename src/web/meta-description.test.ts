import { describe, expect, it } from 'vitest'
import { aboutAgency, metaText, textOfHtml } from './meta-description.ts'

describe('meta descriptions', () => {
  it('collapses whitespace and keeps short text whole', () => {
    expect(metaText('  แผนการจัดซื้อ\n\tจัดจ้าง  ')).toBe('แผนการจัดซื้อ จัดจ้าง')
  })

  it('cuts long English at a word and long Thai (no spaces) at the limit, with an ellipsis', () => {
    const english = metaText('word '.repeat(100))
    expect(english.length).toBeLessThanOrEqual(200)
    expect(english.endsWith('word…')).toBe(true)
    const thai = metaText('ก'.repeat(500))
    expect(thai).toBe(`${'ก'.repeat(199)}…`)
  })

  it('names the agency in each language, in Thai where it has no English name', () => {
    const text = { th: 'งบประมาณของ{org} ปี {y}', en: 'The budget of {org} for {y}' }
    expect(aboutAgency({ name_th: 'เทศบาลตำบลเวียงทอง', name_en: 'Wiang Thong' }, text, { y: 2569 })).toEqual({ th: 'งบประมาณของเทศบาลตำบลเวียงทอง ปี 2569', en: 'The budget of Wiang Thong for 2569' })
    expect(aboutAgency({ name_th: 'อบต.หนองบัว', name_en: '' }, text, { y: 2569 }).en).toBe('The budget of อบต.หนองบัว for 2569')
    // A value is not read again for placeholders.
    expect(aboutAgency({ name_th: '{y}', name_en: '' }, text, { y: 1 }).th).toBe('งบประมาณของ{y} ปี 1')
  })

  it('reads the text of stored HTML with its entities', () => {
    expect(textOfHtml('<p>ราคา &lt; 5,000 &amp; ไม่มี&nbsp;VAT</p><ul><li>หนึ่ง</li></ul>')).toBe('ราคา < 5,000 & ไม่มี VAT หนึ่ง')
  })
})
