import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { budgetApiRoutes } from './budget.api.ts'
import { budgetPublicRoutes } from './budget-public.routes.tsx'
import { budgetStaffRoutes } from './budget-staff.routes.tsx'

/** The budget spending plan and its results (C1): staff pages, public pages and open data, each in its own scope. */
export async function budgetRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  for (const register of [budgetStaffRoutes, budgetPublicRoutes, budgetApiRoutes]) {
    await app.register(async (scope) => register(scope, deps))
  }
}
