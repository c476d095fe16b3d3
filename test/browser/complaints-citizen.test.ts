import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { addStaffMessage } from '../../src/features/complaints/complaint-handling.use-cases.ts'
import { openWithReceipt } from '../../src/features/complaints/complaint-intake.use-cases.ts'
import { DEMO_PASSWORD } from '../../src/features/demo-data/demo-dataset.ts'
import { loadActor } from '../../src/platform/auth/sessions.ts'
import { unlockOrCreateUserKeys } from '../../src/platform/auth/user-keys.ts'
import { PHONE, expectAccessible, horizontalOverflow, submitForm, useBrowserApp } from '../support/browser.ts'

const web = useBrowserApp()
const SHOTS = process.env.CITIZEN_SHOTS ?? 'test-results/screenshots'
const NO_JS = { javaScriptEnabled: false }

const WHAT_HAPPENED = 'เจ้าหน้าที่เก็บค่าธรรมเนียมแผงตลาดสดสูงกว่าอัตราที่ประกาศ และไม่ออกใบเสร็จ'

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: `${SHOTS}/citizen-${name}.png`, fullPage: true })
}

async function photo(): Promise<Buffer> {
  return sharp({ create: { width: 8, height: 8, channels: 3, background: '#aa3322' } }).png().toBuffer()
}

async function expectFitsTheScreen(page: Page): Promise<void> {
  const o = await horizontalOverflow(page)
  expect(o.scrollWidth, `wider than the screen: ${o.widest.join(', ')}`).toBeLessThanOrEqual(o.innerWidth)
}

/**
 * From the agency's page to the receipt: fills the form as an anonymous citizen with one photo.
 * Returns the receipt as shown (four groups of four).
 */
async function fileAnonymously(page: Page, options: { screenshots?: boolean; javaScript?: boolean } = {}): Promise<string> {
  await page.goto('/o/wiang-thong')
  await expectAccessible(page)
  await Promise.all([page.waitForURL('**/o/wiang-thong/complaints'), page.getByRole('link', { name: 'ร้องเรียน / แจ้งเบาะแส', exact: true }).click()])
  await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('ร้องเรียน / แจ้งเบาะแส')
  await expectAccessible(page)
  await expectFitsTheScreen(page)
  if (options.screenshots) await shot(page, 'agency')
  await Promise.all([page.waitForURL('**/complaints/new'), page.getByRole('link', { name: 'ยื่นเรื่องร้องเรียนทางเว็บไซต์', exact: true }).first().click()])
  await expectAccessible(page)
  await expectFitsTheScreen(page)
  if (options.screenshots) await shot(page, 'form')

  await page.getByLabel('กระทำการนอกเหนืออำนาจหน้าที่ หรือขัดหรือไม่ถูกต้องตามกฎหมาย', { exact: true }).check()
  await page.getByLabel('ผู้ถูกร้องเรียน (หน่วยงาน ส่วนงาน หรือเจ้าหน้าที่)', { exact: true }).fill('เจ้าหน้าที่เก็บค่าธรรมเนียมตลาด')
  await page.getByLabel('สถานที่เกิดเหตุ (ถ้าทราบ)', { exact: true }).fill('ตลาดสดเทศบาล')
  await page.getByLabel('ไฟล์หลักฐานที่ 1', { exact: true }).setInputFiles({ name: 'ภาพแผงตลาด.png', mimeType: 'image/png', buffer: await photo() })
  await page.getByLabel('ไม่ประสงค์ออกนาม', { exact: true }).check()
  if (options.javaScript === false) {
    // Sent back for the missing facts: the photo is kept, shown ticked by name, not to be chosen again.
    expect(await submitForm(page, 'ส่งเรื่องร้องเรียน')).toBe(422)
    await expect(page.getByLabel(/^ภาพแผงตลาด\.png \(/).isChecked()).resolves.toBe(true)
    await expectAccessible(page)
  }
  await page.getByLabel('ข้อเท็จจริงหรือพฤติการณ์ที่เกิดขึ้น', { exact: true }).fill(WHAT_HAPPENED)
  expect(await submitForm(page, 'ส่งเรื่องร้องเรียน')).toBe(200)

  await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('จดรหัสติดตามเรื่องของท่านไว้')
  const receipt = (await page.locator('#receipt-code').innerText()).trim()
  expect(receipt).toMatch(/^[0-9A-Z]{4}( [0-9A-Z]{4}){3}$/)
  await expectAccessible(page)
  await expectFitsTheScreen(page)
  if (options.screenshots) await shot(page, 'receipt')
  // Thai mode is all Thai: no English beside the receipt code itself.
  const receiptPage = (await page.locator('main').innerText()).replace(receipt, '')
  expect(receiptPage).not.toMatch(/[A-Za-z]{2,}/)
  // A print button where script runs (the hint says how to print where it does not); the printout has no buttons.
  await expect(page.getByRole('button', { name: 'พิมพ์หน้านี้', exact: true }).isVisible()).resolves.toBe(options.javaScript !== false)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: 'พิมพ์หน้านี้', exact: true }).isVisible()).resolves.toBe(false)
  await expect(page.locator('#receipt-code').isVisible()).resolves.toBe(true)
  if (options.screenshots) await shot(page, 'receipt-print')
  await page.emulateMedia({ media: 'screen' })

  // The step cannot be skipped: unticked, the same page comes back with the receipt still on it.
  expect(await submitForm(page, 'ไปยังหน้าติดตามเรื่อง')).toBe(422)
  await expect(page.getByRole('alert').innerText()).resolves.toContain('ยืนยันว่าท่านได้จดหรือบันทึกรหัสติดตามเรื่องแล้ว')
  await expect(page.locator('#receipt-code').innerText()).resolves.toBe(receipt)
  await expectAccessible(page)
  await page.getByLabel('ฉันได้จดหรือบันทึกรหัสนี้แล้ว', { exact: true }).check()
  expect(await submitForm(page, 'ไปยังหน้าติดตามเรื่อง')).toBe(303)
  expect(new URL(page.url()).pathname).toBe('/complaints/case')
  return receipt
}

