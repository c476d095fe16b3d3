import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { ValidationError } from '../../errors.ts'
import { PUBLIC_POST_LIMIT, SourceLimiter, WRONG_CODE_LIMIT } from '../../platform/abuse-limits/source-limiter.ts'
import { renderExport } from '../../platform/exports/index.ts'
import { DIRECTORY_SCOPE, organisationScope } from '../../platform/public-content/generations.ts'
import { formString } from '../../web/http/form-errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { infoRequestApiRoutes } from './info-requests.api.ts'
import { statisticsTable } from './info-requests-statistics.ts'
import { STEP_FIELDS, emptyRequestForm, parseRequestForm, parseStep, readRequestForm } from './info-requests.input.ts'
import {
  WRONG_FOLLOW_UP,
  assignRequest,
  counterForm,
  followUp,
  infoCentre,
  publicAgency,
  recordCounterRequest,
  requestStatistics,
  staffList,
  staffRequest,
  submitRequest,
  takeStep,
  type StaffContext,
} from './info-requests.use-cases.ts'
import { FollowUpPage } from './views/follow-up.page.tsx'
import { InfoCentrePage } from './views/info-centre.page.tsx'
import { RequestFormPage } from './views/request-form.page.tsx'
import { RequestReceivedPage } from './views/request-received.page.tsx'
import { StaffListPage } from './views/staff-list.page.tsx'
import { StaffRequestPage } from './views/staff-request.page.tsx'
import { StatisticsPage } from './views/statistics.page.tsx'

type SlugParams = { Params: { slug: string } }
type IdParams = { Params: { id: string } }
type OrgQuery = { Querystring: { org?: string } }


