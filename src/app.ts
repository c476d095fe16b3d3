import { randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { fileURLToPath } from 'node:url'
import Fastify, { LogController, type FastifyInstance } from 'fastify'
import formbody from '@fastify/formbody'
import cookie from '@fastify/cookie'
import csrf from '@fastify/csrf-protection'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import { csrfBinding, registerRequestContext } from './web/http/request-context.ts'
import { sharedSecret } from './platform/crypto/app-secrets.ts'
import { registerRequestGuard } from './web/http/request-guard.ts'
import { recordRouteTable } from './web/http/route-table.ts'
import { registerErrorHandling, replyWithError } from './web/http/error-handler.ts'
import { loggerOptions, registerRequestLogging } from './web/http/logging.ts'
import { registerCompression } from './web/http/compression.ts'
import { serveHashedAsset } from './web/assets.ts'
import { registerOpenApi } from './web/http/openapi.ts'
import { createPublicPageCache } from './web/http/public-page-cache.ts'
import type { AppDeps } from './web/http/feature-deps.ts'
import { healthRoutes } from './features/health/health.routes.ts'
import { publicSiteRoutes } from './features/public-site/public-site.routes.tsx'
import { accountRoutes } from './features/accounts/accounts.routes.tsx'
import { organisationAdminRoutes } from './features/organisations/organisations.routes.tsx'
import { organisationApiRoutes } from './features/organisations/organisations.api.ts'
import { userAdminRoutes } from './features/users/users.routes.tsx'
import { auditRoutes } from './features/audit-log/audit-log.routes.tsx'
import { holidayRoutes } from './features/holidays/holidays.routes.tsx'
import { outboxRoutes } from './features/outbox/outbox.routes.tsx'
import { staffRoutes } from './features/staff-home/staff-home.routes.tsx'
import { complaintRoutes } from './features/complaints/complaints.routes.ts'
import { portalRoutes } from './features/portal/portal.routes.ts'
import { itaResultsRoutes } from './features/ita-results/ita-results.routes.tsx'
import { oitRoutes } from './features/oit/oit.routes.ts'
import { budgetRoutes } from './features/budget/index.ts'
import { developmentPlanRoutes } from './features/development-plan/index.ts'
import { performanceEvaluationRoutes } from './features/performance-evaluation/index.ts'
import { procurementRoutes } from './features/procurement/index.ts'
import { executivesRoutes } from './features/executives/index.ts'
import { honourRollRoutes } from './features/honour-roll/index.ts'
import { contentIncidentRoutes } from './features/content-incidents/index.ts'
import { siteIndexRoutes } from './features/site-index/index.ts'
import { webboardRoutes } from './features/webboard/index.ts'
import { informationRequestRoutes } from './features/information-requests/index.ts'
import { commentBoxRoutes } from './features/comment-box/index.ts'
import { consultationRoutes } from './features/consultations/index.ts'
import { servicesRoutes } from './features/services/index.ts'
import { conflictScreenRoutes } from './features/conflict-screen/index.ts'
import { giftsRoutes } from './features/gifts/index.ts'
import { propertyRoutes } from './features/property/index.ts'
import { meetingsRoutes } from './features/meetings/index.ts'
import { oversightReportRoutes } from './features/oversight-reports/index.ts'
import { risksRoutes } from './features/risks/index.ts'
import { delegationsRoutes } from './features/delegations/index.ts'
import { fairAuthorityRoutes } from './features/fair-authority/index.ts'
import { surveysRoutes } from './features/surveys/index.ts'

export type { AppDeps }

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** A caller's own request id (a proxy's) when it looks like one, else a new one. */
function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id']
  return typeof given === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(given) ? given : randomUUID()
}

