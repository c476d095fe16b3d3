import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('public site', () => {
  it('lists every organisation of the demo province on the home page, in Thai by default', async () => {
    const res = await t.client().get('/')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<html lang="th"')
    for (const name of ['จังหวัดสุวรรณภูมิ', 'เทศบาลตำบลเวียงทอง', 'องค์การบริหารส่วนตำบลหนองบัว', 'เทศบาลเมืองบางพระ']) {
      expect(res.body).toContain(name)
    }
  })

  it('shows an organisation page with its contacts and who oversees it', async () => {
    const res = await t.client().get('/o/wiang-thong')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('99 หมู่ 3 ตำบลเวียงทอง')
    expect(res.body).toContain('href="/o/suvarnabhumi"')
  })

  it('switches to English and remembers the choice', async () => {
    const c = t.client()
    const sw = await c.get('/lang?to=en&back=/o/wiang-thong')
    expect(sw.statusCode).toBe(303)
    expect(sw.headers.location).toBe('/o/wiang-thong')
    const res = await c.get('/o/wiang-thong')
    expect(res.body).toContain('<html lang="en"')
    expect(res.body).toContain('Wiang Thong Subdistrict Municipality')
  })

  it('never redirects the language switch to another site', async () => {
    const res = await t.client().get('/lang?to=en&back=//evil.example/x')
    expect(res.headers.location).toBe('/')
  })

  it('answers 404 with a Thai page for an unknown organisation, and JSON under /api', async () => {
    const page = await t.client().get('/o/no-such-agency')
    expect(page.statusCode).toBe(404)
    expect(page.body).toContain('ไม่พบหน้าที่ต้องการ')
    const api = await t.client().get('/api/v1/nothing-here')
    expect(api.statusCode).toBe(404)
    expect(api.json()).toEqual({ error: { code: 'not_found', message: 'ไม่พบข้อมูล' } })
  })

  it('reports liveness and database readiness', async () => {
    expect((await t.client().get('/healthz')).json()).toEqual({ status: 'ok' })
    expect((await t.client().get('/readyz')).json()).toMatchObject({ status: 'ok', database: t.engine })
  })
})

describe('language', () => {
  it('stays Thai for a browser that prefers English until English is chosen', async () => {
    const res = await t.client().get('/', { 'accept-language': 'en-US,en;q=0.9' })
    expect(res.body).toContain('<html lang="th"')
  })
})

describe('the agency page links every public module', () => {
  it('offers services, manuals, information, webboard, comments, consultations and donations', async () => {
    const t = await createTestApp()
    try {
      const res = await t.client().get('/o/wiang-thong')
      expect(res.statusCode).toBe(200)
      for (const p of ['services', 'work-standards', 'information', 'webboard', 'comments', 'consultations', 'donations']) {
        expect(res.body).toContain(`href="/o/wiang-thong/${p}"`)
        // Each link leads somewhere real.
        expect((await t.client().get(`/o/wiang-thong/${p}`)).statusCode).toBe(200)
      }
    } finally {
      await t.close()
    }
  })
})
