import { appendFileSync, mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
import type { AxeResults, Result as AxeViolation } from 'axe-core'
import { afterAll, afterEach, beforeAll, inject } from 'vitest'
import { createApp } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import type { Database } from '../../src/db/tables.ts'
import { DEMO_PASSWORD } from '../../src/features/demo-data/demo-dataset.ts'
import { createTestDb } from './test-db.ts'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts'

/**
 * Browser journeys: the real app listening on a local port, driven by Debian's Chromium.
 * One app and one database per test file, one browser per file or (PRONGSAI_SHARED_CHROMIUM=1,
 * as CI sets) per run; a fresh context (cookies, viewport, JavaScript on or off) per test, so
 * tests cannot leak sessions into each other.
 */


const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** A Thai citizen by default: Thai browser, Bangkok time, a desktop screen. */
const DEFAULT_CONTEXT: BrowserContextOptions = { locale: 'th-TH', timezoneId: 'Asia/Bangkok', viewport: { width: 1280, height: 800 } }

export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }

export type BrowserApp = {
  readonly baseUrl: string
  readonly db: Kysely<Database>
  readonly browser: Browser
  /** A page in a new context that is closed after the current test. */
  newPage(options?: BrowserContextOptions): Promise<Page>
  orgId(slug: string): Promise<string>
  userId(email: string): Promise<string>
}

/**
 * The run's shared Chromium when global-setup.ts started one (CI), else one for this file:
 * close it after the file either way (closing a shared one only disconnects from it).
 */
export function testBrowser(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint')
  return endpoint ? chromium.connect(endpoint) : chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}

/** Contexts opened with JavaScript off: axe cannot run inside them (timers never fire), see expectAccessible. */
const scriptless = new WeakSet<BrowserContext>()

/**
 * Registers beforeAll/afterEach/afterAll for one test file and returns the handle
 * the tests use once beforeAll has run.
 */
export function useBrowserApp(): BrowserApp {
  let app: FastifyInstance | undefined
  let closeDb: (() => Promise<void>) | undefined
  let db: Kysely<Database> | undefined
  let browser: Browser | undefined
  let baseUrl = ''
  let open: BrowserContext[] = []

  beforeAll(async () => {
    const handle = await createTestDb()
    db = handle.db
    closeDb = handle.close
    const [started, launched] = await Promise.all([
      listenOnFreePort(async (port) => {
        const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'false', SIGN_IN_RATE_PER_MINUTE: '1000', BASE_URL: `http://127.0.0.1:${port}` })
        return createApp({ db: handle.db, engine: handle.engine, config, clock: () => new Date() })
      }),
      testBrowser(),
    ])
    app = started.app
    baseUrl = started.baseUrl
    browser = launched
  })

  afterEach(async () => {
    const closing = open
    open = []
    await Promise.all(closing.map((c) => c.close()))
  })

  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await closeDb?.()
  })

  const need = <T,>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`${what} is not ready: use it inside a test, after beforeAll`)
    return v
  }

  return {
    get baseUrl() {
      return baseUrl
    },
    get db() {
      return need(db, 'database')
    },
    get browser() {
      return need(browser, 'browser')
    },
    async newPage(options = {}) {
      const context = await need(browser, 'browser').newContext({ ...DEFAULT_CONTEXT, ...options, baseURL: baseUrl })
      // Well inside Vitest's 30 s, so a stuck step fails with Playwright's account of what it waited for.
      context.setDefaultTimeout(10_000)
      if (options.javaScriptEnabled === false) scriptless.add(context)
      else await context.addInitScript(AXE_SOURCE)
      open.push(context)
      return context.newPage()
    },
    async orgId(slug) {
      const o = await need(db, 'database').selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()
      return o.id
    },
    async userId(email) {
      const u = await need(db, 'database').selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()
      return u.id
    },
  }
}

/**
 * BASE_URL must name the port before the app is built (it goes into e-mailed links), so a
 * free port is found first; should another process take it meanwhile, try again.
 */
async function listenOnFreePort(build: (port: number) => Promise<FastifyInstance>): Promise<{ app: FastifyInstance; baseUrl: string }> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    const app = await build(port)
    try {
      await app.listen({ host: '127.0.0.1', port })
      return { app, baseUrl: `http://127.0.0.1:${port}` }
    } catch (e) {
      await app.close()
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt >= 5) throw e
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/** Signs in through the real form, as a person would; fails with the page's own error message if refused. */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in')
  await page.getByLabel('อีเมล', { exact: true }).fill(email)
  await page.getByLabel('รหัสผ่าน', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'เข้าสู่ระบบ', exact: true }).click()
  const outcome = await Promise.race([
    page.waitForURL((url) => url.pathname !== '/sign-in').then(
      () => 'signed-in',
      () => 'timeout',
    ),
    page
      .getByRole('alert')
      .waitFor()
      .then(
        () => 'refused',
        () => 'timeout',
      ),
  ])
  if (outcome !== 'signed-in') {
    const summary = outcome === 'refused' ? await page.getByRole('alert').innerText() : '(no answer)'
    throw new Error(`Sign-in as ${email} did not succeed: ${summary.replace(/\s+/g, ' ')}`)
  }
}

