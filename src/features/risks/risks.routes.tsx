import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { NotFoundError, ValidationError } from '../../errors.ts'
import { EXPORT_CONTENT_TYPES } from '../../platform/exports/index.ts'
import { DIRECTORY_SCOPE, organisationScope } from '../../platform/public-content/generations.ts'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { sendExport } from '../../web/http/send-export.ts'
import * as gov from './governance.use-cases.ts'
import { icReportDocx } from './ic-report-docx.ts'
import { yearlyReportDocx } from './risk-report-docx.ts'
import { FOLLOWUP_FIELDS, IC_ORDER_FIELDS, IC_REPORT_FIELDS, IC_RESULT_FIELDS, matrixFields, OUTSIDE_MANUAL_FIELDS, REVIEW_FIELDS, RISK_FIELDS, TREATMENT_FIELDS, TREATMENT_STATUS_FIELDS, valuesOf } from './risks.input.ts'
import * as uc from './risks.use-cases.ts'
import type { FormState } from './views/form-state.ts'
import { InternalControlPage } from './views/internal-control.page.tsx'
import { MatrixPage } from './views/matrix.page.tsx'
import { OutsideManualFormPage, OutsideManualListPage, OutsideManualPage } from './views/outside-manual.page.tsx'
import { PublicRisksPage } from './views/public-risks.page.tsx'
import { RiskFormPage } from './views/risk-form.page.tsx'
import { RiskPage } from './views/risk.page.tsx'
import { RisksOverviewPage } from './views/risks-overview.page.tsx'
import { RollupPage } from './views/rollup.page.tsx'

type IdParams = { Params: { id: string } }
type YearParams = { Params: { year: string } }

async function attempt(run: () => Promise<unknown>, values: Record<string, string>, render: (s: FormState) => Promise<FastifyReply>): Promise<FastifyReply | null> {
  try {
    await run()
    return null
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e
    return render({ values, errors: e.fields })
  }
}

function yearOf(raw: string): number {
  const y = Number(raw)
  if (!Number.isInteger(y) || y < 2500 || y > 2700) throw new NotFoundError('fiscal year')
  return y
}
const queryYear = (req: FastifyRequest) => {
  const y = Number((req.query as { year?: string }).year)
  return Number.isInteger(y) ? y : undefined
}
const queryOrg = (req: FastifyRequest) => {
  const o = (req.query as { org?: string }).org
  return typeof o === 'string' && o ? o : undefined
}

