import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { expectAccessible, signInAs, signOut, submitForm, useBrowserApp } from '../support/browser.ts'

const shots = process.env.SCREENSHOT_DIR
const b = useBrowserApp()

describe('the conflict-of-interest screen in a browser', () => {
  it('a staff member declares an interest, the procurement officer screens a bidder and clears the hit with a reason, at 1280 and 360 px', async () => {
    const page = await b.newPage({ viewport: { width: 1280, height: 900 } })
    await signInAs(page, 'wt-officer@prongsai.test')
    await page.goto('/staff/conflict/my-record')
    await expectAccessible(page)
    await page.getByLabel('ประเภทและความสัมพันธ์').selectOption('person:spouse')
    await page.getByLabel('ชื่อ-สกุล ที่อยู่ หรือชื่อกิจการ').fill('นายประสิทธิ์ ศรีสุข')
    await page.getByLabel('เลขประจำตัวผู้เสียภาษี / เลขประจำตัวประชาชน (ถ้ามี)').fill('123')
    expect(await submitForm(page, 'เพิ่ม')).toBe(422)
    await expectAccessible(page)
    await page.getByLabel('เลขประจำตัวผู้เสียภาษี / เลขประจำตัวประชาชน (ถ้ามี)').fill('')
    expect(await submitForm(page, 'เพิ่ม')).toBe(303)
    await signOut(page)

    await signInAs(page, 'wt-procurement@prongsai.test')
    await page.goto('/staff/conflict/procurements/new')
    await page.getByLabel('ชื่อโครงการ / รายการจัดซื้อจัดจ้าง').fill('จ้างซ่อมแซมอาคารศูนย์พัฒนาเด็กเล็ก')
    await page.getByLabel('วิธีจัดซื้อจัดจ้าง').selectOption('specific')
    expect(await submitForm(page, 'บันทึก')).toBe(303)
    await page.getByLabel('ชื่อผู้เสนอราคา (บุคคลหรือนิติบุคคล)').fill('หจก. ศรีสุขการช่าง')
    await page.getByLabel('กรรมการ / หุ้นส่วนผู้จัดการ').fill('นายมานพ ศรีสุข')
    expect(await submitForm(page, 'เพิ่มผู้เสนอราคา')).toBe(303)
    expect(await submitForm(page, 'ตรวจสอบผู้เสนอราคากับข้อมูลบุคลากร')).toBe(303)
    await expect(page.locator('main').innerText()).resolves.toContain('นามสกุลตรงกัน')
    await page.getByLabel('ไม่เกี่ยวข้อง').check()
    expect(await submitForm(page, 'บันทึกผลการพิจารณา')).toBe(422)
    await expectAccessible(page)
    await page.getByLabel('เหตุผล').fill('นามสกุลซ้ำโดยบังเอิญ ไม่ใช่ญาติ')
    expect(await submitForm(page, 'บันทึกผลการพิจารณา')).toBe(303)
    await expect(page.locator('main').innerText()).resolves.toContain('นามสกุลซ้ำโดยบังเอิญ')
    await expectAccessible(page)
    if (shots) await page.screenshot({ path: join(shots, 'conflict-1280.png'), fullPage: true })
    await page.setViewportSize({ width: 360, height: 800 })
    await page.reload()
    await expectAccessible(page)
    const overflow = await page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth + 1')
    expect(overflow).toBe(false)
    if (shots) await page.screenshot({ path: join(shots, 'conflict-360.png'), fullPage: true })
  })
})
