import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { expectAccessible, signInAs, signOut, submitForm, useBrowserApp } from '../support/browser.ts'

const shots = process.env.SCREENSHOT_DIR
const b = useBrowserApp()

describe('a content incident in a browser', () => {
  it('goes from the officer to the head, up to oversight, and is closed there', async () => {
    const page = await b.newPage()
    await signInAs(page, 'wt-officer@prongsai.test')
    await page.goto('/staff/incidents')
    await expectAccessible(page)
    await page.getByRole('link', { name: 'รายงานเหตุการณ์', exact: true }).click()
    await page.getByLabel('ข้อมูลข่าวสารของหน่วยงานถูกบิดเบือนหรือไม่เป็นความจริง').check()
    await page.getByLabel('พบที่ใด').fill('https://facebook.example/groups/wiangthong/posts/123')
    await page.getByLabel('รายละเอียด').fill('โพสต์อ้างว่าเทศบาลยกเลิกเบี้ยยังชีพผู้สูงอายุ ซึ่งไม่เป็นความจริง')
    // No date: the form comes back with the rest kept.
    expect(await submitForm(page, 'ส่งรายงานถึงหัวหน้าหน่วยงาน')).toBe(422)
    await expect(page.getByRole('alert').innerText()).resolves.toContain('กรอกวัน เดือน และปี')
    await expect(page.getByLabel('พบที่ใด').inputValue()).resolves.toBe('https://facebook.example/groups/wiangthong/posts/123')
    await expectAccessible(page)
    if (shots) await page.screenshot({ path: join(shots, 'incident-report-422.png'), fullPage: true })
    const today = new Date(Date.now() + 7 * 3600_000)
    await page.getByLabel('วันที่', { exact: true }).fill(String(today.getUTCDate()))
    await page.getByLabel('เดือน', { exact: true }).fill(String(today.getUTCMonth() + 1))
    await page.getByLabel('ปี (พ.ศ.)', { exact: true }).fill(String(today.getUTCFullYear() + 543))
    expect(await submitForm(page, 'ส่งรายงานถึงหัวหน้าหน่วยงาน')).toBe(303)
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('ข้อมูลข่าวสารของหน่วยงานถูกบิดเบือนหรือไม่เป็นความจริง')
    await signOut(page)

    await signInAs(page, 'wt-head@prongsai.test')
    await page.goto('/staff/incidents')
    await page.getByRole('link', { name: 'ข้อมูลข่าวสารของหน่วยงานถูกบิดเบือนหรือไม่เป็นความจริง' }).click()
    await page.getByLabel('การดำเนินการ', { exact: true }).selectOption('correction_published')
    await page.getByLabel('รายละเอียด', { exact: true }).fill('เผยแพร่ข่าวชี้แจงบนเพจเทศบาล')
    expect(await submitForm(page, 'บันทึกการดำเนินการ')).toBe(303)
    await page.getByLabel('เหตุผลและสิ่งที่ขอให้ช่วย').fill('ข่าวแพร่ไปหลายอำเภอ กระทบภาพลักษณ์จังหวัด')
    await expectAccessible(page)
    if (shots) await page.screenshot({ path: join(shots, 'incident-head.png'), fullPage: true })
    expect(await submitForm(page, 'รายงานผู้กำกับติดตาม')).toBe(303)
    await signOut(page)

    await signInAs(page, 'oversight@prongsai.test')
    await page.goto('/staff/incidents')
    await expectAccessible(page)
    await page.getByRole('link', { name: 'ข้อมูลข่าวสารของหน่วยงานถูกบิดเบือนหรือไม่เป็นความจริง' }).click()
    await page.getByLabel('ข้อความถึงหน่วยงาน').fill('ให้ประสานประชาสัมพันธ์จังหวัดออกข่าวชี้แจง')
    expect(await submitForm(page, 'บันทึกการตอบกลับ')).toBe(303)
    await page.getByLabel('สรุปผล', { exact: true }).fill('ชี้แจงแล้ว ข่าวเท็จถูกลบ')
    expect(await submitForm(page, 'ปิดเรื่อง')).toBe(303)
    await expect(page.locator('main').innerText()).resolves.toContain('ปิดเรื่องแล้ว')
    await expectAccessible(page)
    if (shots) await page.screenshot({ path: join(shots, 'incident-closed.png'), fullPage: true })
    const row = await b.db.selectFrom('content_incidents').select('status').executeTakeFirstOrThrow()
    expect(row.status).toBe('closed')
  })
})