/** Corruption and discretion risks, work outside the manual and internal control (G1). */
export async function risksRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const ctxOf = (req: FastifyRequest): uc.UseCaseContext => ({ db: deps.db, actor: requireActor(req), now: req.now, baseUrl: deps.config.baseUrl })
  const saved = (reply: FastifyReply, to: string) => {
    setFlash(reply, { th: 'บันทึกแล้ว', en: 'Saved' })
    return reply.redirect(to, 303)
  }

  const renderOverview = async (req: FastifyRequest, reply: FastifyReply, q: { org?: string | undefined; year?: number | undefined }, state?: FormState) => sendPage(reply, RisksOverviewPage({ ctx: pageContext(req, reply), view: await uc.overview(ctxOf(req), q), state }), state ? 422 : 200)
  app.get('/staff/risks', async (req, reply) => renderOverview(req, reply, { org: queryOrg(req), year: queryYear(req) }))

  app.post<YearParams>('/staff/risks/:year/start', async (req, reply) => {
    const year = yearOf(req.params.year)
    await uc.startRegister(ctxOf(req), year)
    return saved(reply, `/staff/risks?year=${year}`)
  })
  app.post<YearParams>('/staff/risks/:year/carry-forward', async (req, reply) => {
    const year = yearOf(req.params.year)
    await uc.carryForward(ctxOf(req), year)
    setFlash(reply, { th: `ยกความเสี่ยงไปประเมินใหม่ในปี ${year + 1} แล้ว`, en: `Carried forward to ${year + 1}` })
    return reply.redirect(`/staff/risks?year=${year + 1}`, 303)
  })
  app.post<YearParams>('/staff/risks/:year/approve', async (req, reply) => {
    const year = yearOf(req.params.year)
    await uc.approveRegister(ctxOf(req), year)
    setFlash(reply, { th: 'อนุมัติผลการประเมินแล้ว', en: 'Assessment approved' })
    return reply.redirect(`/staff/risks?year=${year}`, 303)
  })
  app.post<YearParams>('/staff/risks/:year/followups', async (req, reply) => {
    const year = yearOf(req.params.year)
    const failed = await attempt(() => uc.addFollowup(ctxOf(req), year, req.body), valuesOf(req.body, FOLLOWUP_FIELDS), (s) => renderOverview(req, reply, { year }, s))
    return failed ?? saved(reply, `/staff/risks?year=${year}`)
  })
  app.get<YearParams>('/staff/risks/:year/report.docx', async (req, reply) => {
    const year = yearOf(req.params.year)
    const report = await uc.yearlyReport(ctxOf(req), year)
    const body = await yearlyReportDocx(report, report.register.approvedByLabel ?? requireActor(req).displayName)
    return sendExport(reply, { body, contentType: EXPORT_CONTENT_TYPES.docx, filename: `รายงานความเสี่ยงการทุจริต-${year}.docx` })
  })

  app.get<YearParams>('/staff/risks/:year/new', async (req, reply) => sendPage(reply, RiskFormPage({ ctx: pageContext(req, reply), view: await uc.riskForm(ctxOf(req), yearOf(req.params.year)) })))
  app.post<YearParams>('/staff/risks/:year/new', async (req, reply) => {
    const year = yearOf(req.params.year)
    let id = ''
    const failed = await attempt(async () => void (id = await uc.addRisk(ctxOf(req), year, req.body)), valuesOf(req.body, RISK_FIELDS), async (s) => sendPage(reply, RiskFormPage({ ctx: pageContext(req, reply), view: await uc.riskForm(ctxOf(req), year), state: s }), 422))
    return failed ?? saved(reply, `/staff/risks/r/${id}`)
  })

  const renderRisk = async (req: FastifyRequest, reply: FastifyReply, id: string, state?: FormState & { form: string }) => sendPage(reply, RiskPage({ ctx: pageContext(req, reply), view: await uc.riskView(ctxOf(req), id), state }), state ? 422 : 200)
  app.get<IdParams>('/staff/risks/r/:id', async (req, reply) => renderRisk(req, reply, req.params.id))
  app.get<IdParams>('/staff/risks/r/:id/edit', async (req, reply) => {
    const view = await uc.riskView(ctxOf(req), req.params.id)
    return sendPage(reply, RiskFormPage({ ctx: pageContext(req, reply), view: await uc.riskForm(ctxOf(req), view.register.fiscalYear, req.params.id) }))
  })
  app.post<IdParams>('/staff/risks/r/:id/edit', async (req, reply) => {
    const id = req.params.id
    const failed = await attempt(
      () => uc.editRisk(ctxOf(req), id, req.body),
      valuesOf(req.body, RISK_FIELDS),
      async (s) => {
        const view = await uc.riskView(ctxOf(req), id)
        return sendPage(reply, RiskFormPage({ ctx: pageContext(req, reply), view: await uc.riskForm(ctxOf(req), view.register.fiscalYear, id), state: s }), 422)
      },
    )
    return failed ?? saved(reply, `/staff/risks/r/${id}`)
  })
  app.post<IdParams>('/staff/risks/r/:id/treatments', async (req, reply) => {
    const id = req.params.id
    const failed = await attempt(() => uc.addTreatment(ctxOf(req), id, req.body), valuesOf(req.body, TREATMENT_FIELDS), (s) => renderRisk(req, reply, id, { ...s, form: 'treatment' }))
    return failed ?? saved(reply, `/staff/risks/r/${id}`)
  })
  app.post<IdParams>('/staff/risks/treatments/:id/status', async (req, reply) => {
    const id = req.params.id
    let riskId = ''
    const failed = await attempt(
      async () => void (riskId = await uc.setTreatmentStatus(ctxOf(req), id, req.body)),
      valuesOf(req.body, TREATMENT_STATUS_FIELDS),
      async (s) => {
        const t = await deps.db.selectFrom('risk_treatments').select('risk_id').where('id', '=', id).executeTakeFirstOrThrow()
        return renderRisk(req, reply, t.risk_id, { ...s, form: `status-${id}` })
      },
    )
    return failed ?? saved(reply, `/staff/risks/r/${riskId}`)
  })

  // The matrix: the agency's own, or (?org=) a body the actor administers or oversees, such as the province.
  const renderMatrix = async (req: FastifyRequest, reply: FastifyReply, state?: FormState) => sendPage(reply, MatrixPage({ ctx: pageContext(req, reply), view: await uc.matrixView(ctxOf(req), queryOrg(req)), state }), state ? 422 : 200)
  app.get('/staff/risks/matrix', async (req, reply) => renderMatrix(req, reply))
  app.post('/staff/risks/matrix', async (req, reply) => {
    const view = await uc.matrixView(ctxOf(req), queryOrg(req))
    const failed = await attempt(() => uc.saveMatrix(ctxOf(req), req.body, queryOrg(req)), valuesOf(req.body, matrixFields(view.matrix)), (s) => renderMatrix(req, reply, s))
    return failed ?? saved(reply, `/staff/risks/matrix${queryOrg(req) ? `?org=${encodeURIComponent(queryOrg(req)!)}` : ''}`)
  })

  app.get('/staff/risks/province', async (req, reply) => sendPage(reply, RollupPage({ ctx: pageContext(req, reply), view: await uc.provinceRollup(ctxOf(req), queryYear(req)) })))

  // Work outside the manual.
  app.get('/staff/risks/outside-manual', async (req, reply) => sendPage(reply, OutsideManualListPage({ ctx: pageContext(req, reply), view: await gov.outsideManualList(ctxOf(req)) })))
  app.get('/staff/risks/outside-manual/new', async (req, reply) => {
    await gov.mayReportOutsideManual(ctxOf(req))
    return sendPage(reply, OutsideManualFormPage({ ctx: pageContext(req, reply) }))
  })
  app.post('/staff/risks/outside-manual/new', async (req, reply) => {
    let id = ''
    const failed = await attempt(async () => void (id = await gov.reportOutsideManual(ctxOf(req), req.body)), valuesOf(req.body, OUTSIDE_MANUAL_FIELDS), (s) => sendPage(reply, OutsideManualFormPage({ ctx: pageContext(req, reply), state: s }), 422))
    if (failed) return failed
    setFlash(reply, { th: 'ส่งรายงานถึงผู้บังคับบัญชาแล้ว', en: 'Sent to the head' })
    return reply.redirect(`/staff/risks/outside-manual/${id}`, 303)
  })
  const renderOm = async (req: FastifyRequest, reply: FastifyReply, id: string, state?: FormState) => sendPage(reply, OutsideManualPage({ ctx: pageContext(req, reply), view: await gov.outsideManualView(ctxOf(req), id), state }), state ? 422 : 200)
  app.get<IdParams>('/staff/risks/outside-manual/:id', async (req, reply) => renderOm(req, reply, req.params.id))
  app.post<IdParams>('/staff/risks/outside-manual/:id/review', async (req, reply) => {
    const id = req.params.id
    const failed = await attempt(() => gov.reviewOutsideManual(ctxOf(req), id, req.body), valuesOf(req.body, REVIEW_FIELDS), (s) => renderOm(req, reply, id, s))
    return failed ?? saved(reply, `/staff/risks/outside-manual/${id}`)
  })

  // Internal control.
  const renderIc = async (req: FastifyRequest, reply: FastifyReply, year: number | undefined, state?: FormState & { form: string }) => sendPage(reply, InternalControlPage({ ctx: pageContext(req, reply), view: await gov.icView(ctxOf(req), year), state }), state ? 422 : 200)
  app.get('/staff/risks/internal-control', async (req, reply) => renderIc(req, reply, queryYear(req)))
  app.get<YearParams>('/staff/risks/internal-control/:year/report.docx', async (req, reply) => {
    const year = yearOf(req.params.year)
    const view = await gov.icView(ctxOf(req), year)
    if (!view.evaluation) throw new NotFoundError('internal-control evaluation')
    return sendExport(reply, { body: await icReportDocx(view), contentType: EXPORT_CONTENT_TYPES.docx, filename: `รายงานการควบคุมภายใน-${year}.docx` })
  })
  for (const [path, run, fields] of [
    ['appoint', gov.appointIcCommittee, IC_ORDER_FIELDS],
    ['results', gov.saveIcResults, IC_RESULT_FIELDS],
    ['report', gov.reportIc, IC_REPORT_FIELDS],
  ] as const) {
    app.post<YearParams>(`/staff/risks/internal-control/:year/${path}`, async (req, reply) => {
      const year = yearOf(req.params.year)
      const failed = await attempt(() => run(ctxOf(req), year, req.body), valuesOf(req.body, fields), (s) => renderIc(req, reply, year, { ...s, form: path }))
      return failed ?? saved(reply, `/staff/risks/internal-control?year=${year}`)
    })
  }

  // The public view, through the public-page cache; ?year= for a given approved year (OIT items that ask for the previous year).
  app.get<{ Params: { slug: string } }>('/o/:slug/risks', async (req, reply) => {
    const agency = await deps.db.selectFrom('organisations').select('id').where('slug', '=', req.params.slug).executeTakeFirst()
    if (!agency) throw new NotFoundError('organisation')
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(agency.id)], async () => PublicRisksPage({ ctx: pageContext(req, reply), view: await uc.publicRisks({ db: deps.db, baseUrl: deps.config.baseUrl }, req.params.slug, queryYear(req)) }))
  })
}

