import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { errorResponseSchema } from '../../web/http/openapi.ts'
import { EXECUTIVE_GROUPS } from './executives.domain.ts'
import { executiveRows } from './executives-open-data.ts'
import { findPublicAgency, publicExecutives } from './executives-public.use-cases.ts'

const personSchema = {
  type: 'object',
  required: ['position', 'group', 'group_th', 'group_en', 'name_th', 'name_en', 'position_th', 'position_en', 'phone', 'email', 'term_start', 'photo_url'],
  properties: {
    position: { type: 'integer', description: 'place on the agency’s list (1 = first), groups in the order executives, unit heads' },
    group: { type: 'string', enum: EXECUTIVE_GROUPS.map((g) => g.key) },
    group_th: { type: 'string' },
    group_en: { type: 'string' },
    name_th: { type: 'string' },
    name_en: { type: 'string', description: 'empty when not given' },
    position_th: { type: 'string' },
    position_en: { type: 'string', description: 'empty when not given' },
    phone: { type: 'string', description: 'empty when not given' },
    email: { type: 'string', description: 'empty when not given' },
    term_start: { type: 'string', format: 'date', nullable: true, description: 'first day in office (Gregorian YYYY-MM-DD); null when not given' },
    photo_url: { type: 'string', format: 'uri', nullable: true, description: 'the photo as a WebP thumbnail with its metadata removed; null when there is none' },
  },
} as const

/** An agency's executives as JSON: /api/v1/organisations/<slug>/executives (the CSV is /o/<slug>/executives.csv). */
export function executivesApiRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  app.get<{ Params: { slug: string } }>(
    '/api/v1/organisations/:slug/executives',
    {
      schema: {
        operationId: 'listOrganisationExecutives',
        security: [],
        tags: ['executives'],
        summary: 'An agency’s executives and heads of units',
        description: 'Names, positions, contacts and photo addresses of the people the agency lists at /o/<slug>/executives. The same rows as /o/<slug>/executives.csv.',
        params: { type: 'object', required: ['slug'], properties: { slug: { type: 'string' } } },
        response: {
          200: {
            type: 'object',
            required: ['organisation', 'executives'],
            properties: {
              organisation: {
                type: 'object',
                required: ['slug', 'name_th', 'name_en', 'url'],
                properties: { slug: { type: 'string' }, name_th: { type: 'string' }, name_en: { type: 'string' }, url: { type: 'string', format: 'uri' } },
              },
              executives: { type: 'array', items: personSchema },
            },
          },
          404: errorResponseSchema,
        },
      },
    },
    async (req, reply) => {
      const org = await findPublicAgency({ db: deps.db }, req.params.slug)
      const entries = await publicExecutives({ db: deps.db }, org)
      reply.header('cache-control', 'no-cache')
      return {
        organisation: { slug: org.slug, name_th: org.name_th, name_en: org.name_en, url: `${deps.config.baseUrl}/o/${org.slug}/executives` },
        executives: executiveRows(org, entries, deps.config.baseUrl),
      }
    },
  )
}
