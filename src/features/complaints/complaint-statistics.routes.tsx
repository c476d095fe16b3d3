import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../app.ts'

// Being written (issue 4): the statistics side of complaints.
export async function complaintStatisticsRoutes(_app: FastifyInstance, _deps: FeatureDeps): Promise<void> {}
