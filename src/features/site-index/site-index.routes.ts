import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { NotFoundError } from '../../errors.ts'
import { robotsTxt, sitemapDocument } from './site-index.domain.ts'
import { createSitemapSource } from './site-index.use-cases.ts'

// Crawlers come back daily at most; an hour keeps a national sitemap from being rebuilt per visit
// while a new publication still shows up the same day.
const CACHE_CONTROL = 'public, max-age=3600'

/** /robots.txt and the sitemap of public pages, with absolute addresses on the configured baseUrl. */
export function siteIndexRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const baseUrl = deps.config.baseUrl
  const source = createSitemapSource({ db: deps.db })
  const robots = robotsTxt(baseUrl)
  // Rendered files of the current snapshot, by page (0 = /sitemap.xml).
  let rendered = { version: '', files: new Map<number, string | undefined>() }

  app.get('/robots.txt', async (_req, reply) => reply.type('text/plain; charset=utf-8').header('cache-control', CACHE_CONTROL).send(robots))

  async function sendSitemap(req: FastifyRequest, reply: FastifyReply, page: number | undefined) {
    const snapshot = await source.current()
    if (rendered.version !== snapshot.version) rendered = { version: snapshot.version, files: new Map() }
    const key = page ?? 0
    if (!rendered.files.has(key)) rendered.files.set(key, sitemapDocument(baseUrl, snapshot.entries, snapshot.lastmod, page))
    const body = rendered.files.get(key)
    if (body === undefined) throw new NotFoundError('sitemap')
    const etag = `"sitemap-${snapshot.version}-${key}"`
    reply.type('application/xml; charset=utf-8').header('cache-control', CACHE_CONTROL).header('etag', etag)
    if (req.headers['if-none-match'] === etag) return reply.status(304).send()
    return reply.send(body)
  }

  app.get('/sitemap.xml', (req, reply) => sendSitemap(req, reply, undefined))
  app.get<{ Params: { n: string } }>('/sitemap-:n.xml', (req, reply) => {
    if (!/^[1-9][0-9]{0,5}$/.test(req.params.n)) throw new NotFoundError('sitemap')
    return sendSitemap(req, reply, Number(req.params.n))
  })
}
