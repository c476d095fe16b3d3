/**
 * What crawlers are told: robots.txt and the sitemap of public pages. Pure: the use case gives the
 * public paths, these functions make the text.
 */

/** The sitemap protocol's limit of addresses in one file; past it the sitemap becomes an index. */
export const SITEMAP_MAX_URLS = 50_000

export type SitemapEntry = { path: string; lastmod?: Date | undefined }

/**
 * Never for crawlers: staff work, the API (its description aside), a complainant's own case and the
 * pages that lead to it, one-time links, and search results (endless, and the pages they list are in
 * the sitemap).
 */
const DISALLOWED = [
  '/staff',
  '/admin',
  '/api/',
  '/account',
  '/sign-in',
  '/sign-out',
  '/forgot-password',
  '/reset-password/',
  '/invitations/',
  '/complaints/case',
  '/complaints/follow-up',
  '/complaints/receipt-saved',
  '/lang',
  '/search?',
  '/o/*/search',
]

export function robotsTxt(baseUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    // Longest match wins: the API's description stays readable under the disallowed /api/.
    'Allow: /api/openapi.json',
    ...DISALLOWED.map((p) => `Disallow: ${p}`),
    '',
    `Sitemap: ${baseUrl}/sitemap.xml`,
    '',
  ].join('\n')
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
const xml = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!)
const day = (d: Date) => d.toISOString().slice(0, 10)

/** Slugs and keys are ASCII, but a path is encoded as a URL needs anyway (Thai in a future slug). */
const absolute = (baseUrl: string, path: string) => xml(`${baseUrl}${encodeURI(path)}`)

/** One sitemap file of up to SITEMAP_MAX_URLS addresses. */
export function sitemapXml(baseUrl: string, entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => `<url><loc>${absolute(baseUrl, e.path)}</loc>${e.lastmod ? `<lastmod>${day(e.lastmod)}</lastmod>` : ''}</url>`)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

/** The index of `pages` sitemap files, /sitemap-1.xml … /sitemap-<pages>.xml. */
export function sitemapIndexXml(baseUrl: string, pages: number, lastmod: Date | undefined): string {
  const items = Array.from({ length: pages }, (_, i) => `<sitemap><loc>${absolute(baseUrl, sitemapPagePath(i + 1))}</loc>${lastmod ? `<lastmod>${day(lastmod)}</lastmod>` : ''}</sitemap>`)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`
}

export const sitemapPagePath = (page: number) => `/sitemap-${page}.xml`

/**
 * The XML of /sitemap.xml (`page` undefined) or of /sitemap-<page>.xml; undefined for a file that
 * does not exist. Up to `perFile` addresses /sitemap.xml is the sitemap itself, beyond it an index
 * of numbered files.
 */
export function sitemapDocument(baseUrl: string, entries: readonly SitemapEntry[], lastmod: Date | undefined, page: number | undefined, perFile = SITEMAP_MAX_URLS): string | undefined {
  const pages = Math.max(1, Math.ceil(entries.length / perFile))
  if (page === undefined) return pages === 1 ? sitemapXml(baseUrl, entries) : sitemapIndexXml(baseUrl, pages, lastmod)
  if (pages === 1 || !Number.isInteger(page) || page < 1 || page > pages) return undefined
  return sitemapXml(baseUrl, entries.slice((page - 1) * perFile, page * perFile))
}

/** The public pages every organisation has, whatever it has published. */
export const ORGANISATION_PAGES = ['', '/portal', '/complaints', '/complaints/new', '/complaints/statistics', '/ita', '/executives'] as const
