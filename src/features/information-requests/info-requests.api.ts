import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { errorResponseSchema } from '../../web/http/openapi.ts'
import { todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { CLOSED_STATES, STATE_LABELS } from './info-requests.domain.ts'
import { publicAgency, requestStatistics } from './info-requests.use-cases.ts'

/** The official-information request statistics as JSON: the same figures as the page and its Excel (no requester, no request text). */
export function infoRequestApiRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  app.get<{ Params: { slug: string } }>(
    '/api/v1/organisations/:slug/information/statistics',
    {
      schema: {
        operationId: 'getOrganisationInformationRequestStatistics',
        security: [],
        tags: ['information-requests'],
        summary: 'An agency’s official-information request statistics',
        description: 'Requests under the Official Information Act B.E. 2540 received and closed by month, by outcome, the median business days from receipt to closing and the share closed by the due date. The same figures as /o/<slug>/information/statistics.',
        params: { type: 'object', required: ['slug'], properties: { slug: { type: 'string' } } },
        response: {
          200: {
            type: 'object',
            required: ['organisation', 'as_of', 'total', 'open', 'by_month', 'by_outcome', 'median_business_days', 'on_time_percent', 'url'],
            properties: {
              organisation: { type: 'object', required: ['slug', 'name_th', 'name_en'], properties: { slug: { type: 'string' }, name_th: { type: 'string' }, name_en: { type: 'string' } } },
              as_of: { type: 'string', format: 'date' },
              total: { type: 'integer' },
              open: { type: 'integer', description: 'not yet answered, refused or transferred' },
              by_month: {
                type: 'array',
                items: { type: 'object', required: ['month', 'received', 'closed'], properties: { month: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}$', description: 'Gregorian year-month' }, received: { type: 'integer' }, closed: { type: 'integer' } } },
              },
              by_outcome: {
                type: 'array',
                items: { type: 'object', required: ['outcome', 'label_th', 'label_en', 'count'], properties: { outcome: { type: 'string', enum: [...CLOSED_STATES] }, label_th: { type: 'string' }, label_en: { type: 'string' }, count: { type: 'integer' } } },
              },
              median_business_days: { type: ['number', 'null'] },
              on_time_percent: { type: ['integer', 'null'] },
              url: { type: 'string', format: 'uri' },
            },
          },
          404: errorResponseSchema,
        },
      },
    },
    async (req, reply) => {
      const org = await publicAgency(deps.db, req.params.slug)
      const s = await requestStatistics({ db: deps.db, now: req.now }, org)
      reply.header('cache-control', 'no-cache')
      return {
        organisation: { slug: org.slug, name_th: org.name_th, name_en: org.name_en },
        as_of: todayInBangkok(req.now),
        total: s.total,
        open: s.open,
        by_month: s.byMonth,
        by_outcome: s.byOutcome.map((o) => ({ outcome: o.status, label_th: STATE_LABELS[o.status].th, label_en: STATE_LABELS[o.status].en, count: o.count })),
        median_business_days: s.medianBusinessDays,
        on_time_percent: s.onTimePercent,
        url: `${deps.config.baseUrl}/o/${org.slug}/information/statistics`,
      }
    },
  )
}
