import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { pageContext, requireActor, sendPage } from '../../web/http/request-context.ts'
import { myOrganisations, myWork } from './staff-home.use-cases.ts'
import { parseSort } from './oversight-home.domain.ts'
import { oversightHome } from './oversight-home.use-cases.ts'
import { OversightPage } from './views/oversight.page.tsx'
import { StaffHomePage } from './views/staff-home.page.tsx'

export function staffRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  app.get('/staff', async (req, reply) => {
    const actor = requireActor(req)
    const work = await myWork({ db: deps.db, actor, now: req.now, baseUrl: deps.config.baseUrl })
    return sendPage(reply, StaffHomePage({ ctx: pageContext(req, reply), orgs: await myOrganisations({ db: deps.db, actor }), work }))
  })
  app.get<{ Querystring: { sort?: string } }>('/staff/oversight', async (req, reply) => {
    const actor = requireActor(req)
    const home = await oversightHome({ db: deps.db, actor, now: req.now, baseUrl: deps.config.baseUrl }, parseSort(req.query.sort))
    return sendPage(reply, OversightPage({ ctx: pageContext(req, reply), home }))
  })
}
