import { describe, expect, it } from 'vitest'
import { thaiWordBreaks } from './thai-words.ts'

const words = (html: string) => [...html.matchAll(/<span class="tw">([^<]*)<\/span>/g)].map((m) => m[1])

describe('Thai words for display', () => {
  it('puts a break opportunity between Thai words and none inside them', () => {
    const html = thaiWordBreaks('การจัดซื้อจัดจ้าง')
    expect(html).toContain('<wbr>')
    expect(words(html).join('')).toBe('การจัดซื้อจัดจ้าง')
    expect(words(html).length).toBeGreaterThan(1)
    // No word is cut from its vowels or tone marks.
    for (const w of words(html)) expect(w).not.toMatch(/^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/)
  })

  it('keeps a one-letter fragment with the word before it', () => {
    for (const w of words(thaiWordBreaks('หน่วยงานในกำกับของจังหวัดสุวรรณภูมิ'))) expect([...w!].length).toBeGreaterThan(1)
  })

  it('escapes what it is given and leaves Latin text alone', () => {
    expect(thaiWordBreaks('<b>ITA & OIT</b>')).toMatch(/^&lt;b>ITA &amp; OIT&lt;\/b>$/)
    const mixed = thaiWordBreaks('ผลการประเมิน ITA <x>')
    expect(mixed).toContain(' ITA &lt;x')
    expect(mixed).not.toContain('<x>')
  })

  it('reads back as the same text once the markup is removed', () => {
    const text = 'แผนและผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๙'
    expect(thaiWordBreaks(text).replace(/<[^>]+>/g, '')).toBe(text)
  })
})

describe('Thai compounds the dictionary splits', () => {
  it('keeps the compounds of our headers whole and still breaks between words', () => {
    expect(words(thaiWordBreaks('ลักษณะเรื่องร้องเรียน'))).toEqual(['ลักษณะ', 'เรื่องร้องเรียน'])
    expect(words(thaiWordBreaks('ร้อยละแล้วเสร็จ'))).toEqual(['ร้อยละ', 'แล้วเสร็จ'])
    expect(words(thaiWordBreaks('ผู้ถูกร้องเรียน'))).toEqual(['ผู้ถูกร้องเรียน'])
    expect(words(thaiWordBreaks('งบประมาณตามแผน'))).toEqual(['งบประมาณ', 'ตาม', 'แผน'])
    // Where the dictionary cuts wrongly, not only too finely.
    expect(words(thaiWordBreaks('แจ้งขยายหลังครบกำหนด'))).toEqual(['แจ้ง', 'ขยาย', 'หลัง', 'ครบกำหนด'])
    expect(thaiWordBreaks('สถิติเรื่องร้องเรียน 2570').replace(/<[^>]+>/g, '')).toBe('สถิติเรื่องร้องเรียน 2570')
  })
})
