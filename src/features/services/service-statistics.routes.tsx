import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { renderChartSvg } from '../../platform/charts/index.ts'
import { renderExport, type ExportTable } from '../../platform/exports/index.ts'
import { monthNameTh } from '../../platform/thai-calendar/index.ts'
import { DIRECTORY_SCOPE, organisationScope } from '../../platform/public-content/generations.ts'
import { pageContext, requireActor, sendPage } from '../../web/http/request-context.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { requestsByMonthChart } from './service-statistics.domain.ts'
import { completionReport, fiscalYearChoices, fyOf, publicServiceStatistics, type MonthlyServiceStatistics } from './service-statistics.use-cases.ts'
import { findPublicAgency } from './services-public.use-cases.ts'
import { CompletionReportPage } from './views/completion-report.page.tsx'
import { PublicStatisticsPage } from './views/public-statistics.page.tsx'

function statisticsTable(s: MonthlyServiceStatistics): ExportTable {
  return {
    title: { th: `สถิติการให้บริการ ปีงบประมาณ ${s.fiscalYear}`, en: `Service statistics, fiscal year ${s.fiscalYear}` },
    subtitle: { th: 'จำนวนคำขอรับบริการ จำแนกตามงานบริการและเดือนที่ยื่น', en: 'Requests by service and month filed' },
    organisation: { name: s.org.name_th, address: s.org.address },
    options: { locale: 'th', thaiDigits: false, orientation: 'landscape' },
    columns: [
      { key: 'service', header: { th: 'งานบริการ', en: 'Service' }, type: 'text' },
      ...s.months.map((m, i) => ({ key: `m${i}`, header: { th: `${monthNameTh(Number(m.slice(5, 7)), 'short')} ${Number(m.slice(0, 4)) + 543}`, en: m }, type: 'integer' as const })),
      { key: 'filed', header: { th: 'รวม', en: 'Total' }, type: 'integer' },
      { key: 'closed', header: { th: 'แล้วเสร็จ', en: 'Done' }, type: 'integer' },
    ],
    rows: s.rows.map((r) => ({ service: r.name, ...Object.fromEntries(r.byMonth.map((n, i) => [`m${i}`, n])), filed: r.filed, closed: r.closed })),
  }
}

/** The head's completion times, and the public statistics of requests by service and month. */
export async function serviceStatisticsRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  app.get<{ Querystring: { org?: string; fy?: string } }>('/staff/service-requests/statistics', async (req, reply) => {
    const report = await completionReport({ db: deps.db, actor: requireActor(req), now: req.now }, req.query.org || undefined, fyOf(req.query.fy, req.now))
    return sendPage(reply, CompletionReportPage({ ctx: pageContext(req, reply), report, years: fiscalYearChoices(req.now) }))
  })

  app.get<{ Params: { slug: string }; Querystring: { fy?: string } }>('/o/:slug/services/statistics', async (req, reply) => {
    const org = await findPublicAgency({ db: deps.db }, req.params.slug)
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(org.id)], async () => {
      const s = await publicServiceStatistics({ db: deps.db }, org, fyOf(req.query.fy, req.now))
      const spec = requestsByMonthChart(s)
      return PublicStatisticsPage({ ctx: pageContext(req, reply), s, years: fiscalYearChoices(req.now), chart: spec ? renderChartSvg(spec, { locale: req.locale }) : undefined })
    })
  })

  app.get<{ Params: { slug: string }; Querystring: { fy?: string } }>('/o/:slug/services/statistics.xlsx', async (req, reply) => {
    const org = await findPublicAgency({ db: deps.db }, req.params.slug)
    const s = await publicServiceStatistics({ db: deps.db }, org, fyOf(req.query.fy, req.now))
    return sendExport(reply, await renderExport(statisticsTable(s), 'xlsx', `service-statistics-${org.slug}-${s.fiscalYear}`))
  })
}
