import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FieldErrors } from '../../errors.ts'
import { ValidationError } from '../../errors.ts'
import { acceptUploads, fileServiceFor, sendStoredFile } from '../../platform/files/index.ts'
import { answerableItems, CHIANG_MAI_EB12_QUARTERLY, fetchStatusOnline, readAnswers, type Fetcher, type FormDefinition } from '../../platform/forms/index.ts'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { formString } from '../../web/http/form-errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { oversightDashboard } from './oversight-dashboard.use-cases.ts'
import { periodConsolidated, reportAsWord } from './oversight-exports.use-cases.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { scheduleValues } from './oversight-reports.input.ts'
import {
  acceptReport,
  declareNothingToReport,
  listMyReports,
  openReportFile,
  reportView,
  returnReport,
  saveReport,
  sendBackToCoordinator,
  signAndSubmit,
  type ReportContext,
} from './oversight-reports.use-cases.ts'
import { createSchedule, scheduleForm, type ScheduleContext } from './oversight-schedules.use-cases.ts'
import { oversightAnnouncementRoutes } from './oversight-announcements.routes.tsx'
import { DashboardPage } from './views/dashboard.page.tsx'
import { ReportListPage } from './views/report-list.page.tsx'
import { ReportPage } from './views/report.page.tsx'
import { ReviewPage } from './views/review.page.tsx'
import { ScheduleFormPage } from './views/schedule-form.page.tsx'

type IdParams = { Params: { id: string } }

const PHOTO_MAX_BYTES = 10 * 1024 * 1024

/** The file fields of the built-in forms, so multipart knows them before the route runs. */
function uploadFields(defs: FormDefinition[]) {
  const fields: Record<string, { maxBytes: number; allowed: ('image' | 'pdf' | 'word' | 'excel')[] }> = {}
  for (const def of defs) for (const item of answerableItems(def)) if (item.type === 'files') fields[`a__${item.id}__new`] = { maxBytes: PHOTO_MAX_BYTES, allowed: item.photosOnly ? ['image'] : ['image', 'pdf', 'word', 'excel'] }
  return fields
}

