import { mkdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { expectAccessible, signInAs, submitForm, useBrowserApp } from '../support/browser.ts'

const app = useBrowserApp()
const SHOTS = '/tmp/shots'

describe('the ITA coordinator answers an OIT item', () => {
  it('links the structure item to the portal page suggested, checks its elements and marks it ready', async () => {
    mkdirSync(SHOTS, { recursive: true })
    const orgId = await app.orgId('wiang-thong')
    const officerId = await app.userId('wt-officer@prongsai.test')
    const now = new Date()
    // A published structure page, as the portal would hold it.
    const item = await app.db
      .insertInto('portal_items')
      .values({ organisation_id: orgId, section: 'structure', number: 1, item_key: 'structure-1', published: true, published_at: now, current_version: 1, created_by: officerId, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    await app.db.insertInto('portal_item_versions').values({ item_id: item.id, version: 1, title_th: 'โครงสร้างและอำนาจหน้าที่ของเทศบาล', fiscal_year: null, responsible_user_id: officerId, created_by: officerId, created_at: now }).execute()

    const page = await app.newPage()
    await signInAs(page, 'wt-ita@prongsai.test')
    await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'OIT', exact: true }).click()
    await page.waitForURL((u) => u.pathname === '/staff/oit')
    await page.goto('/staff/oit?org=wiang-thong&year=2569')
    await expectAccessible(page)
    await page.screenshot({ path: `${SHOTS}/oit-workspace.png`, fullPage: true })

    await page.getByRole('link', { name: 'โครงสร้างและอำนาจหน้าที่', exact: true }).click()
    await page.waitForURL((u) => u.pathname === '/staff/oit/items/O1')
    // The portal page is already chosen, as suggested.
    const picker = page.getByLabel('รายการหรือหน้าที่เผยแพร่บนเว็บไซต์ของหน่วยงาน')
    await expect(picker.inputValue()).resolves.toBe(item.id)
    // The picker offers the agency's module pages too, each under the configured base address.
    await expect(picker.locator('option[value="page:/o/wiang-thong/budget/2569"]').count()).resolves.toBe(1)
    await expect(picker.locator('option[value="page:/o/wiang-thong/complaints/statistics"]').count()).resolves.toBe(1)
    // Each item says what evidence it asks for and who owns it (issue 14).
    await expect(page.locator('#evidence li').count()).resolves.toBe(2)
    await expect(page.locator('#owner').textContent()).resolves.toContain('ยังไม่มอบหมาย: ผู้รับผิดชอบ ITA')
    await page.getByLabel('โครงสร้างหน่วยงาน').check()
    await page.getByLabel('อำนาจหน้าที่', { exact: true }).check()
    await page.getByLabel('ผู้รับผิดชอบ').selectOption(officerId)
    await page.getByLabel('ยืนยันผลแล้ว').count().then((n) => expect(n).toBe(0))
    await page.getByLabel('กำลังจัดทำ').check()
    await expectAccessible(page)
    await page.screenshot({ path: `${SHOTS}/oit-item.png`, fullPage: true })
    expect(await submitForm(page, 'บันทึก')).toBe(303)
    await page.waitForURL((u) => u.pathname === '/staff/oit')

    // This test server's base address is 127.0.0.1: the draft keeps the link, and says the public cannot open it.
    const draftRow = page.getByRole('row').filter({ has: page.locator('#item-O1') })
    await expect(draftRow.getByText(`${app.baseUrl}/o/wiang-thong/p/structure-1`).count()).resolves.toBe(1)
    await expect(draftRow.locator('.oit-link-problem').count()).resolves.toBe(1)
    await expect(draftRow.locator('.tag').count()).resolves.toBe(1)
    await expect(page.locator('#oit-progress').textContent()).resolves.toContain('0% — พร้อมส่งหรือส่งแล้ว 0 จาก 26 ข้อ (กำลังจัดทำ 1 ข้อ')

    await page.goto('/staff/oit/items/O1?org=wiang-thong&year=2569')
    await expect(page.locator('#link-problem').count()).resolves.toBe(1)
    await page.getByLabel('พร้อมส่ง').check()
    expect(await submitForm(page, 'บันทึก')).toBe(422)
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('ประชาชนเปิดไม่ได้')
    await expectAccessible(page)
    await page.getByLabel('URL ที่แจ้ง ป.ป.ช.', { exact: false }).fill('https://www.wiangthong.go.th/about/structure')
    await page.getByLabel('พร้อมส่ง').check()
    expect(await submitForm(page, 'บันทึก')).toBe(303)
    await expectAccessible(page)
    const row = page.getByRole('row').filter({ has: page.locator('#item-O1') })
    await expect(row.getByText('พร้อมส่ง').count()).resolves.toBe(1)
    await expect(row.locator('.tag').count()).resolves.toBe(1)
    await expect(row.getByText('https://www.wiangthong.go.th/about/structure').count()).resolves.toBe(1)
    await expect(page.locator('#oit-progress').textContent()).resolves.toContain('3% — พร้อมส่งหรือส่งแล้ว 1 จาก 26 ข้อ')
    await page.screenshot({ path: `${SHOTS}/oit-ready.png`, fullPage: true })
    await page.setViewportSize({ width: 360, height: 800 })
    await expectAccessible(page)
    await page.screenshot({ path: `${SHOTS}/oit-ready-360.png`, fullPage: true })
  })

  it('shows oversight every agency, least complete first, and an admin the rows of a bad catalogue file', async () => {
    const oversight = await app.newPage()
    await signInAs(oversight, 'oversight@prongsai.test')
    await oversight.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'OIT', exact: true }).click()
    await oversight.waitForURL((u) => u.pathname === '/staff/oversight/oit')
    await oversight.goto('/staff/oversight/oit?year=2569')
    await expectAccessible(oversight)
    await expect(oversight.locator('#oit-progress-rule').count()).resolves.toBe(1)
    await oversight.goto('/staff/oit?org=wiang-thong&year=2569')
    await expect(oversight.locator('#published-only').count()).resolves.toBe(1)
    await expectAccessible(oversight)
    await oversight.setViewportSize({ width: 360, height: 800 })
    await expectAccessible(oversight)
    await oversight.screenshot({ path: `${SHOTS}/oit-published-only-360.png`, fullPage: true })
    await oversight.screenshot({ path: `${SHOTS}/oit-province.png`, fullPage: true })

    const admin = await app.newPage()
    await signInAs(admin, 'admin@prongsai.test')
    await admin.goto('/admin/oit/nacc-ita/2570/import')
    await admin.getByLabel('หรือวางข้อความ CSV หรือ JSON').fill('code,name_th,name_en,elements\nO1,โครงสร้าง,Structure,แผนผัง\nO1,ซ้ำ,,')
    expect(await submitForm(admin, 'นำเข้า')).toBe(422)
    await expect(admin.getByRole('table').getByText('รหัสรายการ O1 ซ้ำ', { exact: false }).count()).resolves.toBe(1)
    await expectAccessible(admin)
    await admin.screenshot({ path: `${SHOTS}/oit-import-errors.png`, fullPage: true })
  })
})
