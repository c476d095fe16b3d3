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

// Its own app rather than useBrowserApp(): uploads must land in a temporary FILES_DIR, not in ./data.
let handle: DatabaseHandle
let app: FastifyInstance
let browser: Browser
let baseUrl: string
let dir: string
let logoPath: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'prongsai-browser-logo-'))
  logoPath = join(dir, 'ตราสัญลักษณ์เทศบาล.png')
  writeFileSync(logoPath, await sharp({ create: { width: 256, height: 256, channels: 4, background: '#0b6e4f' } }).png().toBuffer())
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

async function newPage(javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'th-TH', javaScriptEnabled })
  context.setDefaultTimeout(10_000)
  return context.newPage()
}

async function orgId(slug: string) {
  return (await handle.db.selectFrom('organisations').select(['id', 'logo_file_id']).where('slug', '=', slug).executeTakeFirstOrThrow())
}

/** Opens Wiang Thong's edit page, empties the Thai name, chooses the logo and saves: the form comes back. */
async function sendWithoutThaiName(page: Page): Promise<void> {
  await signInAs(page, 'wt-admin@prongsai.test')
  await page.goto(`/admin/organisations/${(await orgId('wiang-thong')).id}`)
  await page.getByLabel('ชื่อหน่วยงาน (ภาษาไทย)', { exact: true }).fill('')
  // "Upload a logo", or "Replace the logo" once there is one.
  await page.getByLabel(/^(อัปโหลด|เปลี่ยน)ตราสัญลักษณ์$/).setInputFiles(logoPath)
  expect(await submitForm(page, 'บันทึกการเปลี่ยนแปลง')).toBe(422)
}

describe('the organisation form in a browser without JavaScript', () => {
  it('keeps the chosen logo when the form is sent back, and saves it once the name is given', async () => {
    const page = await newPage(false)
    await sendWithoutThaiName(page)
    await expect(page.getByRole('alert').innerText()).resolves.toContain('กรุณากรอกชื่อหน่วยงานภาษาไทย')
    // Chromium's own multipart encoding of a Thai file name arrives intact.
    await expect(page.locator('.file-upload__kept').innerText()).resolves.toContain('ตราสัญลักษณ์เทศบาล.png')
    const preview = page.getByRole('img', { name: 'ตราสัญลักษณ์ที่อัปโหลดไว้' })
    await expect(preview.evaluate((img: { complete: boolean; naturalWidth: number }) => img.complete && img.naturalWidth)).resolves.toBe(192)
    expect((await orgId('wiang-thong')).logo_file_id).toBeNull()

    await page.getByLabel('ชื่อหน่วยงาน (ภาษาไทย)', { exact: true }).fill('เทศบาลตำบลเวียงทอง')
    expect(await submitForm(page, 'บันทึกการเปลี่ยนแปลง')).toBe(303)
    const saved = await orgId('wiang-thong')
    expect(saved.logo_file_id).not.toBeNull()
    const file = await handle.db.selectFrom('files').select('original_name').where('id', '=', saved.logo_file_id!).executeTakeFirstOrThrow()
    expect(file.original_name).toBe('ตราสัญลักษณ์เทศบาล.png')
    await expect(page.getByRole('img', { name: 'ตราสัญลักษณ์ปัจจุบัน' }).isVisible()).resolves.toBe(true)

    await page.goto('/o/wiang-thong')
    await expect(page.getByRole('img', { name: 'ตราสัญลักษณ์' }).evaluate((img: { naturalWidth: number }) => img.naturalWidth)).resolves.toBe(192)
  })

  it('is accessible with a kept upload and with a current logo', async () => {
    const page = await newPage(true)
    await sendWithoutThaiName(page)
    await expectAccessible(page)
    await page.getByLabel('ชื่อหน่วยงาน (ภาษาไทย)', { exact: true }).fill('เทศบาลตำบลเวียงทอง')
    expect(await submitForm(page, 'บันทึกการเปลี่ยนแปลง')).toBe(303)
    await expect(page.getByRole('checkbox', { name: 'ลบตราสัญลักษณ์ปัจจุบันเมื่อบันทึก' }).isVisible()).resolves.toBe(true)
    await expectAccessible(page)
  })
})
