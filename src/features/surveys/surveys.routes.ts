import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { surveysPublicRoutes } from './surveys-public.routes.tsx'
import { surveysResultsRoutes } from './surveys-results.routes.tsx'
import { surveysStaffRoutes } from './surveys-staff.routes.tsx'

/** Surveys (B3, E4, G2 surveys) on the form engine: staff pages, the answer page and published results, each in its own scope. */
export async function surveysRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  for (const register of [surveysPublicRoutes, surveysResultsRoutes, surveysStaffRoutes]) {
    await app.register(async (scope) => register(scope, deps))
  }
}
