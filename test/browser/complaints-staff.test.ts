import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { ComplaintDraft } from '../../src/features/complaints/complaint-form.input.ts'
import { submitComplaint } from '../../src/features/complaints/complaint-intake.use-cases.ts'
import { loadDemoComplaints } from '../../src/features/complaints/index.ts'
import { DEMO_PASSWORD } from '../../src/features/demo-data/demo-dataset.ts'
import { PHONE, expectAccessible, horizontalOverflow, signInAs, submitForm, useBrowserApp } from '../support/browser.ts'

const web = useBrowserApp()
const SHOTS = process.env.STAFF_SHOTS ?? '/tmp/shots'

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: `${SHOTS}/staff-${name}.png`, fullPage: true })
}

const draft: ComplaintDraft = {
  intake: 'public',
  channel: 'web',
  kind: 'corruption',
  subjectText: 'งานพัสดุ เทศบาลตำบลเวียงทอง',
  whatHappened: 'ผู้รับจ้างซ่อมถนนหมู่ 7 เล่าว่าต้องจ่ายเงินให้เจ้าหน้าที่ก่อนตรวจรับงาน',
  happenedWhen: 'ตุลาคม 2569',
  happenedWhere: 'หมู่ 7 ตำบลเวียงทอง',
  request: 'ขอให้ตรวจสอบการตรวจรับงาน',
  anonymous: false,
  identity: { name: 'นายกล้าหาญ แจ้งจริง', address: '7 หมู่ 7 ตำบลเวียงทอง', phone: '081 777 7777', email: '', witnesses: 'นายช่าง รู้เห็น' },
  wantsEmailUpdates: false,
}

