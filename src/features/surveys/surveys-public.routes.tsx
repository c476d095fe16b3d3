import { randomBytes } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { SourceLimiter } from '../../platform/abuse-limits/source-limiter.ts'
import { ValidationError } from '../../errors.ts'
import type { Answers } from '../../platform/forms/form-answers.ts'
import { readAnswers } from '../../platform/forms/form-fields.ts'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { formString } from '../../web/http/form-errors.ts'
import { cookieOptions, pageContext, sendPage } from '../../web/http/request-context.ts'
import { alreadyAnswered, answerPage, submitAnswer } from './surveys.use-cases.ts'
import { AnswerSurveyPage, ThanksPage } from './views/answer.page.tsx'

type IdParams = { Params: { id: string } }
/** A random id per browser, only to refuse a repeat answer on open surveys; never linked to an answer. */
export const DEVICE_COOKIE = 'prongsai_sv'

/** /s/:id — where people answer (QR poster, e-mailed link, printed code). */
export async function surveysPublicRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  // Per source only, in the database (shared by instances, no address kept): see SourceLimiter.
  const limits = new SourceLimiter(deps.db, 'survey-answer', { max: 20, windowSeconds: 10 * 60 })
  const deviceOf = (req: FastifyRequest) => {
    const v = req.cookies[DEVICE_COOKIE]
    return typeof v === 'string' && /^[A-Za-z0-9_-]{16,64}$/.test(v) ? v : null
  }
  const ensureDevice = (req: FastifyRequest, reply: FastifyReply) => {
    const have = deviceOf(req)
    if (have) return have
    const id = randomBytes(18).toString('base64url')
    reply.setCookie(DEVICE_COOKIE, id, { ...cookieOptions(deps.secureCookies, 365 * 24 * 3600), path: '/s/' })
    return id
  }

  app.get<IdParams & { Querystring: { t?: string } }>('/s/:id', async (req, reply) => {
    const page = await answerPage(deps.db, req.params.id, req.now)
    const token = typeof req.query.t === 'string' ? req.query.t.slice(0, 64) : ''
    const device = page.survey.mode === 'open' ? ensureDevice(req, reply) : null
    const answered = page.accepting && (await alreadyAnswered(deps.db, page.survey, token, device))
    reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer')
    return sendPage(reply, AnswerSurveyPage({ ctx: pageContext(req, reply), page, answers: {}, token, code: '', answered }))
  })

  app.post<IdParams>('/s/:id', async (req, reply) => {
    const page = await answerPage(deps.db, req.params.id, req.now)
    const answers: Answers = readAnswers(page.definition, req.body, {})
    const token = formString(req.body, 't').slice(0, 64)
    const code = formString(req.body, 'code').slice(0, 32)
    if (page.survey.mode !== 'confidential') await limits.check(req.ip, req.now)
    try {
      await submitAnswer(deps.db, page.survey.id, { answers, token: token || code, deviceId: page.survey.mode === 'open' ? ensureDevice(req, reply) : null }, req.now)
    } catch (e) {
      if (e instanceof ValidationError) {
        reply.header('cache-control', 'no-store')
        return sendPage(reply, AnswerSurveyPage({ ctx: pageContext(req, reply), page, answers, token, code, errors: e.fields }), 422)
      }
      throw e
    }
    if (page.survey.mode !== 'confidential') await limits.record(req.ip, req.now)
    return reply.redirect(`/s/${page.survey.id}/thanks`, 303)
  })

  app.get<IdParams>('/s/:id/thanks', async (req, reply) => {
    const page = await answerPage(deps.db, req.params.id, req.now)
    return sendPage(reply, ThanksPage({ ctx: pageContext(req, reply), page }))
  })
}
