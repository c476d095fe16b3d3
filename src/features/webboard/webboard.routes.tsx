import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { ValidationError, type FieldErrors } from '../../errors.ts'
import { PUBLIC_POST_LIMIT, SourceLimiter, WRONG_CODE_LIMIT } from '../../platform/abuse-limits/source-limiter.ts'
import { DIRECTORY_SCOPE, organisationScope } from '../../platform/public-content/generations.ts'
import { formString } from '../../web/http/form-errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { webboardApiRoutes } from './webboard.api.ts'
import { isTopic } from './webboard.domain.ts'
import { emptyQuestionForm, parseAnswer, parseHelpful, parseModeration, parseQuestionForm, parseReplyForm, parseSettings, readQuestionForm, readReplyForm } from './webboard.input.ts'
import {
  WRONG_CODE,
  answerQuestion,
  askQuestion,
  assignQuestion,
  markHelpful,
  moderatePost,
  publicAgency,
  publicBoard,
  publicQuestion,
  replyToQuestion,
  saveWebboardSettings,
  servicesOf,
  settingsOf,
  staffBoard,
  staffBoardOfPost,
  staffQuestion,
  type StaffContext,
} from './webboard.use-cases.ts'
import { AskPage } from './views/ask.page.tsx'
import { AskedPage } from './views/asked.page.tsx'
import { PublicBoardPage } from './views/public-board.page.tsx'
import { PublicQuestionPage, type QuestionFormState } from './views/public-question.page.tsx'
import { SettingsPage } from './views/settings.page.tsx'
import { StaffBoardPage } from './views/staff-board.page.tsx'
import { StaffQuestionPage } from './views/staff-question.page.tsx'

type SlugParams = { Params: { slug: string } }
type QuestionParams = { Params: { slug: string; id: string } }
type IdParams = { Params: { id: string } }
type OrgQuery = { Querystring: { org?: string; topic?: string; service?: string } }