describe('a complaint officer handling a new complaint', () => {
  it('opens it from the list, reveals the identity, screens and proposes, the head orders (1280 and 360 px, without script), then assigns it and writes to the complainant', async () => {
    // The demo's cases in every state, so the list looks as it does in an agency at work.
    await loadDemoComplaints(web.db, new Date(), { password: DEMO_PASSWORD, baseUrl: web.baseUrl })
    const filed = await submitComplaint({ db: web.db, now: new Date(), baseUrl: web.baseUrl }, { organisationId: await web.orgId('wiang-thong'), draft, evidence: [], filer: { by: 'citizen' } })
    const page = await web.newPage()
    await signInAs(page, 'wt-complaints@prongsai.test')
    await page.locator('[data-menu="complaints"]').click()
    await page.waitForURL('**/staff/complaints')
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('เรื่องร้องเรียน')
    await expectAccessible(page)
    await shot(page, 'list')

    await Promise.all([page.waitForURL(`**/staff/complaints/${filed.id}`), page.getByRole('link', { name: filed.reference, exact: true }).click()])
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(`เรื่องร้องเรียนเลขที่ ${filed.reference}`)
    await expect(page.locator('main').innerText()).resolves.not.toContain('นายกล้าหาญ แจ้งจริง')
    await expectAccessible(page)

    expect(await submitForm(page, 'แสดงข้อมูลผู้ร้องเรียน')).toBe(200)
    const identity = page.getByRole('region', { name: 'ข้อมูลผู้ร้องเรียน' })
    await expect(identity.innerText()).resolves.toContain('นายกล้าหาญ แจ้งจริง')
    await expect(identity.innerText()).resolves.toContain('081 777 7777')
    await expectAccessible(page)
    await shot(page, 'case-identity')

    expect(await submitForm(page, 'เริ่มพิจารณารับเรื่อง')).toBe(303)
    await expect(page.getByRole('alert').innerText()).resolves.toContain('บันทึกขั้นตอนแล้ว')
    // Identity is never shown again without asking.
    await expect(page.locator('main').innerText()).resolves.not.toContain('นายกล้าหาญ แจ้งจริง')
    // Status, deadline and the next action come first, above the facts.
    const top = await page.locator('main').innerText()
    expect(top.indexOf('ต้องทำต่อไป')).toBeLessThan(top.indexOf('ข้อเท็จจริงหรือพฤติการณ์'))
    expect(top.indexOf('ส่งข้อเสนอให้ผู้บริหารสั่งการ')).toBeLessThan(top.indexOf('ข้อเท็จจริงหรือพฤติการณ์'))
    // The officer proposes; the head orders.
    await page.getByLabel('เสนอให้ตรวจสอบข้อเท็จจริง (แต่งตั้งคณะกรรมการ)', { exact: true }).check()
    await page.getByLabel('หากเสนอตรวจสอบข้อเท็จจริง: คณะกรรมการที่เสนอแต่งตั้ง', { exact: true }).fill('นายสอบสวน ละเอียด นิติกรชำนาญการ ประธานกรรมการ')
    await page.getByLabel('เหตุผลประกอบข้อเสนอ', { exact: true }).fill('ระบุผู้เกี่ยวข้องและสถานที่ชัดเจน มีพยานบุคคล')
    expect(await submitForm(page, 'ส่งข้อเสนอให้ผู้บริหารสั่งการ')).toBe(303)
    await expect(page.locator('main').innerText()).resolves.toContain('รอผู้บริหาร (หัวหน้าส่วนราชการ) สั่งการ')
    await expectAccessible(page)

    for (const options of [{}, PHONE]) {
      const head = await web.newPage({ ...options, javaScriptEnabled: false })
      await signInAs(head, 'wt-head@prongsai.test')
      await head.goto(`/staff/complaints/${filed.id}`)
      if (options === PHONE) {
        expect((await horizontalOverflow(head)).widest).toEqual([])
        await expectAccessible(head)
        await shot(head, 'case-head-order-360')
        continue
      }
      await head.getByLabel('สั่งการตามข้อเสนอ', { exact: true }).check()
      await head.getByLabel('ข้อสั่งการ หรือเหตุผลที่ส่งกลับ', { exact: true }).fill('อนุมัติ แต่งตั้งคณะกรรมการตามเสนอ')
      // Without script, an order not confirmed comes back with what was typed.
      expect(await submitForm(head, 'สั่งการ')).toBe(422)
      await expect(head.getByLabel('ข้อสั่งการ หรือเหตุผลที่ส่งกลับ', { exact: true }).inputValue()).resolves.toBe('อนุมัติ แต่งตั้งคณะกรรมการตามเสนอ')
      await expectAccessible(head)
      await shot(head, 'case-head-order-1280')
      await head.getByLabel('ข้าพเจ้าสั่งการตามที่เลือก คำสั่งนี้แก้ไขหรือย้อนกลับไม่ได้', { exact: true }).check()
      expect(await submitForm(head, 'สั่งการ')).toBe(303)
      await expect(head.locator('main').innerText()).resolves.toContain('รับพิจารณา')
    }
    await page.reload()
    await expect(page.getByRole('link', { name: 'คำสั่งแต่งตั้งคณะกรรมการตรวจสอบข้อเท็จจริง' }).count()).resolves.toBe(1)

    await page.getByLabel('มอบหมายผู้รับผิดชอบ', { exact: true }).selectOption({ label: 'นายสอบสวน ละเอียด' })
    expect(await submitForm(page, 'มอบหมาย')).toBe(303)
    await expect(page.locator('main').innerText()).resolves.toContain('มอบหมายผู้รับผิดชอบแล้ว: นายสอบสวน ละเอียด')

    await page.getByLabel('ข้อความถึงผู้ร้องเรียน', { exact: true }).fill('หน่วยงานรับเรื่องไว้พิจารณาแล้ว ขอทราบวันที่ตรวจรับงานเพิ่มเติม')
    expect(await submitForm(page, 'ส่งข้อความถึงผู้ร้องเรียน')).toBe(303)
    const thread = page.getByRole('region', { name: 'ข้อความและบันทึกภายใน' })
    await expect(thread.innerText()).resolves.toContain('หน่วยงานรับเรื่องไว้พิจารณาแล้ว')
    await expect(thread.innerText()).resolves.toContain('ถึงผู้ร้องเรียน จาก นางรับเรื่อง ทันใจ')
    await page.getByLabel('บันทึกภายใน', { exact: true }).fill('ผู้ร้องเรียนสะดวกให้ติดต่อช่วงเย็น')
    expect(await submitForm(page, 'บันทึก')).toBe(303)
    await expectAccessible(page)
    await shot(page, 'case')
    const phone = await web.newPage(PHONE)
    await signInAs(phone, 'wt-complaints@prongsai.test')
    await phone.goto(`/staff/complaints/${filed.id}`)
    expect((await horizontalOverflow(phone)).widest).toEqual([])
    await expectAccessible(phone)
    await shot(phone, 'case-360')
  })

  it('enters a walk-in complaint and prints the slip; the guideline and the internal channel pass the same checks', async () => {
    const page = await web.newPage()
    await signInAs(page, 'wt-complaints@prongsai.test')
    await page.goto('/staff/complaints/new')
    await expectAccessible(page)
    expect(await submitForm(page, 'บันทึกเรื่องร้องเรียน')).toBe(422)
    await expectAccessible(page)
    await shot(page, 'new-errors')
    await page.getByLabel('ยื่นด้วยตนเอง', { exact: true }).check()
    await page.getByLabel('ปฏิบัติหน้าที่ล่าช้าเกินสมควร', { exact: true }).check()
    await page.getByLabel('ผู้ถูกร้องเรียน (หน่วยงาน ส่วนงาน หรือเจ้าหน้าที่)', { exact: true }).fill('งานจัดเก็บรายได้')
    await page.getByLabel('ข้อเท็จจริงหรือพฤติการณ์ที่เกิดขึ้น', { exact: true }).fill('ขอคืนภาษีที่ชำระซ้ำมาสองเดือนแล้วยังไม่ได้รับ')
    await page.getByLabel('ไม่ประสงค์ออกนาม', { exact: true }).check()
    expect(await submitForm(page, 'บันทึกเรื่องร้องเรียน')).toBe(200)
    await expect(page.locator('#receipt-code').innerText()).resolves.toMatch(/^[0-9A-Z]{4}( [0-9A-Z]{4}){3}$/)
    await expectAccessible(page)
    await shot(page, 'slip')
    await page.emulateMedia({ media: 'print' })
    await shot(page, 'slip-print')
    await page.emulateMedia({ media: 'screen' })

    await page.goto('/staff/complaints/guideline')
    await expectAccessible(page)
    await shot(page, 'guideline')
    await page.goto('/staff/report')
    await expectAccessible(page)
    await shot(page, 'report')
    await page.goto('/staff/report/conflict_of_interest')
    await expectAccessible(page)
  })

  it('shows the head the facts and history only', async () => {
    const page = await web.newPage()
    await signInAs(page, 'wt-head@prongsai.test')
    await page.goto('/staff/complaints')
    await expectAccessible(page)
    await page.locator('table a').first().click()
    await page.waitForURL(/\/staff\/complaints\/[0-9a-f-]{36}$/)
    await expect(page.getByRole('button', { name: 'แสดงข้อมูลผู้ร้องเรียน' }).count()).resolves.toBe(0)
    await expect(page.locator('main').innerText()).resolves.toContain('ประวัติการดำเนินการ')
    await expectAccessible(page)
    await shot(page, 'case-head')
  })
})
