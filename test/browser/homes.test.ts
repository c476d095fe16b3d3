import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectAccessible, horizontalOverflow, signInAs, useBrowserApp } from '../support/browser.ts'

const web = useBrowserApp()

/** The browser's getComputedStyle (the project's TypeScript has no DOM library). */
type InPage = { getComputedStyle(el: unknown, pseudo?: string): { display: string; content: string; fontSize: string } }

const DESKTOP = { viewport: { width: 1280, height: 800 } }
const PHONE_360 = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true }

const ROLES = ['admin@prongsai.test', 'oversight@prongsai.test', 'province-admin@prongsai.test', 'wt-ita@prongsai.test', 'wt-complaints@prongsai.test', 'wt-head@prongsai.test']

/** The distinct top edges of the main menu's items (one value: one line), and whether the list hides any of them. */
async function menuLines(page: Page): Promise<number> {
  const tops = await page.locator('.service-nav__list > li').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)))
  const hidden = await page.locator('.service-nav__list').evaluate((ul) => ul.scrollWidth > ul.clientWidth + 1)
  return hidden ? Infinity : new Set(tops).size
}

describe('the top navigation', () => {
  for (const email of ROLES) {
    it(`stays on one line at 1280 px and fits 360 px for ${email}`, async () => {
      const page = await web.newPage(DESKTOP)
      await signInAs(page, email)
      expect(await menuLines(page)).toBe(1)
      await page.goto(`/lang?to=en&back=${encodeURIComponent('/staff')}`)
      expect(await menuLines(page), 'in English').toBe(1)
      const phone = await web.newPage(PHONE_360)
      await signInAs(phone, email)
      expect((await horizontalOverflow(phone)).scrollWidth).toBeLessThanOrEqual(360)
      await expectAccessible(phone)
    })
  }
})

describe('the oversight home', () => {
  it('is a sortable table at 1280 px and stacked rows at 360 px, both accessible', async () => {
    const page = await web.newPage(DESKTOP)
    await signInAs(page, 'oversight@prongsai.test')
    await page.goto('/staff/oversight')
    await expect(page.locator('main thead').isVisible()).resolves.toBe(true)
    await expect(page.locator('main th[aria-sort]').innerText()).resolves.toContain('หน่วยงาน')
    await page.locator('[data-sort="overdue"]').click()
    await page.waitForURL((u) => u.search === '?sort=overdue')
    await expect(page.locator('main th[aria-sort]').innerText()).resolves.toContain('เรื่องร้องเรียนเกินกำหนด')
    await expectAccessible(page)

    const phone = await web.newPage(PHONE_360)
    await signInAs(phone, 'oversight@prongsai.test')
    await phone.goto('/staff/oversight')
    expect((await horizontalOverflow(phone)).scrollWidth).toBeLessThanOrEqual(360)
    // Each row is a block with every cell under its column's name; the header row is for screen readers only.
    await expect(phone.locator('main thead').boundingBox()).resolves.toMatchObject({ width: 1, height: 1 })
    const firstRow = phone.locator('main tbody tr').first()
    await expect(firstRow.evaluate((tr) => (globalThis as unknown as InPage).getComputedStyle(tr).display)).resolves.toBe('block')
    await expect(firstRow.locator('td').nth(1).evaluate((td) => (globalThis as unknown as InPage).getComputedStyle(td, '::before').content)).resolves.toBe('"ความครบถ้วน OIT"')
    await expectAccessible(phone)
  })
})

describe('charts on a phone', () => {
  it('keep their labels at 12 px or more at 360 px, scrolling inside their box instead of shrinking', async () => {
    const phone = await web.newPage(PHONE_360)
    await signInAs(phone, 'admin@prongsai.test')
    await phone.goto('/admin/audit')
    const svg = phone.locator('.chart-figure svg').first()
    await svg.waitFor()
    const smallest = await svg.evaluate((el) => {
      const scale = el.getBoundingClientRect().width / Number(el.getAttribute('viewBox')?.split(/\s+/)[2] ?? el.getAttribute('width'))
      const sizes = [...el.querySelectorAll('text')].map((t) => parseFloat((globalThis as unknown as InPage).getComputedStyle(t).fontSize) * scale)
      return Math.min(...sizes)
    })
    expect(smallest).toBeGreaterThanOrEqual(12)
    expect((await horizontalOverflow(phone)).scrollWidth).toBeLessThanOrEqual(360)
    await expectAccessible(phone)
  })
})
