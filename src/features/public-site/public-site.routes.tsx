import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { NotFoundError } from '../../errors.ts'
import { fileServiceFor, sendThumbnail } from '../../platform/files/index.ts'
import { DIRECTORY_SCOPE } from '../../platform/public-content/generations.ts'
import { pageContext, safeLocalPath } from '../../web/http/request-context.ts'
import { findPublicLogo, findPublicOrganisation, listPublicOrganisationTree } from './public-site.use-cases.ts'
import { HomePage } from './views/home.page.tsx'
import { OrganisationPage } from './views/organisation.page.tsx'

/** What any citizen can see without signing in. */
export function publicSiteRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const files = fileServiceFor(deps)

  // Both pages show only the directory's facts (names, addresses, logos), so one scope covers them.
  app.get('/', async (req, reply) =>
    deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE], async () => {
      const directory = await listPublicOrganisationTree({ db: deps.db })
      return HomePage({ ctx: pageContext(req, reply), ...directory })
    }),
  )

  app.get<{ Params: { slug: string } }>('/o/:slug', async (req, reply) =>
    deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE], async () => {
      const org = await findPublicOrganisation({ db: deps.db }, req.params.slug)
      if (!org) throw new NotFoundError('organisation')
      return OrganisationPage({ ctx: pageContext(req, reply), ...org })
    }),
  )

  app.get<{ Params: { slug: string } }>('/o/:slug/logo', async (req, reply) => {
    const logo = await findPublicLogo({ db: deps.db, files }, req.params.slug)
    if (!logo) throw new NotFoundError('logo')
    // Public by nature and linked from the API's logo_url, so other sites may show it; revalidated by
    // ETag (the image's digest) because the address stays the same when the logo changes.
    return sendThumbnail(req, reply, logo, { cacheControl: 'public, max-age=300', crossOrigin: true })
  })

  app.get('/lang', async (req, reply) => {
    const q = req.query as { to?: string; back?: string }
    const to = q.to === 'en' ? 'en' : 'th'
    reply.setCookie('lang', to, { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 365 * 24 * 3600, secure: deps.secureCookies })
    return reply.redirect(safeLocalPath(q.back), 303)
  })
}
