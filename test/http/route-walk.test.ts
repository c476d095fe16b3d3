import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { submitComplaint } from '../../src/features/complaints/complaint-intake.use-cases.ts'
import type { ComplaintDraft } from '../../src/features/complaints/complaint-form.input.ts'
import { routeTableOf, type RouteEntry } from '../../src/web/http/route-table.ts'
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts'

/**
 * Finding 10: one walk over the WHOLE route table (taken from the app itself, so routes added
 * later are walked too), every method, as an anonymous visitor, as roles of another agency and
 * as roles of the same agency, each POST with a valid CSRF token for its session. No answer may
 * be a 5xx; a CSRF refusal never happens with a valid token; refusals carry their code;
 * nothing of Wiang Thong's private data reaches Nong Bua's people, in the answers or as writes.
 */
let t: TestApp
let routes: readonly RouteEntry[] = []
const MARKER = 'เครื่องหมายลับเฉพาะเวียงทอง-ROUTEWALK-7731'
const draft: ComplaintDraft = {
  intake: 'public',
  channel: 'web',
  kind: 'corruption',
  subjectText: 'งานพัสดุ',
  whatHappened: `${MARKER} เรียกรับเงินเพื่อตรวจรับงาน`,
  happenedWhen: '',
  happenedWhere: '',
  request: '',
  anonymous: false,
  identity: { name: `ผู้ร้อง ${MARKER}`, address: '', phone: '', email: '', witnesses: '' },
  wantsEmailUpdates: false,
}
/** Values for path parameters: Wiang Thong's own things, so another agency's people try to reach them. */
let candidates: Record<'slug' | 'id', string[]> = { slug: [], id: [] }
// Sign-out would end the walker's session mid-walk; it has its own tests.
const SKIP = new Set(['POST /sign-out'])

beforeAll(async () => {
  t = await createTestApp()
  routes = routeTableOf(t.app)
  const wt = await t.orgId('wiang-thong')
  const filed = await submitComplaint({ db: t.db, now: t.clock.now, baseUrl: 'http://localhost:3000' }, { organisationId: wt, draft, evidence: [], filer: { by: 'citizen' } })
  candidates = { slug: ['wiang-thong'], id: [filed.id, wt, await t.userId('wt-head@prongsai.test')] }
}, 120_000)
afterAll(async () => {
  await t?.close()
})

function expand(url: string): string[] {
  if (url.includes('*')) return []
  let urls = [url]
  for (const m of url.match(/:[A-Za-z_]+/g) ?? []) {
    const values = /slug/i.test(m) ? candidates.slug : candidates.id
    urls = urls.flatMap((u) => values.map((v) => u.replace(m, v)))
  }
  return urls
}

async function walk(client: Client, label: string) {
  const seen: { route: string; url: string; status: number; code: string | undefined; body: string }[] = []
  // A page with a form gives this session its CSRF token.
  await client.get(label === 'anonymous' ? '/sign-in' : '/account')
  const token = client.lastCsrf
  expect(token, `${label} has a CSRF token`).toBeTruthy()
  for (const r of routes) {
    if (SKIP.has(`${r.method} ${r.url}`)) continue
    for (const url of expand(r.url)) {
      const res =
        r.method === 'GET'
          ? await client.get(url)
          : await t.app.inject({ method: r.method as 'POST', url, headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': 'application/x-www-form-urlencoded' }, payload: `_csrf=${encodeURIComponent(token!)}` })
      seen.push({ route: `${r.method} ${r.url}`, url, status: res.statusCode, code: res.headers['x-error-code'] as string | undefined, body: res.body })
    }
  }
  return seen
}

describe('the route table', () => {
  it('is taken from the app and covers every feature', () => {
    expect(routes.length).toBeGreaterThan(100)
    const urls = routes.map((r) => r.url)
    for (const prefix of ['/staff/complaints', '/admin/users', '/admin/outbox', '/staff/oit', '/staff/portal', '/staff/procurement', '/staff/budget', '/api/v1/']) {
      expect(urls.some((u) => u.startsWith(prefix)), prefix).toBe(true)
    }
    expect(routes.some((r) => r.method === 'POST')).toBe(true)
  })
})

function expectNoServerErrors(seen: Awaited<ReturnType<typeof walk>>) {
  const failures = seen.filter((s) => s.status >= 500).map((s) => `${s.status} ${s.url}`)
  expect(failures).toEqual([])
}

function expectRefusalsCoded(seen: Awaited<ReturnType<typeof walk>>) {
  // A valid token for the session: never a CSRF refusal.
  expect(seen.filter((s) => s.code === 'csrf_invalid').map((s) => s.url)).toEqual([])
  const uncoded = seen.filter((s) => [400, 403, 404, 409, 422, 429].includes(s.status) && !s.code).map((s) => `${s.status} ${s.url}`)
  expect(uncoded).toEqual([])
  for (const s of seen) {
    if (s.status === 403) expect(s.code, s.url).toBe('forbidden')
    if (s.status === 404) expect(s.code, s.url).toBe('not_found')
  }
}

describe('walking every route', () => {
  it('anonymous: no 5xx; staff and admin pages send to sign-in, private API answers 401', async () => {
    const seen = await walk(t.client(), 'anonymous')
    expectNoServerErrors(seen)
    expectRefusalsCoded(seen)
    for (const s of seen.filter((x) => /^(GET|POST) \/(staff|admin)(\/|$)/.test(x.route))) {
      expect([303, 404], s.url).toContain(s.status)
      if (s.status === 303) expect(s.body, s.url).toBe('')
    }
    for (const s of seen) expect(s.body, s.url).not.toContain(MARKER)
  }, 600_000)

  for (const who of ['nb-admin@prongsai.test', 'nb-complaints@prongsai.test', 'nb-officer@prongsai.test']) {
    it(`${who} (another agency): no 5xx, coded refusals, nothing of Wiang Thong’s case, and no write to Wiang Thong`, async () => {
      const c = await t.asUser(who)
      const seen = await walk(c, who)
      expectNoServerErrors(seen)
      expectRefusalsCoded(seen)
      for (const s of seen) expect(s.body, s.url).not.toContain(MARKER)
      const me = await t.userId(who)
      const writes = await t.db.selectFrom('audit_events').select(['action']).where('actor_id', '=', me).where('organisation_id', '=', await t.orgId('wiang-thong')).execute()
      expect(writes).toEqual([])
    }, 600_000)
  }

  for (const who of ['wt-officer@prongsai.test', 'committee@prongsai.test', 'wt-procurement@prongsai.test', 'wt-admin@prongsai.test']) {
    it(`${who} (same agency, not a complaint officer): no 5xx, coded refusals, never the complainant’s name`, async () => {
      const c = await t.asUser(who)
      const seen = await walk(c, who)
      expectNoServerErrors(seen)
      expectRefusalsCoded(seen)
      for (const s of seen) expect(s.body, s.url).not.toContain(`ผู้ร้อง ${MARKER}`)
    }, 600_000)
  }
})
