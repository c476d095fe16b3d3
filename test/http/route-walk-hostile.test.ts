import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../../src/platform/audit/audit-log.ts'
import { routeTableOf, type RouteEntry } from '../../src/web/http/route-table.ts'
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts'

/**
 * Findings 2 and 10: the route walk again, now with hostile values. The fields and query
 * parameters are learnt from the pages themselves (every form's inputs, every link's query), so
 * fields added later are tried too. Each value goes into every field of every form, every query
 * parameter and every path parameter, as an anonymous visitor and as a platform administrator
 * (who reaches the most forms). No answer may be a 5xx, echo the script unescaped or redirect off
 * the site, and the audit chain stays whole.
 */
/** Already percent-encoded, so the bytes sent are exactly these (broken UTF-8 included). */
const HOSTILE: Record<string, string> = {
  nul: 'a%00b',
  'broken utf-8': '%C3%28%FF%FE',
  'cr/lf': 'a%0D%0ALocation:%20https://evil.example',
  'long (10 kB)': 'x'.repeat(10_000),
  script: encodeURIComponent('"><script>alert(1)</script>'),
  negative: '-1',
  huge: '99999999999999999999999',
  'not a number': '1e309',
  traversal: encodeURIComponent('../../../../etc/passwd'),
  'thai and emoji': encodeURIComponent('ทดสอบ 😀 ๑๒๓'),
}

type Form = { action: string; fields: Set<string> }
let t: TestApp
let routes: readonly RouteEntry[] = []

beforeAll(async () => {
  t = await createTestApp()
  routes = routeTableOf(t.app)
}, 120_000)
afterAll(async () => {
  await t?.close()
})

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]
const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'")

/** The forms (POST actions and GET queries) and link queries on a page. */
function learn(pageUrl: string, html: string, posts: Map<string, Set<string>>, gets: Map<string, Set<string>>) {
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const open = m[1]!
    const action = unescape(attr(open, 'action') ?? pageUrl).split('#')[0]!
    if (!action.startsWith('/')) continue
    const method = (attr(open, 'method') ?? 'get').toLowerCase()
    const names = new Set([...m[2]!.matchAll(/<(?:input|select|textarea|button)\b[^>]*\sname="([^"]+)"/g)].map((x) => unescape(x[1]!)).filter((n) => n !== '_csrf'))
    const [path, query] = action.split('?')
    for (const k of new URLSearchParams(query ?? '').keys()) names.add(k)
    const target = method === 'post' ? posts : gets
    const key = method === 'post' ? action : path!
    target.set(key, new Set([...(target.get(key) ?? []), ...names]))
  }
  for (const m of html.matchAll(/href="(\/[^"#]*\?[^"#]+)"/g)) {
    const [path, query] = unescape(m[1]!).split('?')
    const names = gets.get(path!) ?? new Set<string>()
    for (const k of new URLSearchParams(query).keys()) names.add(k)
    gets.set(path!, names)
  }
}

async function walkHostile(client: Client, label: string) {
  const failures: string[] = []
  const note = (status: number, what: string, res?: { body: string; headers: Record<string, unknown> }) => {
    if (status >= 500) failures.push(`${status} ${what}`)
    if (!res) return
    // What was typed comes back escaped, never as markup: inside a quoted attribute value a `<` is
    // harmless (the quote itself must be escaped), so only what is left outside attribute values counts.
    if (res.body.replace(/="[^"]*"/g, '=""').includes('<script>alert(1)</script>')) failures.push(`unescaped ${what}`)
    // Whatever was typed, a redirect stays on this site.
    const location = res.headers.location
    if (typeof location === 'string' && !(/^\/(?![/\\])/.test(location) && !/[\r\n]/.test(location))) failures.push(`off-site redirect ${location} ${what}`)
  }
  await client.get(label === 'anonymous' ? '/sign-in' : '/account')
  const token = client.lastCsrf!
  const cookie = () => [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ')

  // 1. Learn the forms and queries from every page without parameters, and the pages they link to.
  const posts = new Map<string, Set<string>>()
  const gets = new Map<string, Set<string>>()
  for (const r of routes.filter((x) => x.method === 'GET' && !x.url.includes(':') && !x.url.includes('*'))) {
    const res = await client.get(r.url)
    note(res.statusCode, `GET ${r.url}`)
    if (res.statusCode === 200 && String(res.headers['content-type']).startsWith('text/html')) learn(r.url, res.body, posts, gets)
  }
  expect(posts.size, `${label} found forms`).toBeGreaterThan(label === 'anonymous' ? 2 : 20)

  for (const [name, value] of Object.entries(HOSTILE)) {
    // 2. Every query parameter a page knows of.
    for (const [path, names] of gets) {
      if (names.size === 0) continue
      const url = `${path}?${[...names].map((n) => `${encodeURIComponent(n)}=${value}`).join('&')}`
      const res = await t.app.inject({ method: 'GET', url, headers: { cookie: cookie() } })
      note(res.statusCode, `GET ${path} (${name} in ${[...names].join(',')})`, res)
    }
    // 3. Every field of every form.
    for (const [action, names] of posts) {
      if (action === '/sign-out') continue
      const payload = [`_csrf=${encodeURIComponent(token)}`, ...[...names].map((n) => `${encodeURIComponent(n)}=${value}`)].join('&')
      const res = await t.app.inject({ method: 'POST', url: action, headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' }, payload })
      note(res.statusCode, `POST ${action} (${name})`, res)
      expect(res.headers['x-error-code'], `POST ${action} (${name}) with a valid token`).not.toBe('csrf_invalid')
    }
    // 4. Every path parameter, on GET routes.
    for (const r of routes.filter((x) => x.method === 'GET' && x.url.includes(':') && !x.url.includes('*'))) {
      const url = r.url.replace(/:[A-Za-z_]+/g, value)
      const res = await t.app.inject({ method: 'GET', url, headers: { cookie: cookie() } })
      note(res.statusCode, `GET ${r.url} (${name} as parameter)`, res)
    }
  }
  return { failures, forms: posts.size, queries: gets.size }
}

describe('walking every route with hostile values', () => {
  for (const who of ['anonymous', 'admin@prongsai.test']) {
    it(`${who}: no 5xx, no unescaped echo, no off-site redirect for NUL, broken UTF-8, CR/LF, 10 kB, <script>, odd numbers, traversal, Thai and emoji`, async () => {
      const client = who === 'anonymous' ? t.client() : await t.asUser(who)
      const { failures } = await walkHostile(client, who)
      expect(failures).toEqual([])
      expect((await verifyAuditChain(t.db)).ok).toBe(true)
    }, 900_000)
  }
})
