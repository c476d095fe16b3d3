import { sql } from 'kysely'
import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'

/** Liveness (the process answers) and readiness (the database answers), for load balancers. */
export function healthRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  app.get('/healthz', { logLevel: 'warn' }, async () => ({ status: 'ok' }))
  app.get('/readyz', { logLevel: 'warn' }, async (_req, reply) => {
    try {
      await sql`SELECT 1`.execute(deps.db)
      return { status: 'ok', database: deps.engine }
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: deps.engine })
    }
  })
}