/**
 * Presses a form's button and waits for the page the server answers with; returns the
 * status of the answer to the POST itself (303 for a success, 422 for a form sent back).
 */
export async function submitForm(page: Page, buttonName: string): Promise<number> {
  const loaded = page.waitForEvent('load')
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.request().resourceType() === 'document')
  await page.getByRole('button', { name: buttonName, exact: true }).click()
  const response = await answered
  await loaded
  return response.status()
}

/** Signs out with the header button and waits for the public page it leads to. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'ออกจากระบบ', exact: true }).click()
  await page.waitForURL((url) => url.pathname === '/')
}

export type AxeIssue = Pick<AxeViolation, 'id' | 'impact' | 'help' | 'helpUrl'> & { targets: string[]; summaries: string[] }

/** Runs axe-core on what the page shows now (WCAG 2.1 A/AA and best practice). */
export async function runAxe(page: Page): Promise<AxeResults> {
  if (scriptless.has(page.context())) return runAxeOnCopy(page)
  // Given to the page over the DevTools protocol (an init script in newPage, else evaluated
  // here) rather than added as a <script> tag: the app's Content-Security-Policy
  // (script-src 'self') rightly blocks inline scripts. The init script is about twice as
  // fast, as Chromium keeps the compiled code between pages.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE)
  return page.evaluate((tags) => (globalThis as unknown as InPage).axe.run({ runOnly: tags }), AXE_TAGS)
}

/**
 * With JavaScript off, Chromium never fires the timers axe waits on. The page's HTML is
 * served again, unchanged, to a JavaScript-enabled page of the same size (the app's pages
 * are the same either way: they carry no script); stylesheets and fonts load from the app.
 * One such page per browser is kept for this, so fonts come from its cache.
 */
async function runAxeOnCopy(page: Page): Promise<AxeResults> {
  const html = await page.content()
  const url = page.url()
  const browser = page.context().browser()
  if (!browser) throw new Error('page has no browser')
  let copy = axeCopies.get(browser)
  if (!copy) {
    copy = browser.newContext().then(async (c) => {
      await c.addInitScript(AXE_SOURCE)
      return c.newPage()
    })
    axeCopies.set(browser, copy)
  }
  const p = await copy
  const viewport = page.viewportSize()
  if (viewport) await p.setViewportSize(viewport)
  const withoutFragment = url.split('#')[0]
  const matches = (u: URL) => u.href === withoutFragment
  await p.route(matches, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }))
  try {
    await p.goto(url)
    return await runAxe(p)
  } finally {
    await p.unroute(matches)
  }
}

const axeCopies = new WeakMap<Browser, Promise<Page>>()

export function seriousIssues(results: AxeResults): AxeIssue[] {
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => n.target.join(' ')),
      summaries: v.nodes.map((n) => n.failureSummary ?? ''),
    }))
}

export function formatIssues(issues: AxeIssue[]): string {
  return issues
    .map((i) => {
      const nodes = i.targets.map((t, n) => `      ${t}\n        ${(i.summaries[n] ?? '').replace(/\n\s*/g, '\n        ')}`).join('\n')
      return `  - ${i.id} (${i.impact}): ${i.help}\n    ${i.helpUrl}\n${nodes}`
    })
    .join('\n')
}

/** The bar for every page a journey visits: no serious or critical axe violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await runAxe(page)
  if (process.env.AXE_REPORT) recordAllViolations(page.url(), results)
  const issues = seriousIssues(results)
  if (issues.length) {
    throw new Error(`axe found ${issues.length} serious or critical accessibility problem(s) on ${page.url()}:\n${formatIssues(issues)}`)
  }
}

/**
 * `AXE_REPORT=1 npx vitest run test/browser` also lists the moderate and minor findings, which
 * do not fail a journey, in test-results/axe-report.jsonl (one line per page checked).
 */
function recordAllViolations(url: string, results: AxeResults): void {
  mkdirSync('test-results', { recursive: true })
  const violations = results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))
  appendFileSync('test-results/axe-report.jsonl', `${JSON.stringify({ url: new URL(url).pathname + new URL(url).search, violations })}\n`)
}

/** The page's width fits the screen: nothing makes a phone scroll sideways. */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; widest: string[] }> {
  return page.evaluate(() => {
    const { window, document } = globalThis as unknown as InPage
    const innerWidth = window.innerWidth
    const widest = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`)
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, widest }
  })
}

/**
 * The little of the browser's globals these helpers touch inside the page (the project's
 * TypeScript has no DOM library: it is server code).
 */
type InPage = {
  axe: { run(options: { runOnly: string[] }): Promise<AxeResults> }
  window: { innerWidth: number }
  document: {
    documentElement: { scrollWidth: number }
    querySelectorAll(selector: string): Iterable<{ tagName: string; id: string; className: unknown; getBoundingClientRect(): { right: number } }>
  }
}
