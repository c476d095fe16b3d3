import { mkdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadDemoSurveys } from '../../src/features/surveys/index.ts'
import { expectAccessible, horizontalOverflow, signInAs, submitForm, useBrowserApp } from '../support/browser.ts'

const app = useBrowserApp()
const SHOTS = process.env.SCREENSHOT_DIR

describe('a citizen answers the counter survey by its QR link on a phone without JavaScript, and the coordinator sees it counted', () => {
  it('works at 1280 px for staff and at 360 px without JavaScript for the citizen, every page accessible', async () => {
    if (SHOTS) mkdirSync(SHOTS, { recursive: true })
    // The demo's EIT-style rehearsal is open at the counter, 45 of its 60 minimum answers in (the
    // test database holds the base demo only; the surveys demo is made here through the use cases).
    expect(await loadDemoSurveys(app.db, new Date(), app.baseUrl)).toBe(4)
    const staff = await app.newPage({ viewport: { width: 1280, height: 900 } })
    await signInAs(staff, 'wt-ita@prongsai.test')
    await staff.goto('/staff/surveys')
    await expectAccessible(staff)
    await staff.getByRole('link', { name: 'ซ้อมประเมินความคิดเห็นผู้รับบริการ (แบบ EIT)', exact: true }).click()
    await expect(staff.getByRole('status').innerText()).resolves.toContain('ยังขาดผู้ตอบอีก 15 คน (ตอบแล้ว 45 จากขั้นต่ำ 60)')
    await expectAccessible(staff)
    const surveyPage = staff.url()
    await staff.getByRole('link', { name: 'โปสเตอร์ QR code สำหรับจุดบริการ', exact: true }).click()
    await expect(staff.locator('figure.survey-qr svg').count()).resolves.toBe(1)
    // What the QR code holds is written under it: the short public link.
    const link = (await staff.locator('main strong').innerText()).trim()
    expect(link).toMatch(new RegExp(`^${app.baseUrl}/s/[0-9a-f-]{36}$`))
    await expectAccessible(staff)
    if (SHOTS) await staff.screenshot({ path: `${SHOTS}/surveys-poster-1280.png`, fullPage: true })

    // The citizen's phone, JavaScript off: a plain form of radios.
    const phone = await app.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, javaScriptEnabled: false })
    expect((await phone.goto(link))?.status()).toBe(200)
    await expect(phone.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('ซ้อมประเมินความคิดเห็นผู้รับบริการ (แบบ EIT)')
    await expect(phone.locator('main').innerText()).resolves.toContain('ไม่ต้องใส่ชื่อ')
    expect((await horizontalOverflow(phone)).widest).toEqual([])
    await expectAccessible(phone)
    if (SHOTS) await phone.screenshot({ path: `${SHOTS}/surveys-answer-360.png`, fullPage: true })
    const groups = [...new Set(await phone.locator('input[type="radio"]').evaluateAll((els) => els.map((e) => (e as unknown as { name: string }).name)))]
    expect(groups.length).toBeGreaterThan(3)
    // Half the questions answered: sent back with what is missing named, the choices kept.
    const choose = async (name: string) => {
      const group = phone.locator(`input[type="radio"][name="${name}"]`)
      const high = group.and(phone.locator('[value="4"], [value="yes"], [value="5"]'))
      await ((await high.count()) ? high.first() : group.first()).check()
    }
    for (const name of groups.slice(0, 2)) await choose(name)
    expect(await submitForm(phone, 'ส่งคำตอบ')).toBe(422)
    await expect(phone.getByRole('alert').first().isVisible()).resolves.toBe(true)
    await expect(phone.locator(`input[type="radio"][name="${groups[0]}"]:checked`).count()).resolves.toBe(1)
    expect((await horizontalOverflow(phone)).widest).toEqual([])
    await expectAccessible(phone)
    for (const name of groups.slice(2)) await choose(name)
    expect(await submitForm(phone, 'ส่งคำตอบ')).toBe(303)
    await expect(phone.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('ได้รับคำตอบแล้ว ขอบคุณค่ะ')
    await expectAccessible(phone)
    if (SHOTS) await phone.screenshot({ path: `${SHOTS}/surveys-thanks-360.png`, fullPage: true })
    // The same phone again: told it has answered, no second form.
    await phone.goto(link)
    await expect(phone.locator('main').innerText()).resolves.toContain('ท่านตอบแบบสำรวจนี้แล้ว')
    await expect(phone.locator('form[action^="/s/"]').count()).resolves.toBe(0)

    // The coordinator sees one more answer against the minimum, and the results include it.
    await staff.goto(surveyPage)
    await expect(staff.getByRole('status').innerText()).resolves.toContain('ยังขาดผู้ตอบอีก 14 คน (ตอบแล้ว 46 จากขั้นต่ำ 60)')
    await staff.getByRole('link', { name: 'ดูผลและตรวจข้อเสนอแนะ', exact: true }).click()
    await expect(staff.locator('main').innerText()).resolves.toContain('46')
    await expect(staff.locator('main svg[role="img"]').count()).resolves.toBeGreaterThan(0)
    await expectAccessible(staff)
    if (SHOTS) await staff.screenshot({ path: `${SHOTS}/surveys-results-1280.png`, fullPage: true })
    const stored = await app.db.selectFrom('survey_responses').innerJoin('surveys', 'surveys.id', 'survey_responses.survey_id').select((eb) => eb.fn.countAll<string>().as('n')).where('surveys.title_th', '=', 'ซ้อมประเมินความคิดเห็นผู้รับบริการ (แบบ EIT)').executeTakeFirstOrThrow()
    expect(Number(stored.n)).toBe(46)
  })
})
