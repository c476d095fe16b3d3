import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { errorResponseSchema } from '../../web/http/openapi.ts'
import { KIND_KEYS, KIND_LABELS } from './complaint-statistics-report.domain.ts'
import type { PeriodStats } from './complaint-statistics.domain.ts'
import { publishedStatistics } from './complaint-statistics.use-cases.ts'

const periodSchema = {
  type: 'object',
  required: ['total', 'completed', 'in_progress', 'completed_pct', 'in_progress_pct', 'none', 'not_started', 'review_requests', 'by_kind'],
  properties: {
    total: { type: 'integer' },
    completed: { type: 'integer', description: 'closed with a result, or not accepted with a recorded ground' },
    in_progress: { type: 'integer' },
    completed_pct: { type: 'number', description: 'percent of the total, one decimal; 0 when there is none' },
    in_progress_pct: { type: 'number' },
    none: { type: 'boolean', description: 'true for a period without complaints ("ไม่มีเรื่องร้องเรียน")' },
    not_started: { type: 'boolean', description: 'true for a period that starts after today ("ยังไม่ถึงช่วงเวลานี้")' },
    review_requests: { type: 'integer', description: 'complainants who asked for a review of the outcome, by the day they asked' },
    by_kind: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind', 'label_th', 'label_en', 'count'],
        properties: { kind: { type: 'string', enum: [...KIND_KEYS] }, label_th: { type: 'string' }, label_en: { type: 'string' }, count: { type: 'integer' } },
      },
    },
  },
} as const

function periodJson(p: PeriodStats) {
  return {
    total: p.total,
    completed: p.completed,
    in_progress: p.inProgress,
    completed_pct: p.completedPct,
    in_progress_pct: p.inProgressPct,
    none: p.none,
    not_started: p.notStarted,
    review_requests: p.reviewRequests,
    by_kind: KIND_KEYS.map((k) => ({ kind: k, label_th: KIND_LABELS[k].th, label_en: KIND_LABELS[k].en, count: p.byKind[k] })),
  }
}

/** The published complaint statistics as JSON, the same figures as the page and its CSV (open data, C4). */
export function complaintStatisticsApiRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  app.get<{ Params: { slug: string }; Querystring: { fy?: string } }>(
    '/api/v1/organisations/:slug/complaints/statistics',
    {
      schema: {
        operationId: 'getOrganisationComplaintStatistics',
        security: [],
        tags: ['complaints'],
        summary: 'An agency’s published complaint statistics for a fiscal year',
        description: 'Complaints received, completed and in progress in a Buddhist-Era fiscal year (1 October – 30 September) and each of its halves, by kind. No complaint content is ever included. The same figures as /o/<slug>/complaints/statistics.',
        params: { type: 'object', required: ['slug'], properties: { slug: { type: 'string' } } },
        querystring: { type: 'object', properties: { fy: { type: 'string', pattern: '^[0-9]{4}$', description: 'fiscal year in BE, e.g. 2569; default the current one' } } },
        response: {
          200: {
            type: 'object',
            required: ['organisation', 'fiscal_year', 'as_of', 'years', 'year', 'first_half', 'second_half', 'url'],
            properties: {
              organisation: { type: 'object', required: ['slug', 'name_th', 'name_en'], properties: { slug: { type: 'string' }, name_th: { type: 'string' }, name_en: { type: 'string' } } },
              fiscal_year: { type: 'integer' },
              as_of: { type: 'string', format: 'date', description: 'the day the figures were counted (Asia/Bangkok)' },
              years: { type: 'array', items: { type: 'integer' }, description: 'fiscal years with figures, newest first' },
              year: periodSchema,
              first_half: { ...periodSchema, description: '1 October – 31 March' },
              second_half: { ...periodSchema, description: '1 April – 30 September' },
              url: { type: 'string', format: 'uri' },
            },
          },
          404: errorResponseSchema,
        },
      },
    },
    async (req, reply) => {
      const s = await publishedStatistics({ db: deps.db, now: req.now }, req.params.slug, req.query.fy)
      reply.header('cache-control', 'no-cache')
      return {
        organisation: { slug: s.organisation.slug, name_th: s.organisation.name_th, name_en: s.organisation.name_en },
        fiscal_year: s.fiscalYear,
        as_of: s.today,
        years: s.years,
        year: periodJson(s.stats.year),
        first_half: periodJson(s.stats.firstHalf),
        second_half: periodJson(s.stats.secondHalf),
        url: `${deps.config.baseUrl}/o/${s.organisation.slug}/complaints/statistics?fy=${s.fiscalYear}`,
      }
    },
  )
}
