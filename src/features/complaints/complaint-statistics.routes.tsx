import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../app.ts'
import { renderChartSvg, type ChartSpec } from '../../platform/charts/index.ts'
import { EXPORT_FORMATS } from '../../platform/exports/index.ts'
import { translator } from '../../platform/i18n/locale.ts'
import { pageContext, requireActor, sendPage } from '../../web/http/request-context.ts'
import { sendExport } from '../../web/http/send-export.ts'
import type { PageContext } from '../../web/page-context.ts'
import { compareAgencies, exportAgencyComparison, exportPublishedStatistics, publishedStatistics } from './complaint-statistics.use-cases.ts'
import { StatisticsOversightPage } from './views/statistics-oversight.page.tsx'
import { StatisticsPublicPage } from './views/statistics-public.page.tsx'

type StatsQuery = { Params: { slug: string }; Querystring: { fy?: string } }
type OversightQuery = { Querystring: { fy?: string; org?: string } }

/** Figures change when a complaint moves; five minutes old is fresh enough for a published report. */
const PUBLIC_CACHE = 'public, max-age=300'

/**
 * A citizen's view is the same for every citizen: built without a CSRF cookie (it has no form
 * that posts), so a shared cache may keep it. Signed-in staff get their own menu, never cached.
 */
function publicPage(req: FastifyRequest, reply: FastifyReply): { ctx: PageContext; cacheable: boolean } {
  if (req.actor) return { ctx: pageContext(req, reply), cacheable: false }
  return { ctx: { locale: req.locale, t: translator(req.locale), actor: null, csrfToken: '', path: req.url }, cacheable: true }
}

/** Published complaint statistics (D6) for everyone, and oversight's comparison of its agencies. */
export async function complaintStatisticsRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const draw = (spec: ChartSpec | undefined, req: FastifyRequest) => (spec ? [renderChartSvg(spec, { locale: req.locale })] : [])

  app.get<StatsQuery>('/o/:slug/complaints/statistics', async (req, reply) => {
    const s = await publishedStatistics({ db: deps.db, now: req.now }, req.params.slug, req.query.fy)
    const { ctx, cacheable } = publicPage(req, reply)
    const html = await StatisticsPublicPage({ ctx, s, charts: [...draw(s.charts.halves, req), ...draw(s.charts.kinds, req)] })
    if (!cacheable) return sendPage(reply, html)
    // The language comes from a cookie, so a cache must keep one copy per cookie header.
    return reply.status(200).type('text/html; charset=utf-8').header('cache-control', PUBLIC_CACHE).header('vary', 'Cookie').send(html)
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
