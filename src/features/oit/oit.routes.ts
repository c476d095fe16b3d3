import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { oitAdminRoutes } from './oit-admin.routes.tsx'
import { oitStaffRoutes } from './oit-staff.routes.tsx'
import { oitApiRoutes } from './oit.api.ts'

/** The OIT engine: catalogues (platform admins), agency workspaces, oversight's report and their JSON API. */
export async function oitRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  // Its own scope: the import form's multipart parser must not reach other features' routes.
  await app.register(async (scope) => oitAdminRoutes(scope, deps))
  await app.register(async (scope) => oitStaffRoutes(scope, deps))
  await app.register(async (scope) => oitApiRoutes(scope, deps))
}
