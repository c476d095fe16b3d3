import type { FastifyInstance } from 'fastify'
import { NotFoundError } from '../../errors.ts'
import { renderExport } from '../../platform/exports/index.ts'
import { fileServiceFor, sendStoredFile } from '../../platform/files/index.ts'
import { DIRECTORY_SCOPE, organisationScope } from '../../platform/public-content/generations.ts'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { pageContext, sendPage } from '../../web/http/request-context.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { findDevPlanOrganisation, publicDevPlan, publicMinutes, publicMonitoring } from './development-plan-public.use-cases.ts'
import { monitoringReportTable } from './development-plan-report.ts'
import { PublicMonitoringPage } from './views/public-monitoring.page.tsx'
import { NoDevPlanPage, PublicDevPlanPage } from './views/public-plan.page.tsx'

type YearParams = { Params: { slug: string; fy: string } }
const yearOf = (s: string) => {
  if (!/^[0-9]{4}$/.test(s)) throw new NotFoundError('fiscal year')
  return Number(s)
}

/**
 * The plan as citizens read it. Pages go through the public-page cache under the agency's scope;
 * every write of the plan, its budget links and its reports bumps that scope in its transaction,
 * and the budget it shows is only the published one (whose saves bump the same scope).
 */
export async function devPlanPublicRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const db = deps.db
  const files = fileServiceFor(deps)
  const organisationOf = (slug: string) => deps.publicPages.memo([DIRECTORY_SCOPE], `devplan-org:${slug}`, () => findDevPlanOrganisation({ db }, slug))

  app.get<{ Params: { slug: string } }>('/o/:slug/development-plan', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    const view = await deps.publicPages.memo([DIRECTORY_SCOPE, organisationScope(org.id)], `devplan:${org.id}`, () => publicDevPlan({ db }, org))
    if (!view) return sendPage(reply, NoDevPlanPage({ ctx: pageContext(req, reply), org }), 404)
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(org.id)], () => PublicDevPlanPage({ ctx: pageContext(req, reply), view }))
  })

  app.get<YearParams>('/o/:slug/development-plan/monitoring/:fy', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    const fy = yearOf(req.params.fy)
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(org.id)], async () => PublicMonitoringPage({ ctx: pageContext(req, reply), view: await publicMonitoring({ db }, org, fy) }))
  })

  app.get<YearParams>('/o/:slug/development-plan/monitoring/:fy/report.docx', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    const view = await publicMonitoring({ db }, org, yearOf(req.params.fy))
    return sendExport(reply, await renderExport(monitoringReportTable(view, req.locale), 'docx', `development-plan-monitoring-${org.slug}-${view.fiscalYear}`))
  })

  app.get<{ Params: { slug: string; id: string } }>('/o/:slug/development-plan/minutes/:id', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    return sendStoredFile(req, reply, await publicMinutes({ db, files }, org, req.params.id), { inline: true, cacheControl: 'public, no-cache' })
  })
}
