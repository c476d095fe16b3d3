import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDemoComments } from '../../src/features/comment-box/index.ts'
import { loadDemoConsultations } from '../../src/features/consultations/index.ts'
import { loadDemoInfoRequests } from '../../src/features/information-requests/index.ts'
import { loadDemoWebboard } from '../../src/features/webboard/index.ts'
import { expectAccessible, horizontalOverflow, signInAs, submitForm, useBrowserApp } from '../support/browser.ts'

const web = useBrowserApp()
const SHOTS = process.env.SCREENSHOT_DIR
const NARROW = { viewport: { width: 360, height: 740 }, javaScriptEnabled: false }

async function check(page: Page, name: string): Promise<void> {
  await expectAccessible(page)
  const o = await horizontalOverflow(page)
  expect(o.scrollWidth, `${page.url()} is wider than the screen: ${o.widest.join(', ')}`).toBeLessThanOrEqual(o.innerWidth)
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true })
    await page.screenshot({ path: `${SHOTS}/voice-${name}.png`, fullPage: true })
  }
}

beforeAll(async () => {
  // The demo loaders, through the real use cases, on this file's database.
  await loadDemoWebboard(web.db, new Date(), web.baseUrl)
  await loadDemoInfoRequests(web.db, new Date(), web.baseUrl)
  await loadDemoComments(web.db, new Date(), web.baseUrl)
  await loadDemoConsultations(web.db, new Date(), web.baseUrl)
})

