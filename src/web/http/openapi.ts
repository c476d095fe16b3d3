import type { FastifyInstance } from 'fastify'
import swagger from '@fastify/swagger'
import { SESSION_COOKIE } from './request-context.ts'

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
        // No LICENSE file yet: MIT is what the lead is asked to confirm (see notes/outside.md). Keep it
        // in step with package.json's "license" and the LICENSE file when they come.
        license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
      },
      servers: [{ url: '/' }],
      components: {
        // Staff operations answer for the signed-in user of the session cookie that /sign-in sets;
        // public ones declare `security: []` (the OpenAPI test fails any operation that declares neither).
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'The session cookie set by signing in at /sign-in (with the second step where the account has one).' } },
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
