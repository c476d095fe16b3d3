import { describe, expect, it } from 'vitest'
import { negotiateLocale, translator } from './locale.ts'

describe('locale', () => {
  it('is Thai unless English was chosen explicitly', () => {
    expect(negotiateLocale(undefined)).toBe('th')
    expect(negotiateLocale('en')).toBe('en')
    expect(negotiateLocale('th')).toBe('th')
    expect(negotiateLocale('xx')).toBe('th')
  })
  it('fills named placeholders in the chosen language', () => {
    const t = translator('en')
    expect(t({ th: 'เหลือ {n} ครั้ง', en: '{n} attempts left' }, { n: 3 })).toBe('3 attempts left')
    expect(translator('th')({ th: 'เหลือ {n} ครั้ง', en: '{n} attempts left' }, { n: 3 })).toBe('เหลือ 3 ครั้ง')
  })
})