describe('the voice of the public at Wiang Thong', () => {
  it('a citizen asks (held for a phone number), the moderator redacts and publishes, the official answer reads first', async () => {
    const citizen = await web.newPage()
    await citizen.goto('/o/wiang-thong/webboard')
    await expect(citizen.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('เว็บบอร์ดถาม–ตอบ')
    await expect(citizen.locator('body').innerText()).resolves.toContain('ไฟถนนหน้าตลาดดับหลายดวง')
    await check(citizen, 'board-1280')
    await citizen.getByRole('link', { name: 'รถเก็บขยะเข้าหมู่ 3 วันไหนบ้าง' }).click()
    const kinds = await citizen.locator('.thread > li').evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')))
    expect(kinds).toEqual(['official-answer', 'reply'])
    await check(citizen, 'question-1280')

    await citizen.goto('/o/wiang-thong/webboard/ask')
    expect(await submitForm(citizen, 'ส่งคำถาม')).toBe(422)
    await check(citizen, 'ask-422-1280')
    await citizen.getByLabel('งานบริการประชาชน').check()
    await citizen.getByLabel('ชื่อหรือนามแฝงที่จะแสดง').fill('คนเวียงทอง')
    await citizen.getByLabel('หัวเรื่อง').fill('ขอเอกสารรับรองที่อยู่')
    await citizen.getByLabel('คำถาม', { exact: true }).fill('ติดต่อกลับที่ 089-765-4321 ด้วยครับ')
    expect(await submitForm(citizen, 'ส่งคำถาม')).toBe(200)
    await expect(citizen.locator('.slip__receipt code').innerText()).resolves.toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/)
    await check(citizen, 'asked-1280')

    const officer = await web.newPage()
    await signInAs(officer, 'wt-officer@prongsai.test')
    await officer.goto('/staff/webboard')
    const section = officer.locator('section', { hasText: 'ขอเอกสารรับรองที่อยู่' })
    await expect(section.innerText()).resolves.toContain('มีหมายเลขโทรศัพท์')
    await check(officer, 'staff-board-1280')
    await section.getByLabel('ลบข้อความ (ไม่บังคับ)').fill('089-765-4321')
    await section.getByLabel('เหตุผลที่ลบ').fill('หมายเลขโทรศัพท์ส่วนตัว')
    const answered = officer.waitForResponse((r) => r.request().method() === 'POST')
    await section.getByRole('button', { name: 'เผยแพร่', exact: true }).click()
    expect((await answered).status()).toBe(303)
    await officer.waitForLoadState('load')

    await citizen.goto('/o/wiang-thong/webboard')
    await citizen.getByRole('link', { name: 'ขอเอกสารรับรองที่อยู่' }).click()
    await expect(citizen.locator('body').innerText()).resolves.not.toContain('089-765-4321')
  })

  it('at 360 px without JavaScript: the information centre, a request, and following it with the code', async () => {
    const page = await web.newPage(NARROW)
    await page.goto('/o/wiang-thong/webboard')
    await check(page, 'board-360')
    await page.goto('/o/wiang-thong/comments')
    await expect(page.locator('main').innerText()).resolves.toContain('เปิดให้บริการงานทะเบียนราษฎรทุกวันเสาร์')
    await check(page, 'comments-360')
    await page.goto('/o/wiang-thong/comments/new')
    expect(await submitForm(page, 'ส่งความคิดเห็น')).toBe(422)
    await check(page, 'comment-form-422-360')
    await page.goto('/o/wiang-thong/consultations')
    await check(page, 'participation-360')
    await page.getByRole('link', { name: 'ปรับเวลาเปิด–ปิดตลาดสดเทศบาล' }).click()
    await expect(page.locator('main').innerText()).resolves.toContain('สิ่งที่หน่วยงานจะดำเนินการ')
    await check(page, 'consultation-360')
    await page.goto('/o/wiang-thong/information')
    await check(page, 'centre-360')
    await page.goto('/o/wiang-thong/information/statistics')
    await check(page, 'statistics-360')
    await page.goto('/o/wiang-thong/information/request')
    await page.getByLabel('ชื่อ–นามสกุลผู้ยื่นคำขอ').fill('นายใฝ่รู้ ข้อมูลดี')
    await page.getByLabel('ที่อยู่ อีเมล หรือโทรศัพท์สำหรับแจ้งผล').fill('fairu@example.test')
    await page.getByLabel('ข้อมูลข่าวสารที่ขอ').fill('ผลการประเมิน ITA ปี 2569')
    await page.getByLabel('ไฟล์ทางอีเมล').check()
    expect(await submitForm(page, 'ส่งคำขอ')).toBe(200)
    await check(page, 'request-received-360')
    const number = (await page.locator('.slip .body').first().innerText()).split(': ')[1]!
    const code = await page.locator('.slip__receipt code').innerText()
    await page.goto('/o/wiang-thong/information/follow-up')
    await page.getByLabel('เลขที่คำขอ').fill(number)
    await page.getByLabel('รหัสติดตาม').fill(code)
    expect(await submitForm(page, 'ดูความคืบหน้า')).toBe(200)
    await expect(page.locator('body').innerText()).resolves.toContain('รับคำขอแล้ว')
    await expect(page.locator('body').innerText()).resolves.not.toContain('fairu@example.test')
    await check(page, 'follow-up-360')
  })

  it('the officer sees every state of the demo year and the overdue ones first', async () => {
    const page = await web.newPage()
    await signInAs(page, 'wt-head@prongsai.test')
    await page.goto('/staff/information-requests')
    const text = await page.locator('main').innerText()
    for (const label of ['ขอให้ผู้ยื่นคำขอชี้แจงเพิ่มเติม', 'กำลังดำเนินการ', 'ขยายระยะเวลา', 'ให้ข้อมูลครบถ้วน', 'ให้ข้อมูลบางส่วน', 'ปฏิเสธการเปิดเผย', 'ส่งต่อหน่วยงาน', 'รับคำขอแล้ว']) expect(text).toContain(label)
    expect(text).toContain('คำขอที่เลยกำหนด (สำหรับหัวหน้าหน่วยงาน)')
    await check(page, 'staff-requests-1280')
    await page.getByRole('link', { name: 'ขร. 5/2569' }).first().click()
    await check(page, 'staff-request-1280')
  })
})
