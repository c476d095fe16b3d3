import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoBudget } from '../../src/features/budget/index.ts'
import { loadDemoPortal } from '../../src/features/portal/index.ts'
import { loadDemoProcurement } from '../../src/features/procurement/index.ts'
import type { FileService } from '../../src/platform/files/index.ts'
import { bumpPublicGeneration, organisationScope } from '../../src/platform/public-content/generations.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

const BASE = 'https://prongsai.example.go.th'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ env: { BASE_URL: BASE } })
  // The demo's published portal items, budget years and procurement plans and months (none uses files).
  const noFiles = {} as FileService
  expect(await loadDemoPortal(t.db, t.clock.now, noFiles, BASE)).toBeGreaterThan(0)
  expect(await loadDemoBudget(t.db, t.clock.now, noFiles)).toBeGreaterThan(0)
  expect(await loadDemoProcurement(t.db, t.clock.now, noFiles)).toBeGreaterThan(0)
})
afterAll(() => t.close())

const locsOf = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
const metaOf = (html: string, attr: 'name' | 'property', key: string) => new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(html)?.[1]

describe('robots.txt', () => {
  it('lets crawlers read public pages and the API description, keeps them out of staff work, the API and complaint cases, and names the sitemap', async () => {
    const res = await t.client().get('/robots.txt')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8')
    const lines = res.body.split('\n')
    expect(lines[0]).toBe('User-agent: *')
    for (const d of ['/staff', '/admin', '/api/', '/complaints/case', '/complaints/follow-up']) expect(lines).toContain(`Disallow: ${d}`)
    expect(lines).toContain('Allow: /api/openapi.json')
    expect(lines).not.toContain('Disallow: /o/')
    expect(lines).toContain(`Sitemap: ${BASE}/sitemap.xml`)
  })
})

