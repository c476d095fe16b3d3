import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { NotFoundError, ValidationError } from '../../errors.ts'
import { renderChartSvg } from '../../platform/charts/index.ts'
import { acceptUploads, fileServiceFor } from '../../platform/files/index.ts'
import { DIRECTORY_SCOPE, organisationScope } from '../../platform/public-content/generations.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { formString } from '../../web/http/form-errors.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { findOrganisationBySlug } from '../organisations/index.ts'
import { canImportResults, importableAgencies, type ItaContext } from './ita-access.ts'
import { provinceTrendChart, rankingChart, trendChart } from './ita-charts.ts'
import { agencyResults, importResults, publicAgencyResults, rankingFile, resultsOverview, type ImportSource } from './ita-results.use-cases.ts'
import { improvementPlan, planDocx, publicPlan, saveImprovementPlan } from './improvement-plan.use-cases.ts'
import { planFormFrom, readPlanForm, withBlankOwnRows } from './improvement-plan.input.ts'
import { templateFile } from './ita-template.ts'
import { measureLibraryRoutes } from './measure-library.routes.tsx'
import { itaResultsApiRoutes } from './ita-results.api.ts'
import { AgencyResultsPage } from './views/agency-results.page.tsx'
import { PlanPage } from './views/plan.page.tsx'
import { PublicItaPage } from './views/public-ita.page.tsx'
import { ResultsOverviewPage, type ImportFormState } from './views/results-overview.page.tsx'

type YearQuery = { Querystring: { year?: string } }
type PlanQuery = { Querystring: { org?: string; year?: string } }

const yearOf = (v: unknown) => (typeof v === 'string' && /^[0-9]{4}$/.test(v) ? Number(v) : undefined)
const slugOf = (v: unknown) => (typeof v === 'string' && /^[a-z0-9-]{1,80}$/.test(v) ? v : undefined)
/** An Excel results file is small; this leaves room for a whole province over many years. */
const RESULTS_FILE_MAX_BYTES = 5 * 1024 * 1024

