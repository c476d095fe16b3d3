import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/features/demo-data/demo-dataset.ts'
import { expectAccessible, signInAs, useBrowserApp } from '../support/browser.ts'

const web = useBrowserApp()

const FORBIDDEN = 'คุณไม่มีสิทธิ์เข้าถึงหน้านี้'
const NONG_BUA = 'องค์การบริหารส่วนตำบลหนองบัว'
const NONG_BUA_OFFICER = 'นางสาวบัวขาว หนองบัว'

type NongBuaPages = { organisation: string; officer: string }
let nongBua: Promise<NongBuaPages> | undefined

/**
 * The addresses of Nong Bua's admin pages, found the way its own administrator finds
 * them: from the organisation list and the user list (once per file).
 */
function nongBuaAdminPages(): Promise<NongBuaPages> {
  nongBua ??= (async () => {
    const page = await web.newPage()
    await signInAs(page, 'nb-admin@prongsai.test')
    await page.goto('/admin/organisations')
    await expectAccessible(page)
    await Promise.all([page.waitForURL(/\/admin\/organisations\/[0-9a-f-]{36}$/), page.getByRole('link', { name: NONG_BUA, exact: true }).click()])
    await expectAccessible(page)
    const organisation = new URL(page.url()).pathname
    await page.goto('/admin/users')
    await expectAccessible(page)
    await Promise.all([page.waitForURL(/\/admin\/users\/[0-9a-f-]{36}$/), page.getByRole('link', { name: NONG_BUA_OFFICER, exact: true }).click()])
    await expectAccessible(page)
    const officer = new URL(page.url()).pathname
    await page.context().close()
    return { organisation, officer }
  })()
  return nongBua
}

async function open(page: Page, path: string): Promise<number> {
  const response = await page.goto(path)
  if (!response) throw new Error(`no response for ${path}`)
  return response.status()
}

async function heading(page: Page): Promise<string> {
  return page.getByRole('heading', { level: 1 }).innerText()
}

describe('agency administrators stay inside their own agency', () => {
  it('Nong Bua’s administrator reaches Nong Bua’s organisation and user pages', async () => {
    const pages = await nongBuaAdminPages()
    expect(pages.organisation).toBe(`/admin/organisations/${await web.orgId('nong-bua')}`)
    expect(pages.officer).toBe(`/admin/users/${await web.userId('nb-officer@prongsai.test')}`)
  })

  it('Wiang Thong’s administrator gets the no-permission page for Nong Bua’s organisation', async () => {
    const { organisation } = await nongBuaAdminPages()
    const page = await web.newPage()
    await signInAs(page, 'wt-admin@prongsai.test')
    expect(await open(page, organisation)).toBe(403)
    expect(await heading(page)).toBe(FORBIDDEN)
    await expect(page.locator('main').innerText()).resolves.not.toContain(NONG_BUA)
    await expectAccessible(page)

    // Their own organisation's page opens, so the refusal above is about whose page it is.
    expect(await open(page, `/admin/organisations/${await web.orgId('wiang-thong')}`)).toBe(200)
    await expectAccessible(page)
  })

  it('Wiang Thong’s administrator gets the no-permission page for a Nong Bua officer', async () => {
    const { officer } = await nongBuaAdminPages()
    const page = await web.newPage()
    await signInAs(page, 'wt-admin@prongsai.test')
    expect(await open(page, officer)).toBe(403)
    expect(await heading(page)).toBe(FORBIDDEN)
    await expect(page.locator('main').innerText()).resolves.not.toContain(NONG_BUA_OFFICER)
    await expectAccessible(page)
  })

  it('Wiang Thong’s administrator does not see Nong Bua or its people in their lists', async () => {
    const page = await web.newPage()
    await signInAs(page, 'wt-admin@prongsai.test')
    expect(await open(page, '/admin/organisations')).toBe(200)
    const main = page.locator('main')
    await expect(main.innerText()).resolves.toContain('เทศบาลตำบลเวียงทอง')
    await expect(main.innerText()).resolves.not.toContain(NONG_BUA)
    expect(await open(page, '/admin/users')).toBe(200)
    await expect(main.innerText()).resolves.toContain('นางสาวสมใจ ใจดี')
    await expect(main.innerText()).resolves.not.toContain(NONG_BUA_OFFICER)
  })
})

describe('people without an administrator role', () => {
  it('an officer gets the no-permission page for the admin pages', async () => {
    const page = await web.newPage()
    await signInAs(page, 'wt-officer@prongsai.test')
    for (const path of ['/admin/users', '/admin/organisations', '/admin/audit']) {
      expect(await open(page, path), path).toBe(403)
      expect(await heading(page), path).toBe(FORBIDDEN)
    }
    await expectAccessible(page)
  })

  it('a citizen who is not signed in is sent to sign in, and comes back to the page after signing in', async () => {
    const page = await web.newPage()
    await open(page, '/admin/users')
    const url = new URL(page.url())
    expect(url.pathname).toBe('/sign-in')
    expect(url.searchParams.get('next')).toBe('/admin/users')
    await expectAccessible(page)

    await page.getByLabel('อีเมล', { exact: true }).fill('wt-admin@prongsai.test')
    await page.getByLabel('รหัสผ่าน', { exact: true }).fill(DEMO_PASSWORD)
    await Promise.all([page.waitForURL((u) => u.pathname === '/admin/users'), page.getByRole('button', { name: 'เข้าสู่ระบบ', exact: true }).click()])
    expect(await heading(page)).not.toBe(FORBIDDEN)
  })
})