/** Official-information requests (E6): the public information centre and requests, and the officers' side. */
export async function informationRequestRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  // Per source only, in the database (shared by instances, no address kept): see SourceLimiter.
  const requests = new SourceLimiter(deps.db, 'information-request', PUBLIC_POST_LIMIT)
  const wrongCodes = new SourceLimiter(deps.db, 'information-request-code', WRONG_CODE_LIMIT)
  const pub = (req: FastifyRequest) => ({ db: deps.db, now: req.now })
  const staff = (req: FastifyRequest): StaffContext => ({ db: deps.db, actor: requireActor(req), now: req.now, baseUrl: deps.config.baseUrl })
  const orgParam = (req: FastifyRequest<OrgQuery>) => (typeof req.query.org === 'string' && req.query.org ? req.query.org : null)
  infoRequestApiRoutes(app, deps)

  app.get<SlugParams>('/o/:slug/information', async (req, reply) => {
    const org = await publicAgency(deps.db, req.params.slug)
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(org.id)], async () => InfoCentrePage({ ctx: pageContext(req, reply), centre: await infoCentre(pub(req), org) }))
  })

  app.get<SlugParams>('/o/:slug/information/statistics', async (req, reply) => {
    const org = await publicAgency(deps.db, req.params.slug)
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(org.id)], async () => StatisticsPage({ ctx: pageContext(req, reply), stats: await requestStatistics(pub(req), org) }))
  })

  app.get<SlugParams>('/o/:slug/information/statistics.xlsx', async (req, reply) => {
    const org = await publicAgency(deps.db, req.params.slug)
    return sendExport(reply, await renderExport(statisticsTable(await requestStatistics(pub(req), org), req.locale), 'xlsx', `information-requests-${org.slug}`))
  })

  app.get<SlugParams>('/o/:slug/information/request', async (req, reply) => {
    const org = await publicAgency(deps.db, req.params.slug)
    return sendPage(reply, RequestFormPage({ ctx: pageContext(req, reply), org, values: emptyRequestForm(), counter: false }))
  })

  app.post<SlugParams>('/o/:slug/information/request', async (req, reply) => {
    const org = await publicAgency(deps.db, req.params.slug)
    await requests.check(req.ip, req.now)
    const values = readRequestForm(req.body)
    let input
    try {
      input = parseRequestForm(values, false)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return sendPage(reply, RequestFormPage({ ctx: pageContext(req, reply), org, values, errors: e.fields, counter: false }), 422)
    }
    const filed = await submitRequest(pub(req), org, input)
    await requests.record(req.ip, req.now)
    // The follow-up code exists only in this response.
    return sendPage(reply, RequestReceivedPage({ ctx: pageContext(req, reply), org, ...filed }))
  })

  app.get<SlugParams>('/o/:slug/information/follow-up', async (req, reply) => {
    const org = await publicAgency(deps.db, req.params.slug)
    return sendPage(reply, FollowUpPage({ ctx: pageContext(req, reply), org, values: { number: '', code: '' } }))
  })

  app.post<SlugParams>('/o/:slug/information/follow-up', async (req, reply) => {
    const org = await publicAgency(deps.db, req.params.slug)
    await wrongCodes.check(req.ip, req.now)
    const values = { number: formString(req.body, 'number'), code: formString(req.body, 'code') }
    const found = await followUp(pub(req), org, values.number, values.code)
    if (!found) {
      await wrongCodes.record(req.ip, req.now)
      return sendPage(reply, FollowUpPage({ ctx: pageContext(req, reply), org, values, errors: { number: WRONG_FOLLOW_UP } }), 422)
    }
    return sendPage(reply, FollowUpPage({ ctx: pageContext(req, reply), org, values, found }))
  })

  // ---- Staff ----

  app.get<OrgQuery>('/staff/information-requests', async (req, reply) => {
    return sendPage(reply, StaffListPage({ ctx: pageContext(req, reply), list: await staffList(staff(req), orgParam(req)) }))
  })

  app.get<OrgQuery>('/staff/information-requests/new', async (req, reply) => {
    const org = await counterForm(staff(req), orgParam(req))
    return sendPage(reply, RequestFormPage({ ctx: pageContext(req, reply), org, values: emptyRequestForm(), counter: true }))
  })

  app.post<OrgQuery>('/staff/information-requests/new', async (req, reply) => {
    const ctx = staff(req)
    const org = await counterForm(ctx, orgParam(req))
    const values = readRequestForm(req.body)
    let input
    try {
      input = parseRequestForm(values, true)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return sendPage(reply, RequestFormPage({ ctx: pageContext(req, reply), org, values, errors: e.fields, counter: true }), 422)
    }
    const filed = await recordCounterRequest(ctx, org.id, input)
    return sendPage(reply, RequestReceivedPage({ ctx: pageContext(req, reply), org, number: filed.number, code: filed.code, due: filed.due, staffLink: `/staff/information-requests/${filed.id}` }))
  })

  app.get<IdParams>('/staff/information-requests/:id', async (req, reply) => {
    return sendPage(reply, StaffRequestPage({ ctx: pageContext(req, reply), view: await staffRequest(staff(req), req.params.id) }))
  })

  app.post<IdParams>('/staff/information-requests/:id/step', async (req, reply) => {
    const ctx = staff(req)
    try {
      await takeStep(ctx, req.params.id, parseStep(req.body))
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      const values = Object.fromEntries(STEP_FIELDS.map((f) => [f, formString(req.body, f)]))
      return sendPage(reply, StaffRequestPage({ ctx: pageContext(req, reply), view: await staffRequest(ctx, req.params.id), values, errors: e.fields }), 422)
    }
    setFlash(reply, { th: 'บันทึกแล้ว', en: 'Saved' })
    return reply.redirect(`/staff/information-requests/${req.params.id}`, 303)
  })

  app.post<IdParams>('/staff/information-requests/:id/assign', async (req, reply) => {
    const ctx = staff(req)
    try {
      await assignRequest(ctx, req.params.id, formString(req.body, 'assignee'))
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return sendPage(reply, StaffRequestPage({ ctx: pageContext(req, reply), view: await staffRequest(ctx, req.params.id), errors: e.fields }), 422)
    }
    setFlash(reply, { th: 'มอบหมายแล้ว', en: 'Assigned' })
    return reply.redirect(`/staff/information-requests/${req.params.id}`, 303)
  })
}
