import type { FastifyInstance } from 'fastify'
import swagger from '@fastify/swagger'

/**
 * The JSON API is described from the schemas its routes declare, so the document
 * cannot drift from the code. Only routes tagged for the API appear in it.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Prongsai API',
        description: 'Public and staff JSON API of Prongsai (โปร่งใส). Errors are { error: { code, message } } with stable codes.',
        version: '1',
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'prongsai_session' } },
      },
    },
    hideUntagged: true,
  })
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}

/** The error envelope every /api/v1 route may answer with. */
export const errorResponseSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', description: 'stable machine-readable code, e.g. not_found, forbidden, validation_failed' },
        message: { type: 'string' },
        fields: { type: 'object', additionalProperties: true },
      },
    },
  },
} as const
