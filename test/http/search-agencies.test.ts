import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

/** The addresses linked from the page's main content, in order. */
const mainLinks = (html: string) => [...(html.split('<main')[1] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]!)

describe('searching for an agency by its name', () => {
  it('offers the agency’s page first for its Thai name', async () => {
    const res = await t.client().get(`/search?q=${encodeURIComponent('เวียงทอง')}`)
    expect(res.statusCode).toBe(200)
    const links = mainLinks(res.body).filter((h) => h.startsWith('/o/'))
    expect(links[0]).toBe('/o/wiang-thong')
    expect(res.body).toContain('หน่วยงานที่ชื่อตรงกับคำค้นหา')
  })

  it('finds it by its English name whatever the case, and takes the query literally', async () => {
    const en = t.client()
    en.cookies.set('lang', 'en')
    const res = await en.get('/search?q=WIANG%20thong')
    expect(mainLinks(res.body).filter((h) => h.startsWith('/o/'))[0]).toBe('/o/wiang-thong')
    expect(res.body).toContain('Agencies whose name matches')
    // A wildcard is a character like any other, not "every agency".
    const wildcard = await t.client().get('/search?q=%25')
    expect(wildcard.statusCode).toBe(200)
    expect(wildcard.body).not.toContain('หน่วยงานที่ชื่อตรงกับคำค้นหา')
  })

  it('keeps to the province chosen', async () => {
    // A second province with an agency of a similar name, made directly: only the search is under test.
    const other = await t.db.insertInto('organisations').values({ parent_id: null, slug: 'test-province', kind: 'province', name_th: 'จังหวัดทดสอบ', name_en: 'Test Province' }).returning('id').executeTakeFirstOrThrow()
    await t.db.insertInto('organisations').values({ parent_id: other.id, slug: 'wiang-thong-nuea', kind: 'sao', name_th: 'องค์การบริหารส่วนตำบลเวียงทองเหนือ', name_en: 'Wiang Thong Nuea SAO' }).execute()
    const q = encodeURIComponent('เวียงทอง')
    const agencies = async (url: string) => mainLinks((await t.client().get(url)).body).filter((h) => /^\/o\/[a-z-]+$/.test(h))
    expect(await agencies(`/search?q=${q}`)).toEqual(['/o/wiang-thong', '/o/wiang-thong-nuea'])
    expect(await agencies(`/search?q=${q}&province=suvarnabhumi`)).toEqual(['/o/wiang-thong'])
    expect(await agencies(`/search?q=${q}&province=test-province`)).toEqual(['/o/wiang-thong-nuea'])
  })
})
