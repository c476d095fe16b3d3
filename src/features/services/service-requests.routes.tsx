import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { ValidationError, type FieldErrors } from '../../errors.ts'
import { formString } from '../../web/http/form-errors.ts'
import { PUBLIC_POST_LIMIT, SourceLimiter, WRONG_CODE_LIMIT } from '../../platform/abuse-limits/source-limiter.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { actionValues, emptyRequestForm, parseAction, readRequestForm } from './service-requests.input.ts'
import { actOnRequest, counterForm, fileAtCounter, fileOnline, followUp, requestDetail, requestsWorkspace, type RequestContext, type RequestFormValues } from './service-requests.use-cases.ts'
import { findPublicAgency, publicManual } from './services-public.use-cases.ts'
import { FollowUpPage } from './views/follow-up.page.tsx'
import { RequestDetailPage } from './views/request-detail.page.tsx'
import { RequestFormPage } from './views/request-form.page.tsx'
import { RequestSlipPage } from './views/request-slip.page.tsx'
import { RequestsListPage } from './views/requests-list.page.tsx'

type IdParams = { Params: { id: string } }
const statusOf = (v: unknown): 'open' | 'closed' | 'all' => (v === 'closed' || v === 'all' ? v : 'open')
const pageOf = (v: unknown) => (typeof v === 'string' && /^[1-9][0-9]{0,4}$/.test(v) ? Number(v) : 1)

/** Requests: at the counter and in the staff list; the applicant's online filing and follow-up. */
export async function serviceRequestRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const ctxOf = (req: FastifyRequest): RequestContext => ({ db: deps.db, actor: requireActor(req), now: req.now })
  // Online requests and wrong follow-up codes per source, in the database (shared by instances).
  const applications = new SourceLimiter(deps.db, 'service-request', PUBLIC_POST_LIMIT)
  const wrongCodes = new SourceLimiter(deps.db, 'service-request-code', WRONG_CODE_LIMIT)

  async function renderCounter(req: FastifyRequest, reply: FastifyReply, slug: string | undefined, values: RequestFormValues, errors?: FieldErrors, status = 200) {
    const f = await counterForm(ctxOf(req), slug)
    return sendPage(reply, RequestFormPage({ ctx: pageContext(req, reply), org: f.org, mode: 'counter', action: '/staff/service-requests/new', services: f.services, staff: f.staff, values, errors }), status)
  }

  app.get<{ Querystring: { org?: string; status?: string; page?: string } }>('/staff/service-requests', async (req, reply) => {
    const status = statusOf(req.query.status)
    const w = await requestsWorkspace(ctxOf(req), req.query.org || undefined, { status, page: pageOf(req.query.page) })
    return sendPage(reply, RequestsListPage({ ctx: pageContext(req, reply), w, status }))
  })

  app.get<{ Querystring: { org?: string } }>('/staff/service-requests/new', async (req, reply) => renderCounter(req, reply, req.query.org || undefined, emptyRequestForm()))

  app.post('/staff/service-requests/new', async (req, reply) => {
    const values = readRequestForm(req.body)
    const organisationId = formString(req.body, 'organisation_id')
    try {
      const filed = await fileAtCounter(ctxOf(req), organisationId, values)
      const f = await requestDetail(ctxOf(req), filed.id)
      return sendPage(reply, RequestSlipPage({ ctx: pageContext(req, reply), org: f.org, filed, staffLink: `/staff/service-requests/${filed.id}` }), 201)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      const org = await deps.db.selectFrom('organisations').select('slug').where('id', '=', /^[0-9a-f-]{36}$/.test(organisationId) ? organisationId : '00000000-0000-0000-0000-000000000000').executeTakeFirst()
      return renderCounter(req, reply, org?.slug, values, e.fields, 422)
    }
  })

  app.get<IdParams>('/staff/service-requests/:id', async (req, reply) => {
    const d = await requestDetail(ctxOf(req), req.params.id)
    return sendPage(reply, RequestDetailPage({ ctx: pageContext(req, reply), d }))
  })

  app.post<IdParams>('/staff/service-requests/:id/action', async (req, reply) => {
    try {
      await actOnRequest(ctxOf(req), req.params.id, parseAction(req.body))
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      const d = await requestDetail(ctxOf(req), req.params.id)
      return sendPage(reply, RequestDetailPage({ ctx: pageContext(req, reply), d, errors: e.fields, values: actionValues(req.body) }), 422)
    }
    setFlash(reply, { th: 'บันทึกแล้ว', en: 'Recorded' })
    return reply.redirect(`/staff/service-requests/${req.params.id}`, 303)
  })

  // The applicant's side: never cached (it carries a form token and, once asked, one person's request).
  app.get<{ Params: { slug: string } }>('/o/:slug/services/follow-up', async (req, reply) => {
    const org = await findPublicAgency({ db: deps.db }, req.params.slug)
    return sendPage(reply, FollowUpPage({ ctx: pageContext(req, reply), org, values: { reference: '', code: '' } }))
  })

  app.post<{ Params: { slug: string } }>('/o/:slug/services/follow-up', async (req, reply) => {
    const org = await findPublicAgency({ db: deps.db }, req.params.slug)
    await wrongCodes.check(req.ip, req.now)
    const values = { reference: formString(req.body, 'reference'), code: formString(req.body, 'code') }
    reply.header('cache-control', 'no-store')
    try {
      const view = await followUp({ db: deps.db }, org, values.reference, values.code)
      return sendPage(reply, FollowUpPage({ ctx: pageContext(req, reply), org, view, values }))
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      await wrongCodes.record(req.ip, req.now)
      return sendPage(reply, FollowUpPage({ ctx: pageContext(req, reply), org, values, errors: e.fields }), 422)
    }
  })

  async function renderApply(req: FastifyRequest<{ Params: { slug: string; key: string } }>, reply: FastifyReply, values?: RequestFormValues, errors?: FieldErrors, status = 200) {
    const org = await findPublicAgency({ db: deps.db }, req.params.slug)
    const manual = await publicManual({ db: deps.db }, org, req.params.key)
    if (!manual.version.manual.allowsOnline) return reply.redirect(`/o/${org.slug}/services/${manual.service.key}`, 303)
    const service = { ...manual.service, current: manual.version }
    return sendPage(reply, RequestFormPage({ ctx: pageContext(req, reply), org, mode: 'online', action: `/o/${org.slug}/services/${manual.service.key}/apply`, services: [service], staff: [], values: values ?? emptyRequestForm(manual.service.id), errors }), status)
  }

  app.get<{ Params: { slug: string; key: string } }>('/o/:slug/services/:key/apply', async (req, reply) => renderApply(req, reply))

  app.post<{ Params: { slug: string; key: string } }>('/o/:slug/services/:key/apply', async (req, reply) => {
    const org = await findPublicAgency({ db: deps.db }, req.params.slug)
    const manual = await publicManual({ db: deps.db }, org, req.params.key)
    await applications.check(req.ip, req.now)
    const values = { ...readRequestForm(req.body), service_id: manual.service.id, assigned_to: '' }
    try {
      const filed = await fileOnline({ db: deps.db, now: req.now }, org, values)
      await applications.record(req.ip, req.now)
      reply.header('cache-control', 'no-store')
      return sendPage(reply, RequestSlipPage({ ctx: pageContext(req, reply), org, filed }), 201)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return renderApply(req, reply, values, e.fields, 422)
    }
  })
}
