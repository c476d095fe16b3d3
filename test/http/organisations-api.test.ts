import { brotliDecompressSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

type OrgJson = { id: string; slug: string; kind: string; name_th: string; name_en: string; parent_slug: string | null; url: string; address: string; email: string }

describe('the public organisations API', () => {
  it('lists every organisation sorted by Thai name, with its parent and public page', async () => {
    const res = await t.client().get('/api/v1/organisations')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('application/json')
    const { organisations } = res.json() as { organisations: OrgJson[] }
    expect(organisations).toHaveLength(7)
    const names = organisations.map((o) => o.name_th)
    expect(names).toEqual([...names].sort(new Intl.Collator('th').compare))
    // Thai collation puts เทศบาล… (leading vowel เ, sorted by ท) before องค์การ…; code-point order would not.
    expect(names.indexOf('เทศบาลตำบลเวียงทอง')).toBeLessThan(names.indexOf('องค์การบริหารส่วนตำบลหนองบัว'))
    const wt = organisations.find((o) => o.slug === 'wiang-thong')
    expect(wt).toMatchObject({
      kind: 'subdistrict_municipality',
      name_en: 'Wiang Thong Subdistrict Municipality',
      parent_slug: 'suvarnabhumi',
      address: '99 หมู่ 3 ตำบลเวียงทอง อำเภอเวียงทอง จังหวัดสุวรรณภูมิ 99120',
      email: 'saraban@wiangthong.prongsai.test',
      url: 'http://localhost:3000/o/wiang-thong',
    })
    expect(organisations.find((o) => o.slug === 'suvarnabhumi')?.parent_slug).toBeNull()
  })

  it('pages through the directory with next links, and lists the organisations under one parent', async () => {
    const all = (await t.client().get('/api/v1/organisations')).json() as { organisations: OrgJson[]; total: number; next: string | null }
    expect(all.total).toBe(7)
    expect(all.next).toBeNull()
    const seen: string[] = []
    let url: string | null = '/api/v1/organisations?limit=3'
    let pages = 0
    while (url) {
      const res = await t.client().get(url.replace('http://localhost:3000', ''))
      expect(res.statusCode).toBe(200)
      const body = res.json() as { organisations: OrgJson[]; total: number; limit: number; next: string | null }
      expect(body.limit).toBe(3)
      expect(body.organisations.length).toBeLessThanOrEqual(3)
      seen.push(...body.organisations.map((o) => o.slug))
      url = body.next
      pages++
    }
    expect(pages).toBe(3)
    expect(seen).toEqual(all.organisations.map((o) => o.slug))

    const under = (await t.client().get('/api/v1/organisations?parent=suvarnabhumi')).json() as { organisations: OrgJson[]; total: number }
    expect(under.total).toBe(6)
    expect(under.organisations.every((o) => o.parent_slug === 'suvarnabhumi')).toBe(true)
    expect(((await t.client().get('/api/v1/organisations?parent=wiang-thong')).json() as { total: number }).total).toBe(0)
  })

  it('refuses a page size out of range in Thai and English, and an unknown parent with 404', async () => {
    const tooBig = await t.client().get('/api/v1/organisations?limit=5000')
    expect(tooBig.statusCode).toBe(422)
    expect(tooBig.headers['x-error-code']).toBe('validation_failed')
    expect(JSON.stringify(tooBig.json())).toContain('limit')
    expect((await t.client().get('/api/v1/organisations?limit=0')).statusCode).toBe(tooBig.statusCode)
    expect((await t.client().get('/api/v1/organisations?parent=no-such-province')).statusCode).toBe(404)
  })

  it('keeps a directory page as bytes until an organisation changes, then answers the change at once', async () => {
    const first = await t.client().get('/api/v1/organisations?limit=5')
    const again = await t.client().get('/api/v1/organisations?limit=5', { 'accept-encoding': 'br' })
    expect(again.statusCode).toBe(200)
    expect(again.headers['x-page-cache']).toBe('hit')
    expect(again.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(again.headers['content-encoding']).toBe('br')
    expect(JSON.parse(brotliDecompressSync(again.rawPayload).toString())).toEqual(first.json())
    const notModified = await t.client().get('/api/v1/organisations?limit=5', { 'if-none-match': String(first.headers.etag) })
    expect(notModified.statusCode).toBe(304)

    const admin = await t.asUser('province-admin@prongsai.test')
    const id = await t.orgId('nong-bua')
    const o = await t.db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    const res = await admin.submit(`/admin/organisations/${id}`, { name_th: o.name_th, name_en: o.name_en, kind: o.kind, parent_id: o.parent_id ?? '', address: o.address, phone: '0 4499 1234', email: o.email, website: o.website })
    expect(res.statusCode).toBe(303)
    const after = await t.client().get('/api/v1/organisations?limit=1000')
    expect(after.headers['x-page-cache']).toBe('miss')
    expect((after.json() as { organisations: (OrgJson & { phone: string })[] }).organisations.find((x) => x.slug === 'nong-bua')?.phone).toBe('0 4499 1234')
  })

  it('gives one organisation by its slug', async () => {
    const res = await t.client().get('/api/v1/organisations/nong-bua')
    expect(res.statusCode).toBe(200)
    const { organisation } = res.json() as { organisation: OrgJson }
    expect(organisation).toMatchObject({ slug: 'nong-bua', kind: 'sao', name_th: 'องค์การบริหารส่วนตำบลหนองบัว', id: await t.orgId('nong-bua') })
  })

  it('answers an unknown slug with a 404 error envelope', async () => {
    const res = await t.client().get('/api/v1/organisations/no-such-agency')
    expect(res.statusCode).toBe(404)
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'ไม่พบข้อมูล' } })
  })

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.client().get('/api/openapi.json')).json() as { paths: Record<string, { get?: { tags?: string[]; summary?: string } }> }
    for (const path of ['/api/v1/organisations', '/api/v1/organisations/{slug}']) {
      expect(doc.paths[path]?.get?.tags).toEqual(['organisations'])
      expect(doc.paths[path]?.get?.summary).toBeTruthy()
    }
  })
})