async function expectOnCase(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/^เรื่องร้องเรียนเลขที่ \d{4}\/\d{4}$/)
  const main = await page.locator('main').innerText()
  expect(main).toContain('รับเรื่องแล้ว')
  expect(main).toContain(WHAT_HAPPENED)
  expect(main).toContain('ภาพแผงตลาด.png')
  // When the next step is due, by the agency's guideline.
  await expect(page.locator('#next-step').innerText()).resolves.toMatch(/ขั้นตอนต่อไป: ตรวจสอบและพิจารณารับเรื่อง หน่วยงานกำหนดให้แล้วเสร็จภายในวันที่ \d+ \S+ 25\d\d/)
}

describe('a citizen complaining', () => {
  it('files an anonymous complaint on a phone, saves the receipt and reaches the case', async () => {
    const page = await web.newPage(PHONE)
    await fileAnonymously(page, { screenshots: true })
    await expectOnCase(page)
    await expectAccessible(page)
    await expectFitsTheScreen(page)
    await shot(page, 'case')
  })

  it('shows the receipt in Thai only with a print button at 1280 px too', async () => {
    const page = await web.newPage()
    await fileAnonymously(page, { screenshots: false })
    await expectOnCase(page)
    await expectAccessible(page)
  })

  it('does the same with JavaScript switched off', async () => {
    const page = await web.newPage({ ...PHONE, ...NO_JS })
    await fileAnonymously(page, { javaScript: false })
    await expectOnCase(page)
    await expectAccessible(page)
  })

  it('follows up later with the receipt typed in lower case with spaces, reads the agency’s message and answers with a file', async () => {
    const first = await web.newPage()
    const receipt = await fileAnonymously(first)
    const { complaintId } = await openWithReceipt({ db: web.db, now: new Date(), baseUrl: web.baseUrl }, receipt)
    const officerId = await web.userId('wt-complaints@prongsai.test')
    const officer = { actor: (await loadActor(web.db, officerId))!, privateKey: await unlockOrCreateUserKeys(web.db, officerId, DEMO_PASSWORD) }
    await addStaffMessage({ db: web.db, now: new Date(), baseUrl: web.baseUrl }, officer, complaintId, { kind: 'staff', body: 'โปรดส่งภาพใบเสร็จที่ได้รับ (ถ้ามี)', evidence: [] })
    await addStaffMessage({ db: web.db, now: new Date(), baseUrl: web.baseUrl }, officer, complaintId, { kind: 'note', body: 'บันทึกภายในที่ผู้ร้องต้องไม่เห็น', evidence: [] })

    const page = await web.newPage(PHONE)
    await page.goto('/complaints/follow-up')
    await expectAccessible(page)
    await page.getByLabel('รหัสติดตามเรื่อง', { exact: true }).fill(receipt.toLowerCase())
    expect(await submitForm(page, 'เปิดดูเรื่อง')).toBe(303)
    await expectOnCase(page)
    const main = await page.locator('main').innerText()
    expect(main).toContain('โปรดส่งภาพใบเสร็จที่ได้รับ (ถ้ามี)')
    expect(main).not.toContain('บันทึกภายใน')

    await page.getByLabel('ข้อความถึงหน่วยงาน', { exact: true }).fill('ไม่ได้รับใบเสร็จ แนบภาพแผงที่ถูกเก็บเงินมาให้')
    await page.getByLabel('ไฟล์หลักฐานที่ 1', { exact: true }).setInputFiles({ name: 'แผงที่ 12.png', mimeType: 'image/png', buffer: await photo() })
    expect(await submitForm(page, 'ส่งข้อความ')).toBe(303)
    const after = await page.locator('main').innerText()
    expect(after).toContain('ส่งข้อความถึงหน่วยงานแล้ว')
    expect(after).toContain('ไม่ได้รับใบเสร็จ แนบภาพแผงที่ถูกเก็บเงินมาให้')
    expect(after).toContain('แผงที่ 12.png')
    await expectAccessible(page)
    await expectFitsTheScreen(page)

    await Promise.all([page.waitForURL('**/complaints/case/acknowledgement'), page.getByRole('link', { name: 'ใบรับเรื่องร้องเรียน (สำหรับพิมพ์หรือบันทึกเป็น PDF)', exact: true }).click()])
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('ใบรับเรื่องร้องเรียน')
    expect(await page.locator('main').innerText()).not.toContain(receipt)
    await expectAccessible(page)
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('link', { name: 'กลับไปที่เรื่องร้องเรียน' }).isVisible()).resolves.toBe(false)
    await shot(page, 'acknowledgement-print')
    await page.emulateMedia({ media: 'screen' })

    await page.goto('/complaints/case')
    expect(await submitForm(page, 'ออกจากเรื่องนี้')).toBe(303)
    expect(new URL(page.url()).pathname).toBe('/complaints/follow-up')
    await expectAccessible(page)
  })
})
