import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { safeLocalPath } from '../../src/web/http/request-context.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/** Findings 1 and 2 of the outside probe: open redirects, and odd bytes that answered 500. */

const BYPASSES = [
  '//evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '\t//evil.example',
  ' //evil.example',
  '/%09/evil.example',
  '%2F%2Fevil.example',
  '/%2F/evil.example',
  '/%5Cevil.example',
  '/./\\evil.example',
  '/.//evil.example',
  'https://evil.example',
  'https:evil.example',
  'javascript:alert(1)',
  '///evil.example',
  '/\\/evil.example',
  'evil.example',
  '',
]

describe('safeLocalPath', () => {
  it.each(BYPASSES)('refuses %j', (value) => {
    expect(safeLocalPath(value, '/fallback')).toBe('/fallback')
  })

  it('keeps a same-site path with its query and fragment, percent-encoding what a header cannot hold', () => {
    expect(safeLocalPath('/staff/complaints?view=all#list')).toBe('/staff/complaints?view=all#list')
    expect(safeLocalPath('/o/wiang-thong')).toBe('/o/wiang-thong')
    expect(safeLocalPath('/search?q=ทดสอบ')).toBe('/search?q=%E0%B8%97%E0%B8%94%E0%B8%AA%E0%B8%AD%E0%B8%9A')
    expect(safeLocalPath(42)).toBe('/')
  })
})

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t?.close()
})

describe('redirects through the site', () => {
  it('GET /lang?back=/%09/evil.example is refused before the handler (a control character in the URL)', async () => {
    const res = await t.client().get('/lang?to=en&back=/%09/evil.example')
    expect(res.statusCode).toBe(400)
    expect(res.headers.location).toBeUndefined()
  })

  it.each(['/%2509/evil.example', '//evil.example', '/%5Cevil.example', 'https://evil.example', '/%2F%2Fevil.example'])('GET /lang?back=%s stays on the site', async (back) => {
    const res = await t.client().get(`/lang?to=en&back=${back}`)
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/')
  })

  it('GET /lang?back= with Thai text answers a valid, percent-encoded Location instead of 500', async () => {
    const res = await t.client().get(`/lang?to=en&back=${encodeURIComponent('/search?q=ทดสอบ')}`)
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/search?q=%E0%B8%97%E0%B8%94%E0%B8%AA%E0%B8%AD%E0%B8%9A')
  })

  it('POST /sign-in with next=/<TAB>/evil.example lands on the staff home', async () => {
    const c = t.client()
    await c.get('/sign-in')
    const res = await c.post('/sign-in', { email: 'wt-officer@prongsai.test', password: 'prongsai-demo-2569', next: '/\t/evil.example' })
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/staff')
  })
})

describe('odd bytes answer 400 with the Thai error page, before any handler', () => {
  const BAD_URLS = [
    '/o/a%00b',
    '/api/v1/organisations/a%00b',
    '/api/v1/organisations?parent=a%00b',
    '/search?province=a%00b',
    '/lang?back=/a%0d%0aSet-Cookie:x=1',
    '/lang?back=/a%0ab',
    '/o/a%ffb',
    '/search?q=%e0%b8',
    '/search?q=%c0%af',
    '/o/%',
  ]
  it.each(BAD_URLS)('%s → 400', async (url) => {
    const res = await t.client().get(url)
    expect(res.statusCode).toBe(400)
    expect(res.headers['x-error-code']).toBe('bad_request')
    if (!url.startsWith('/api/')) {
      expect(res.headers['content-type']).toContain('text/html')
      expect(res.body).toContain('คำขอไม่ถูกต้อง')
    } else {
      expect(JSON.parse(res.body).error.code).toBe('bad_request')
    }
  })

  it('a signed-in officer sending NUL in a staff filter gets 400, not a database error', async () => {
    const c = await t.asUser('wt-ita@prongsai.test')
    for (const url of ['/staff/oit?org=a%00b', '/staff/portal/new?x=%00']) {
      const res = await c.get(url)
      expect(res.statusCode).toBe(400)
    }
  })

  it('a NUL byte in a posted form field is refused and nothing is written', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const before = await t.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    await c.get('/account')
    const res = await c.post('/account/password', { current_password: 'prongsai-demo-2569', new_password: 'ใหม่\u0000รหัสผ่านยาวพอสมควร', confirm_password: 'ใหม่\u0000รหัสผ่านยาวพอสมควร' })
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('คำขอไม่ถูกต้อง')
    const after = await t.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    expect(Number(after.n)).toBe(Number(before.n))
  })

  it('Thai, emoji, a newline in a form field and a 10 kB query are ordinary input, not refused', async () => {
    const res = await t.client().get(`/search?q=${encodeURIComponent('ทดสอบ 🙂')}&x=${'a'.repeat(10_000)}`)
    expect(res.statusCode).toBe(200)
  })
})
