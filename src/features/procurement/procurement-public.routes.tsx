import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { NotFoundError } from '../../errors.ts'
import { renderExport, type ExportFormat, type ExportTable } from '../../platform/exports/index.ts'
import { DIRECTORY_SCOPE, organisationScope } from '../../platform/public-content/generations.ts'
import { currentFiscalYear } from '../../platform/thai-calendar/index.ts'
import { pageContext } from '../../web/http/request-context.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { FISCAL_MONTHS } from './procurement.domain.ts'
import { annualExportTable, monthExportTable, planExportTable } from './procurement-exports.ts'
import { findProcurementOrganisation, parseFiscalYear, parseMonth, publicMonth, publicPlan, publicYear, publicYears } from './procurement-public.use-cases.ts'
import { NoProcurementYetPage, PublicAnnualPage, PublicMonthlyPage, PublicMonthPage, PublicPlanPage } from './views/public-procurement.page.tsx'

/** "2569" → page; "2569.csv" → the CSV of the same thing. Only the formats each page offers. */
function splitFormat<F extends string>(param: string, formats: readonly F[]): { value: string; format: F | null } {
  const m = /^([0-9]{1,4})(?:\.([a-z]{3,4}))?$/.exec(param)
  if (!m) throw new NotFoundError('page')
  if (m[2] === undefined) return { value: m[1]!, format: null }
  if (!(formats as readonly string[]).includes(m[2])) throw new NotFoundError('format')
  return { value: m[1]!, format: m[2] as F }
}

/**
 * What citizens and NACC read, without signing in: stable addresses per fiscal year (and
 * month), through the public-page cache; every save or publication bumps the agency's scope.
 */
