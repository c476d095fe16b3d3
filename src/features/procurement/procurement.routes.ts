import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { procurementApiRoutes } from './procurement.api.ts'
import { procurementPublicRoutes } from './procurement-public.routes.tsx'
import { procurementStaffRoutes } from './procurement-staff.routes.tsx'

/** Procurement disclosures (C1, F2; OIT monthly summary and annual report): public pages, open data and the staff pages, each in its own scope. */
export async function procurementRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  for (const register of [procurementPublicRoutes, procurementStaffRoutes, procurementApiRoutes]) {
    await app.register(async (scope) => register(scope, deps))
  }
}