/** Oversight reporting cycle (A3–A5): agencies fill in and sign, oversight reviews and watches the rates. */
export async function oversightReportRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const files = fileServiceFor(deps)
  // Links on this platform are checked in-process (no request to ourselves); others over the network.
  const fetchStatus: Fetcher = async (url) => {
    if (url.startsWith(`${deps.config.baseUrl}/`)) return (await app.inject({ method: 'GET', url: url.slice(deps.config.baseUrl.length) })).statusCode
    return fetchStatusOnline(url)
  }
  const rctx = (req: FastifyRequest): ReportContext => ({ db: deps.db, actor: requireActor(req), now: req.now, files, baseUrl: deps.config.baseUrl, fetchStatus })
  const sctx = (req: FastifyRequest): ScheduleContext => ({ db: deps.db, actor: requireActor(req), now: req.now, baseUrl: deps.config.baseUrl })
  await oversightAnnouncementRoutes(app, deps, files)

  async function renderReport(req: FastifyRequest, reply: FastifyReply, id: string, state: Parameters<typeof ReportPage>[0]['state'] = {}, status = 200) {
    const view = await reportView(rctx(req), id)
    return sendPage(reply, ReportPage({ ctx: pageContext(req, reply), view, state }), status)
  }

  app.get('/staff/reports', async (req, reply) => sendPage(reply, ReportListPage({ ctx: pageContext(req, reply), list: await listMyReports(rctx(req)) })))
  app.get<IdParams>('/staff/reports/:id/export.docx', async (req, reply) => sendExport(reply, await reportAsWord(rctx(req), req.params.id)))
  app.get<{ Params: { id: string; format: string } }>('/staff/oversight/reports/periods/:id/export.:format', async (req, reply) => {
    const format = req.params.format === 'docx' ? 'docx' : req.params.format === 'xlsx' ? 'xlsx' : null
    if (!format) return reply.callNotFound()
    return sendExport(reply, await periodConsolidated(rctx(req), req.params.id, format))
  })
  app.get<IdParams>('/staff/reports/:id', async (req, reply) => renderReport(req, reply, req.params.id))
  app.get<{ Params: { id: string; fileId: string } }>('/staff/reports/:id/files/:fileId', async (req, reply) => sendStoredFile(req, reply, await openReportFile(rctx(req), req.params.id, req.params.fileId), { inline: true }))

  app.register(async (scope) => {
    const uploadsOf = await acceptUploads(scope, files, { fields: uploadFields([CHIANG_MAI_EB12_QUARTERLY]), acceptFrom: (req) => req.actor !== null, maxTextFields: 300, maxFieldBytes: 64 * 1024 })
    scope.post<IdParams>('/staff/reports/:id', async (req, reply) => {
      const ctx = rctx(req)
      const sendToHead = formString(req.body, 'intent') === 'send_to_head'
      const outcome = await saveReport(ctx, req.params.id, req.body, uploadsOf(req), { sendToHead })
      if (Object.keys(outcome.errors).length) {
        // The draft is saved; the page comes back with what was typed and what is missing.
        const view = await reportView(ctx, req.params.id)
        return sendPage(reply, ReportPage({ ctx: pageContext(req, reply), view, state: { answers: { ...readAnswers(view.def, req.body, view.answers), ...keepFiles(view.answers) }, errors: outcome.errors } }), 422)
      }
      setFlash(reply, outcome.status === 'awaiting_head' ? { th: 'ส่งให้หัวหน้าหน่วยงานลงนามแล้ว', en: 'Sent to the head for sign-off' } : { th: 'บันทึกร่างแล้ว', en: 'Draft saved' })
      return reply.redirect(`/staff/reports/${req.params.id}`, 303)
    })
  })

  const agencySteps = {
    nothing: { run: declareNothingToReport, fields: ['nothing_reason'], flash: { th: 'แจ้งว่าไม่มีเรื่องรายงานแล้ว รอหัวหน้าหน่วยงานลงนาม', en: 'Declared nothing to report; awaiting the head' } },
    sign: { run: signAndSubmit, fields: ['head_name', 'head_position'], flash: { th: 'ลงนามและส่งจังหวัดแล้ว', en: 'Signed and sent to the province' } },
    'send-back': { run: sendBackToCoordinator, fields: ['send_back_reason'], flash: { th: 'ส่งกลับให้ผู้รวบรวมแล้ว', en: 'Sent back to the coordinator' } },
  } as const
  for (const [name, step] of Object.entries(agencySteps)) {
    app.post<IdParams>(`/staff/reports/:id/${name}`, async (req, reply) => {
      try {
        await step.run(rctx(req), req.params.id, req.body)
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e
        const values = Object.fromEntries(step.fields.map((f) => [f, formString(req.body, f)]))
        return renderReport(req, reply, req.params.id, { errors: e.fields, values }, 422)
      }
      setFlash(reply, step.flash)
      return reply.redirect(`/staff/reports/${req.params.id}`, 303)
    })
  }

  app.get<{ Querystring: { fy?: string; kind?: string } }>('/staff/oversight/reports', async (req, reply) => {
    const fy = Number(req.query.fy)
    const dashboard = await oversightDashboard(sctx(req), { ...(Number.isInteger(fy) && fy > 2500 ? { fiscalYear: fy } : {}), ...(req.query.kind ? { kind: String(req.query.kind) } : {}) })
    return sendPage(reply, DashboardPage({ ctx: pageContext(req, reply), dashboard }))
  })
  app.get('/staff/oversight/reports/schedules/new', async (req, reply) => sendPage(reply, ScheduleFormPage({ ctx: pageContext(req, reply), form: await scheduleForm(sctx(req)) })))
  app.post('/staff/oversight/reports/schedules', async (req, reply) => {
    try {
      await createSchedule(sctx(req), req.body)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return sendPage(reply, ScheduleFormPage({ ctx: pageContext(req, reply), form: await scheduleForm(sctx(req)), values: scheduleValues(req.body), errors: e.fields }), 422)
    }
    setFlash(reply, { th: 'บันทึกกำหนดการรายงานแล้ว', en: 'Report scheduled' })
    return reply.redirect('/staff/oversight/reports', 303)
  })

  app.get<IdParams>('/staff/oversight/reports/:id', async (req, reply) => sendPage(reply, ReviewPage({ ctx: pageContext(req, reply), view: await reportView(rctx(req), req.params.id) })))
  app.post<IdParams>('/staff/oversight/reports/:id/accept', async (req, reply) => {
    await acceptReport(rctx(req), req.params.id)
    setFlash(reply, { th: 'รับรายงานแล้ว', en: 'Report accepted' })
    return reply.redirect(`/staff/oversight/reports/${req.params.id}`, 303)
  })
  app.post<IdParams>('/staff/oversight/reports/:id/return', async (req, reply) => {
    try {
      await returnReport(rctx(req), req.params.id, req.body)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      const values = Object.fromEntries(Object.entries((req.body ?? {}) as Record<string, unknown>).filter(([k, v]) => (k.startsWith('reason__') || k.startsWith('reply_by-')) && typeof v === 'string') as [string, string][])
      return sendPage(reply, ReviewPage({ ctx: pageContext(req, reply), view: await reportView(rctx(req), req.params.id), errors: e.fields as FieldErrors, values }), 422)
    }
    setFlash(reply, { th: 'ส่งกลับให้หน่วยงานแก้ไขแล้ว', en: 'Returned to the agency' })
    return reply.redirect(`/staff/oversight/reports/${req.params.id}`, 303)
  })
}

function keepFiles(answers: ReturnType<typeof readAnswers>) {
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => v.type === 'files'))
}
