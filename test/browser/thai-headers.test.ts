import { describe, expect, it } from 'vitest'
import { expectAccessible, useBrowserApp } from '../support/browser.ts'

const app = useBrowserApp()
const SHOTS = process.env.THAI_SHOTS

/**
 * Table headers at 360 px: the browser's own Thai line breaking (ICU) splits compounds such as
 * เรื่อง|ร้อง|เรียน and ร้อย|ละ; thai-words.ts keeps each word on one line. Every word span of every
 * header must lie on a single line (one client rect), and the header text must read unchanged.
 */
describe('Thai table headers on a phone', () => {
  for (const width of [360, 1280]) {
    it(`break only between whole words at ${width} px`, async () => {
      const page = await app.newPage({ viewport: { width, height: 900 } })
      await page.goto('/o/wiang-thong/complaints/statistics')
      const headers = await page.locator('th').evaluateAll((ths) =>
        ths.map((th) => ({
          text: th.textContent ?? '',
          words: [...th.querySelectorAll('.tw')].map((w) => ({ word: w.textContent, lines: w.getClientRects().length })),
        })),
      )
      expect(headers.some((h) => h.text.includes('อยู่ระหว่างดำเนินการ'))).toBe(true)
      const words = headers.flatMap((h) => h.words)
      expect(words.map((w) => w.word)).toEqual(expect.arrayContaining(['ร้อยละ', 'ดำเนินการ', 'แล้วเสร็จ']))
      expect(words.filter((w) => w.lines !== 1)).toEqual([])
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/thai-headers-${width}.png`, fullPage: true })
      await expectAccessible(page)
    })
  }
})
