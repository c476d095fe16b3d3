import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../app.ts'

export function organisationAdminRoutes(_app: FastifyInstance, _deps: FeatureDeps): void {}
