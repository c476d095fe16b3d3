import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { fileServiceFor, sendThumbnail } from '../../platform/files/index.ts'
import { renderExport } from '../../platform/exports/index.ts'
import { DIRECTORY_SCOPE, organisationScope } from '../../platform/public-content/generations.ts'
import { pageContext } from '../../web/http/request-context.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { executivesCsvTable } from './executives-open-data.ts'
import { findPublicAgency, publicExecutives, publicPhoto } from './executives-public.use-cases.ts'
import { PublicExecutivesPage } from './views/public-executives.page.tsx'

type SlugParams = { Params: { slug: string } }

/**
 * The public list at a stable address (/o/<slug>/executives, the link an agency gives the NACC
 * for OIT), through the public-page cache: every write bumps the agency's generation.
 */
export async function executivesPublicRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const files = fileServiceFor(deps)
  const db = deps.db
  const organisationOf = (slug: string) => deps.publicPages.memo([DIRECTORY_SCOPE], `executives-org:${slug}`, () => findPublicAgency({ db }, slug))

  app.get<SlugParams>('/o/:slug/executives', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(org.id)], async () => {
      const entries = await publicExecutives({ db }, org)
      return PublicExecutivesPage({ ctx: pageContext(req, reply), org, entries })
    })
  })

  app.get<SlugParams>('/o/:slug/executives.csv', async (req, reply) => {
    const org = await findPublicAgency({ db }, req.params.slug)
    const entries = await publicExecutives({ db }, org)
    return sendExport(reply, await renderExport(executivesCsvTable(org, entries, deps.config.baseUrl, req.locale), 'csv', `executives-${org.slug}`))
  })

  app.get<{ Params: { slug: string; id: string } }>('/o/:slug/executives/:id/photo', async (req, reply) => {
    const thumb = await publicPhoto({ db, files }, req.params.slug, req.params.id)
    // The address stays when the photo changes: revalidated by its ETag (the image's digest).
    return sendThumbnail(req, reply, thumb, { cacheControl: 'public, no-cache', crossOrigin: true })
  })
}
