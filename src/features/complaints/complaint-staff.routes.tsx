import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../app.ts'

// Being written (issue 4): the staff side of complaints.
export async function complaintStaffRoutes(_app: FastifyInstance, _deps: FeatureDeps): Promise<void> {}
