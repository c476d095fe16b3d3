import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { renderChartSvg, type ChartSpec } from '../../platform/charts/index.ts'
import { EXPORT_FORMATS } from '../../platform/exports/index.ts'
import { organisationScope } from '../../platform/public-content/generations.ts'
import { todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { pageContext, requireActor, sendPage } from '../../web/http/request-context.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { publicOrganisation } from './complaint-public-organisation.ts'
import { compareAgencies, exportAgencyComparison, exportPublishedStatistics, publishedStatistics } from './complaint-statistics.use-cases.ts'
import { StatisticsOversightPage } from './views/statistics-oversight.page.tsx'
import { StatisticsPublicPage } from './views/statistics-public.page.tsx'

type StatsQuery = { Params: { slug: string }; Querystring: { fy?: string } }
type OversightQuery = { Querystring: { fy?: string; org?: string } }


/** Published complaint statistics (D6) for everyone, and oversight's comparison of its agencies. */
export async function complaintStatisticsRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const draw = (spec: ChartSpec | undefined, req: FastifyRequest) => (spec ? [renderChartSvg(spec, { locale: req.locale })] : [])

  app.get<StatsQuery>('/o/:slug/complaints/statistics', async (req, reply) => {
    const org = await publicOrganisation(deps, req.params.slug)
    // Kept until a complaint of the agency moves, and no longer than the day ("as of" today).
    return deps.publicPages.serve(req, reply, [organisationScope(org.id), `day:${todayInBangkok(req.now)}`], async () => {
      const s = await publishedStatistics({ db: deps.db, now: req.now }, req.params.slug, req.query.fy)
      return StatisticsPublicPage({ ctx: pageContext(req, reply), s, charts: [...draw(s.charts.halves, req), ...draw(s.charts.kinds, req)] })
    })
  })

  for (const format of EXPORT_FORMATS) {
    app.get<StatsQuery>(`/o/:slug/complaints/statistics.${format}`, async (req, reply) => {
      const file = await exportPublishedStatistics({ db: deps.db, now: req.now }, req.params.slug, req.query.fy, format, req.locale)
      return sendExport(reply, file)
    })
  }

  app.get<OversightQuery>('/staff/oversight/complaints', async (req, reply) => {
    const c = await compareAgencies({ db: deps.db, actor: requireActor(req), now: req.now }, req.query.org, req.query.fy)
    return sendPage(reply, StatisticsOversightPage({ ctx: pageContext(req, reply), c, chart: draw(c.chart, req)[0] }))
  })

  app.get<OversightQuery>('/staff/oversight/complaints.xlsx', async (req, reply) => {
    return sendExport(reply, await exportAgencyComparison({ db: deps.db, actor: requireActor(req), now: req.now }, req.query.org, req.query.fy, req.locale))
  })
}
