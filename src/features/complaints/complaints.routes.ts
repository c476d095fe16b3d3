import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { complaintCitizenRoutes } from './complaint-citizen.routes.tsx'
import { complaintStaffRoutes } from './complaint-staff.routes.tsx'
import { complaintStatisticsRoutes } from './complaint-statistics.routes.tsx'
import { complaintStatisticsApiRoutes } from './complaint-statistics.api.ts'

/** Complaints (D1–D7): the citizen side, the staff side and the published statistics, each in its own scope. */
export async function complaintRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  for (const register of [complaintCitizenRoutes, complaintStaffRoutes, complaintStatisticsRoutes, complaintStatisticsApiRoutes]) {
    await app.register(async (scope) => register(scope, deps))
  }
}
