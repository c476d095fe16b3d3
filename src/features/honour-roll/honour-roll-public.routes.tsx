import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { fileServiceFor, sendThumbnail } from '../../platform/files/index.ts'
import { DIRECTORY_SCOPE, organisationScope } from '../../platform/public-content/generations.ts'
import { pageContext } from '../../web/http/request-context.ts'
import { findPublicAgency, publicHonourRoll, publicPhoto } from './honour-roll-public.use-cases.ts'
import { PublicHonourRollPage } from './views/public-honour-roll.page.tsx'

type SlugParams = { Params: { slug: string } }

/** /o/<slug>/honour-roll through the public-page cache: approving or withdrawing bumps the agency's and every body above it. */
export async function honourRollPublicRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const files = fileServiceFor(deps)
  const db = deps.db
  const organisationOf = (slug: string) => deps.publicPages.memo([DIRECTORY_SCOPE], `honour-roll-org:${slug}`, () => findPublicAgency({ db }, slug))

  app.get<SlugParams>('/o/:slug/honour-roll', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(org.id)], async () => {
      const entries = await publicHonourRoll({ db }, org)
      return PublicHonourRollPage({ ctx: pageContext(req, reply), org, entries })
    })
  })

  app.get<{ Params: { slug: string; id: string } }>('/o/:slug/honour-roll/:id/photo', async (req, reply) => {
    const thumb = await publicPhoto({ db, files }, req.params.slug, req.params.id)
    return sendThumbnail(req, reply, thumb, { cacheControl: 'public, no-cache', crossOrigin: true })
  })
}
