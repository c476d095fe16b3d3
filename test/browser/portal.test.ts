import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import type { DatabaseHandle } from '../../src/db/connect.ts'
import { createTestDb } from '../support/test-db.ts'
import { testBrowser, expectAccessible, horizontalOverflow, PHONE, signInAs, submitForm } from '../support/browser.ts'

// Its own app rather than useBrowserApp(): uploads must land in a temporary FILES_DIR, not in ./data.
let handle: DatabaseHandle
let app: FastifyInstance
let browser: Browser
let baseUrl: string
let dir: string
let pdfPath: string
const SHOTS = '/tmp/shots'

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'prongsai-browser-portal-'))
  mkdirSync(SHOTS, { recursive: true })
  pdfPath = join(dir, 'แผนการจัดซื้อจัดจ้าง 2570.pdf')
  writeFileSync(pdfPath, '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n')
  handle = await createTestDb()
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'false', SIGN_IN_RATE_PER_MINUTE: '1000', FILES_DIR: join(dir, 'files') })
  app = await createApp({ db: handle.db, engine: handle.engine, config, clock: () => new Date() })
  await app.listen({ host: '127.0.0.1', port: 0 })
  baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  browser = await testBrowser()
})
afterAll(async () => {
  await browser?.close()
  await app?.close()
  await handle?.close()
  rmSync(dir, { recursive: true, force: true })
})

async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'th-TH', timezoneId: 'Asia/Bangkok', viewport: { width: 1280, height: 800 }, ...options })
  context.setDefaultTimeout(10_000)
  return context.newPage()
}

/**
 * The pages carry no script, so a copy opened with JavaScript on is the same page; axe needs
 * JavaScript to run, so it checks that copy.
 */
async function expectAccessibleAt(path: string, options: BrowserContextOptions = {}): Promise<void> {
  const page = await newPage(options)
  expect((await page.goto(path))?.status()).toBe(200)
  await expectAccessible(page)
  await page.context().close()
}

const TABLE = '<h2>งบประมาณตามแผน</h2>\n<table><thead><tr><th>โครงการ</th><th>งบประมาณ (บาท)</th></tr></thead><tbody><tr><td>ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3</td><td>1,250,000</td></tr><tr><td>จัดซื้อครุภัณฑ์คอมพิวเตอร์</td><td>96,000</td></tr></tbody></table>'

describe('an officer publishes an item and a citizen opens it on a phone', () => {
  it('creates the item with a file, publishes it, and the public page works without JavaScript', async () => {
    const officer = await newPage()
    await signInAs(officer, 'wt-officer@prongsai.test')
    await officer.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'เปิดเผยข้อมูล', exact: true }).click()
    await officer.waitForURL((u) => u.pathname === '/staff/portal')
    await expectAccessible(officer)

    await officer.getByRole('link', { name: 'เพิ่มรายการในหมวด "แผนการจัดซื้อจัดจ้าง"' }).click()
    await officer.waitForURL((u) => u.pathname === '/staff/portal/new')
    // The section, this year and the officer herself are already chosen.
    await expect(officer.getByLabel('หมวด', { exact: true }).inputValue()).resolves.toBe('procurement-plan')
    await expect(officer.getByLabel('ปีงบประมาณของข้อมูล').inputValue()).resolves.toMatch(/^25[0-9]{2}$/)
    await expectAccessible(officer)
    await officer.getByLabel('ชื่อเรื่อง (ภาษาไทย)').fill('แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2570')
    await officer.getByLabel('เนื้อหา', { exact: true }).fill(TABLE)
    await officer.getByLabel('ชื่อลิงก์ 1').fill('ระบบจัดซื้อจัดจ้างภาครัฐ (e-GP)')
    await officer.getByLabel('ที่อยู่ลิงก์ 1').fill('https://www.gprocurement.go.th/')
    await officer.getByLabel('แนบไฟล์ 1 (ไม่บังคับ)').setInputFiles(pdfPath)
    await officer.screenshot({ path: `${SHOTS}/portal-form.png`, fullPage: true })
    expect(await submitForm(officer, 'บันทึก')).toBe(303)
    expect(officer.url()).toMatch(/\/staff\/portal\/items\/[0-9a-f-]{36}$/)
    await expect(officer.getByRole('alert').innerText()).resolves.toContain('บันทึกรายการแล้ว')
    await expectAccessible(officer)

    expect(await submitForm(officer, 'เผยแพร่')).toBe(303)
    await expect(officer.getByRole('alert').innerText()).resolves.toContain('เผยแพร่แล้ว')
    const address = await officer.getByRole('link', { name: '/o/wiang-thong/p/procurement-plan-1' }).getAttribute('href')
    expect(address).toBe('/o/wiang-thong/p/procurement-plan-1')
    await officer.screenshot({ path: `${SHOTS}/portal-staff-item.png`, fullPage: true })

    // A citizen, on a phone with JavaScript off, opens the address they were given.
    const citizen = await newPage({ ...PHONE, javaScriptEnabled: false })
    const broken: string[] = []
    citizen.on('response', (r) => {
      if (r.request().resourceType() !== 'document' && r.status() >= 400) broken.push(`${r.status()} ${r.url()}`)
    })
    expect((await citizen.goto(address!))?.status()).toBe(200)
    await expect(citizen.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2570')
    await expect(citizen.getByRole('cell', { name: 'ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3' }).isVisible()).resolves.toBe(true)
    await expect(citizen.getByRole('link', { name: 'ระบบจัดซื้อจัดจ้างภาครัฐ (e-GP)' }).getAttribute('href')).resolves.toBe('https://www.gprocurement.go.th/')
    const fileLink = citizen.getByRole('link', { name: 'แผนการจัดซื้อจัดจ้าง 2570.pdf' })
    const fileHref = await fileLink.getAttribute('href')
    const download = await citizen.request.get(fileHref!)
    expect(download.status()).toBe(200)
    expect(download.headers()['content-type']).toBe('application/pdf')
    await citizen.screenshot({ path: `${SHOTS}/portal-item-phone.png`, fullPage: true })

    await citizen.goto('/o/wiang-thong/portal')
    await expect(citizen.getByRole('link', { name: 'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2570' }).getAttribute('href')).resolves.toBe(address)
    await citizen.screenshot({ path: `${SHOTS}/portal-index-phone.png`, fullPage: true })
    await citizen.goto(`/o/wiang-thong/search?q=${encodeURIComponent('คอนกรีต')}`)
    await expect(citizen.getByRole('link', { name: 'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2570' }).isVisible()).resolves.toBe(true)
    await citizen.screenshot({ path: `${SHOTS}/portal-search-phone.png`, fullPage: true })
    expect(broken).toEqual([])

    for (const path of [address!, '/o/wiang-thong/portal', `/o/wiang-thong/search?q=${encodeURIComponent('คอนกรีต')}`]) await expectAccessibleAt(path, PHONE)
  })

  it('a phone never scrolls sideways on the portal pages, with JavaScript on (so the check can run)', async () => {
    const page = await newPage(PHONE)
    for (const path of ['/o/wiang-thong/p/procurement-plan-1', '/o/wiang-thong/portal', '/o/wiang-thong/portal/procurement-plan', '/search?q=x']) {
      expect((await page.goto(path))?.status(), path).toBe(200)
      const o = await horizontalOverflow(page)
      expect(o.scrollWidth, `${path} is ${o.scrollWidth}px wide on a ${o.innerWidth}px screen; too wide: ${o.widest.join(', ')}`).toBeLessThanOrEqual(o.innerWidth)
      await expectAccessible(page)
    }
  })
})
