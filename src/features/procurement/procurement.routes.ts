import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../app.ts'

/** Placeholder: this feature's routes are written with it. */
export async function procurementRoutes(_app: FastifyInstance, _deps: FeatureDeps): Promise<void> {}