/** The webboard (E5): public pages need no account and no JavaScript; staff pages moderate and answer. */
export async function webboardRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  // Per source only, in the database (shared by instances, no address kept): see SourceLimiter.
  const posts = new SourceLimiter(deps.db, 'webboard-post', PUBLIC_POST_LIMIT)
  const wrongCodes = new SourceLimiter(deps.db, 'webboard-code', WRONG_CODE_LIMIT)
  const pub = (req: FastifyRequest) => ({ db: deps.db, now: req.now })
  const staff = (req: FastifyRequest): StaffContext => ({ db: deps.db, actor: requireActor(req), now: req.now, baseUrl: deps.config.baseUrl })
  const agencyOf = (slug: string) => publicAgency(deps.db, slug)
  webboardApiRoutes(app, deps)

  app.get<SlugParams & OrgQuery>('/o/:slug/webboard', async (req, reply) => {
    const org = await agencyOf(req.params.slug)
    const topic = typeof req.query.topic === 'string' && isTopic(req.query.topic) ? req.query.topic : null
    const service = typeof req.query.service === 'string' && req.query.service ? req.query.service : null
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(org.id)], async () => PublicBoardPage({ ctx: pageContext(req, reply), board: await publicBoard(pub(req), org, topic, service) }))
  })

  app.get<SlugParams>('/o/:slug/webboard/ask', async (req, reply) => {
    const org = await agencyOf(req.params.slug)
    return sendPage(reply, AskPage({ ctx: pageContext(req, reply), org, services: await servicesOf(deps.db, org), values: emptyQuestionForm() }))
  })

  app.post<SlugParams>('/o/:slug/webboard/ask', async (req, reply) => {
    const org = await agencyOf(req.params.slug)
    await posts.check(req.ip, req.now)
    const values = readQuestionForm(req.body)
    let asked
    try {
      asked = await askQuestion(pub(req), org, parseQuestionForm(values))
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return sendPage(reply, AskPage({ ctx: pageContext(req, reply), org, services: await servicesOf(deps.db, org), values, errors: e.fields }), 422)
    }
    await posts.record(req.ip, req.now)
    // Answered here, not behind a redirect: the asker's code exists only in this response (no-store).
    return sendPage(reply, AskedPage({ ctx: pageContext(req, reply), org, ...asked }))
  })

  async function renderQuestion(req: FastifyRequest, reply: FastifyReply, slug: string, id: string, state?: QuestionFormState) {
    const org = await agencyOf(slug)
    return sendPage(reply, PublicQuestionPage({ ctx: pageContext(req, reply), view: await publicQuestion(pub(req), org, id), state }), state ? 422 : 200)
  }

  app.get<QuestionParams>('/o/:slug/webboard/:id', async (req, reply) => renderQuestion(req, reply, req.params.slug, req.params.id))

  app.post<QuestionParams>('/o/:slug/webboard/:id/reply', async (req, reply) => {
    const org = await agencyOf(req.params.slug)
    await posts.check(req.ip, req.now)
    const values = readReplyForm(req.body)
    let input
    try {
      input = parseReplyForm(values)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return renderQuestion(req, reply, req.params.slug, req.params.id, { values, errors: e.fields, form: 'reply' })
    }
    const { published } = await replyToQuestion(pub(req), org, req.params.id, input)
    await posts.record(req.ip, req.now)
    setFlash(reply, published ? { th: 'เผยแพร่ความเห็นแล้ว', en: 'Reply published' } : { th: 'ได้รับความเห็นแล้ว จะแสดงเมื่อผ่านการตรวจสอบ', en: 'Reply received; it appears after moderation' })
    return reply.redirect(`/o/${org.slug}/webboard/${req.params.id}`, 303)
  })

  app.post<QuestionParams>('/o/:slug/webboard/:id/helpful', async (req, reply) => {
    const org = await agencyOf(req.params.slug)
    await wrongCodes.check(req.ip, req.now)
    const values = { code: formString(req.body, 'code'), helpful: formString(req.body, 'helpful') }
    let errors: FieldErrors | null = null
    try {
      const { code, helpful } = parseHelpful(req.body)
      if ((await markHelpful(pub(req), org, req.params.id, code, helpful)) === 'wrong_code') {
        await wrongCodes.record(req.ip, req.now)
        errors = { code: WRONG_CODE }
      }
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      errors = e.fields
    }
    if (errors) return renderQuestion(req, reply, req.params.slug, req.params.id, { values, errors, form: 'helpful' })
    setFlash(reply, { th: 'ขอบคุณสำหรับความเห็นต่อคำตอบ', en: 'Thank you for telling us' })
    return reply.redirect(`/o/${org.slug}/webboard/${req.params.id}`, 303)
  })

  // ---- Staff ----

  app.get<OrgQuery>('/staff/webboard', async (req, reply) => {
    const board = await staffBoard(staff(req), typeof req.query.org === 'string' && req.query.org ? req.query.org : null)
    return sendPage(reply, StaffBoardPage({ ctx: pageContext(req, reply), board }))
  })

  app.post<IdParams>('/staff/webboard/posts/:id/moderate', async (req, reply) => {
    const ctx = staff(req)
    try {
      const post = await moderatePost(ctx, req.params.id, parseModeration(req.body))
      setFlash(reply, { th: 'บันทึกผลการตรวจสอบแล้ว', en: 'Moderation saved' })
      return reply.redirect(`/staff/webboard?org=${post.organisation_id}`, 303)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      const board = await staffBoardOfPost(ctx, req.params.id)
      const values = { redact: formString(req.body, 'redact'), redact_reason: formString(req.body, 'redact_reason') }
      return sendPage(reply, StaffBoardPage({ ctx: pageContext(req, reply), board, state: { postId: req.params.id, values, errors: e.fields } }), 422)
    }
  })

  app.get<IdParams>('/staff/webboard/questions/:id', async (req, reply) => {
    return sendPage(reply, StaffQuestionPage({ ctx: pageContext(req, reply), view: await staffQuestion(staff(req), req.params.id) }))
  })

  app.post<IdParams>('/staff/webboard/questions/:id/answer', async (req, reply) => {
    const ctx = staff(req)
    try {
      await answerQuestion(ctx, req.params.id, parseAnswer(req.body))
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return sendPage(reply, StaffQuestionPage({ ctx: pageContext(req, reply), view: await staffQuestion(ctx, req.params.id), values: { answer: formString(req.body, 'answer') }, errors: e.fields }), 422)
    }
    setFlash(reply, { th: 'เผยแพร่คำตอบแล้ว', en: 'Answer published' })
    return reply.redirect(`/staff/webboard/questions/${req.params.id}`, 303)
  })

  app.post<IdParams>('/staff/webboard/questions/:id/assign', async (req, reply) => {
    const ctx = staff(req)
    try {
      await assignQuestion(ctx, req.params.id, formString(req.body, 'assignee'))
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return sendPage(reply, StaffQuestionPage({ ctx: pageContext(req, reply), view: await staffQuestion(ctx, req.params.id), errors: e.fields }), 422)
    }
    setFlash(reply, { th: 'บันทึกผู้รับผิดชอบแล้ว', en: 'Assignment saved' })
    return reply.redirect(`/staff/webboard/questions/${req.params.id}`, 303)
  })

  app.get<OrgQuery>('/staff/webboard/settings', async (req, reply) => {
    const { org, settings } = await settingsOf(staff(req), String(req.query.org ?? ''))
    const values = {
      answer_days: String(settings.answerDays),
      premoderate: settings.premoderate,
      blocked_words: settings.blockedWords,
      request_answer_days: String(settings.requestAnswerDays),
      request_extension_days: String(settings.requestExtensionDays),
      request_very_overdue_days: String(settings.requestVeryOverdueDays),
    }
    return sendPage(reply, SettingsPage({ ctx: pageContext(req, reply), org, values }))
  })

  app.post<OrgQuery>('/staff/webboard/settings', async (req, reply) => {
    const ctx = staff(req)
    const orgId = String(req.query.org ?? '')
    try {
      await saveWebboardSettings(ctx, orgId, parseSettings(req.body))
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      const { org } = await settingsOf(ctx, orgId)
      const values = {
        answer_days: formString(req.body, 'answer_days'),
        premoderate: formString(req.body, 'premoderate') === 'yes',
        blocked_words: formString(req.body, 'blocked_words'),
        request_answer_days: formString(req.body, 'request_answer_days'),
        request_extension_days: formString(req.body, 'request_extension_days'),
        request_very_overdue_days: formString(req.body, 'request_very_overdue_days'),
      }
      return sendPage(reply, SettingsPage({ ctx: pageContext(req, reply), org, values, errors: e.fields }), 422)
    }
    setFlash(reply, { th: 'บันทึกการตั้งค่าแล้ว', en: 'Settings saved' })
    return reply.redirect(`/staff/webboard?org=${orgId}`, 303)
  })
}
