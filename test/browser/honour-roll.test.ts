import { join } from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { expectAccessible, horizontalOverflow, signInAs, signOut, submitForm, useBrowserApp } from '../support/browser.ts'

const shots = process.env.SCREENSHOT_DIR
const b = useBrowserApp()

describe('honour roll (A6) in a browser', () => {
  it('a coordinator records a person with a photo (kept across a 422), the head approves on a phone, the province and the public see it', async () => {
    const page = await b.newPage({ viewport: { width: 1280, height: 900 } })
    await signInAs(page, 'wt-ita@prongsai.test')
    await page.goto('/staff/honour-roll/new')
    await expectAccessible(page)
    const fill = (name: string, value: string) => page.locator(`[name="${name}"]`).fill(value)
    await fill('name_th', 'นายสมศักดิ์ คงมั่น')
    await fill('position_th', 'ผู้อำนวยการกองคลัง')
    const photo = await sharp({ create: { width: 120, height: 150, channels: 3, background: '#8a5a00' } }).png().toBuffer()
    await page.locator('input[name="photo"]').setInputFiles({ name: 'somsak.png', mimeType: 'image/png', buffer: photo })
    expect(await submitForm(page, 'บันทึก')).toBe(422)
    await expect(page.locator('[name="name_th"]').inputValue()).resolves.toBe('นายสมศักดิ์ คงมั่น')
    await expect(page.locator('main').innerText()).resolves.toContain('somsak.png')
    await expectAccessible(page)
    await fill('deed_th', 'ปฏิเสธกระเช้าของขวัญจากผู้รับจ้างและรายงานผู้บังคับบัญชาเป็นลายลักษณ์อักษร')
    await fill('commended_on-day', '15')
    await fill('commended_on-month', '1')
    await fill('commended_on-year', '2569')
    await fill('commended_by', 'นายกเทศมนตรีตำบลเวียงทอง')
    await page.locator('input[name="consent"][value="yes"]').check()
    expect(await submitForm(page, 'บันทึก')).toBe(303)
    const entryUrl = new URL(page.url()).pathname
    await expect(page.locator('main').innerText()).resolves.toContain('รอหัวหน้าหน่วยงานอนุมัติ')
    await signOut(page)

    const phone = await b.newPage({ viewport: { width: 360, height: 800 } })
    await signInAs(phone, 'wt-head@prongsai.test')
    await phone.goto(entryUrl)
    await expectAccessible(phone)
    expect((await horizontalOverflow(phone)).scrollWidth).toBeLessThanOrEqual(360)
    await phone.locator('[name="approver_name"]').fill('นายวีระ ทองเวียง')
    await phone.locator('[name="approver_position"]').fill('นายกเทศมนตรีตำบลเวียงทอง')
    await phone.locator('input[name="confirm"]').check()
    expect(await submitForm(phone, 'อนุมัติ')).toBe(303)
    await expect(phone.locator('main').innerText()).resolves.toContain('อนุมัติแล้ว')
    if (shots) await phone.screenshot({ path: join(shots, 'honour-entry-360.png'), fullPage: true })
    await signOut(phone)

    await phone.goto('/o/suvarnabhumi/honour-roll')
    await expect(phone.locator('main').innerText()).resolves.toContain('นายสมศักดิ์ คงมั่น')
    expect(await phone.locator('main img').evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0)
    await expectAccessible(phone)
    expect((await horizontalOverflow(phone)).scrollWidth).toBeLessThanOrEqual(360)
    if (shots) await phone.screenshot({ path: join(shots, 'honour-public-360.png'), fullPage: true })

    await signInAs(page, 'oversight@prongsai.test')
    await page.goto('/staff/oversight/honour-roll')
    await expect(page.locator('main').innerText()).resolves.toContain('นายสมศักดิ์ คงมั่น')
    await expectAccessible(page)
    if (shots) await page.screenshot({ path: join(shots, 'honour-oversight-1280.png'), fullPage: true })
  })
})
