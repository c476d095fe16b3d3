import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { ValidationError, type FieldErrors } from '../../errors.ts'
import { contentDisposition, downloadName, type FileService } from '../../platform/files/index.ts'
import { formString } from '../../web/http/form-errors.ts'
import { pageContext, sendPage, setFlash } from '../../web/http/request-context.ts'
import type { ComplaintAbuseLimits } from './complaint-abuse-limits.ts'
import { acceptEvidence, collectEvidence, keepForCorrection, keptReferencesOf, type KeptEvidence } from './complaint-evidence.ts'
import { FOLLOW_UP_COOKIE, clearFollowUp, readFollowUp, setFollowUp, type FollowUp } from './complaint-follow-up-cookie.ts'
import { addComplainantMessage, complainantAttachment, complainantCase, openWithReceipt, requestReview, type ComplaintDeps } from './complaint-intake.use-cases.ts'
import { normaliseReceipt } from './receipt.domain.ts'
import { CitizenAcknowledgementPage } from './views/citizen-acknowledgement.page.tsx'
import { CitizenCasePage } from './views/citizen-case.page.tsx'
import { CitizenFollowUpPage } from './views/citizen-follow-up.page.tsx'

type Shared = { limits: ComplaintAbuseLimits; files: FileService; useCaseDeps: (req: FastifyRequest) => ComplaintDeps }

/**
 * Opens a case with a typed receipt, within the limits on guessing. Only a well-formed receipt
 * that matches nothing counts as a guess: a mistyped one is refused without the slow derivation.
 */
export async function tryReceipt(limits: ComplaintAbuseLimits, deps: ComplaintDeps, req: FastifyRequest, typed: string): Promise<{ ok: true; value: FollowUp } | { ok: false; errors: FieldErrors }> {
  await limits.checkReceiptAttempt(req.ip, req.now)
  try {
    return { ok: true, value: await openWithReceipt(deps, typed) }
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e
    if (normaliseReceipt(typed)) await limits.recordWrongReceipt(req.ip, req.now)
    return { ok: false, errors: e.fields }
  }
}

