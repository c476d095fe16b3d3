import { mkdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { expectAccessible, signInAs, submitForm, useBrowserApp } from '../support/browser.ts'
import { currentFiscalYear } from '../../src/platform/thai-calendar/index.ts'

const app = useBrowserApp()
const SHOTS = '/tmp/shots'

describe('a monthly procurement summary, from the officer to the citizen', () => {
  it('the procurement officer enters October, publishes it, and a citizen reads it without JavaScript', async () => {
    mkdirSync(SHOTS, { recursive: true })
    // The app runs on the real clock: the current fiscal year, whose first month is October of the BE year before.
    const fy = currentFiscalYear(new Date())
    const page = await app.newPage()
    await signInAs(page, 'wt-procurement@prongsai.test')
    await page.goto('/staff/procurement')
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(`การจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. ${fy}`)
    await expectAccessible(page)
    await page.screenshot({ path: `${SHOTS}/procurement-overview-empty.png`, fullPage: true })

    await page.getByRole('link', { name: `ตุลาคม ${fy - 1}`, exact: true }).click()
    await page.waitForURL((u) => u.pathname === `/staff/procurement/wiang-thong/${fy}/months/10`)
    await expectAccessible(page)
    const row = page.locator('fieldset#row-0')
    await page.getByLabel('ผู้รายงาน (ผู้รับผิดชอบ)').fill('นายพัสดุ ถูกต้อง')
    await row.getByLabel('งานที่จัดซื้อหรือจัดจ้าง', { exact: true }).fill('จัดซื้อวัสดุสำนักงาน')
    await row.getByLabel('วงเงินที่จะซื้อหรือจ้าง (บาท)').fill('12,500')
    await row.getByLabel('ราคากลาง (บาท)').fill('12,500')
    await row.getByLabel('วิธีซื้อหรือจ้าง').selectOption('specific')
    await row.getByLabel('รายชื่อผู้เสนอราคาและราคาที่เสนอ').fill('ร้านเวียงทองพาณิชย์ 12,350.00 บาท')
    await row.getByLabel('ผู้ได้รับการคัดเลือก', { exact: true }).fill('ร้านเวียงทองพาณิชย์')
    await row.getByLabel('ราคาที่ตกลงซื้อหรือจ้าง (บาท)').fill('12,350x')
    await row.getByLabel('เหตุผลที่คัดเลือกโดยสรุป').fill('เป็นผู้มีอาชีพขายโดยตรงและเสนอราคาต่ำสุด')
    await row.getByLabel('เลขที่สัญญาหรือข้อตกลง').fill('ใบสั่งซื้อ 5/2570')
    await row.getByLabel('วันที่', { exact: true }).fill('28')
    await row.getByLabel('เดือน', { exact: true }).fill('10')
    await row.getByLabel('ปี (พ.ศ.)').fill(String(fy - 1))

    // A typo in the agreed price: the page comes back with the message and everything typed.
    expect(await submitForm(page, 'บันทึก')).toBe(422)
    await expect(page.locator('.error-summary').innerText()).resolves.toContain('ราคาที่ตกลงซื้อหรือจ้างต้องเป็นจำนวนเงิน')
    await expect(row.getByLabel('งานที่จัดซื้อหรือจัดจ้าง', { exact: true }).inputValue()).resolves.toBe('จัดซื้อวัสดุสำนักงาน')
    await expectAccessible(page)
    await page.screenshot({ path: `${SHOTS}/procurement-month-errors.png`, fullPage: true })
    await page.locator('fieldset#row-0').getByLabel('ราคาที่ตกลงซื้อหรือจ้าง (บาท)').fill('12,350')
    expect(await submitForm(page, 'บันทึก')).toBe(303)
    await page.waitForURL((u) => u.pathname === '/staff/procurement')
    await expect(page.getByText('บันทึกฉบับที่ 1 แล้ว').count()).resolves.toBe(1)

    const october = page.getByRole('row').filter({ has: page.getByRole('link', { name: `ตุลาคม ${fy - 1}`, exact: true }) })
    await expect(october.innerText()).resolves.toContain('ร่าง (ยังไม่เผยแพร่)')
    expect(await (async () => {
      const wait = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/months/10/publication'))
      await october.getByRole('button', { name: 'เผยแพร่' }).click()
      return (await wait).status()
    })()).toBe(303)
    await page.waitForURL((u) => u.pathname === '/staff/procurement')
    await expect(october.innerText()).resolves.toContain('เผยแพร่แล้ว')
    await expectAccessible(page)
    await page.screenshot({ path: `${SHOTS}/procurement-overview.png`, fullPage: true })

    const citizen = await app.newPage({ javaScriptEnabled: false })
    await citizen.goto(`/o/wiang-thong/procurement/monthly/${fy}/10`)
    await expect(citizen.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(`สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนตุลาคม พ.ศ. ${fy - 1}`)
    const cells = await citizen.getByRole('table').locator('tbody tr').first().locator('td').allInnerTexts()
    expect(cells.slice(0, 5)).toEqual(['1', 'จัดซื้อวัสดุสำนักงาน', '12,500.00', '12,500.00', 'เฉพาะเจาะจง'])
    expect(cells[6]).toContain('ราคา 12,350.00 บาท')
    await citizen.screenshot({ path: `${SHOTS}/procurement-public-month.png`, fullPage: true })
    await citizen.getByRole('link', { name: 'รายงานผลประจำปี' }).click()
    await expect(citizen.getByText('รวบรวมจากสรุปผลรายเดือนที่เผยแพร่แล้ว 1 จาก 12 เดือน: 1 รายการ ราคาที่ตกลงรวม 12,350.00 บาท').count()).resolves.toBe(1)

    // The same public pages checked for accessibility in a context where axe can run.
    const reader = await app.newPage()
    for (const path of [`/o/wiang-thong/procurement/monthly/${fy}/10`, `/o/wiang-thong/procurement/monthly/${fy}`, `/o/wiang-thong/procurement/annual/${fy}`]) {
      await reader.goto(path)
      await expectAccessible(reader)
    }
  })
})
