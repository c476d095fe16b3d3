import { describe, expect, it } from 'vitest'
import { negotiateLocale, translator } from './locale.ts'

describe('locale', () => {
  it('defaults to Thai, honours an explicit choice over the browser', () => {
    expect(negotiateLocale(undefined, undefined)).toBe('th')
    expect(negotiateLocale(undefined, 'en-GB,en;q=0.8')).toBe('en')
    expect(negotiateLocale('th', 'en-GB')).toBe('th')
    expect(negotiateLocale('xx', 'th-TH')).toBe('th')
  })
  it('fills named placeholders in the chosen language', () => {
    const t = translator('en')
    expect(t({ th: 'เหลือ {n} ครั้ง', en: '{n} attempts left' }, { n: 3 })).toBe('3 attempts left')
    expect(translator('th')({ th: 'เหลือ {n} ครั้ง', en: '{n} attempts left' }, { n: 3 })).toBe('เหลือ 3 ครั้ง')
  })
})
