import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { accountRoutes as ownAccountRoutes } from './account.routes.tsx'
import { recoveryRoutes } from './recovery.routes.tsx'
import { signInRoutes } from './sign-in.routes.tsx'
import { meApiRoutes } from './me.api.ts'

export function accountRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  signInRoutes(app, deps)
  ownAccountRoutes(app, deps)
  recoveryRoutes(app, deps)
  meApiRoutes(app, deps)
}
