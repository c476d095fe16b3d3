import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectAccessible, signInAs, submitForm, useBrowserApp } from '../support/browser.ts'

const web = useBrowserApp()

/** The messages of the error summary, each with the field its link leads to. */
async function errorSummary(page: Page): Promise<{ field: string; message: string }[]> {
  const summary = page.getByRole('alert')
  await expect(summary.getByRole('heading').innerText()).resolves.toBe('มีข้อผิดพลาด')
  const links = await summary.getByRole('link').all()
  return Promise.all(links.map(async (l) => ({ field: ((await l.getAttribute('href')) ?? '').replace(/^#/, ''), message: await l.innerText() })))
}

/** The message shown beside a field and tied to it for screen readers, or null when it has none. */
async function inlineError(page: Page, label: string): Promise<string | null> {
  const field = page.getByLabel(label, { exact: true })
  if ((await field.getAttribute('aria-invalid')) !== 'true') return null
  const id = await field.getAttribute('id')
  const describedBy = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/)
  expect(describedBy, `${label} is described by its error message`).toContain(`${id}-error`)
  // The message minus its prefix for screen readers (such as “Error:”), which sighted people do not see.
  const message = page.locator(`[id="${id}-error"]`)
  const hidden = await message.locator('.visually-hidden').allInnerTexts()
  return hidden.reduce((text, h) => text.replace(h, ''), await message.innerText()).trim()
}

describe('the sign-in form', () => {
  it('sent empty, comes back with an error summary and a message beside each field', async () => {
    const page = await web.newPage()
    await page.goto('/sign-in')
    expect(await submitForm(page, 'เข้าสู่ระบบ')).toBe(422)
    expect(await errorSummary(page)).toEqual([
      { field: 'email', message: 'กรุณาใส่อีเมล' },
      { field: 'password', message: 'กรุณาใส่รหัสผ่าน' },
    ])
    expect(await inlineError(page, 'อีเมล')).toBe('กรุณาใส่อีเมล')
    expect(await inlineError(page, 'รหัสผ่าน')).toBe('กรุณาใส่รหัสผ่าน')
    await expectAccessible(page)
  })

  it('keeps the email the person typed when the password is missing', async () => {
    const page = await web.newPage()
    await page.goto('/sign-in')
    await page.getByLabel('อีเมล', { exact: true }).fill('wt-officer@prongsai.test')
    expect(await submitForm(page, 'เข้าสู่ระบบ')).toBe(422)
    expect(await errorSummary(page)).toEqual([{ field: 'password', message: 'กรุณาใส่รหัสผ่าน' }])
    await expect(page.getByLabel('อีเมล', { exact: true }).inputValue()).resolves.toBe('wt-officer@prongsai.test')
    expect(await inlineError(page, 'อีเมล')).toBeNull()
    expect(await inlineError(page, 'รหัสผ่าน')).toBe('กรุณาใส่รหัสผ่าน')
    await expectAccessible(page)
  })

  it('keeps a mistyped email and says what an email address looks like', async () => {
    const page = await web.newPage()
    await page.goto('/sign-in')
    await page.getByLabel('อีเมล', { exact: true }).fill('wt-officer.prongsai.test')
    await page.getByLabel('รหัสผ่าน', { exact: true }).fill('anything-at-all')
    expect(await submitForm(page, 'เข้าสู่ระบบ')).toBe(422)
    expect(await errorSummary(page)).toEqual([{ field: 'email', message: 'รูปแบบอีเมลไม่ถูกต้อง เช่น name@example.go.th' }])
    await expect(page.getByLabel('อีเมล', { exact: true }).inputValue()).resolves.toBe('wt-officer.prongsai.test')
    await expectAccessible(page)
  })
})

describe('my account', () => {
  it('shows a signed-in officer their details, roles and the password form', async () => {
    const page = await web.newPage()
    await signInAs(page, 'wt-officer@prongsai.test')
    await page.goto('/account')
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('บัญชีของฉัน')
    const main = await page.locator('main').innerText()
    expect(main).toContain('นางสาวสมใจ ใจดี')
    expect(main).toContain('wt-officer@prongsai.test')
    expect(main).toContain('เทศบาลตำบลเวียงทอง')
    for (const label of ['รหัสผ่านปัจจุบัน', 'รหัสผ่านใหม่', 'ยืนยันรหัสผ่านใหม่']) {
      await expect(page.getByLabel(label, { exact: true }).getAttribute('type'), label).resolves.toBe('password')
    }
    await expectAccessible(page)

    expect(await submitForm(page, 'เปลี่ยนรหัสผ่าน')).toBe(422)
    expect((await errorSummary(page)).map((e) => e.field)).toEqual(['current', 'password'])
    expect(await inlineError(page, 'รหัสผ่านปัจจุบัน')).toBe('กรุณาใส่รหัสผ่านปัจจุบัน')
    await expectAccessible(page)
  })
})

describe('forgotten password', () => {
  it('the request page, its error and its confirmation all pass the accessibility check', async () => {
    const page = await web.newPage()
    await page.goto('/sign-in')
    await Promise.all([page.waitForURL((u) => u.pathname === '/forgot-password'), page.getByRole('link', { name: 'ลืมรหัสผ่าน' }).click()])
    await expect(page.getByLabel('อีเมล', { exact: true }).isVisible()).resolves.toBe(true)
    await expectAccessible(page)

    expect(await submitForm(page, 'ส่งลิงก์')).toBe(422)
    expect((await errorSummary(page)).map((e) => e.field)).toEqual(['email'])
    await expectAccessible(page)

    await page.getByLabel('อีเมล', { exact: true }).fill('wt-officer@prongsai.test')
    expect(await submitForm(page, 'ส่งลิงก์')).toBe(200)
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('ตรวจสอบอีเมลของคุณ')
    await expectAccessible(page)
  })
})
