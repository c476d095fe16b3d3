import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { honourRollPublicRoutes } from './honour-roll-public.routes.tsx'
import { honourRollStaffRoutes } from './honour-roll-staff.routes.tsx'

/** The honour roll (A6): staff pages and the public page, each in its own scope. */
export async function honourRollRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  for (const register of [honourRollPublicRoutes, honourRollStaffRoutes]) {
    await app.register(async (scope) => register(scope, deps))
  }
}
