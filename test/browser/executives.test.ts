import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { type Browser, type Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import type { DatabaseHandle } from '../../src/db/connect.ts'
import { createTestDb } from '../support/test-db.ts'
import { testBrowser, expectAccessible, signInAs, submitForm } from '../support/browser.ts'

// Its own app rather than useBrowserApp(): the photo must land in a temporary FILES_DIR, not in ./data.
let handle: DatabaseHandle
let app: FastifyInstance
let browser: Browser
let baseUrl: string
let dir: string
let photoPath: string
const shots = process.env.SCREENSHOT_DIR

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'prongsai-browser-executives-'))
  photoPath = join(dir, 'ภาพนายก.png')
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="300"><rect width="240" height="300" fill="#1d4f91"/><circle cx="120" cy="112" r="52" fill="#eee"/><path d="M30 300 C30 215 75 185 120 185 C165 185 210 215 210 300 Z" fill="#eee"/></svg>'
  writeFileSync(photoPath, await sharp(Buffer.from(svg)).png().toBuffer())
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

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'th-TH' })
  context.setDefaultTimeout(10_000)
  return context.newPage()
}

describe('keeping the executives in a browser', () => {
  it('adds a person with a photo (kept across a rejected form), orders the list, and shows the public cards', async () => {
    const page = await newPage()
    await signInAs(page, 'wt-officer@prongsai.test')
    await page.goto('/staff/executives')
    await expectAccessible(page)
    await page.getByRole('link', { name: 'เพิ่มรายชื่อ', exact: true }).click()
    await page.getByLabel('ชื่อ–นามสกุล (ภาษาอังกฤษ) ไม่บังคับ').fill('Mr Weera Thongwiang')
    await page.getByLabel('ตำแหน่ง (ภาษาไทย)', { exact: true }).fill('นายกเทศมนตรีตำบลเวียงทอง')
    await page.getByLabel('โทรศัพท์ ไม่บังคับ').fill('0 9912 0099')
    await page.getByLabel('อัปโหลดภาพถ่าย ไม่บังคับ').setInputFiles(photoPath)
    expect(await submitForm(page, 'บันทึก')).toBe(422)
    await expect(page.getByRole('alert').innerText()).resolves.toContain('กรอกชื่อ–นามสกุลภาษาไทย')
    await expect(page.locator('.file-upload__kept').innerText()).resolves.toContain('ภาพนายก.png')
    await expectAccessible(page)
    if (shots) await page.screenshot({ path: join(shots, 'executive-form-422.png'), fullPage: true })

    await page.getByLabel('ชื่อ–นามสกุล (ภาษาไทย)', { exact: true }).fill('นายวีระ ทองเวียง')
    expect(await submitForm(page, 'บันทึก')).toBe(303)
    await page.getByRole('link', { name: 'เพิ่มรายชื่อ', exact: true }).click()
    await page.getByLabel('ชื่อ–นามสกุล (ภาษาไทย)', { exact: true }).fill('นางสาวมาลี ศรีสุข')
    await page.getByLabel('ตำแหน่ง (ภาษาไทย)', { exact: true }).fill('รองนายกเทศมนตรี')
    expect(await submitForm(page, 'บันทึก')).toBe(303)
    await expect(page.locator('.org-list__item').allInnerTexts()).resolves.toEqual([expect.stringContaining('นายวีระ ทองเวียง'), expect.stringContaining('นางสาวมาลี ศรีสุข')])
    // The deputy moves above the mayor, then back.
    expect(await submitForm(page, 'เลื่อนขึ้น (นางสาวมาลี ศรีสุข)')).toBe(303)
    await expect(page.locator('.org-list__item').first().innerText()).resolves.toContain('นางสาวมาลี ศรีสุข')
    expect(await submitForm(page, 'เลื่อนลง (นางสาวมาลี ศรีสุข)')).toBe(303)
    await expect(page.locator('.org-list__item').first().innerText()).resolves.toContain('นายวีระ ทองเวียง')
    await expectAccessible(page)
    if (shots) await page.screenshot({ path: join(shots, 'executives-staff-list.png'), fullPage: true })

    // A citizen sees the cards at once, the photo loaded with its alt text.
    const citizen = await newPage()
    await citizen.goto('/o/wiang-thong/executives')
    const photo = citizen.getByRole('img', { name: 'ภาพของ นายวีระ ทองเวียง' })
    await expect(photo.evaluate((img: { complete: boolean; naturalWidth: number }) => img.complete && img.naturalWidth > 0)).resolves.toBe(true)
    await expect(citizen.getByRole('link', { name: '0 9912 0099' }).getAttribute('href')).resolves.toBe('tel:099120099')
    await expect(citizen.getByRole('heading', { level: 3 }).allInnerTexts()).resolves.toEqual(['นายวีระ ทองเวียง', 'นางสาวมาลี ศรีสุข'])
    await expectAccessible(citizen)
    if (shots) await citizen.screenshot({ path: join(shots, 'executives-public.png'), fullPage: true })
  })
})
