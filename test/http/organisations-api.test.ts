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
