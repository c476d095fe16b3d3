import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../app.ts'

export function userAdminRoutes(_app: FastifyInstance, _deps: FeatureDeps): void {}
