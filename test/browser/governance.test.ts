import { mkdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadDemoBudget } from '../../src/features/budget/index.ts'
import { loadDemoDevelopmentPlan } from '../../src/features/development-plan/index.ts'
import { loadDemoPerformanceEvaluation } from '../../src/features/performance-evaluation/index.ts'
import type { FileService } from '../../src/platform/files/index.ts'
import { expectAccessible, signInAs, submitForm, useBrowserApp } from '../support/browser.ts'

const app = useBrowserApp()
const SHOTS = '/tmp/shots'
const NARROW = { viewport: { width: 360, height: 780 } }

describe('the development plan drives the budget, and a committee evaluates the year', () => {
  it('an officer at 1280 px sees the unplanned budget line, and a rejected participation record keeps what was typed', async () => {
    mkdirSync(SHOTS, { recursive: true })
    const now = new Date()
    await loadDemoBudget(app.db, now, {} as FileService)
    await loadDemoDevelopmentPlan(app.db, now, {} as FileService)
    await loadDemoPerformanceEvaluation(app.db, now)

    const officer = await app.newPage({ viewport: { width: 1280, height: 900 } })
    await signInAs(officer, 'wt-officer@prongsai.test')
    await officer.goto('/staff/development-plan')
    await officer.getByRole('link', { name: /แผนพัฒนาท้องถิ่น \(พ\.ศ\./ }).click()
    await expectAccessible(officer)
    await officer.screenshot({ path: `${SHOTS}/devplan-staff.png`, fullPage: true })
    await officer.getByRole('link', { name: /รายการงบประมาณปี 2570/ }).click()
    await expect(officer.getByText('ไม่อยู่ในแผน 1 รายการ').isVisible()).resolves.toBe(true)
    await expectAccessible(officer)

    await officer.goBack()
    await officer.getByRole('link', { name: /โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก/ }).click()
    await officer.getByLabel('จำนวนผู้เข้าร่วม (คน)').fill('ร้อยห้าสิบ')
    await officer.getByLabel('สรุปข้อเสนอหรือมติ ไม่บังคับ').fill('ขอไฟส่องสว่างซอย 3')
    expect(await submitForm(officer, 'บันทึกการมีส่วนร่วม')).toBe(422)
    await expect(officer.getByLabel('สรุปข้อเสนอหรือมติ ไม่บังคับ').inputValue()).resolves.toBe('ขอไฟส่องสว่างซอย 3')
    await expect(officer.getByLabel('จำนวนผู้เข้าร่วม (คน)').inputValue()).resolves.toBe('ร้อยห้าสิบ')
    await expectAccessible(officer)
  })

  it('the committee member reads their own sheet on a 360 px phone; a citizen reads the plan and the result without JavaScript', async () => {
    const member = await app.newPage(NARROW)
    await signInAs(member, 'committee@prongsai.test')
    await member.goto('/staff/performance-evaluation')
    await member.getByRole('link', { name: /เทศบาลตำบลเวียงทอง ปี/ }).click()
    await expect(member.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('แบบให้คะแนนของท่าน')
    await expectAccessible(member)
    await member.screenshot({ path: `${SHOTS}/perf-sheet-360.png`, fullPage: true })

    const citizen = await app.newPage({ ...NARROW, javaScriptEnabled: false })
    expect((await citizen.goto('/o/wiang-thong/development-plan'))?.status()).toBe(200)
    await expect(citizen.getByText('ไม่อยู่ในแผนพัฒนา').first().isVisible()).resolves.toBe(true)
    await citizen.screenshot({ path: `${SHOTS}/devplan-public-360.png`, fullPage: true })
    const wide = await app.newPage({ viewport: { width: 1280, height: 900 } })
    await wide.goto('/o/wiang-thong/development-plan')
    await expectAccessible(wide)
    await wide.screenshot({ path: `${SHOTS}/devplan-public-1280.png`, fullPage: true })
    const result = await app.newPage(NARROW)
    expect((await result.goto('/o/wiang-thong/performance-evaluation'))?.status()).toBe(200)
    await expect(result.getByText(/ผลการประเมินรวม/).isVisible()).resolves.toBe(true)
    await expectAccessible(result)
    await result.screenshot({ path: `${SHOTS}/perf-public-360.png`, fullPage: true })
  })
})