/** ITA results (B1) and improvement plans (B2): staff pages under /staff/ita, the public page /o/<slug>/ita. */
export async function itaResultsRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const files = fileServiceFor(deps)
  const ctxOf = (req: FastifyRequest): ItaContext => ({ db: deps.db, actor: requireActor(req), now: req.now })
  measureLibraryRoutes(app, deps)
  itaResultsApiRoutes(app, deps)

  async function renderOverview(req: FastifyRequest, reply: FastifyReply, year: number | undefined, form: ImportFormState, status = 200) {
    const overview = await resultsOverview(ctxOf(req), year)
    const spec = rankingChart(overview.ranking, overview.year)
    const chart = spec ? renderChartSvg(spec, { locale: req.locale }) : undefined
    const trendSpec = provinceTrendChart(overview.provinceTrend)
    const trend = trendSpec ? renderChartSvg(trendSpec, { locale: req.locale }) : undefined
    return sendPage(reply, ResultsOverviewPage({ ctx: pageContext(req, reply), overview, chart, trend, form }), status)
  }

  app.get<YearQuery>('/staff/ita/results', async (req, reply) => {
    // Agencies read their own results; the import and ranking are oversight's.
    if (!canImportResults(requireActor(req))) return reply.redirect('/staff/ita/agencies', 303)
    return renderOverview(req, reply, yearOf(req.query.year), { csv: '' })
  })

  for (const format of ['xlsx', 'csv'] as const) {
    app.get<YearQuery>(`/staff/ita/results/template.${format}`, async (req, reply) => {
      const ctx = ctxOf(req)
      if (!canImportResults(ctx.actor)) throw new NotFoundError('template')
      return sendExport(reply, await templateFile(await importableAgencies(ctx), yearOf(req.query.year) ?? 2568, format))
    })
  }

  for (const format of ['xlsx', 'docx', 'csv'] as const) {
    app.get<YearQuery>(`/staff/ita/results/ranking.${format}`, async (req, reply) => {
      const ctx = ctxOf(req)
      if (!canImportResults(ctx.actor)) throw new NotFoundError('ranking')
      return sendExport(reply, await rankingFile(ctx, yearOf(req.query.year), format, req.locale))
    })
  }

  app.register(async (scope) => {
    const uploadsOf = await acceptUploads(scope, files, {
      fields: { file: { maxBytes: RESULTS_FILE_MAX_BYTES, allowed: ['excel'] } },
      acceptFrom: (req) => req.actor !== null && canImportResults(req.actor),
      maxFieldBytes: 512 * 1024,
    })
    scope.post('/staff/ita/results', async (req, reply) => {
      const csv = formString(req.body, 'csv')
      const file = uploadsOf(req).get('file')
      if (file && 'problem' in file) {
        const problem = Object.values(file.problem)[0]
        return renderOverview(req, reply, undefined, { csv, fileProblem: problem?.[req.locale] }, 422)
      }
      let source: ImportSource
      if (file) source = { kind: 'xlsx', path: file.upload.tempPath }
      else if (csv.trim()) source = { kind: 'csv', text: csv }
      else {
        return renderOverview(req, reply, undefined, { csv, fileProblem: req.locale === 'th' ? 'เลือกไฟล์ Excel หรือวางข้อมูล CSV' : 'Choose an Excel file or paste CSV' }, 422)
      }
      const outcome = await importResults(ctxOf(req), source)
      if (!outcome.ok) return renderOverview(req, reply, undefined, { csv, errors: outcome.errors }, 422)
      const years = [...new Set(outcome.imported.map((i) => i.fiscalYear))]
      setFlash(reply, { th: `นำเข้าผลการประเมินแล้ว ${outcome.imported.length} หน่วยงาน-ปี`, en: `Imported ${outcome.imported.length} agency-year result(s)` })
      return reply.redirect(`/staff/ita/results?year=${Math.max(...years)}`, 303)
    })
  })

  async function renderAgency(req: FastifyRequest<YearQuery>, reply: FastifyReply, slug: string | undefined) {
    const view = await agencyResults(ctxOf(req), slug, yearOf(req.query.year))
    const spec = trendChart(view.trend)
    return sendPage(reply, AgencyResultsPage({ ctx: pageContext(req, reply), view, chart: spec ? renderChartSvg(spec, { locale: req.locale }) : undefined }))
  }
  app.get<YearQuery>('/staff/ita/agencies', async (req, reply) => renderAgency(req, reply, undefined))
  app.get<YearQuery & { Params: { slug: string } }>('/staff/ita/agencies/:slug', async (req, reply) => renderAgency(req, reply, req.params.slug))

  app.get<PlanQuery>('/staff/ita/plan', async (req, reply) => {
    const plan = await improvementPlan(ctxOf(req), slugOf(req.query.org), yearOf(req.query.year))
    return sendPage(reply, PlanPage({ ctx: pageContext(req, reply), plan, values: planFormFrom(plan.items, plan.library) }))
  })

  app.post<PlanQuery>('/staff/ita/plan', async (req, reply) => {
    const slug = slugOf(req.query.org)
    const year = yearOf(req.query.year)
    if (!slug || !year) throw new NotFoundError('plan')
    const values = readPlanForm(req.body)
    try {
      await saveImprovementPlan(ctxOf(req), slug, year, values)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      const plan = await improvementPlan(ctxOf(req), slug, year)
      return sendPage(reply, PlanPage({ ctx: pageContext(req, reply), plan, values: withBlankOwnRows(values), errors: e.fields }), 422)
    }
    setFlash(reply, { th: 'บันทึกแผนมาตรการแล้ว', en: 'Plan saved' })
    return reply.redirect(`/staff/ita/plan?org=${slug}&year=${year}`, 303)
  })

  app.get<PlanQuery>('/staff/ita/plan.docx', async (req, reply) => {
    const slug = slugOf(req.query.org)
    const year = yearOf(req.query.year)
    if (!slug || !year) throw new NotFoundError('plan')
    return sendExport(reply, await planDocx(ctxOf(req), slug, year))
  })

  const organisationOf = (slug: string) =>
    deps.publicPages.memo([DIRECTORY_SCOPE], `ita-org:${slug}`, async () => {
      const org = await findOrganisationBySlug(deps.db, slug)
      if (!org) throw new NotFoundError('organisation')
      return org
    })

  app.get<YearQuery & { Params: { slug: string } }>('/o/:slug/ita', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    const year = yearOf(req.query.year)
    // Only addresses that show something are cached: an unknown year is a 404 before rendering.
    if (req.query.year !== undefined && year === undefined) throw new NotFoundError('ita results')
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(org.id)], async () => {
      const view = await publicAgencyResults({ db: deps.db }, org, year)
      const plan = await publicPlan({ db: deps.db, now: req.now }, org, view.selected?.fiscalYear)
      const spec = trendChart(view.trend)
      return PublicItaPage({ ctx: pageContext(req, reply), org, view, plan, chart: spec ? renderChartSvg(spec, { locale: req.locale }) : undefined })
    })
  })
}
