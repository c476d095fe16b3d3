import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_ORGANISATIONS } from '../../src/features/demo-data/demo-dataset.ts'
import { PHONE, expectAccessible, horizontalOverflow, useBrowserApp } from '../support/browser.ts'

const web = useBrowserApp()

const SCREENSHOTS = 'test-results/screenshots'
const NO_JS = { javaScriptEnabled: false }

/** A citizen's browser with JavaScript switched off, noting any stylesheet, font or image that fails to load. */
async function citizen(options: Parameters<typeof web.newPage>[0] = {}): Promise<{ page: Page; broken: string[] }> {
  const page = await web.newPage({ ...NO_JS, ...options })
  const broken: string[] = []
  page.on('response', (r) => {
    if (r.request().resourceType() !== 'document' && r.status() >= 400) broken.push(`${r.status()} ${r.url()}`)
  })
  page.on('requestfailed', (r) => broken.push(`failed ${r.url()}`))
  return { page, broken }
}

async function lang(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang')
}

async function heading(page: Page): Promise<string> {
  return page.getByRole('heading', { level: 1 }).innerText()
}

async function follow(page: Page, name: string, path: string): Promise<void> {
  await Promise.all([page.waitForURL((u) => u.pathname === path), page.getByRole('link', { name, exact: true }).click()])
}

describe('a citizen without JavaScript', () => {
  it('sees every demo organisation on the home page, and an agency’s contacts and overseeing province', async () => {
    const { page, broken } = await citizen()
    const response = await page.goto('/')
    expect(response?.status()).toBe(200)
    expect(await lang(page)).toBe('th')
    const listed = await page.locator('main').getByRole('link').allInnerTexts()
    expect(listed).toHaveLength(DEMO_ORGANISATIONS.length)
    expect(new Set(listed)).toEqual(new Set(DEMO_ORGANISATIONS.map((o) => o.nameTh)))
    await expectAccessible(page)

    await follow(page, 'เทศบาลตำบลเวียงทอง', '/o/wiang-thong')
    expect(await heading(page)).toBe('เทศบาลตำบลเวียงทอง')
    const main = await page.locator('main').innerText()
    expect(main).toContain('99 หมู่ 3 ตำบลเวียงทอง อำเภอเวียงทอง จังหวัดสุวรรณภูมิ 99120')
    expect(main).toContain('0 9912 0099')
    await expectAccessible(page)

    await follow(page, 'จังหวัดสุวรรณภูมิ (สำนักงานจังหวัด)', '/o/suvarnabhumi')
    expect(await heading(page)).toBe('จังหวัดสุวรรณภูมิ (สำนักงานจังหวัด)')
    await expect(page.getByRole('link', { name: 'เทศบาลตำบลเวียงทอง', exact: true }).isVisible()).resolves.toBe(true)
    await expectAccessible(page)
    expect(broken).toEqual([])
  })

  it('switches to English, stays in English from page to page, and switches back to Thai', async () => {
    const { page } = await citizen()
    await page.goto('/o/wiang-thong')
    await follow(page, 'English', '/o/wiang-thong')
    expect(await lang(page)).toBe('en')
    expect(await heading(page)).toBe('Wiang Thong Subdistrict Municipality')
    await expectAccessible(page)

    await follow(page, 'All organisations', '/')
    expect(await lang(page)).toBe('en')
    expect(await heading(page)).toBe('Integrity and transparency of public agencies')
    await expectAccessible(page)

    await follow(page, 'Nong Bua Subdistrict Administrative Organisation', '/o/nong-bua')
    expect(await lang(page)).toBe('en')
    await expect(page.locator('main').innerText()).resolves.toContain('Overseen by')
    await expectAccessible(page)

    await follow(page, 'ภาษาไทย', '/o/nong-bua')
    expect(await lang(page)).toBe('th')
    expect(await heading(page)).toBe('องค์การบริหารส่วนตำบลหนองบัว')
    await page.goto('/')
    expect(await lang(page)).toBe('th')
  })

  it('gets a Thai “page not found” for an organisation that does not exist', async () => {
    const { page } = await citizen()
    const response = await page.goto('/o/no-such-agency')
    expect(response?.status()).toBe(404)
    expect(await lang(page)).toBe('th')
    expect(await heading(page)).toBe('ไม่พบหน้าที่ต้องการ')
    await expect(page.getByRole('link', { name: 'กลับหน้าแรก' }).getAttribute('href')).resolves.toBe('/')
    await expectAccessible(page)
  })
})

describe('on screens of different sizes', () => {
  it('a phone never has to scroll sideways on the public pages', async () => {
    const { page, broken } = await citizen(PHONE)
    const thai = ['/', '/o/wiang-thong', '/o/suvarnabhumi', '/o/no-such-agency', '/sign-in', '/forgot-password']
    // English words are longer and cannot break anywhere the way Thai lines can.
    const english = ['/lang?to=en&back=/', '/o/suvarnabhumi-cdd', '/sign-in']
    for (const path of [...thai, ...english]) {
      await page.goto(path)
      const o = await horizontalOverflow(page)
      expect(o.scrollWidth, `${path} is ${o.scrollWidth}px wide on a ${o.innerWidth}px screen; too wide: ${o.widest.join(', ')}`).toBeLessThanOrEqual(o.innerWidth)
      await expectAccessible(page)
    }
    expect(broken).toEqual([])
  })

  it('the home page is captured on a desktop and on a phone for people to look at, its heading and first agency on the first screen', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    for (const [name, options, cssWidth, scale] of [
      ['home-desktop', {}, 1280, 1],
      ['home-phone', PHONE, 390, 2],
    ] as const) {
      const { page } = await citizen(options)
      await page.goto('/')
      const png = await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
      // The picture is the page as that screen shows it (PNG width from its IHDR header).
      expect(png.readUInt32BE(16), name).toBe(cssWidth * scale)
      // What the page is for is visible without scrolling: its heading and the first agency link.
      const fold = page.viewportSize()!.height
      const h1 = await page.getByRole('heading', { level: 1 }).boundingBox()
      const firstAgency = await page.locator('main').getByRole('link').first().boundingBox()
      expect(h1 && h1.y + h1.height, `${name}: heading below the first screen`).toBeLessThanOrEqual(fold)
      expect(firstAgency && firstAgency.y + firstAgency.height, `${name}: first agency below the first screen`).toBeLessThanOrEqual(fold)
    }
  })
})
