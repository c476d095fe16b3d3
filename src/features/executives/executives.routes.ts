import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { executivesApiRoutes } from './executives.api.ts'
import { executivesPublicRoutes } from './executives-public.routes.tsx'
import { executivesStaffRoutes } from './executives-staff.routes.tsx'

/** Executives with photos (C1): the staff pages that keep the list, the public page and open data, each in its own scope. */
export async function executivesRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  for (const register of [executivesPublicRoutes, executivesStaffRoutes, executivesApiRoutes]) {
    await app.register(async (scope) => register(scope, deps))
  }
}
