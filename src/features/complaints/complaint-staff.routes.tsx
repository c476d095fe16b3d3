import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { fileServiceFor } from '../../platform/files/index.ts'
import { acceptEvidence } from './complaint-evidence.ts'
import { complaintStaffCaseRoutes } from './complaint-staff-case.routes.tsx'
import { complaintStaffIntakeRoutes } from './complaint-staff-intake.routes.tsx'
import { complaintStaffListRoutes } from './complaint-staff-list.routes.tsx'

/**
 * The staff side of complaints (D1–D4): the case list, one case, officer entry of other
 * channels, the internal channels and the guideline. Files come only from signed-in people;
 * anyone else's uploads are read past and never written.
 */
export async function complaintStaffRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const evidenceOf = await acceptEvidence(app, fileServiceFor(deps), (req) => req.actor !== null)
  complaintStaffListRoutes(app, deps)
  complaintStaffCaseRoutes(app, deps, evidenceOf)
  complaintStaffIntakeRoutes(app, deps, evidenceOf)
}
