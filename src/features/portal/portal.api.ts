import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { errorResponseSchema } from '../../web/http/openapi.ts'
import { openDataRows } from './portal-open-data.ts'
import { portalOpenData } from './portal-public.use-cases.ts'
import { PORTAL_SECTIONS } from './portal-sections.domain.ts'

const itemSchema = {
  type: 'object',
  required: ['key', 'section', 'section_th', 'section_en', 'title_th', 'title_en', 'fiscal_year', 'version', 'updated_at', 'responsible', 'url'],
  properties: {
    key: { type: 'string', description: 'permanent key of the item within the agency, e.g. news-12; never re-used' },
    section: { type: 'string', enum: PORTAL_SECTIONS.map((s) => s.key) },
    section_th: { type: 'string' },
    section_en: { type: 'string' },
    title_th: { type: 'string' },
    title_en: { type: 'string', description: 'empty when not given' },
    fiscal_year: { type: 'integer', nullable: true, description: 'Buddhist-Era fiscal year the content is about; null when not tied to a year' },
    version: { type: 'integer', description: 'number of the current version; earlier ones are at <url>/v/<n>' },
    updated_at: { type: 'string', format: 'date-time', description: 'when the current version was saved' },
    responsible: {
      type: 'object',
      nullable: true,
      required: ['name', 'position'],
      properties: { name: { type: 'string' }, position: { type: 'string' } },
    },
    url: { type: 'string', format: 'uri', description: 'permanent public address of the item' },
  },
} as const

/** An agency's published portal items as JSON: /api/v1/organisations/<slug>/portal. */
export function portalApiRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  app.get<{ Params: { slug: string } }>(
    '/api/v1/organisations/:slug/portal',
    {
      schema: {
        operationId: 'listOrganisationPortalItems',
        security: [],
        tags: ['portal'],
        summary: 'An agency’s published disclosures',
        description: 'Every published item of the agency’s disclosure portal, by section, with its fiscal year, last update and permanent address. The same rows as /o/<slug>/portal.csv.',
        params: { type: 'object', required: ['slug'], properties: { slug: { type: 'string' } } },
        response: {
          200: {
            type: 'object',
            required: ['organisation', 'items'],
            properties: {
              organisation: {
                type: 'object',
                required: ['slug', 'name_th', 'name_en', 'url'],
                properties: { slug: { type: 'string' }, name_th: { type: 'string' }, name_en: { type: 'string' }, url: { type: 'string', format: 'uri' } },
              },
              items: { type: 'array', items: itemSchema },
            },
          },
          404: errorResponseSchema,
        },
      },
    },
    async (req, reply) => {
      const data = await portalOpenData({ db: deps.db }, req.params.slug)
      const base = deps.config.baseUrl
      reply.header('cache-control', 'no-cache')
      return {
        organisation: { slug: data.org.slug, name_th: data.org.name_th, name_en: data.org.name_en, url: `${base}/o/${data.org.slug}/portal` },
        items: openDataRows(data, base).map((r) => ({
          key: r.key,
          section: r.section,
          section_th: r.section_th,
          section_en: r.section_en,
          title_th: r.title_th,
          title_en: r.title_en,
          fiscal_year: r.fiscal_year,
          version: r.version,
          updated_at: r.updated_at.toISOString(),
          responsible: r.responsible_name === null ? null : { name: r.responsible_name, position: r.responsible_position ?? '' },
          url: r.url,
        })),
      }
    },
  )
}