/** Everything the receipt opens: the case, its files, the acknowledgement, the reply form; and leaving. */
export async function complaintFollowUpRoutes(app: FastifyInstance, deps: FeatureDeps, shared: Shared): Promise<void> {
  const { limits, files, useCaseDeps } = shared

  /** The case this browser follows; without one, the way back is the receipt. */
  async function following(req: FastifyRequest, reply: FastifyReply): Promise<FollowUp | null> {
    const f = await readFollowUp(deps.db, req, req.now)
    if (!f) {
      const expired = req.cookies[FOLLOW_UP_COOKIE] !== undefined
      if (expired) clearFollowUp(reply, deps.secureCookies)
      await reply.header('cache-control', 'no-store').redirect(expired ? '/complaints/follow-up?expired=1' : '/complaints/follow-up', 303)
      return null
    }
    return f
  }

  async function renderCase(req: FastifyRequest, reply: FastifyReply, f: FollowUp, form: { body?: string; errors?: FieldErrors; kept?: readonly KeptEvidence[]; review?: string } = {}) {
    const c = await complainantCase(useCaseDeps(req), f.complaintId, f.key)
    // Each visit gives another half hour.
    await setFollowUp(deps.db, reply, f, req.now, deps.secureCookies)
    return sendPage(reply, CitizenCasePage({ ctx: pageContext(req, reply), c, ...form }), form.errors ? 422 : 200)
  }

  app.get<{ Querystring: { expired?: string } }>('/complaints/follow-up', async (req, reply) => {
    return sendPage(reply, CitizenFollowUpPage({ ctx: pageContext(req, reply), receipt: '', expired: req.query.expired === '1' }))
  })

  app.post('/complaints/follow-up', async (req, reply) => {
    const typed = formString(req.body, 'receipt')
    const opened = await tryReceipt(limits, useCaseDeps(req), req, typed)
    if (!opened.ok) return sendPage(reply, CitizenFollowUpPage({ ctx: pageContext(req, reply), receipt: typed, errors: opened.errors }), 422)
    await setFollowUp(deps.db, reply, opened.value, req.now, deps.secureCookies)
    return reply.header('cache-control', 'no-store').redirect('/complaints/case', 303)
  })

  app.get('/complaints/case', async (req, reply) => {
    const f = await following(req, reply)
    return f ? renderCase(req, reply, f) : reply
  })

  app.get<{ Params: { id: string } }>('/complaints/case/attachments/:id', async (req, reply) => {
    const f = await following(req, reply)
    if (!f) return reply
    const file = await complainantAttachment(useCaseDeps(req), f.complaintId, f.key, req.params.id)
    // Never shown as a page of this site, never cached: it may be the evidence of a whistleblower.
    return reply
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'no-store')
      .header('content-disposition', contentDisposition('attachment', downloadName(file.name, file.mime)))
      .type(file.mime)
      .send(file.bytes)
  })

  app.get('/complaints/case/acknowledgement', async (req, reply) => {
    const f = await following(req, reply)
    if (!f) return reply
    const c = await complainantCase(useCaseDeps(req), f.complaintId, f.key)
    return sendPage(reply, CitizenAcknowledgementPage({ ctx: pageContext(req, reply), c, printedAt: req.now }))
  })

  // A complainant who disagrees with the result asks the head for a review.
  app.post('/complaints/case/review', async (req, reply) => {
    const f = await following(req, reply)
    if (!f) return reply
    const review = formString(req.body, 'review')
    try {
      await requestReview(useCaseDeps(req), f.complaintId, f.key, review)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return renderCase(req, reply, f, { review, errors: e.fields })
    }
    setFlash(reply, { th: 'ส่งคำขอให้ทบทวนผลถึงผู้บริหารของหน่วยงานแล้ว', en: 'Your request for a review was sent to the head of the agency' })
    return reply.header('cache-control', 'no-store').redirect('/complaints/case', 303)
  })

  app.post('/complaints/case/leave', async (req, reply) => {
    clearFollowUp(reply, deps.secureCookies)
    setFlash(reply, { th: 'ออกจากเรื่องร้องเรียนแล้ว หากต้องการดูอีก ให้กรอกรหัสติดตามเรื่อง', en: 'You have left the complaint. Enter the receipt to open it again.' })
    return reply.header('cache-control', 'no-store').redirect('/complaints/follow-up', 303)
  })

  // Replies carry files; the case is known (from the cookie) before they are read, and files from
  // anyone not following a case are read past and never written.
  await app.register(async (scope) => {
    const known = new WeakMap<FastifyRequest, FollowUp | null>()
    scope.addHook('onRequest', async (req) => {
      known.set(req, await readFollowUp(deps.db, req, req.now))
    })
    const evidenceOf = await acceptEvidence(scope, files, (req) => !!known.get(req))

    scope.post('/complaints/case/messages', async (req, reply) => {
      const f = known.get(req) ?? (await following(req, reply))
      if (!f) return reply
      const body = formString(req.body, 'body')
      const evidence = await collectEvidence(deps.db, evidenceOf(req), keptReferencesOf(req.body))
      let errors: FieldErrors = evidence.errors
      if (Object.keys(errors).length === 0) {
        try {
          await addComplainantMessage(useCaseDeps(req), f.complaintId, f.key, body, evidence.files)
          setFlash(reply, { th: 'ส่งข้อความถึงหน่วยงานแล้ว', en: 'Your message was sent to the agency' })
          return reply.header('cache-control', 'no-store').redirect('/complaints/case#messages', 303)
        } catch (e) {
          if (!(e instanceof ValidationError)) throw e
          errors = e.fields
        }
      }
      const kept = await keepForCorrection(deps.db, evidence.files, req.now)
      return renderCase(req, reply, f, { body, errors, kept })
    })
  })
}
