import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { portalApiRoutes } from './portal.api.ts'
import { portalPublicRoutes } from './portal-public.routes.tsx'
import { portalStaffRoutes } from './portal-staff.routes.tsx'

/** The agency disclosure portal (C1, C4): the public pages and open data, and the staff pages that keep them, each in its own scope. */
export async function portalRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  for (const register of [portalPublicRoutes, portalStaffRoutes, portalApiRoutes]) {
    await app.register(async (scope) => register(scope, deps))
  }
}
