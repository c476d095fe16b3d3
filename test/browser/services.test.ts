import { mkdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { expectAccessible, horizontalOverflow, signInAs, submitForm, useBrowserApp } from '../support/browser.ts'

const app = useBrowserApp()
const SHOTS = process.env.SCREENSHOT_DIR

describe('an officer publishes a citizen manual, files a request at the counter, and the applicant follows it on a phone', () => {
  it('works at 1280 px and at 360 px, with the flowchart readable and every page accessible', async () => {
    if (SHOTS) mkdirSync(SHOTS, { recursive: true })
    const officer = await app.newPage({ viewport: { width: 1280, height: 900 } })
    await signInAs(officer, 'wt-officer@prongsai.test')
    await officer.goto('/staff/services')
    await expectAccessible(officer)
    await officer.getByRole('link', { name: 'เพิ่มงานบริการ', exact: true }).click()
    await officer.getByLabel('ชื่องานบริการ (ภาษาไทย)').fill('การขอหนังสือรับรองการมีถิ่นที่อยู่')
    await officer.getByLabel('กฎหมายที่ให้อำนาจการอนุญาต หรือที่เกี่ยวข้อง').fill('พระราชบัญญัติการทะเบียนราษฎร พ.ศ. ๒๕๓๔')
    await officer.getByLabel('หน่วยงานที่รับผิดชอบ', { exact: true }).fill('สำนักปลัดเทศบาล งานทะเบียนราษฎร')
    await officer.getByLabel('สถานที่ / ช่องทางการให้บริการ', { exact: true }).fill('สำนักงานเทศบาลตำบลเวียงทอง')
    await officer.getByLabel('หลักเกณฑ์ วิธีการ เงื่อนไข').fill('ผู้ขอต้องมีชื่ออยู่ในทะเบียนบ้านในเขตเทศบาล')
    await officer.getByLabel('วันทำการ', { exact: true }).check()
    await officer.getByLabel('ขั้นตอนที่ 1', { exact: true }).fill('ยื่นคำขอและตรวจสอบหลักฐานการมีถิ่นที่อยู่ในเขตเทศบาล')
    await officer.getByLabel('ขั้นตอนที่ 1: ระยะเวลา (วัน)').fill('1')
    await officer.getByLabel('ขั้นตอนที่ 1: ส่วนงานที่รับผิดชอบ').fill('งานทะเบียนราษฎร')
    // Another step row, without JavaScript doing it: the form comes back with one more row.
    expect(await submitForm(officer, 'เพิ่มขั้นตอน')).toBe(200)
    await officer.getByLabel('ขั้นตอนที่ 2', { exact: true }).fill('ลงนามหนังสือรับรองและแจ้งผลแก่ผู้ยื่นคำขอ')
    await officer.locator('#step_days_1').fill('2')
    await officer.locator('#step_unit_1').fill('ปลัดเทศบาล')
    await officer.getByLabel('เอกสารรายการที่ 1', { exact: true }).fill('บัตรประจำตัวประชาชน')
    await officer.getByLabel('ช่องทางการร้องเรียน').fill('ศูนย์รับเรื่องร้องเรียน โทร 0 9912 0099')
    // No fee declared yet: sent back with the problem named.
    expect(await submitForm(officer, 'บันทึก')).toBe(422)
    await expect(officer.getByRole('alert').first().innerText()).resolves.toContain('ไม่มีค่าธรรมเนียม')
    await expect(officer.locator('#step_title_1').inputValue()).resolves.toBe('ลงนามหนังสือรับรองและแจ้งผลแก่ผู้ยื่นคำขอ')
    await expectAccessible(officer)
    await officer.getByLabel('ไม่มีค่าธรรมเนียม', { exact: true }).check()
    expect(await submitForm(officer, 'บันทึก')).toBe(303)
    expect(await submitForm(officer, 'เผยแพร่ฉบับที่ 1')).toBe(303)
    const key = (await app.db.selectFrom('services').select('service_key').executeTakeFirstOrThrow()).service_key

    // Citizen, wide screen: the manual with the flowchart in rows.
    const wide = await app.newPage({ viewport: { width: 1280, height: 900 } })
    await wide.goto(`/o/wiang-thong/services/${key}`)
    await expect(wide.locator('.flowchart-wide svg[role="img"]').isVisible()).resolves.toBe(true)
    await expect(wide.locator('.flowchart-narrow svg').isVisible()).resolves.toBe(false)
    await expect(wide.locator('.flowchart-wide svg text').allTextContents()).resolves.toEqual(expect.arrayContaining(['ขั้นตอนที่ 1 · 1 วันทำการ', 'ขั้นตอนที่ 2 · 2 วันทำการ', 'รวมระยะเวลาทั้งสิ้น 3 วันทำการ']))
    await expectAccessible(wide)
    if (SHOTS) await wide.screenshot({ path: `${SHOTS}/services-manual-1280.png`, fullPage: true })

    // Officer files a request at the counter and reads the slip.
    await officer.goto('/staff/service-requests/new')
    await officer.getByLabel('งานบริการ', { exact: true }).selectOption({ label: 'การขอหนังสือรับรองการมีถิ่นที่อยู่' })
    await officer.getByLabel('ชื่อ–นามสกุลผู้ยื่นคำขอ').fill('นางคำปุ่น ศรีเวียง')
    await officer.getByLabel('ช่องทางติดต่อกลับ').fill('081 234 5678')
    expect(await submitForm(officer, 'บันทึกคำขอและออกเลขที่')).toBe(201)
    const slip = await officer.locator('.summary-list').innerText()
    const reference = /คข-\d{4}-\d{5}/.exec(slip)![0]
    const code = /[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(slip)![0]
    await expectAccessible(officer)

    // Applicant on a 360 px phone: the manual reads in one column, then the follow-up.
    const phone = await app.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })
    await phone.goto(`/o/wiang-thong/services/${key}`)
    await expect(phone.locator('.flowchart-narrow svg[role="img"]').isVisible()).resolves.toBe(true)
    await expect(phone.locator('.flowchart-wide svg').isVisible()).resolves.toBe(false)
    const box = await phone.locator('.flowchart-narrow svg').boundingBox()
    // Drawn 340 wide: at 360 px it shows near its natural size, so its 15 px labels stay readable.
    expect(box!.width).toBeGreaterThan(300)
    expect((await horizontalOverflow(phone)).widest).toEqual([])
    await expectAccessible(phone)
    if (SHOTS) await phone.screenshot({ path: `${SHOTS}/services-manual-360.png`, fullPage: true })
    await phone.goto('/o/wiang-thong/services/follow-up')
    await phone.getByLabel('เลขที่คำขอ').fill(reference)
    await phone.getByLabel('รหัสติดตาม').fill(code)
    expect(await submitForm(phone, 'ดูสถานะ')).toBe(200)
    await expect(phone.locator('.summary-list').innerText()).resolves.toContain('รับคำขอแล้ว')
    await expect(phone.locator('main').innerText()).resolves.not.toContain('คำปุ่น')
    expect((await horizontalOverflow(phone)).widest).toEqual([])
    await expectAccessible(phone)
    if (SHOTS) await phone.screenshot({ path: `${SHOTS}/services-follow-up-360.png`, fullPage: true })
  })
})
