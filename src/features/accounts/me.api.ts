import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { requireActor } from '../../web/http/request-context.ts'
import { errorResponseSchema } from '../../web/http/openapi.ts'

/** Who the API caller is, with their roles: what a client needs to decide what to show. */
export function meApiRoutes(app: FastifyInstance, _deps: FeatureDeps): void {
  app.get(
    '/api/v1/me',
    {
      schema: {
        operationId: 'getMe',
        tags: ['accounts'],
        summary: 'The signed-in user and their roles',
        security: [{ session: [] }],
        response: {
          200: {
            type: 'object',
            required: ['id', 'displayName', 'email', 'isPlatformAdmin', 'roles'],
            properties: {
              id: { type: 'string', format: 'uuid' },
              displayName: { type: 'string' },
              email: { type: 'string' },
              isPlatformAdmin: { type: 'boolean' },
              roles: { type: 'array', items: { type: 'object', required: ['organisationId', 'role'], properties: { organisationId: { type: 'string' }, role: { type: 'string' } } } },
            },
          },
          401: errorResponseSchema,
        },
      },
    },
    async (req) => {
      const a = requireActor(req)
      return { id: a.userId, displayName: a.displayName, email: a.email, isPlatformAdmin: a.isPlatformAdmin, roles: a.memberships }
    },
  )
}
