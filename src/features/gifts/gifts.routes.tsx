import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { NotFoundError, ValidationError } from '../../errors.ts'
import { organisationScope, DIRECTORY_SCOPE } from '../../platform/public-content/generations.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { yearlySummaryFile } from './gifts-summary-export.ts'
import { DECLARATION_FIELDS, DONATION_FIELDS, valuesOf } from './gifts.input.ts'
import { acceptUploads, fileServiceFor, sendStoredFile } from '../../platform/files/index.ts'
import { giftsApiRoutes } from './gifts.api.ts'
import * as uc from './gifts.use-cases.ts'
import type { FormState } from './views/form-state.ts'
import { NewDonationPage, NewGiftPage } from './views/gift-forms.page.tsx'
import { DonationPage, GiftPage } from './views/gift.page.tsx'
import { GiftsRegisterPage } from './views/gifts-register.page.tsx'
import { PublicDonationsPage } from './views/public-donations.page.tsx'

type IdParams = { Params: { id: string } }

async function attempt(run: () => Promise<void>, values: Record<string, string>, render: (s: FormState) => Promise<FastifyReply>): Promise<FastifyReply | null> {
  try {
    await run()
    return null
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e
    return render({ values, errors: e.fields })
  }
}

/** Gifts and donations (F4): the staff register and the public list of donations. */
export async function giftsRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const ctxOf = (req: FastifyRequest): uc.UseCaseContext => ({ db: deps.db, actor: requireActor(req), now: req.now, baseUrl: deps.config.baseUrl })
  giftsApiRoutes(app, deps)

  app.get('/staff/gifts', async (req, reply) => sendPage(reply, GiftsRegisterPage({ ctx: pageContext(req, reply), view: await uc.register(ctxOf(req)) })))

  app.get('/staff/gifts/new', async (req, reply) => {
    await uc.mayDeclareGift(ctxOf(req))
    return sendPage(reply, NewGiftPage({ ctx: pageContext(req, reply) }))
  })
  app.post('/staff/gifts/new', async (req, reply) => {
    let id = ''
    const values = valuesOf(req.body, DECLARATION_FIELDS)
    const failed = await attempt(async () => void (id = await uc.declareGift(ctxOf(req), req.body)), values, async (s) => sendPage(reply, NewGiftPage({ ctx: pageContext(req, reply), state: s }), 422))
    if (failed) return failed
    setFlash(reply, { th: 'บันทึกแล้ว', en: 'Recorded' })
    return reply.redirect(`/staff/gifts/${id}`, 303)
  })

  app.get('/staff/gifts/donations/new', async (req, reply) => {
    await uc.mayProposeDonation(ctxOf(req))
    return sendPage(reply, NewDonationPage({ ctx: pageContext(req, reply) }))
  })
  app.post('/staff/gifts/donations/new', async (req, reply) => {
    let id = ''
    const values = valuesOf(req.body, DONATION_FIELDS)
    const failed = await attempt(async () => void (id = await uc.proposeDonation(ctxOf(req), req.body)), values, async (s) => sendPage(reply, NewDonationPage({ ctx: pageContext(req, reply), state: s }), 422))
    if (failed) return failed
    setFlash(reply, { th: 'เสนอหัวหน้าอนุมัติแล้ว', en: 'Sent for approval' })
    return reply.redirect(`/staff/gifts/donations/${id}`, 303)
  })

  const renderDonation = async (req: FastifyRequest, reply: FastifyReply, id: string, state?: FormState) => sendPage(reply, DonationPage({ ctx: pageContext(req, reply), view: await uc.donationView(ctxOf(req), id), state }), state ? 422 : 200)
  app.get<IdParams>('/staff/gifts/donations/:id', async (req, reply) => renderDonation(req, reply, req.params.id))
  for (const [path, run, fields] of [
    ['decide', uc.decideDonation, ['decision', 'reason']],
    ['accept', uc.acceptDonation, ['accepted_on-day', 'accepted_on-month', 'accepted_on-year', 'receipt_number']],
  ] as const) {
    app.post<IdParams>(`/staff/gifts/donations/:id/${path}`, async (req, reply) => {
      const id = req.params.id
      const failed = await attempt(() => run(ctxOf(req), id, req.body), valuesOf(req.body, fields), (s) => renderDonation(req, reply, id, s))
      if (failed) return failed
      setFlash(reply, { th: 'บันทึกแล้ว', en: 'Saved' })
      return reply.redirect(`/staff/gifts/donations/${id}`, 303)
    })
  }

  app.get<{ Params: { year: string; format: string } }>('/staff/gifts/summary/:year.:format', async (req, reply) => {
    const year = Number(req.params.year)
    const format = req.params.format
    if (!Number.isInteger(year) || year < 2500 || year > 2700 || (format !== 'docx' && format !== 'xlsx')) throw new NotFoundError('summary')
    return sendExport(reply, await yearlySummaryFile(await uc.yearlySummary(ctxOf(req), year), year, format))
  })

  const renderGift = async (req: FastifyRequest, reply: FastifyReply, id: string, state?: FormState) => sendPage(reply, GiftPage({ ctx: pageContext(req, reply), view: await uc.declarationView(ctxOf(req), id), state }), state ? 422 : 200)
  app.get<IdParams>('/staff/gifts/:id', async (req, reply) => renderGift(req, reply, req.params.id))
  const files = fileServiceFor(deps)
  app.get<IdParams>('/staff/gifts/:id/nacc-form', async (req, reply) => sendStoredFile(req, reply, await uc.naccForm({ ...ctxOf(req), files }, req.params.id), { inline: true }))
  app.register(async (scope) => {
    const uploadsOf = await acceptUploads(scope, files, { fields: { nacc_form: { maxBytes: uc.NACC_FORM_MAX_BYTES, allowed: ['pdf', 'image'] } }, acceptFrom: (req) => req.actor !== null })
    scope.post<IdParams>('/staff/gifts/:id/nacc-form', async (req, reply) => {
      const id = req.params.id
      const failed = await attempt(() => uc.attachNaccForm({ ...ctxOf(req), files }, id, uploadsOf(req).get('nacc_form')), {}, (s) => renderGift(req, reply, id, s))
      if (failed) return failed
      setFlash(reply, { th: 'แนบแบบรายงานแล้ว', en: 'Form attached' })
      return reply.redirect(`/staff/gifts/${id}`, 303)
    })
  })
  app.post<IdParams>('/staff/gifts/:id/submit', async (req, reply) => {
    await uc.submitGift(ctxOf(req), req.params.id)
    setFlash(reply, { th: 'รายงานหัวหน้าส่วนราชการแล้ว', en: 'Declared to the head' })
    return reply.redirect(`/staff/gifts/${req.params.id}`, 303)
  })
  app.post<IdParams>('/staff/gifts/:id/rule', async (req, reply) => {
    const id = req.params.id
    const failed = await attempt(() => uc.ruleGift(ctxOf(req), id, req.body), valuesOf(req.body, ['ruling', 'reason']), (s) => renderGift(req, reply, id, s))
    if (failed) return failed
    setFlash(reply, { th: 'บันทึกผลการวินิจฉัยแล้ว', en: 'Ruling recorded' })
    return reply.redirect(`/staff/gifts/${id}`, 303)
  })

  app.get<{ Params: { slug: string } }>('/o/:slug/donations', async (req, reply) => {
    const { agency } = await uc.publicDonations(deps.db, req.params.slug)
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(agency.id)], async () => {
      const { donations } = await uc.publicDonations(deps.db, req.params.slug)
      return PublicDonationsPage({ ctx: pageContext(req, reply), agency, donations })
    })
  })
}
