import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectAccessible, signInAs, signOut, useBrowserApp } from '../support/browser.ts'

const web = useBrowserApp()

const WIANG_THONG = 'เทศบาลตำบลเวียงทอง'
const PROVINCE = 'จังหวัดสุวรรณภูมิ (สำนักงานจังหวัด)'
/** What the platform administrator's staff home lists, group by group (agency, oversight, administration, account). */
const EVERYTHING = ['portal', 'services', 'executives', 'budget', 'development-plan', 'performance-evaluation', 'procurement', 'oversight', 'ita-results', 'ita-measures', 'oversight-oit', 'risks-province', 'oit-catalogues', 'organisations', 'users', 'audit', 'holidays', 'outbox', 'account']
const ORG_ADMIN_TASKS = ['announcements', 'reports', 'honour-roll', 'portal', 'services', 'service-requests', 'executives', 'budget', 'development-plan', 'performance-evaluation', 'procurement', 'ita-results', 'oit', 'surveys', 'webboard', 'consultations', 'information-requests', 'incidents', 'conflict', 'gifts', 'property', 'meetings', 'risks', 'outside-manual', 'delegations', 'fair-authority', 'report', 'organisations', 'users', 'audit', 'account']
const ORG_ADMIN = ['dashboard', 'portal', 'ita-results', 'oit', 'account']

/** Who signs in, which header menu and which staff-home tasks they should get, and what their staff home should name. */
const PEOPLE: { email: string; who: string; menu: string[]; tasks?: string[]; shows: string }[] = [
  { email: 'admin@prongsai.test', who: 'the platform administrator', menu: ['dashboard', 'oversight', 'portal', 'ita-results', 'oversight-oit', 'account'], tasks: EVERYTHING, shows: 'คุณเป็นผู้ดูแลระบบทั้งหมด' },
  { email: 'oversight@prongsai.test', who: 'a provincial oversight officer', menu: ['dashboard', 'oversight', 'oversight-reports', 'ita-results', 'oversight-oit', 'account'], tasks: ['incidents', 'report', 'oversight', 'oversight-reports', 'oversight-announcements', 'oversight-honour-roll', 'ita-results', 'ita-measures', 'oversight-oit', 'risks-province', 'account'], shows: PROVINCE },
  { email: 'province-admin@prongsai.test', who: 'the province’s administrator', menu: ORG_ADMIN, tasks: ORG_ADMIN_TASKS, shows: PROVINCE },
  { email: 'wt-admin@prongsai.test', who: 'a municipality’s administrator', menu: ORG_ADMIN, tasks: ORG_ADMIN_TASKS, shows: WIANG_THONG },
  { email: 'wt-officer@prongsai.test', who: 'an officer', menu: ['dashboard', 'portal', 'oit', 'account'], tasks: ['announcements', 'reports', 'honour-roll', 'portal', 'services', 'service-requests', 'executives', 'budget', 'development-plan', 'performance-evaluation', 'oit', 'surveys', 'webboard', 'comments', 'consultations', 'information-requests', 'incidents', 'conflict', 'gifts', 'property', 'meetings', 'risks', 'outside-manual', 'fair-authority', 'report', 'account'], shows: WIANG_THONG },
  { email: 'wt-ita@prongsai.test', who: 'an ITA coordinator', menu: ['dashboard', 'reports', 'portal', 'ita-results', 'oit', 'account'], shows: WIANG_THONG },
  { email: 'wt-complaints@prongsai.test', who: 'a complaints officer', menu: ['dashboard', 'complaints', 'account'], tasks: ['complaints', 'comments', 'incidents', 'conflict', 'gifts', 'property', 'meetings', 'outside-manual', 'fair-authority', 'report', 'account'], shows: WIANG_THONG },
  { email: 'wt-procurement@prongsai.test', who: 'a procurement officer', menu: ['dashboard', 'procurement', 'account'], tasks: ['procurement', 'incidents', 'conflict', 'gifts', 'property', 'meetings', 'outside-manual', 'fair-authority', 'report', 'account'], shows: WIANG_THONG },
  { email: 'wt-head@prongsai.test', who: 'the head of the agency', menu: ['dashboard', 'reports', 'complaints', 'portal', 'ita-results', 'oit', 'account'], shows: WIANG_THONG },
  { email: 'committee@prongsai.test', who: 'an external committee member', menu: ['dashboard', 'performance-evaluation', 'account'], tasks: ['performance-evaluation', 'incidents', 'meetings', 'report', 'account'], shows: WIANG_THONG },
]

