import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { ValidationError, type FieldErrors } from '../../errors.ts'
import { acceptUploads, fileServiceFor, sendStoredFile } from '../../platform/files/index.ts'
import { formString } from '../../web/http/form-errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { EVIDENCE_MAX_BYTES } from './content-incidents.domain.ts'
import { emptyReportForm, readEvidenceFields, readReportForm } from './content-incidents.input.ts'
import {
  closeIncident,
  escalateIncident,
  incidentView,
  listIncidents,
  openEvidence,
  recordIncidentAction,
  reportForm,
  reportIncident,
  respondToIncident,
  type UseCaseContext,
} from './content-incidents.use-cases.ts'
import { IncidentListPage } from './views/incident-list.page.tsx'
import { IncidentPage } from './views/incident.page.tsx'
import { ReportFormPage } from './views/report-form.page.tsx'

type IdParams = { Params: { id: string } }

/** The text fields of the step forms, kept when one is rejected. */
const STEP_FIELDS = ['action_kind', 'action_note', 'escalation_note', 'closing_summary', 'response_note'] as const

/** Content incidents (C3): internal pages only, nothing public. */
export async function contentIncidentRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const files = fileServiceFor(deps)
  const ctxOf = (req: FastifyRequest): UseCaseContext => ({ db: deps.db, actor: requireActor(req), now: req.now, files, baseUrl: deps.config.baseUrl })

  async function renderIncident(req: FastifyRequest, reply: FastifyReply, id: string, state?: { values: Record<string, string>; errors: FieldErrors }, status = 200) {
    const view = await incidentView(ctxOf(req), id)
    return sendPage(reply, IncidentPage({ ctx: pageContext(req, reply), view, state }), status)
  }

  app.get('/staff/incidents', async (req, reply) => {
    const list = await listIncidents(ctxOf(req))
    return sendPage(reply, IncidentListPage({ ctx: pageContext(req, reply), list }))
  })

  app.get<{ Querystring: { org?: string } }>('/staff/incidents/new', async (req, reply) => {
    const form = await reportForm(ctxOf(req), typeof req.query.org === 'string' && req.query.org ? { slug: req.query.org } : null)
    return sendPage(reply, ReportFormPage({ ctx: pageContext(req, reply), form, values: emptyReportForm(), keptEvidence: null }))
  })

  app.get<IdParams>('/staff/incidents/:id', async (req, reply) => renderIncident(req, reply, req.params.id))

  app.get<IdParams>('/staff/incidents/:id/evidence', async (req, reply) => {
    return sendStoredFile(req, reply, await openEvidence(ctxOf(req), req.params.id), { inline: false })
  })

  const steps = { actions: recordIncidentAction, escalate: escalateIncident, close: closeIncident, respond: respondToIncident } as const
  const flashes = {
    actions: { th: 'บันทึกการดำเนินการแล้ว', en: 'Action recorded' },
    escalate: { th: 'รายงานผู้กำกับติดตามแล้ว', en: 'Escalated to oversight' },
    close: { th: 'ปิดเรื่องแล้ว', en: 'Incident closed' },
    respond: { th: 'บันทึกการตอบกลับแล้ว', en: 'Response recorded' },
  } as const
  for (const name of Object.keys(steps) as (keyof typeof steps)[]) {
    app.post<IdParams>(`/staff/incidents/:id/${name}`, async (req, reply) => {
      try {
        await steps[name](ctxOf(req), req.params.id, req.body)
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e
        const values = Object.fromEntries(STEP_FIELDS.map((f) => [f, formString(req.body, f)]))
        return renderIncident(req, reply, req.params.id, { values, errors: e.fields }, 422)
      }
      setFlash(reply, flashes[name])
      return reply.redirect(`/staff/incidents/${req.params.id}`, 303)
    })
  }

  // The report form is multipart because of the evidence file; it is stored only once the reporter
  // is known to work for the agency.
  app.register(async (scope) => {
    const uploadsOf = await acceptUploads(scope, files, { fields: { evidence: { maxBytes: EVIDENCE_MAX_BYTES, allowed: ['image', 'pdf', 'word', 'excel'] } }, acceptFrom: (req) => req.actor !== null, maxFieldBytes: 64 * 1024 })

    scope.post('/staff/incidents/new', async (req, reply) => {
      const values = readReportForm(req.body)
      const organisationId = formString(req.body, 'organisation_id')
      const ctx = ctxOf(req)
      const outcome = await reportIncident(ctx, organisationId, { values, evidence: { upload: uploadsOf(req).get('evidence'), ...readEvidenceFields(req.body) } })
      if (!outcome.saved) {
        const form = await reportForm(ctx, { id: organisationId })
        return sendPage(reply, ReportFormPage({ ctx: pageContext(req, reply), form, values, errors: outcome.errors, keptEvidence: outcome.keptEvidence }), 422)
      }
      setFlash(reply, { th: 'ส่งรายงานถึงหัวหน้าหน่วยงานแล้ว', en: 'Report sent to the head of the agency' })
      return reply.redirect(`/staff/incidents/${outcome.id}`, 303)
    })
  })
}