export async function procurementPublicRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const db = deps.db
  const scopesOf = (orgId: string) => [DIRECTORY_SCOPE, organisationScope(orgId)]
  const organisationOf = (slug: string) => deps.publicPages.memo([DIRECTORY_SCOPE], `procurement-org:${slug}`, () => findProcurementOrganisation({ db }, slug))
  const download = async (reply: FastifyReply, table: ExportTable, format: ExportFormat, name: string) => sendExport(reply, await renderExport(table, format, name))

  app.get<{ Params: { slug: string } }>('/o/:slug/procurement', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    // Which years are published changes only with a publication, which bumps the agency's scope.
    const years = await deps.publicPages.memo(scopesOf(org.id), `procurement-years:${org.id}`, () => publicYears({ db }, org))
    const newest = years[0]
    if (newest === undefined) return deps.publicPages.serve(req, reply, scopesOf(org.id), () => NoProcurementYetPage({ ctx: pageContext(req, reply), org }))
    return reply.redirect(`/o/${org.slug}/procurement/plan/${newest}`, 302)
  })

  const planPage = async (req: FastifyRequest<{ Params: { slug: string; fy: string; n?: string } }>, reply: FastifyReply) => {
    const org = await organisationOf(req.params.slug)
    const { value, format } = splitFormat(req.params.fy, ['csv', 'xlsx'] as const)
    const fy = parseFiscalYear(value)
    if (format) {
      const view = await publicPlan({ db }, org, fy)
      if (!view.plan) throw new NotFoundError('procurement plan')
      return download(reply, planExportTable(org, fy, view.plan.content, req.locale), format, `procurement-plan-${org.slug}-${fy}`)
    }
    return deps.publicPages.serve(req, reply, scopesOf(org.id), async () => PublicPlanPage({ ctx: pageContext(req, reply), org, view: await publicPlan({ db }, org, fy, req.params.n) }))
  }
  app.get('/o/:slug/procurement/plan/:fy', planPage)
  app.get('/o/:slug/procurement/plan/:fy/v/:n', planPage)

  app.get<{ Params: { slug: string; fy: string } }>('/o/:slug/procurement/monthly/:fy', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    const { value, format } = splitFormat(req.params.fy, ['csv', 'xlsx'] as const)
    const fy = parseFiscalYear(value)
    if (format) {
      const view = await publicYear({ db }, org, fy)
      // One table for the year: each month's rows under its month, months without procurement as a row saying so.
      const tables = FISCAL_MONTHS.flatMap((m) => {
        const found = view.months.find((x) => x.month === m)
        return found ? [{ m, table: monthExportTable(org, fy, m, found.content, found.updatedAt, 'csv', req.locale) }] : []
      })
      const first = monthExportTable(org, fy, 10, { noProcurement: false, responsibleName: '', responsiblePosition: '', rows: [] }, new Date(0), 'csv', req.locale)
      const monthColumn = { key: 'month', header: { th: 'เดือน (ปี-เดือน)', en: 'Month (year-month)' }, type: 'text' as const }
      const noneColumn = { key: 'no_procurement', header: { th: 'ไม่มีการจัดซื้อจัดจ้าง', en: 'No procurement' }, type: 'text' as const }
      const ym = (m: number) => `${m >= 10 ? fy - 1 : fy}-${String(m).padStart(2, '0')}`
      return download(
        reply,
        {
          ...first,
          title: { th: `สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ ${fy}`, en: `Monthly procurement summaries, fiscal year ${fy}` },
          columns: [monthColumn, noneColumn, ...first.columns],
          rows: tables.flatMap(({ m, table }) => (table.rows.length ? table.rows.map((r) => ({ month: ym(m), no_procurement: '', ...r })) : [{ month: ym(m), no_procurement: 'yes' }])),
        },
        format,
        `procurement-monthly-${org.slug}-${fy}`,
      )
    }
    return deps.publicPages.serve(req, reply, scopesOf(org.id), async () => PublicMonthlyPage({ ctx: pageContext(req, reply), org, view: await publicYear({ db }, org, fy) }))
  })

  const monthPage = async (req: FastifyRequest<{ Params: { slug: string; fy: string; month: string; n?: string } }>, reply: FastifyReply) => {
    const org = await organisationOf(req.params.slug)
    const fy = parseFiscalYear(req.params.fy)
    const { value, format } = splitFormat(req.params.month, req.params.n === undefined ? (['docx', 'xlsx', 'csv'] as const) : ([] as const))
    const month = parseMonth(value)
    if (format) {
      const view = await publicMonth({ db }, org, fy, month)
      if (!view.record) throw new NotFoundError('procurement month')
      const beYearMonth = `${month >= 10 ? fy - 1 : fy}-${String(month).padStart(2, '0')}`
      return download(reply, monthExportTable(org, fy, month, view.record.content, view.record.savedAt, format, req.locale), format, `skr1-${org.slug}-${beYearMonth}`)
    }
    return deps.publicPages.serve(req, reply, scopesOf(org.id), async () => {
      const view = await publicMonth({ db }, org, fy, month, req.params.n)
      return PublicMonthPage({ ctx: pageContext(req, reply), org, view, years: await publicYears({ db }, org) })
    })
  }
  app.get('/o/:slug/procurement/monthly/:fy/:month', monthPage)
  app.get('/o/:slug/procurement/monthly/:fy/:month/v/:n', monthPage)

  app.get<{ Params: { slug: string; fy: string } }>('/o/:slug/procurement/annual/:fy', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    const { value, format } = splitFormat(req.params.fy, ['csv', 'xlsx'] as const)
    const fy = parseFiscalYear(value)
    if (format) {
      const view = await publicYear({ db }, org, fy)
      return download(reply, annualExportTable(org, fy, view.report, req.locale), format, `procurement-annual-${org.slug}-${fy}`)
    }
    return deps.publicPages.serve(req, reply, scopesOf(org.id), async () => PublicAnnualPage({ ctx: pageContext(req, reply), org, view: await publicYear({ db }, org, fy) }))
  })

  // The current fiscal year's plan has an address that never changes year to year, for links that should always show the latest.
  app.get<{ Params: { slug: string } }>('/o/:slug/procurement/plan', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    return reply.redirect(`/o/${org.slug}/procurement/plan/${currentFiscalYear(req.now)}`, 302)
  })
}
