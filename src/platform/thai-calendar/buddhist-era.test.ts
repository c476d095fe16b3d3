import { describe, expect, it } from 'vitest'
import { BE_OFFSET, beToCe, ceToBe } from './buddhist-era.ts'

describe('Buddhist Era years', () => {
  it('are CE + 543', () => {
    expect(BE_OFFSET).toBe(543)
    expect(ceToBe(2026)).toBe(2569)
    expect(ceToBe(2028)).toBe(2571)
    expect(beToCe(2570)).toBe(2027)
    expect(beToCe(2567)).toBe(2024)
  })

  it('round-trip both ways', () => {
    for (let year = 1900; year <= 2200; year++) {
      expect(beToCe(ceToBe(year))).toBe(year)
      expect(ceToBe(beToCe(year + 543))).toBe(year + 543)
    }
  })
})
