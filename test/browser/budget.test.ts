import { mkdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { expectAccessible, PHONE, signInAs, submitForm, useBrowserApp } from '../support/browser.ts'

const app = useBrowserApp()
const SHOTS = '/tmp/shots'

describe('an officer publishes the budget spending plan and a citizen reads it', () => {
  it('the officer fills in the table (a mistake first) and publishes it', async () => {
    mkdirSync(SHOTS, { recursive: true })
    const officer = await app.newPage()
    await signInAs(officer, 'wt-officer@prongsai.test')
    await officer.goto('/staff/budget')
    await officer.getByLabel('ปีงบประมาณ', { exact: true }).selectOption('2569')
    await officer.getByRole('button', { name: 'เปิดแผนของปีนี้' }).click()
    await officer.waitForURL((u) => u.pathname === '/staff/budget/wiang-thong/2569')

    const cell = (row: number, column: string) => officer.getByLabel(`แถว ${row}: ${column}`, { exact: true })
    await cell(1, 'แผนงาน/โครงการ/หมวดรายจ่าย').fill('แผนงานเคหะและชุมชน')
    await cell(1, 'ประเภท').fill('งบลงทุน')
    await cell(1, 'งบประมาณที่ได้รับ (บาท)').fill('9,760,000')
    for (const [q, planned, actual] of [[1, '976,000', '950,000'], [2, '2,928,000', '2,700,000'], [3, '3,904,000', '3,500,000'], [4, '1,952,000', '1,200,000']] as const) {
      await cell(1, `แผนไตรมาส ${q}`).fill(planned)
      await cell(1, `ผลไตรมาส ${q}`).fill(actual)
    }
    await cell(2, 'แผนงาน/โครงการ/หมวดรายจ่าย').fill('แผนงานการศึกษา')
    await cell(2, 'งบประมาณที่ได้รับ (บาท)').fill('8,42O,000')
    await officer.getByLabel('ผู้รับผิดชอบข้อมูล (ชื่อและตำแหน่ง)').fill('นางสาวกานดา ศรีสุข ผู้อำนวยการกองคลัง')
    expect(await submitForm(officer, 'บันทึกแผน')).toBe(422)
    await expect(officer.getByRole('alert').first().innerText()).resolves.toContain('"8,42O,000" ไม่ใช่จำนวนเงิน')
    await expect(cell(1, 'ผลไตรมาส 4').inputValue()).resolves.toBe('1,200,000')
    await expectAccessible(officer)
    await officer.screenshot({ path: `${SHOTS}/budget-editor-errors.png`, fullPage: true })

    await cell(2, 'งบประมาณที่ได้รับ (บาท)').fill('8,420,000')
    await cell(2, 'แผนไตรมาส 1').fill('2,526,000')
    await cell(2, 'ผลไตรมาส 1').fill('2,400,000.50')
    expect(await submitForm(officer, 'บันทึกแผน')).toBe(303)
    await expect(officer.getByRole('alert').innerText()).resolves.toContain('บันทึกฉบับที่ 1 แล้ว')
    expect(await submitForm(officer, 'เผยแพร่')).toBe(303)
    await expect(officer.getByRole('alert').innerText()).resolves.toContain('เผยแพร่แล้ว')
    await expectAccessible(officer)
    await officer.screenshot({ path: `${SHOTS}/budget-editor.png`, fullPage: true })
  })

  it('a citizen with JavaScript off reads it on a phone, with its figures, infographic and open data', async () => {

    // A citizen with JavaScript off follows the agency's budget link to the newest year.
    const citizen = await app.newPage({ ...PHONE, javaScriptEnabled: false })
    const response = await citizen.goto('/o/wiang-thong/budget')
    expect(response?.status()).toBe(200)
    expect(new URL(citizen.url()).pathname).toBe('/o/wiang-thong/budget/2569')
    await expect(citizen.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('แผนการใช้จ่ายงบประมาณและผลการใช้จ่าย ประจำปีงบประมาณ พ.ศ. 2569')
    // 8,350,000 + 2,400,000.50 of 18,180,000 spent: 59.13%.
    await expect(citizen.getByText('10,750,000.50 บาท (59.13% ของงบประมาณ)').isVisible()).resolves.toBe(true)
    await expect(citizen.getByRole('rowheader', { name: 'แผนงานเคหะและชุมชน งบลงทุน' }).isVisible()).resolves.toBe(true)
    await expect(citizen.locator('figure svg').count()).resolves.toBe(2)
    await citizen.screenshot({ path: `${SHOTS}/budget-public-phone.png`, fullPage: true })
    const csv = await citizen.request.get(await citizen.getByRole('link', { name: 'ดาวน์โหลด CSV' }).getAttribute('href').then((h) => h!))
    expect(csv.status()).toBe(200)
    expect(await csv.text()).toContain('แผนงานการศึกษา,,8420000,2526000,0,0,0,2400000.5')

    // axe needs JavaScript; the page carries none, so a copy with it on is the same page.
    const checker = await app.newPage()
    for (const path of ['/o/wiang-thong/budget/2569', '/o/wiang-thong/budget/2568']) {
      await checker.goto(path)
      await expectAccessible(checker)
    }
    const wide = await app.newPage()
    await wide.goto('/o/wiang-thong/budget/2569')
    await wide.screenshot({ path: `${SHOTS}/budget-public.png`, fullPage: true })
  })
})
