import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { devPlanPublicRoutes } from './development-plan-public.routes.tsx'
import { devPlanStaffRoutes } from './development-plan-staff.routes.tsx'

/** The local development plan with participation, its links to the budget and its monitoring reports (G2). */
export async function developmentPlanRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  for (const register of [devPlanStaffRoutes, devPlanPublicRoutes]) {
    await app.register(async (scope) => register(scope, deps))
  }
}
