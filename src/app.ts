import { randomUUID } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import Fastify, { type FastifyInstance } from 'fastify'
import formbody from '@fastify/formbody'
import cookie from '@fastify/cookie'
import csrf from '@fastify/csrf-protection'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import { registerRequestContext } from './web/http/request-context.ts'
import { registerErrorHandling } from './web/http/error-handler.ts'
import { loggerOptions } from './web/http/logging.ts'
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
import { procurementRoutes } from './features/procurement/index.ts'
import { executivesRoutes } from './features/executives/index.ts'
import { contentIncidentRoutes } from './features/content-incidents/index.ts'
import { oversightReportRoutes } from './features/oversight-reports/index.ts'

export type { AppDeps }

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** Builds the whole application without listening, so tests drive it with inject() or a port of their own. */
export async function createApp(deps: AppDeps): Promise<FastifyInstance> {
  const secureCookies = deps.config.baseUrl.startsWith('https://')
  const app = Fastify({
    logger: deps.config.logLevel === 'silent' ? false : { ...loggerOptions(deps.config.logLevel), ...(deps.logStream ? { stream: deps.logStream } : {}) },
    genReqId: (req) => {
      const given = req.headers['x-request-id']
      return typeof given === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(given) ? given : randomUUID()
    },
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  })
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id)
  })

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
  await app.register(csrf, { cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: secureCookies } })
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

  registerRequestContext(app, { db: deps.db, clock: deps.clock, secureCookies })
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
    procurementRoutes,
    executivesRoutes,
    contentIncidentRoutes,
    oversightReportRoutes,
  ]
  const publicPages = createPublicPageCache(deps.db)
  for (const register of features) await app.register(async (scope) => register(scope, { ...deps, secureCookies, publicPages }))
  return app
}

