import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { servicesApiRoutes } from './services.api.ts'
import { servicesPublicRoutes } from './services-public.routes.tsx'
import { servicesStaffRoutes } from './services-staff.routes.tsx'
import { serviceRequestRoutes } from './service-requests.routes.tsx'
import { serviceStatisticsRoutes } from './service-statistics.routes.tsx'
import { workStandardRoutes } from './work-standards.routes.tsx'

/** Services (E1–E3): staff pages, public manuals and open data, each in its own scope. */
export async function servicesRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  for (const register of [servicesPublicRoutes, servicesStaffRoutes, servicesApiRoutes, serviceRequestRoutes, serviceStatisticsRoutes, workStandardRoutes]) {
    await app.register(async (scope) => register(scope, deps))
  }
}
