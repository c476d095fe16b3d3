import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { NotFoundError } from '../../errors.ts'
import { errorResponseSchema } from '../../web/http/openapi.ts'
import { findOrganisationBySlug, type OrganisationDetails } from '../organisations/index.ts'
import { PLAN_ITEM_STATUSES } from './improvement-plan.domain.ts'
import { publicPlan, type PlanView } from './improvement-plan.use-cases.ts'
import { ITA_INDICATORS, ITA_TOOLS } from './ita-score.domain.ts'
import { publicAgencyResults, type ScoredResult } from './ita-results.use-cases.ts'

const scoreSchema = { type: 'number', description: 'score 0–100, two decimals' } as const

const resultSchema = {
  type: 'object',
  required: ['fiscal_year', 'indicators', 'tools', 'total', 'rating_th', 'rating_en', 'meets_target'],
  properties: {
    fiscal_year: { type: 'integer', description: 'fiscal year in the Buddhist Era (1 October – 30 September)' },
    indicators: {
      type: 'array',
      items: {
        type: 'object',
        required: ['number', 'name_th', 'name_en', 'tool', 'score'],
        properties: { number: { type: 'integer', minimum: 1, maximum: 10 }, name_th: { type: 'string' }, name_en: { type: 'string' }, tool: { type: 'string', enum: [...ITA_TOOLS] }, score: scoreSchema },
      },
    },
    tools: { type: 'object', nullable: true, description: 'IIT, EIT and OIT scores; null when the year has no scoring rules', properties: Object.fromEntries(ITA_TOOLS.map((t) => [t, scoreSchema])) },
    total: { type: 'number', nullable: true, description: 'weighted total under the year’s rules; null when the year has no scoring rules' },
    rating_th: { type: 'string', nullable: true, description: 'grade (AA…F) or the year’s label, in Thai' },
    rating_en: { type: 'string', nullable: true },
    meets_target: { type: 'boolean', nullable: true, description: 'at or above the year’s target score' },
  },
} as const

const planSchema = {
  type: 'object',
  nullable: true,
  description: 'the improvement plan answering the latest results; null when none is published',
  required: ['fiscal_year', 'results_fiscal_year', 'updated_at', 'rows'],
  properties: {
    fiscal_year: { type: 'integer', description: 'the plan’s fiscal year (BE), the year after the results it answers' },
    results_fiscal_year: { type: 'integer' },
    updated_at: { type: 'string', format: 'date-time', nullable: true },
    rows: {
      type: 'array',
      description: 'one row per indicator, weakest first (seed 001’s table: ลำดับที่ | ตัวชี้วัด | คะแนนที่ได้รับ | มาตรการที่ต้องดำเนินการ)',
      items: {
        type: 'object',
        required: ['order', 'indicator', 'name_th', 'name_en', 'score', 'measures'],
        properties: {
          order: { type: 'integer' },
          indicator: { type: 'integer', minimum: 1, maximum: 10 },
          name_th: { type: 'string' },
          name_en: { type: 'string' },
          score: scoreSchema,
          measures: {
            type: 'array',
            items: {
              type: 'object',
              required: ['text_th', 'library_measure_id', 'owner', 'due_date', 'status', 'progress', 'note'],
              properties: {
                text_th: { type: 'string' },
                library_measure_id: { type: 'string', nullable: true, description: 'null for a measure the agency wrote itself' },
                owner: { type: 'string' },
                due_date: { type: 'string', format: 'date', description: 'Gregorian YYYY-MM-DD' },
                status: { type: 'string', enum: [...PLAN_ITEM_STATUSES] },
                progress: { type: 'integer', minimum: 0, maximum: 100, description: 'per cent done' },
                note: { type: 'string' },
              },
            },
          },
        },
      },
    },
  },
} as const

function resultJson(r: ScoredResult) {
  return {
    fiscal_year: r.fiscalYear,
    indicators: ITA_INDICATORS.map((i) => ({ number: i.number, name_th: i.th, name_en: i.en, tool: i.tool, score: r.scores[i.number] })),
    tools: r.score ? r.score.tools : null,
    total: r.score?.total ?? null,
    rating_th: r.score?.rating.th ?? null,
    rating_en: r.score?.rating.en ?? null,
    meets_target: r.score?.meetsTarget ?? null,
  }
}

function planJson(plan: PlanView) {
  return {
    fiscal_year: plan.planYear,
    results_fiscal_year: plan.resultsYear,
    updated_at: plan.updatedAt?.toISOString() ?? null,
    rows: plan.table.map((row) => ({
      order: row.order,
      indicator: row.indicator,
      name_th: row.indicatorTh,
      name_en: row.indicatorEn,
      score: row.score,
      measures: row.items.map((i) => ({ text_th: i.th, library_measure_id: i.measureId, owner: i.owner, due_date: i.dueDate, status: i.status, progress: i.progress, note: i.note })),
    })),
  }
}

/** An agency's published ITA results and improvement plan as open data: /api/v1/organisations/<slug>/ita. */
export function itaResultsApiRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  app.get<{ Params: { slug: string } }>(
    '/api/v1/organisations/:slug/ita',
    {
      schema: {
        operationId: 'getOrganisationItaResults',
        security: [],
        tags: ['ita'],
        summary: 'An agency’s ITA results and improvement plan',
        description: 'Every fiscal year’s ITA results (ten indicator scores, tool scores, total and grade under that year’s rules), oldest first, and the published improvement plan answering the latest results.',
        params: { type: 'object', required: ['slug'], properties: { slug: { type: 'string' } } },
        response: {
          200: {
            type: 'object',
            required: ['organisation', 'results', 'plan'],
            properties: {
              organisation: { type: 'object', required: ['slug', 'name_th', 'name_en'], properties: { slug: { type: 'string' }, name_th: { type: 'string' }, name_en: { type: 'string' } } },
              results: { type: 'array', items: resultSchema },
              plan: planSchema,
            },
          },
          404: errorResponseSchema,
        },
      },
    },
    async (req, reply) => {
      const org: OrganisationDetails | undefined = await findOrganisationBySlug(deps.db, req.params.slug)
      if (!org) throw new NotFoundError('organisation')
      const view = await publicAgencyResults({ db: deps.db }, org)
      const plan = await publicPlan({ db: deps.db, now: req.now }, org, view.selected?.fiscalYear)
      reply.header('cache-control', 'public, max-age=60')
      return {
        organisation: { slug: org.slug, name_th: org.name_th, name_en: org.name_en ?? '' },
        results: view.history.map(resultJson),
        plan: plan ? planJson(plan) : null,
      }
    },
  )
}
