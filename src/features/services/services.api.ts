import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { errorResponseSchema } from '../../web/http/openapi.ts'
import { fiscalYearChoices, fyOf, publicServiceStatistics } from './service-statistics.use-cases.ts'
import { serviceRows } from './services-open-data.ts'
import { findPublicAgency, publicServices } from './services-public.use-cases.ts'

const serviceSchema = {
  type: 'object',
  required: ['key', 'name_th', 'name_en', 'responsible_unit', 'legal_basis', 'total_days', 'day_unit', 'steps', 'documents_required', 'fees', 'version', 'published_at', 'manual_url', 'version_url'],
  properties: {
    key: { type: 'string', description: 'permanent key of the service within the agency, e.g. svc-3' },
    name_th: { type: 'string' },
    name_en: { type: 'string', description: 'empty when not given' },
    responsible_unit: { type: 'string' },
    legal_basis: { type: 'string' },
    total_days: { type: 'integer', description: 'the time the manual promises, in day_unit' },
    day_unit: { type: 'string', enum: ['business', 'calendar'] },
    steps: { type: 'integer' },
    documents_required: { type: 'string', description: 'names separated by "; ", or an explicit "none"' },
    fees: { type: 'string', description: 'items separated by "; ", or an explicit "no fee"' },
    version: { type: 'integer', description: 'the published version' },
    published_at: { type: 'string', format: 'date-time', nullable: true },
    manual_url: { type: 'string', format: 'uri' },
    version_url: { type: 'string', format: 'uri', description: 'permanent link of this version' },
  },
} as const

/** An agency's published services as JSON: /api/v1/organisations/<slug>/services (the CSV is /o/<slug>/services.csv). */
export function servicesApiRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  app.get<{ Params: { slug: string } }>(
    '/api/v1/organisations/:slug/services',
    {
      schema: {
        operationId: 'listOrganisationServices',
        tags: ['services'],
        summary: 'An agency’s services and citizen manuals',
        security: [],
        description: 'Each published service with its manual’s promised time, documents and fees, and the permanent link of the published version. The same rows as /o/<slug>/services.csv.',
        params: { type: 'object', required: ['slug'], properties: { slug: { type: 'string' } } },
        response: {
          200: {
            type: 'object',
            required: ['organisation', 'services'],
            properties: {
              organisation: { type: 'object', required: ['slug', 'name_th', 'name_en', 'url'], properties: { slug: { type: 'string' }, name_th: { type: 'string' }, name_en: { type: 'string' }, url: { type: 'string', format: 'uri' } } },
              services: { type: 'array', items: serviceSchema },
            },
          },
          404: errorResponseSchema,
        },
      },
    },
    async (req, reply) => {
      const org = await findPublicAgency({ db: deps.db }, req.params.slug)
      const services = await publicServices({ db: deps.db }, org)
      reply.header('cache-control', 'no-cache')
      return { organisation: { slug: org.slug, name_th: org.name_th, name_en: org.name_en, url: `${deps.config.baseUrl}/o/${org.slug}/services` }, services: serviceRows(org, services, deps.config.baseUrl) }
    },
  )

  app.get<{ Params: { slug: string }; Querystring: { fy?: string } }>(
    '/api/v1/organisations/:slug/services/statistics',
    {
      schema: {
        operationId: 'getOrganisationServiceStatistics',
        tags: ['services'],
        summary: 'An agency’s service statistics: requests by service and month',
        security: [],
        description: 'Requests filed for each service in each month of a Thai fiscal year (1 October to 30 September), and how many of them are closed. The same figures as /o/<slug>/services/statistics and its Excel file. A fiscal year outside the last ten gives the current one.',
        params: { type: 'object', required: ['slug'], properties: { slug: { type: 'string' } } },
        querystring: { type: 'object', properties: { fy: { type: 'string', pattern: '^25[0-9]{2}$', description: 'fiscal year in the Buddhist Era, e.g. 2569; the current one when left out' } } },
        response: {
          200: {
            type: 'object',
            required: ['organisation', 'fiscal_year', 'fiscal_years', 'months', 'services'],
            properties: {
              organisation: { type: 'object', required: ['slug', 'name_th', 'name_en', 'url'], properties: { slug: { type: 'string' }, name_th: { type: 'string' }, name_en: { type: 'string' }, url: { type: 'string', format: 'uri' } } },
              fiscal_year: { type: 'integer' },
              fiscal_years: { type: 'array', items: { type: 'integer' }, description: 'the years that may be asked for' },
              months: { type: 'array', items: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}$' }, description: 'the twelve months (Gregorian YYYY-MM), October first' },
              services: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['key', 'name_th', 'name_en', 'by_month', 'filed', 'closed'],
                  properties: {
                    key: { type: 'string', description: 'the service key (svc-N); empty for the one row that sums services since withdrawn' },
                    name_th: { type: 'string' },
                    name_en: { type: 'string' },
                    by_month: { type: 'array', items: { type: 'integer' }, description: 'requests filed, one number per month in the order of months' },
                    filed: { type: 'integer' },
                    closed: { type: 'integer', description: 'of those filed, how many are approved, refused or withdrawn' },
                  },
                },
              },
            },
          },
          400: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (req, reply) => {
      const org = await findPublicAgency({ db: deps.db }, req.params.slug)
      const s = await publicServiceStatistics({ db: deps.db }, org, fyOf(req.query.fy, req.now))
      reply.header('cache-control', 'no-cache')
      return {
        organisation: { slug: org.slug, name_th: org.name_th, name_en: org.name_en, url: `${deps.config.baseUrl}/o/${org.slug}/services/statistics?fy=${s.fiscalYear}` },
        fiscal_year: s.fiscalYear,
        fiscal_years: fiscalYearChoices(req.now),
        months: s.months,
        services: s.rows.map((r) => ({ key: r.key, name_th: r.name, name_en: r.nameEn, by_month: r.byMonth, filed: r.filed, closed: r.closed })),
      }
    },
  )
}
