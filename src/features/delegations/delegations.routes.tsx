import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { NotFoundError, ValidationError } from '../../errors.ts'
import { acceptUploads, fileServiceFor, sendStoredFile } from '../../platform/files/index.ts'
import { DIRECTORY_SCOPE, organisationScope } from '../../platform/public-content/generations.ts'
import { todayInBangkok } from '../../platform/thai-calendar/index.ts'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import * as uc from './delegations.use-cases.ts'
import { DelegationsPage, type FormState } from './views/delegations.page.tsx'
import { PublicDelegationsPage } from './views/public-delegations.page.tsx'

const queryOrg = (req: FastifyRequest) => {
  const o = (req.query as { org?: string }).org
  return typeof o === 'string' && o ? o : undefined
}

/** Delegation and acting officials (G4): the agency's register of orders, and the public list of those in force. */
export async function delegationsRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const ctxOf = (req: FastifyRequest): uc.UseCaseContext => ({ db: deps.db, actor: requireActor(req), now: req.now })
  const render = async (req: FastifyRequest, reply: FastifyReply, slug: string | undefined, state?: FormState) =>
    sendPage(reply, DelegationsPage({ ctx: pageContext(req, reply), view: await uc.workspace(ctxOf(req), slug), state }), state ? 422 : 200)

  app.get('/staff/delegations', async (req, reply) => render(req, reply, queryOrg(req)))

  app.post('/staff/delegations/new', async (req, reply) => {
    try {
      await uc.issueOrder(ctxOf(req), queryOrg(req), req.body)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return render(req, reply, queryOrg(req), { values: uc.valuesOf(req.body, uc.ORDER_FIELDS), errors: e.fields, form: 'new' })
    }
    setFlash(reply, { th: 'บันทึกคำสั่งแล้ว', en: 'Order recorded' })
    const org = queryOrg(req)
    return reply.redirect(`/staff/delegations${org ? `?org=${encodeURIComponent(org)}` : ''}`, 303)
  })

  app.post<{ Params: { id: string } }>('/staff/delegations/:id/revoke', async (req, reply) => {
    let slug: string
    try {
      slug = (await uc.revokeOrder(ctxOf(req), req.params.id, req.body)).slug
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      const order = await deps.db.selectFrom('delegation_orders as d').innerJoin('organisations as o', 'o.id', 'd.organisation_id').select('o.slug').where('d.id', '=', req.params.id).executeTakeFirstOrThrow()
      return render(req, reply, order.slug, { values: uc.valuesOf(req.body, uc.REVOKE_FIELDS), errors: e.fields, form: req.params.id })
    }
    setFlash(reply, { th: 'ยกเลิกคำสั่งแล้ว', en: 'Order revoked' })
    return reply.redirect(`/staff/delegations?org=${encodeURIComponent(slug)}`, 303)
  })

  const files = fileServiceFor(deps)
  app.register(async (scope) => {
    const uploadsOf = await acceptUploads(scope, files, { fields: { order_file: { maxBytes: 10 * 1024 * 1024, allowed: ['pdf', 'image'] } }, acceptFrom: (req) => req.actor !== null })
    scope.post<{ Params: { id: string } }>('/staff/delegations/:id/file', async (req, reply) => {
      let slug: string
      try {
        slug = (await uc.attachOrderFile({ ...ctxOf(req), files }, req.params.id, uploadsOf(req).get('order_file'))).slug
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e
        const order = await deps.db.selectFrom('delegation_orders as d').innerJoin('organisations as o', 'o.id', 'd.organisation_id').select('o.slug').where('d.id', '=', req.params.id).executeTakeFirstOrThrow()
        return render(req, reply, order.slug, { values: {}, errors: e.fields, form: `file-${req.params.id}` })
      }
      setFlash(reply, { th: 'แนบไฟล์คำสั่งแล้ว', en: 'File attached' })
      return reply.redirect(`/staff/delegations?org=${encodeURIComponent(slug)}`, 303)
    })
  })
  app.get<{ Params: { slug: string; id: string } }>('/o/:slug/delegations/:id/file', async (req, reply) => sendStoredFile(req, reply, await uc.orderFile({ db: deps.db, files }, req.params.slug, req.params.id), { inline: true, cacheControl: 'public, no-cache' }))

  // Public, through the cache; the day is one of the scopes because an order comes into force and ends by date alone.
  app.get<{ Params: { slug: string } }>('/o/:slug/delegations', async (req, reply) => {
    const agency = await deps.db.selectFrom('organisations').select('id').where('slug', '=', req.params.slug).executeTakeFirst()
    if (!agency) throw new NotFoundError('organisation')
    const scopes = [DIRECTORY_SCOPE, organisationScope(agency.id), `day:${todayInBangkok(req.now)}`]
    return deps.publicPages.serve(req, reply, scopes, async () => PublicDelegationsPage({ ctx: pageContext(req, reply), view: await uc.publicDelegations({ db: deps.db }, req.params.slug, req.now) }))
  })
}
