import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import QRCode from 'qrcode'
import { renderExport } from '../../platform/exports/index.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { posterExportTable, POSTER_QR_PX } from './survey-poster.ts'
import { ValidationError, type FieldErrors } from '../../errors.ts'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { formString } from '../../web/http/form-errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { parseCodeCount, parseInvitees, parseSurveyForm, readSurveyForm, SURVEY_FORM_FIELDS, type SurveyFormValues } from './surveys.input.ts'
import { changeStatus, createSurvey, inviteByEmail, makeCodes, posterOf, remindInvitees, surveyDetail, surveyFormContext, surveysWorkspace, type UseCaseContext } from './surveys.use-cases.ts'
import { SURVEY_STATUSES, type SurveyStatus } from './survey.domain.ts'
import { CodesSheetPage, PosterPage } from './views/print-sheets.page.tsx'
import { SurveyPage } from './views/survey.page.tsx'
import { SurveysListPage } from './views/surveys-list.page.tsx'

type IdParams = { Params: { id: string } }
const emptyForm = (): SurveyFormValues => Object.fromEntries(SURVEY_FORM_FIELDS.map((k) => [k, ''])) as SurveyFormValues

/** /staff/surveys: running an agency's surveys — create, open and close, invite, codes, poster. */
export async function surveysStaffRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const ctxOf = (req: FastifyRequest): UseCaseContext => ({ db: deps.db, actor: requireActor(req), now: req.now, baseUrl: deps.config.baseUrl })
  const orgQuery = (req: FastifyRequest) => {
    const q = (req.query as { org?: unknown }).org
    return typeof q === 'string' && q ? q : undefined
  }

  app.get('/staff/surveys', async (req, reply) => {
    const workspace = await surveysWorkspace(ctxOf(req), orgQuery(req))
    return sendPage(reply, SurveysListPage({ ctx: pageContext(req, reply), workspace, values: { ...emptyForm(), kind: 'eit', mode: 'open', sample_group: workspace.defaultGroup } }))
  })

  app.post('/staff/surveys', async (req, reply) => {
    const ctx = ctxOf(req)
    // Whose surveys these are is settled before the form is judged: a stranger gets a refusal, never error messages.
    const { org } = await surveyFormContext(ctx, formString(req.body, 'organisation_id'))
    const values = readSurveyForm(req.body)
    const parsed = parseSurveyForm(values)
    const rerender = async (errors: FieldErrors) =>
      sendPage(reply, SurveysListPage({ ctx: pageContext(req, reply), workspace: await surveysWorkspace(ctx, org.slug), values, errors }), 422)
    if (!parsed.ok) return rerender(parsed.errors)
    try {
      const { id } = await createSurvey(ctx, org.id, parsed.input)
      setFlash(reply, { th: 'สร้างแบบสำรวจแล้ว เปิดรับคำตอบเมื่อพร้อม', en: 'Survey created; open it when ready' })
      return reply.redirect(`/staff/surveys/${id}`, 303)
    } catch (e) {
      if (e instanceof ValidationError) return rerender(e.fields)
      throw e
    }
  })

  app.get<IdParams>('/staff/surveys/:id', async (req, reply) => sendPage(reply, SurveyPage({ ctx: pageContext(req, reply), detail: await surveyDetail(ctxOf(req), req.params.id) })))

  app.post<IdParams>('/staff/surveys/:id/status', async (req, reply) => {
    const ctx = ctxOf(req)
    const to = formString(req.body, 'to')
    if (!(SURVEY_STATUSES as readonly string[]).includes(to)) {
      // Who may manage the survey is decided before the form is judged (another agency gets 403, not 422).
      await surveyDetail(ctx, req.params.id)
      throw new ValidationError({ to: { th: 'สถานะไม่ถูกต้อง', en: 'Unknown status' } })
    }
    const s = await changeStatus(ctx, req.params.id, to as SurveyStatus)
    setFlash(reply, s.status === 'open' ? { th: 'เปิดรับคำตอบแล้ว', en: 'Open for answers' } : { th: 'ปิดรับคำตอบแล้ว', en: 'Closed' })
    return reply.redirect(`/staff/surveys/${s.id}`, 303)
  })

  app.post<IdParams>('/staff/surveys/:id/invitations', async (req, reply) => {
    const text = formString(req.body, 'invitees')
    let list: { name: string; email: string }[] | 'staff' = 'staff'
    if (formString(req.body, 'all_staff') !== 'yes') {
      const parsed = parseInvitees(text)
      if (!parsed.ok) return sendPage(reply, SurveyPage({ ctx: pageContext(req, reply), detail: await surveyDetail(ctxOf(req), req.params.id), invitees: text, errors: parsed.errors }), 422)
      list = parsed.invitees
    }
    const { invited } = await inviteByEmail(ctxOf(req), req.params.id, list)
    setFlash(reply, { th: `ส่งคำเชิญ ${invited} ฉบับแล้ว`, en: `${invited} invitations sent` })
    return reply.redirect(`/staff/surveys/${req.params.id}`, 303)
  })

  app.post<IdParams>('/staff/surveys/:id/reminders', async (req, reply) => {
    const { reminded } = await remindInvitees(ctxOf(req), req.params.id)
    setFlash(reply, { th: `ส่งอีเมลเตือน ${reminded} ฉบับแล้ว`, en: `${reminded} reminders sent` })
    return reply.redirect(`/staff/surveys/${req.params.id}`, 303)
  })

  app.post<IdParams>('/staff/surveys/:id/codes', async (req, reply) => {
    const count = parseCodeCount(req.body)
    if (count === null) return sendPage(reply, SurveyPage({ ctx: pageContext(req, reply), detail: await surveyDetail(ctxOf(req), req.params.id), errors: { count: { th: 'ใส่จำนวนรหัส 1–500', en: 'Enter a number from 1 to 500' } } }), 422)
    const made = await makeCodes(ctxOf(req), req.params.id, count)
    // The codes exist only in this answer: never cached, never stored.
    reply.header('cache-control', 'no-store')
    return sendPage(reply, CodesSheetPage({ ctx: pageContext(req, reply), ...made }))
  })

  app.get<IdParams>('/staff/surveys/:id/poster', async (req, reply) => {
    const p = await posterOf(ctxOf(req), req.params.id)
    const qrSvg = await QRCode.toString(p.publicUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
    return sendPage(reply, PosterPage({ ctx: pageContext(req, reply), ...p, qrSvg }))
  })

  app.get<IdParams>('/staff/surveys/:id/poster.svg', async (req, reply) => {
    const p = await posterOf(ctxOf(req), req.params.id)
    const svg = await QRCode.toString(p.publicUrl, { type: 'svg', margin: 4, errorCorrectionLevel: 'M' })
    return reply.type('image/svg+xml').header('content-disposition', `attachment; filename="survey-qr-${p.survey.id}.svg"`).send(svg)
  })

  app.get<IdParams>('/staff/surveys/:id/poster.png', async (req, reply) => {
    const p = await posterOf(ctxOf(req), req.params.id)
    const png = await QRCode.toBuffer(p.publicUrl, { type: 'png', margin: 4, width: 1024, errorCorrectionLevel: 'M' })
    return reply.type('image/png').header('content-disposition', `attachment; filename="survey-qr-${p.survey.id}.png"`).send(png)
  })

  app.get<IdParams>('/staff/surveys/:id/poster.docx', async (req, reply) => {
    const p = await posterOf(ctxOf(req), req.params.id)
    const qrPng = await QRCode.toBuffer(p.publicUrl, { type: 'png', margin: 2, width: POSTER_QR_PX, errorCorrectionLevel: 'M' })
    return sendExport(reply, await renderExport(posterExportTable({ ...p, qrPng }, req.locale), 'docx', `survey-poster-${p.org.slug}`))
  })
}

export type { FastifyReply }
