import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../app.ts'

// Being written (issue 4): the citizen side of complaints.
export async function complaintCitizenRoutes(_app: FastifyInstance, _deps: FeatureDeps): Promise<void> {}
