import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { ValidationError } from '../../errors.ts'
import { PUBLIC_POST_LIMIT, SourceLimiter, WRONG_CODE_LIMIT } from '../../platform/abuse-limits/source-limiter.ts'
import { DIRECTORY_SCOPE, organisationScope } from '../../platform/public-content/generations.ts'
import { formString } from '../../web/http/form-errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { emptyCommentForm, parseCommentForm, parseTriage, readCommentForm } from './comment-box.input.ts'
import { WRONG_FOLLOW_UP, followComment, publicAgency, staffComment, staffComments, submitComment, triageComment, youSaidWeDid, type StaffContext } from './comment-box.use-cases.ts'
import { CommentFollowUpPage } from './views/comment-follow-up.page.tsx'
import { CommentFormPage } from './views/comment-form.page.tsx'
import { CommentReceivedPage } from './views/comment-received.page.tsx'
import { PublicCommentsPage } from './views/public-comments.page.tsx'
import { StaffCommentPage, StaffCommentsPage } from './views/staff-comments.page.tsx'

type SlugParams = { Params: { slug: string } }
type IdParams = { Params: { id: string } }

/** The comment box (E5): no account, no JavaScript; nothing about the sender's connection is kept. */
export async function commentBoxRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  // Per source only, in the database (shared by instances, no address kept): see SourceLimiter.
  const comments = new SourceLimiter(deps.db, 'comment', PUBLIC_POST_LIMIT)
  const wrongCodes = new SourceLimiter(deps.db, 'comment-code', WRONG_CODE_LIMIT)
  const pub = (req: FastifyRequest) => ({ db: deps.db, now: req.now })
  const staff = (req: FastifyRequest): StaffContext => ({ db: deps.db, actor: requireActor(req), now: req.now, baseUrl: deps.config.baseUrl, privateKey: req.session?.privateKey ?? null })

  app.get<SlugParams>('/o/:slug/comments', async (req, reply) => {
    const org = await publicAgency(deps.db, req.params.slug)
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(org.id)], async () => PublicCommentsPage({ ctx: pageContext(req, reply), view: await youSaidWeDid(pub(req), org) }))
  })

  app.get<SlugParams>('/o/:slug/comments/new', async (req, reply) => {
    const org = await publicAgency(deps.db, req.params.slug)
    return sendPage(reply, CommentFormPage({ ctx: pageContext(req, reply), org, values: emptyCommentForm() }))
  })

  app.post<SlugParams>('/o/:slug/comments/new', async (req, reply) => {
    const org = await publicAgency(deps.db, req.params.slug)
    await comments.check(req.ip, req.now)
    const values = readCommentForm(req.body)
    let input
    try {
      input = parseCommentForm(values)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return sendPage(reply, CommentFormPage({ ctx: pageContext(req, reply), org, values, errors: e.fields }), 422)
    }
    const filed = await submitComment(pub(req), org, input)
    await comments.record(req.ip, req.now)
    return sendPage(reply, CommentReceivedPage({ ctx: pageContext(req, reply), org, ...filed }))
  })

  app.get<SlugParams>('/o/:slug/comments/follow-up', async (req, reply) => {
    const org = await publicAgency(deps.db, req.params.slug)
    return sendPage(reply, CommentFollowUpPage({ ctx: pageContext(req, reply), org, values: { reference: '', code: '' } }))
  })

  app.post<SlugParams>('/o/:slug/comments/follow-up', async (req, reply) => {
    const org = await publicAgency(deps.db, req.params.slug)
    await wrongCodes.check(req.ip, req.now)
    const values = { reference: formString(req.body, 'reference'), code: formString(req.body, 'code') }
    const found = await followComment(pub(req), org, values.reference, values.code)
    if (!found) {
      await wrongCodes.record(req.ip, req.now)
      return sendPage(reply, CommentFollowUpPage({ ctx: pageContext(req, reply), org, values, errors: { reference: WRONG_FOLLOW_UP } }), 422)
    }
    return sendPage(reply, CommentFollowUpPage({ ctx: pageContext(req, reply), org, values, found }))
  })

  app.get<{ Querystring: { org?: string } }>('/staff/comments', async (req, reply) => {
    const list = await staffComments(staff(req), typeof req.query.org === 'string' && req.query.org ? req.query.org : null)
    return sendPage(reply, StaffCommentsPage({ ctx: pageContext(req, reply), list }))
  })

  app.get<IdParams>('/staff/comments/:id', async (req, reply) => {
    const view = await staffComment(staff(req), req.params.id)
    return sendPage(reply, StaffCommentPage({ ctx: pageContext(req, reply), comment: view.comment, commenter: view.commenter, mayForward: view.mayForward }))
  })

  app.post<IdParams>('/staff/comments/:id/triage', async (req, reply) => {
    const ctx = staff(req)
    try {
      await triageComment(ctx, req.params.id, parseTriage(req.body))
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      const view = await staffComment(ctx, req.params.id)
      const values = Object.fromEntries(['action', 'reply', 'what_changed', 'publish', 'complaint_kind'].map((f) => [f, formString(req.body, f)]))
      return sendPage(reply, StaffCommentPage({ ctx: pageContext(req, reply), comment: view.comment, commenter: view.commenter, mayForward: view.mayForward, values, errors: e.fields }), 422)
    }
    setFlash(reply, { th: 'บันทึกแล้ว', en: 'Saved' })
    return reply.redirect(`/staff/comments/${req.params.id}`, 303)
  })
}
