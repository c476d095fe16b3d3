import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { NotFoundError } from '../../errors.ts'
import { renderExport } from '../../platform/exports/index.ts'
import { DIRECTORY_SCOPE, organisationScope } from '../../platform/public-content/generations.ts'
import { pageContext, sendPage } from '../../web/http/request-context.ts'
import { sendExport } from '../../web/http/send-export.ts'
import type { OrganisationDetails } from '../organisations/index.ts'
import { parseFiscalYearParam } from './budget.domain.ts'
import { budgetExportTable } from './budget-open-data.ts'
import { budgetOpenData, findBudgetOrganisation, publicBudget, publishedYears } from './budget-public.use-cases.ts'
import { renderBudgetCharts } from './budget-view-data.ts'
import { budgetUrl, BudgetNotPublishedPage, PublicBudgetPage } from './views/public-budget.page.tsx'

type YearParams = { Params: { slug: string; fy: string } }

/**
 * The spending plan as citizens read it, without signing in or JavaScript. Pages go through the
 * public-page cache under the directory and the agency's scope; saving or publishing bumps the
 * agency's scope in the same transaction, so an edit shows at once.
 */
export async function budgetPublicRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const db = deps.db
  const scopesOf = (org: OrganisationDetails) => [DIRECTORY_SCOPE, organisationScope(org.id)]
  const organisationOf = (slug: string) => deps.publicPages.memo([DIRECTORY_SCOPE], `budget-org:${slug}`, () => findBudgetOrganisation({ db }, slug))
  const yearsOf = (org: OrganisationDetails) => deps.publicPages.memo(scopesOf(org), `budget-years:${org.id}`, () => publishedYears({ db }, org))

  async function notPublished(req: FastifyRequest, reply: FastifyReply, org: OrganisationDetails, fiscalYear: number | null) {
    return sendPage(reply, BudgetNotPublishedPage({ ctx: pageContext(req, reply), org, fiscalYear, years: await yearsOf(org) }), 404)
  }

  async function servePlan(req: FastifyRequest<YearParams>, reply: FastifyReply, version?: string) {
    const org = await organisationOf(req.params.slug)
    const fy = parseFiscalYearParam(req.params.fy)
    if (fy === undefined) throw new NotFoundError('fiscal year')
    if (!(await yearsOf(org)).includes(fy)) return notPublished(req, reply, org, fy)
    return deps.publicPages.serve(req, reply, scopesOf(org), async () => {
      const view = await publicBudget({ db }, org, fy, version)
      if (!view) throw new NotFoundError('budget plan')
      return PublicBudgetPage({ ctx: pageContext(req, reply), view, charts: renderBudgetCharts(view.totals, fy, req.locale), baseUrl: deps.config.baseUrl })
    })
  }

  app.get<{ Params: { slug: string } }>('/o/:slug/budget', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    const newest = (await yearsOf(org))[0]
    if (newest === undefined) return notPublished(req, reply, org, null)
    return reply.header('cache-control', 'no-cache').redirect(budgetUrl(org.slug, newest), 303)
  })

  app.get<YearParams>('/o/:slug/budget/:fy', async (req, reply) => servePlan(req, reply))
  app.get<YearParams & { Params: { n: string } }>('/o/:slug/budget/:fy/v/:n', async (req, reply) => servePlan(req, reply, req.params.n))

  for (const format of ['csv', 'xlsx'] as const) {
    app.get<YearParams>(`/o/:slug/budget/:fy/budget.${format}`, async (req, reply) => {
      const fy = parseFiscalYearParam(req.params.fy)
      if (fy === undefined) throw new NotFoundError('fiscal year')
      const view = await budgetOpenData({ db }, req.params.slug, fy)
      return sendExport(reply, await renderExport(budgetExportTable(view, req.locale), format, `budget-${view.org.slug}-${fy}`))
    })
  }
}
