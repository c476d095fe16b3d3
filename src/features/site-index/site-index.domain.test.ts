import { describe, expect, it } from 'vitest'
import { robotsTxt, sitemapDocument, SITEMAP_MAX_URLS, type SitemapEntry } from './site-index.domain.ts'

const BASE = 'https://prongsai.example.go.th'
const entries: SitemapEntry[] = [{ path: '/' }, { path: '/o/a' }, { path: '/o/a/p/x&y', lastmod: new Date('2026-11-02T20:00:00Z') }, { path: '/o/b' }, { path: '/o/ข' }]

describe('sitemapDocument', () => {
  it('is one urlset with escaped absolute addresses and days as lastmod while the entries fit in one file', () => {
    const xml = sitemapDocument(BASE, entries, undefined, undefined)!
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(xml).toContain(`<url><loc>${BASE}/o/a/p/x&amp;y</loc><lastmod>2026-11-02</lastmod></url>`)
    expect(xml).toContain(`<loc>${BASE}/o/%E0%B8%82</loc>`)
    expect(xml.match(/<url>/g)).toHaveLength(5)
    expect(sitemapDocument(BASE, entries, undefined, 1)).toBeUndefined()
    expect(SITEMAP_MAX_URLS).toBe(50_000)
  })

  it('becomes an index of numbered files when there are more entries than one file may hold', () => {
    const lastmod = new Date('2026-12-01T00:00:00Z')
    const index = sitemapDocument(BASE, entries, lastmod, undefined, 2)!
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([`${BASE}/sitemap-1.xml`, `${BASE}/sitemap-2.xml`, `${BASE}/sitemap-3.xml`])
    expect(index).toContain('<lastmod>2026-12-01</lastmod>')
    const pages = [1, 2, 3].map((p) => sitemapDocument(BASE, entries, lastmod, p, 2)!)
    expect(pages.map((p) => [...p.matchAll(/<loc>([^<]+)<\/loc>/g)].length)).toEqual([2, 2, 1])
    expect(pages[2]).toContain(`${BASE}/o/%E0%B8%82`)
    expect(sitemapDocument(BASE, entries, lastmod, 4, 2)).toBeUndefined()
    expect(sitemapDocument(BASE, entries, lastmod, 0, 2)).toBeUndefined()
  })
})

describe('robotsTxt', () => {
  it('points at the sitemap on the public address', () => {
    expect(robotsTxt(BASE).split('\n')).toContain(`Sitemap: ${BASE}/sitemap.xml`)
  })
})