async function menuOf(page: Page): Promise<string[]> {
  const items = await page.getByRole('navigation', { name: 'เมนูหลัก' }).locator('[data-menu]').all()
  return Promise.all(items.map(async (i) => (await i.getAttribute('data-menu')) ?? ''))
}

async function tasksOf(page: Page): Promise<string[]> {
  const items = await page.locator('main [data-task]').all()
  return Promise.all(items.map(async (i) => (await i.getAttribute('data-task')) ?? ''))
}

/** Opens every task the staff home lists, one after the other, and checks each page. */
async function openEveryTask(page: Page, ids: string[]) {
  for (const id of ids) {
    await page.goto(`${web.baseUrl}/staff`)
    const link = page.locator(`main [data-task="${id}"]`)
    const href = (await link.getAttribute('href')) ?? ''
    const [response] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === href && r.request().resourceType() === 'document'), link.click()])
    expect(response.status(), `task ${id} (${href})`).toBe(200)
    await page.waitForURL((u) => u.pathname === href)
    const inHeader = page.locator(`[data-menu="${id}"]`)
    if (await inHeader.count()) await expect(inHeader.getAttribute('aria-current'), `menu item ${id} marks itself current`).resolves.toBe('page')
    await expectAccessible(page)
  }
}

describe('signing in as each demo role', () => {
  for (const person of PEOPLE) {
    it(`${person.who} lands on the staff home with their own menu`, async () => {
      const page = await web.newPage()
      await signInAs(page, person.email)
      expect(new URL(page.url()).pathname).toBe('/staff')
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('หน้าหลักเจ้าหน้าที่')
      await expect(page.locator('main').innerText()).resolves.toContain(person.shows)
      expect(await menuOf(page)).toEqual(person.menu)
      if (person.tasks) expect(await tasksOf(page)).toEqual(person.tasks)
      // Everything in the header is also on the staff home, so nothing hides on a phone.
      for (const id of person.menu.filter((i) => i !== 'dashboard')) expect(await tasksOf(page)).toContain(id)
      await expectAccessible(page)
    })
  }

  it('every task on the platform administrator’s staff home opens a page that passes the accessibility check', async () => {
    const page = await web.newPage()
    await signInAs(page, 'admin@prongsai.test')
    await expectAccessible(page)
    await openEveryTask(page, EVERYTHING)
  })

  it('an agency administrator can open each of their tasks', async () => {
    const page = await web.newPage()
    await signInAs(page, 'wt-admin@prongsai.test')
    await openEveryTask(page, ORG_ADMIN_TASKS)
  })
})

describe('signing out', () => {
  it('the header button signs out, returns to the public pages, and staff pages then ask to sign in', async () => {
    const page = await web.newPage()
    await signInAs(page, 'wt-officer@prongsai.test')
    await signOut(page)
    expect(new URL(page.url()).pathname).toBe('/')
    await expect(page.getByRole('link', { name: 'เข้าสู่ระบบเจ้าหน้าที่' }).isVisible()).resolves.toBe(true)
    expect(await menuOf(page)).toEqual([])
    await expectAccessible(page)

    await page.goto('/staff')
    const url = new URL(page.url())
    expect(url.pathname).toBe('/sign-in')
    expect(url.searchParams.get('next')).toBe('/staff')
    await expectAccessible(page)
  })
})

describe('a wrong password', () => {
  it('is refused with a Thai error summary whose link takes the person to the field', async () => {
    const page = await web.newPage()
    await page.goto('/sign-in')
    await expectAccessible(page)
    await page.getByLabel('อีเมล', { exact: true }).fill('nb-officer@prongsai.test')
    await page.getByLabel('รหัสผ่าน', { exact: true }).fill('not-the-password')
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/sign-in'),
      page.getByRole('button', { name: 'เข้าสู่ระบบ', exact: true }).click(),
    ])
    expect(response.status()).toBe(422)
    const summary = page.getByRole('alert')
    await summary.waitFor()
    await expect(summary.getByRole('heading').innerText()).resolves.toBe('มีข้อผิดพลาด')
    const link = summary.getByRole('link', { name: 'อีเมลหรือรหัสผ่านไม่ถูกต้อง' })
    await expect(link.getAttribute('href')).resolves.toBe('#email')
    // The person is still where they were, with the address they typed and a fresh password box.
    await expect(page.getByLabel('อีเมล', { exact: true }).inputValue()).resolves.toBe('nb-officer@prongsai.test')
    await expect(page.getByLabel('รหัสผ่าน', { exact: true }).inputValue()).resolves.toBe('')
    await expectAccessible(page)

    await link.click()
    await page.waitForURL((u) => u.hash === '#email')
    await expect(page.getByLabel('อีเมล', { exact: true }).evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).resolves.toBe(true)
  })
})