/** Builds the whole application without listening, so tests drive it with inject() or a port of their own. */
export async function createApp(deps: AppDeps): Promise<FastifyInstance> {
  const secureCookies = deps.config.baseUrl.startsWith('https://')
  const publicPages = createPublicPageCache(deps.db)
  // Citizens' hits on cached public pages and hashed static files are answered before Fastify
  // (no routing, hooks or database): most of the traffic, at the cost of a map look-up.
  let logRaw: (req: IncomingMessage, status: number, id: string, started: number) => void = () => {}
  const answerFromMemory = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    const started = performance.now()
    const id = requestIdOf(req)
    const served = req.url?.startsWith('/assets/') ? serveHashedAsset(req, res, id) : publicPages.serveRaw(req, res, id)
    if (served) logRaw(req, res.statusCode, id, started)
    return served
  }
  const app = Fastify({
    logger: deps.config.logLevel === 'silent' ? false : { ...loggerOptions(deps.config.logLevel), ...(deps.logStream ? { stream: deps.logStream } : {}) },
    // Our own one line per request (web/http/logging.ts) replaces Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: requestIdOf,
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    serverFactory: (handler, opts) => {
      const server = createServer((req, res) => {
        if (!answerFromMemory(req, res)) handler(req, res)
      })
      // What Fastify sets on the server it makes itself.
      if (typeof opts.keepAliveTimeout === 'number') server.keepAliveTimeout = opts.keepAliveTimeout
      if (typeof opts.requestTimeout === 'number') server.requestTimeout = opts.requestTimeout
      if (typeof opts.connectionTimeout === 'number') server.setTimeout(opts.connectionTimeout)
      return server
    },
    // A path the router cannot even decode (a stray %, escapes that are not UTF-8) gets the same 400 page as every other bad request.
    frameworkErrors: (err, req, reply) => {
      // No hook has run yet: the request has no locale or clock of its own.
      req.locale ??= 'th'
      req.now ??= deps.clock()
      void replyWithError(Object.assign(err, { statusCode: 400 }), req, reply)
    },
  })
  logRaw = registerRequestLogging(app)
  recordRouteTable(app)
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id)
  })
  registerCompression(app)

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: secureCookies ? [] : null,
      },
    },
    hsts: secureCookies,
  })
  await app.register(formbody)
  await app.register(cookie)
  // Tokens are bound to the session (its cookie, hashed, under a key every instance shares), so a
  // token from before sign-in or from another session is refused.
  await app.register(csrf, {
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: secureCookies },
    getUserInfo: csrfBinding,
    csrfOpts: { hmacKey: await sharedSecret(deps.db, 'csrf-hmac') },
  })
  await app.register(rateLimit, { global: false })
  await app.register(fastifyStatic, {
    root: fileURLToPath(new URL('../public', import.meta.url)),
    prefix: '/assets/',
    maxAge: '1h',
  })
  await app.register(fastifyStatic, {
    root: fileURLToPath(new URL('../node_modules/@fontsource/sarabun/files', import.meta.url)),
    prefix: '/assets/fonts/',
    decorateReply: false,
    maxAge: '30d',
    immutable: true,
  })

  // Before the session look-up and every route: bytes no page can mean are refused here, once.
  registerRequestGuard(app)
  registerRequestContext(app, { db: deps.db, clock: deps.clock, secureCookies, baseUrl: deps.config.baseUrl })
  // Every state-changing request carries a CSRF token, whatever route it reaches.
  app.addHook('preHandler', (req, reply, done) => {
    if (STATE_CHANGING.has(req.method)) return app.csrfProtection(req, reply, done)
    done()
  })
  registerErrorHandling(app)
  await registerOpenApi(app)

  // One feature a line (appending one is a one-line change); each feature's routes stand alone.
  const features = [
    healthRoutes,
    publicSiteRoutes,
    accountRoutes,
    staffRoutes,
    organisationAdminRoutes,
    organisationApiRoutes,
    userAdminRoutes,
    auditRoutes,
    holidayRoutes,
    outboxRoutes,
    complaintRoutes,
    portalRoutes,
    itaResultsRoutes,
    oitRoutes,
    budgetRoutes,
    developmentPlanRoutes,
    performanceEvaluationRoutes,
    procurementRoutes,
    executivesRoutes,
    contentIncidentRoutes,
    siteIndexRoutes,
    webboardRoutes,
    informationRequestRoutes,
    commentBoxRoutes,
    consultationRoutes,
    servicesRoutes,
    conflictScreenRoutes,
    giftsRoutes,
    propertyRoutes,
    meetingsRoutes,
    oversightReportRoutes,
    risksRoutes,
    delegationsRoutes,
    fairAuthorityRoutes,
    surveysRoutes,
    honourRollRoutes,
  ]
  // Tests read its counters (how many answers came from memory before Fastify).
  app.decorate('publicPages', publicPages)
  for (const register of features) await app.register(async (scope) => register(scope, { ...deps, secureCookies, publicPages }))
  return app
}

