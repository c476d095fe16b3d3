import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { fileServiceFor, sendStoredFile } from '../../platform/files/index.ts'
import { renderExport } from '../../platform/exports/index.ts'
import { DIRECTORY_SCOPE, organisationScope } from '../../platform/public-content/generations.ts'
import { todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { pageContext, sendPage } from '../../web/http/request-context.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { findPortalOrganisation, portalOpenData, publicAttachment, publicItem, publicPortalIndex, publicPortalSection } from './portal-public.use-cases.ts'
import { searchAgencyPortal, searchPortals } from './portal-search.use-cases.ts'
import { portalCsvTable } from './portal-open-data.ts'
import { PublicItemPage } from './views/public-item.page.tsx'
import { PublicPortalPage, PublicSectionPage } from './views/public-portal.page.tsx'
import { AgencySearchPage, PortalsSearchPage } from './views/search.page.tsx'

type SlugParams = { Params: { slug: string } }
type ItemParams = { Params: { slug: string; key: string } }

const pageNumber = (v: unknown) => (typeof v === 'string' && /^[1-9][0-9]{0,5}$/.test(v) ? Number(v) : 1)

/**
 * The portal as citizens read it, without signing in. Pages go through the public-page cache:
 * they show the agency's name (the directory) and its portal (the agency's scope), and every
 * change to either is bumped in the writer's transaction.
 */
export async function portalPublicRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const files = fileServiceFor(deps)
  const db = deps.db
  const scopesOf = (orgId: string) => [DIRECTORY_SCOPE, organisationScope(orgId)]
  // Every public portal request starts from the organisation; kept until the directory changes.
  const organisationOf = (slug: string) => deps.publicPages.memo([DIRECTORY_SCOPE], `portal-org:${slug}`, () => findPortalOrganisation({ db }, slug))

  app.get<SlugParams>('/o/:slug/portal', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    // The complaint figures are "as of today" and the fiscal year turns: kept no longer than the day.
    return deps.publicPages.serve(req, reply, [...scopesOf(org.id), `day:${todayInBangkok(req.now)}`], async () => {
      const index = await publicPortalIndex({ db }, org, req.now)
      return PublicPortalPage({ ctx: pageContext(req, reply), org, index })
    })
  })

  app.get<{ Params: { slug: string; section: string }; Querystring: { page?: string } }>('/o/:slug/portal/:section', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    return deps.publicPages.serve(req, reply, scopesOf(org.id), async () => {
      const view = await publicPortalSection({ db }, org, req.params.section, pageNumber(req.query.page))
      return PublicSectionPage({ ctx: pageContext(req, reply), org, ...view })
    })
  })

  app.get<ItemParams>('/o/:slug/p/:key', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    return deps.publicPages.serve(req, reply, scopesOf(org.id), async () => {
      const view = await publicItem({ db }, org, req.params.key)
      return PublicItemPage({ ctx: pageContext(req, reply), org, view, baseUrl: deps.config.baseUrl })
    })
  })

  app.get<{ Params: { slug: string; key: string; n: string } }>('/o/:slug/p/:key/v/:n', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    return deps.publicPages.serve(req, reply, scopesOf(org.id), async () => {
      const view = await publicItem({ db }, org, req.params.key, req.params.n)
      return PublicItemPage({ ctx: pageContext(req, reply), org, view, baseUrl: deps.config.baseUrl })
    })
  })

  app.get<{ Params: { slug: string; key: string; fileId: string } }>('/o/:slug/p/:key/files/:fileId', async (req, reply) => {
    const opened = await publicAttachment({ db, files }, req.params.slug, req.params.key, req.params.fileId)
    // Revalidated by its ETag (the content digest): unpublishing must take effect at once.
    return sendStoredFile(req, reply, opened, { inline: true, cacheControl: 'public, no-cache' })
  })

  app.get<SlugParams>('/o/:slug/portal.csv', async (req, reply) => {
    const data = await portalOpenData({ db }, req.params.slug)
    const file = await renderExport(portalCsvTable(data, deps.config.baseUrl, req.locale), 'csv', `portal-${data.org.slug}`)
    return sendExport(reply, file)
  })

  // Search results depend on what was typed: not cached (the cache would fill with one-off queries).
  app.get<SlugParams & { Querystring: { q?: string; page?: string } }>('/o/:slug/search', async (req, reply) => {
    const found = await searchAgencyPortal({ db }, req.params.slug, req.query.q, pageNumber(req.query.page))
    const { org, ...results } = found
    return sendPage(reply, AgencySearchPage({ ctx: pageContext(req, reply), org, results }))
  })

  app.get<{ Querystring: { q?: string; province?: string; page?: string } }>('/search', async (req, reply) => {
    const province = typeof req.query.province === 'string' && req.query.province ? req.query.province : undefined
    const found = await searchPortals({ db }, province, req.query.q, pageNumber(req.query.page))
    const { province: p, provinces, agencies, ...results } = found
    return sendPage(reply, PortalsSearchPage({ ctx: pageContext(req, reply), province: p, provinces, agencies, results }))
  })
}
