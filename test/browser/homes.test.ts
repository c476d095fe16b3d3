import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectAccessible, horizontalOverflow, signInAs, useBrowserApp } from '../support/browser.ts'

const web = useBrowserApp()

const DESKTOP = { viewport: { width: 1280, height: 800 } }
const PHONE_360 = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true }

const ROLES = ['admin@prongsai.test', 'oversight@prongsai.test', 'province-admin@prongsai.test', 'wt-officer@prongsai.test', 'wt-ita@prongsai.test', 'wt-complaints@prongsai.test', 'wt-procurement@prongsai.test', 'wt-head@prongsai.test', 'committee@prongsai.test']

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
