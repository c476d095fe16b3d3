import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../app.ts'

export function holidayRoutes(_app: FastifyInstance, _deps: FeatureDeps): void {}
