import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FieldErrors } from '../../errors.ts'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { deleteSession } from '../../platform/auth/sessions.ts'
import { totpQrDataUrl } from '../../platform/auth/totp.ts'
import { attempt, formString } from '../../web/http/form-errors.ts'
import { TWO_FACTOR_SOURCE_LIMIT, checkSourceLimit, countSourceUse } from '../../platform/auth/attempt-throttle.ts'
import { CSRF_COOKIE, SESSION_COOKIE, cookieOptions, pageContext, safeLocalPath, sendPage } from '../../web/http/request-context.ts'
import { parseCode, parseSignIn } from './accounts.input.ts'
import { beginTotpEnrolment, completeSecondFactor, confirmTotpEnrolment, signIn, type AccountDeps } from './accounts.use-cases.ts'
import { SignInPage } from './views/sign-in.page.tsx'
import { TwoFactorPage } from './views/two-factor.page.tsx'

export function signInRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  // Generous for a shared office connection, tight for a password-guessing script.
  const SIGN_IN_RATE = { max: deps.config.signInRatePerMinute, timeWindow: '1 minute' }
  const accountDeps = (now: Date, source?: string): AccountDeps => ({ db: deps.db, now, ttlHours: deps.config.sessionTtlHours, baseUrl: deps.config.baseUrl, ...(source !== undefined ? { source } : {}) })
  const nextOf = (v: unknown) => {
    const p = safeLocalPath(v, '/staff')
    return p.startsWith('/sign-in') ? '/staff' : p
  }

  app.get('/sign-in', async (req, reply) => {
    if (req.actor) return reply.redirect('/staff', 303)
    return sendPage(reply, SignInPage({ ctx: pageContext(req, reply), next: nextOf((req.query as { next?: string }).next) }))
  })

  app.post('/sign-in', { config: { rateLimit: SIGN_IN_RATE } }, async (req, reply) => {
    const next = nextOf(formString(req.body, 'next'))
    const r = await attempt(() => signIn(accountDeps(req.now, req.ip), parseSignIn(req.body as Record<string, unknown>)))
    if (!r.ok) {
      return sendPage(reply, SignInPage({ ctx: pageContext(req, reply), email: formString(req.body, 'email'), next, errors: r.errors }), 422)
    }
    // A new session id, a new CSRF secret: nothing planted or seen before sign-in carries over.
    const previous = req.cookies[SESSION_COOKIE]
    if (previous) await deleteSession(deps.db, previous)
    reply.setCookie(SESSION_COOKIE, r.value.token, cookieOptions(deps.secureCookies))
    reply.clearCookie(CSRF_COOKIE, { path: '/' })
    if (r.value.next === 'challenge') return reply.redirect(`/sign-in/two-factor?next=${encodeURIComponent(next)}`, 303)
    if (r.value.next === 'enrol') return reply.redirect(`/sign-in/two-factor/setup?next=${encodeURIComponent(next)}`, 303)
    return reply.redirect(next, 303)
  })

  app.get('/sign-in/two-factor', async (req, reply) => {
    if (!req.pendingSession) return reply.redirect('/sign-in', 303)
    const next = nextOf((req.query as { next?: string }).next)
    return sendPage(reply, TwoFactorPage({ ctx: pageContext(req, reply), action: `/sign-in/two-factor?next=${encodeURIComponent(next)}` }))
  })

  app.post('/sign-in/two-factor', { config: { rateLimit: SIGN_IN_RATE } }, async (req, reply) => {
    const pending = req.pendingSession
    if (!pending) return reply.redirect('/sign-in', 303)
    const next = nextOf((req.query as { next?: string }).next)
    // Per source as well as per account: one address trying codes on many stolen passwords slows too.
    await checkSourceLimit(deps.db, 'two-factor-source', req.ip, req.now, TWO_FACTOR_SOURCE_LIMIT)
    const r = await attempt(async () => completeSecondFactor(accountDeps(req.now), pending, parseCode(req.body as Record<string, unknown>).code))
    if (!r.ok) await countSourceUse(deps.db, 'two-factor-source', req.ip, req.now, TWO_FACTOR_SOURCE_LIMIT)
    if (!r.ok) return sendPage(reply, TwoFactorPage({ ctx: pageContext(req, reply), action: req.url, errors: r.errors }), 422)
    return reply.redirect(next, 303)
  })

  const enrolmentPage = async (req: FastifyRequest, reply: FastifyReply, errors?: FieldErrors) => {
    const pending = req.pendingSession!
    const { secret, email } = await beginTotpEnrolment(accountDeps(req.now), pending.actor.userId)
    return sendPage(
      reply,
      TwoFactorPage({ ctx: pageContext(req, reply), action: req.url, enrol: { qrDataUrl: await totpQrDataUrl(secret, email), secret, required: true }, ...(errors ? { errors } : {}) }),
      errors ? 422 : 200,
    )
  }

  app.get('/sign-in/two-factor/setup', async (req, reply) => {
    if (!req.pendingSession) return reply.redirect('/sign-in', 303)
    return enrolmentPage(req, reply)
  })

  app.post('/sign-in/two-factor/setup', { config: { rateLimit: SIGN_IN_RATE } }, async (req, reply) => {
    const pending = req.pendingSession
    if (!pending) return reply.redirect('/sign-in', 303)
    await checkSourceLimit(deps.db, 'two-factor-setup-source', req.ip, req.now, TWO_FACTOR_SOURCE_LIMIT)
    const r = await attempt(async () => confirmTotpEnrolment(accountDeps(req.now), pending.actor.userId, parseCode(req.body as Record<string, unknown>).code, pending.tokenHash))
    if (!r.ok) {
      await countSourceUse(deps.db, 'two-factor-setup-source', req.ip, req.now, TWO_FACTOR_SOURCE_LIMIT)
      return enrolmentPage(req, reply, r.errors)
    }
    return reply.redirect(nextOf((req.query as { next?: string }).next), 303)
  })

  app.post('/sign-out', async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE]
    if (token) await deleteSession(deps.db, token)
    reply.clearCookie(SESSION_COOKIE, { path: '/' })
    reply.clearCookie(CSRF_COOKIE, { path: '/' })
    return reply.redirect('/', 303)
  })
}