describe('sitemap.xml', () => {
  it('lists the home page, every organisation and its public pages, and published items, at absolute addresses on baseUrl', async () => {
    const res = await t.client().get('/sitemap.xml')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8')
    expect(res.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/)
    const locs = locsOf(res.body)
    expect(locs.every((l) => l.startsWith(`${BASE}/`))).toBe(true)
    expect(new Set(locs).size).toBe(locs.length)
    expect(locs).toContain(`${BASE}/`)
    const orgs = await t.db.selectFrom('organisations').select('slug').execute()
    for (const o of orgs) {
      for (const page of ['', '/portal', '/complaints', '/complaints/statistics', '/ita', '/executives']) expect(locs).toContain(`${BASE}/o/${o.slug}${page}`)
    }
    const items = await t.db.selectFrom('portal_items as i').innerJoin('organisations as o', 'o.id', 'i.organisation_id').select(['o.slug', 'i.item_key', 'i.published']).execute()
    const published = items.filter((i) => i.published)
    expect(published.length).toBeGreaterThan(0)
    for (const i of published) expect(locs).toContain(`${BASE}/o/${i.slug}/p/${i.item_key}`)
    for (const i of items.filter((x) => !x.published)) expect(locs).not.toContain(`${BASE}/o/${i.slug}/p/${i.item_key}`)
    const budget = await t.db.selectFrom('budget_plans as b').innerJoin('organisations as o', 'o.id', 'b.organisation_id').select(['o.slug', 'b.fiscal_year']).where('b.published', '=', true).execute()
    expect(budget.length).toBeGreaterThan(0)
    for (const b of budget) expect(locs).toContain(`${BASE}/o/${b.slug}/budget/${b.fiscal_year}`)
    expect(locs.some((l) => /\/procurement\/plan\/\d{4}$/.test(l))).toBe(true)
    expect(locs.some((l) => l.includes('/staff') || l.includes('/api/') || l.includes('/complaints/case'))).toBe(false)
  })

  it('lists only pages that answer 200, each with a meta description, Open Graph title, description and address, and a canonical link, in Thai and in English', async () => {
    const locs = locsOf((await t.client().get('/sitemap.xml')).body)
    const thai = t.client()
    const english = t.client()
    english.cookies.set('lang', 'en')
    for (const loc of locs) {
      const path = loc.slice(BASE.length)
      for (const [c, lang] of [[thai, 'th'], [english, 'en']] as const) {
        const res = await c.get(path)
        expect(res.statusCode, `${path} (${lang})`).toBe(200)
        const description = metaOf(res.body, 'name', 'description')
        expect(description && description.length >= 30, `${path} (${lang}) has a meaningful meta description: ${description}`).toBe(true)
        expect(metaOf(res.body, 'property', 'og:description')).toBe(description)
        expect(metaOf(res.body, 'property', 'og:title')?.length, `${path} og:title`).toBeGreaterThan(0)
        // The address a shared link and a search engine keep: the sitemap's own, on the public base URL.
        expect(metaOf(res.body, 'property', 'og:url'), `${path} og:url`).toBe(loc)
        expect(res.body).toContain(`<link rel="canonical" href="${loc}"`)
        expect(res.body).toContain(`<html lang="${lang}"`)
      }
    }
  }, 120_000)

  it('names the agency in its pages’ descriptions and describes a portal item by its own title', async () => {
    const org = (await t.client().get('/o/wiang-thong')).body
    expect(metaOf(org, 'name', 'description')).toContain('เทศบาลตำบลเวียงทอง')
    const en = t.client()
    en.cookies.set('lang', 'en')
    expect(metaOf((await en.get('/o/wiang-thong/budget/2569')).body, 'name', 'description')).toContain('Wiang Thong Subdistrict Municipality')
    const item = await t.db
      .selectFrom('portal_items as i')
      .innerJoin('portal_item_versions as v', (j) => j.onRef('v.item_id', '=', 'i.id').onRef('v.version', '=', 'i.current_version'))
      .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
      .select(['o.slug', 'i.item_key', 'v.title_th'])
      .where('i.published', '=', true)
      .where('o.slug', '=', 'wiang-thong')
      .executeTakeFirstOrThrow()
    const description = metaOf((await t.client().get(`/o/${item.slug}/p/${item.item_key}`)).body, 'name', 'description')
    expect(description?.startsWith(item.title_th.replaceAll('"', '&quot;'))).toBe(true)
    expect(description).toContain('เทศบาลตำบลเวียงทอง')
    expect(description!.length).toBeLessThanOrEqual(200)
  })

  it('is served from memory until public content changes, with an ETag, and follows an unpublished item at once', async () => {
    const first = await t.client().get('/sitemap.xml')
    const etag = first.headers.etag as string
    expect(etag).toMatch(/^"sitemap-/)
    expect(first.headers['cache-control']).toBe('public, max-age=3600')
    const again = await t.client().get('/sitemap.xml', { 'if-none-match': etag })
    expect(again.statusCode).toBe(304)

    const item = await t.db.selectFrom('portal_items as i').innerJoin('organisations as o', 'o.id', 'i.organisation_id').select(['i.id', 'i.organisation_id', 'o.slug', 'i.item_key']).where('i.published', '=', true).executeTakeFirstOrThrow()
    await t.db.transaction().execute(async (tx) => {
      await tx.updateTable('portal_items').set({ published: false }).where('id', '=', item.id).execute()
      await bumpPublicGeneration(tx, organisationScope(item.organisation_id))
    })
    const after = await t.client().get('/sitemap.xml', { 'if-none-match': etag })
    expect(after.statusCode).toBe(200)
    expect(after.headers.etag).not.toBe(etag)
    expect(locsOf(after.body)).not.toContain(`${BASE}/o/${item.slug}/p/${item.item_key}`)
    expect(locsOf(first.body)).toContain(`${BASE}/o/${item.slug}/p/${item.item_key}`)
  })

  it('has no numbered files while everything fits in one', async () => {
    expect((await t.client().get('/sitemap-1.xml')).statusCode).toBe(404)
    expect((await t.client().get('/sitemap-x.xml')).statusCode).toBe(404)
  })
})
