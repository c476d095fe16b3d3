import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { NotFoundError } from '../../errors.ts'
import { errorResponseSchema } from '../../web/http/openapi.ts'
import { bahtDecimal, parseFiscalYearParam } from './budget.domain.ts'
import { budgetJsonLines } from './budget-open-data.ts'
import { budgetOpenData } from './budget-public.use-cases.ts'

const amount = { type: 'string', pattern: '^[0-9]+\\.[0-9]{2}$', description: 'baht with exactly two decimals (satang), as a decimal string so no precision is lost' } as const
const quarterly = (nullable: boolean, description: string) => ({ type: 'array', minItems: 4, maxItems: 4, description, items: nullable ? { ...amount, nullable: true } : amount }) as const

const lineSchema = {
  type: 'object',
  required: ['name', 'category', 'allocated', 'planned', 'actual', 'actual_total', 'percent_spent'],
  properties: {
    name: { type: 'string', description: 'programme, plan, project or expense category' },
    category: { type: 'string', description: 'empty when not given' },
    allocated: amount,
    planned: quarterly(false, 'planned spending in fiscal quarters 1–4 (Oct–Dec, Jan–Mar, Apr–Jun, Jul–Sep)'),
    actual: quarterly(true, 'actual spending in quarters 1–4; null for a quarter not reported yet'),
    actual_total: amount,
    percent_spent: { type: 'number', nullable: true, description: 'actual total as a percentage of the allocation, two decimals; null when nothing was allocated' },
  },
} as const

/** An agency's published spending plan for one fiscal year as JSON: /api/v1/organisations/<slug>/budget/<fy>. */
export function budgetApiRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  app.get<{ Params: { slug: string; fy: string } }>(
    '/api/v1/organisations/:slug/budget/:fy',
    {
      schema: {
        operationId: 'getOrganisationBudget',
        security: [],
        tags: ['budget'],
        summary: 'An agency’s budget spending plan and results for a fiscal year',
        description: 'The current published version of the agency’s spending plan for the Buddhist-Era fiscal year: each line’s allocation, planned and actual spending by quarter, and the totals. The same lines as /o/<slug>/budget/<fy>/budget.csv.',
        params: { type: 'object', required: ['slug', 'fy'], properties: { slug: { type: 'string' }, fy: { type: 'string', pattern: '^[0-9]{4}$', description: 'fiscal year in the Buddhist Era, e.g. 2569' } } },
        response: {
          200: {
            type: 'object',
            required: ['organisation', 'fiscal_year', 'version', 'updated_at', 'responsible', 'notes', 'url', 'totals', 'lines'],
            properties: {
              organisation: {
                type: 'object',
                required: ['slug', 'name_th', 'name_en'],
                properties: { slug: { type: 'string' }, name_th: { type: 'string' }, name_en: { type: 'string' } },
              },
              fiscal_year: { type: 'integer' },
              version: { type: 'integer', description: 'number of the current version; earlier ones are at <url>/v/<n>' },
              updated_at: { type: 'string', format: 'date-time' },
              responsible: { type: 'string' },
              notes: { type: 'string' },
              url: { type: 'string', format: 'uri', description: 'permanent public address of the year’s plan' },
              totals: {
                type: 'object',
                required: ['allocated', 'planned', 'actual', 'remaining', 'percent_spent', 'planned_by_quarter', 'actual_by_quarter'],
                properties: {
                  allocated: amount,
                  planned: amount,
                  actual: amount,
                  remaining: { type: 'string', pattern: '^-?[0-9]+\\.[0-9]{2}$' },
                  percent_spent: { type: 'number', nullable: true },
                  planned_by_quarter: quarterly(false, 'planned spending of all lines by quarter'),
                  actual_by_quarter: quarterly(true, 'actual spending of all lines by quarter; null when no line has reported the quarter'),
                },
              },
              lines: { type: 'array', items: lineSchema },
            },
          },
          404: errorResponseSchema,
        },
      },
    },
    async (req, reply) => {
      const fy = parseFiscalYearParam(req.params.fy)
      if (fy === undefined) throw new NotFoundError('fiscal year')
      const view = await budgetOpenData({ db: deps.db }, req.params.slug, fy)
      const { totals } = view
      const signed = (satang: number) => (satang < 0 ? `-${bahtDecimal(-satang)}` : bahtDecimal(satang))
      reply.header('cache-control', 'no-cache')
      return {
        organisation: { slug: view.org.slug, name_th: view.org.name_th, name_en: view.org.name_en },
        fiscal_year: fy,
        version: view.shown.version,
        updated_at: view.shown.createdAt.toISOString(),
        responsible: view.shown.responsible,
        notes: view.shown.notes,
        url: `${deps.config.baseUrl}/o/${view.org.slug}/budget/${fy}`,
        totals: {
          allocated: bahtDecimal(totals.allocated),
          planned: bahtDecimal(totals.planned),
          actual: bahtDecimal(totals.actual),
          remaining: signed(totals.remaining),
          percent_spent: totals.percentSpent,
          planned_by_quarter: totals.plannedByQuarter.map(bahtDecimal),
          actual_by_quarter: totals.actualByQuarter.map((v) => (v === null ? null : bahtDecimal(v))),
        },
        lines: budgetJsonLines(view),
      }
    },
  )
}
