import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { NotFoundError } from '../../errors.ts'
import { errorResponseSchema } from '../../web/http/openapi.ts'
import { bahtOf, FISCAL_MONTHS, PROCUREMENT_METHODS, type MonthContent } from './procurement.domain.ts'
import { findProcurementOrganisation, parseFiscalYear, parseMonth, publicMonth, publicPlan, publicYear, publicYears } from './procurement-public.use-cases.ts'

const money = { type: 'number', description: 'baht, two decimals' } as const
const methodSchema = { type: 'string', enum: [...PROCUREMENT_METHODS], description: 'e_bidding, e_market, price_inquiry (สอบราคา), selection (คัดเลือก), specific (เฉพาะเจาะจง)' } as const
const organisationSchema = {
  type: 'object',
  required: ['slug', 'name_th', 'name_en'],
  properties: { slug: { type: 'string' }, name_th: { type: 'string' }, name_en: { type: 'string' } },
} as const

const purchaseSchema = {
  type: 'object',
  required: ['no', 'item', 'budget', 'reference_price', 'method', 'bidders', 'winner', 'agreed_price', 'reason', 'contract_no', 'contract_date'],
  properties: {
    no: { type: 'integer' },
    item: { type: 'string', description: 'งานที่จัดซื้อหรือจัดจ้าง' },
    budget: money,
    reference_price: { ...money, nullable: true },
    method: methodSchema,
    bidders: { type: 'string', description: 'bidders and their prices, one per line' },
    winner: { type: 'string' },
    agreed_price: money,
    reason: { type: 'string' },
    contract_no: { type: 'string' },
    contract_date: { type: 'string', format: 'date', nullable: true },
  },
} as const

const monthSchema = {
  type: 'object',
  required: ['fiscal_year', 'month', 'state', 'version', 'updated_at', 'url', 'purchases'],
  properties: {
    fiscal_year: { type: 'integer', description: 'Buddhist-Era fiscal year (1 Oct – 30 Sep)' },
    month: { type: 'integer', minimum: 1, maximum: 12, description: 'calendar month' },
    state: { type: 'string', enum: ['published', 'no_procurement', 'not_published'], description: 'no_procurement: reported, with nothing bought; not_published: nothing published for the month' },
    version: { type: 'integer', nullable: true },
    updated_at: { type: 'string', format: 'date-time', nullable: true },
    responsible: { type: 'string' },
    url: { type: 'string', format: 'uri' },
    purchases: { type: 'array', items: purchaseSchema },
  },
} as const

function purchasesOf(content: MonthContent) {
  return content.noProcurement
    ? []
    : content.rows.map((r, i) => ({
        no: i + 1,
        item: r.item,
        budget: bahtOf(r.budget),
        reference_price: r.referencePrice === null ? null : bahtOf(r.referencePrice),
        method: r.method,
        bidders: r.bidders,
        winner: r.winner,
        agreed_price: bahtOf(r.agreedPrice),
        reason: r.reason,
        contract_no: r.contractNo,
        contract_date: r.contractDate,
      }))
}

const orgOut = (o: { slug: string; name_th: string; name_en: string }) => ({ slug: o.slug, name_th: o.name_th, name_en: o.name_en })

/** Open data: /api/v1/organisations/<slug>/procurement/… — the same facts as the public pages. */
export function procurementApiRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const db = deps.db
  const base = deps.config.baseUrl
  const slugParam = { slug: { type: 'string' } }

  app.get<{ Params: { slug: string } }>(
    '/api/v1/organisations/:slug/procurement',
    {
      schema: {
        operationId: 'listOrganisationProcurementYears',
        security: [],
        tags: ['procurement'],
        summary: 'Fiscal years with published procurement information',
        params: { type: 'object', required: ['slug'], properties: slugParam },
        response: {
          200: { type: 'object', required: ['organisation', 'fiscal_years'], properties: { organisation: organisationSchema, fiscal_years: { type: 'array', items: { type: 'integer' } } } },
          404: errorResponseSchema,
        },
      },
    },
    async (req, reply) => {
      const org = await findProcurementOrganisation({ db }, req.params.slug)
      reply.header('cache-control', 'no-cache')
      return { organisation: orgOut(org), fiscal_years: await publicYears({ db }, org) }
    },
  )

  app.get<{ Params: { slug: string; fy: string } }>(
    '/api/v1/organisations/:slug/procurement/plan/:fy',
    {
      schema: {
        operationId: 'getOrganisationProcurementPlan',
        security: [],
        tags: ['procurement'],
        summary: 'An agency’s published procurement plan for a fiscal year',
        description: 'The plan with the date the budget was allocated and the date the plan was published (Public Procurement Act 2560 s.11), and its lines.',
        params: { type: 'object', required: ['slug', 'fy'], properties: { ...slugParam, fy: { type: 'string', pattern: '^[0-9]{4}$' } } },
        response: {
          200: {
            type: 'object',
            required: ['organisation', 'fiscal_year', 'allocated_on', 'announced_on', 'business_days_to_publication', 'version', 'updated_at', 'url', 'lines'],
            properties: {
              organisation: organisationSchema,
              fiscal_year: { type: 'integer' },
              allocated_on: { type: 'string', format: 'date', description: 'วันที่ได้รับจัดสรรงบประมาณ' },
              announced_on: { type: 'string', format: 'date', description: 'วันที่ประกาศเผยแพร่แผน' },
              business_days_to_publication: { type: 'integer' },
              responsible: { type: 'string' },
              version: { type: 'integer' },
              updated_at: { type: 'string', format: 'date-time' },
              url: { type: 'string', format: 'uri' },
              lines: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['no', 'egp_id', 'project', 'budget', 'fund_source', 'method', 'announce_month'],
                  properties: { no: { type: 'integer' }, egp_id: { type: 'string' }, project: { type: 'string' }, budget: money, fund_source: { type: 'string' }, method: methodSchema, announce_month: { type: 'integer', minimum: 1, maximum: 12 } },
                },
              },
            },
          },
          404: errorResponseSchema,
        },
      },
    },
    async (req, reply) => {
      const org = await findProcurementOrganisation({ db }, req.params.slug)
      const fy = parseFiscalYear(req.params.fy)
      const view = await publicPlan({ db }, org, fy)
      if (!view.plan || !view.timeliness) throw new NotFoundError('procurement plan')
      const c = view.plan.content
      reply.header('cache-control', 'no-cache')
      return {
        organisation: orgOut(org),
        fiscal_year: fy,
        allocated_on: c.allocatedOn,
        announced_on: c.announcedOn,
        business_days_to_publication: view.timeliness.businessDays,
        responsible: [c.responsibleName, c.responsiblePosition].filter(Boolean).join(' '),
        version: view.plan.version,
        updated_at: view.plan.updatedAt.toISOString(),
        url: `${base}/o/${org.slug}/procurement/plan/${fy}`,
        lines: c.lines.map((l, i) => ({ no: i + 1, egp_id: l.egpId, project: l.project, budget: bahtOf(l.budget), fund_source: l.fundSource, method: l.method, announce_month: l.announceMonth })),
      }
    },
  )

  app.get<{ Params: { slug: string; fy: string } }>(
    '/api/v1/organisations/:slug/procurement/monthly/:fy',
    {
      schema: {
        operationId: 'getOrganisationProcurementYear',
        security: [],
        tags: ['procurement'],
        summary: 'Every month of a fiscal year (สขร.1) and the annual totals',
        params: { type: 'object', required: ['slug', 'fy'], properties: { ...slugParam, fy: { type: 'string', pattern: '^[0-9]{4}$' } } },
        response: {
          200: {
            type: 'object',
            required: ['organisation', 'fiscal_year', 'months', 'annual'],
            properties: {
              organisation: organisationSchema,
              fiscal_year: { type: 'integer' },
              months: { type: 'array', items: monthSchema },
              annual: {
                type: 'object',
                required: ['count', 'agreed_total', 'budget_total', 'by_method'],
                properties: {
                  count: { type: 'integer' },
                  agreed_total: money,
                  budget_total: money,
                  by_method: { type: 'array', items: { type: 'object', required: ['method', 'count', 'agreed_total', 'budget_total'], properties: { method: methodSchema, count: { type: 'integer' }, agreed_total: money, budget_total: money } } },
                },
              },
            },
          },
          404: errorResponseSchema,
        },
      },
    },
    async (req, reply) => {
      const org = await findProcurementOrganisation({ db }, req.params.slug)
      const fy = parseFiscalYear(req.params.fy)
      const view = await publicYear({ db }, org, fy)
      reply.header('cache-control', 'no-cache')
      return {
        organisation: orgOut(org),
        fiscal_year: fy,
        months: FISCAL_MONTHS.map((m) => {
          const found = view.months.find((x) => x.month === m)
          const url = `${base}/o/${org.slug}/procurement/monthly/${fy}/${m}`
          if (!found) return { fiscal_year: fy, month: m, state: 'not_published', version: null, updated_at: null, responsible: '', url, purchases: [] }
          return { fiscal_year: fy, month: m, state: found.content.noProcurement ? 'no_procurement' : 'published', version: found.version, updated_at: found.updatedAt.toISOString(), responsible: found.content.responsibleName, url, purchases: purchasesOf(found.content) }
        }),
        annual: {
          count: view.report.total.count,
          agreed_total: bahtOf(view.report.total.value),
          budget_total: bahtOf(view.report.total.budget),
          by_method: view.report.byMethod.map((m) => ({ method: m.method, count: m.count, agreed_total: bahtOf(m.value), budget_total: bahtOf(m.budget) })),
        },
      }
    },
  )

  app.get<{ Params: { slug: string; fy: string; month: string } }>(
    '/api/v1/organisations/:slug/procurement/monthly/:fy/:month',
    {
      schema: {
        operationId: 'getOrganisationProcurementMonth',
        security: [],
        tags: ['procurement'],
        summary: 'One month’s procurement summary (สขร.1)',
        params: { type: 'object', required: ['slug', 'fy', 'month'], properties: { ...slugParam, fy: { type: 'string', pattern: '^[0-9]{4}$' }, month: { type: 'string', pattern: '^[0-9]{1,2}$' } } },
        response: { 200: { type: 'object', required: ['organisation', 'summary'], properties: { organisation: organisationSchema, summary: monthSchema } }, 404: errorResponseSchema },
      },
    },
    async (req, reply) => {
      const org = await findProcurementOrganisation({ db }, req.params.slug)
      const fy = parseFiscalYear(req.params.fy)
      const month = parseMonth(req.params.month)
      const view = await publicMonth({ db }, org, fy, month)
      if (!view.record) throw new NotFoundError('procurement month')
      const c = view.record.content
      reply.header('cache-control', 'no-cache')
      return {
        organisation: orgOut(org),
        summary: {
          fiscal_year: fy,
          month,
          state: c.noProcurement ? 'no_procurement' : 'published',
          version: view.record.version,
          updated_at: view.record.updatedAt.toISOString(),
          responsible: c.responsibleName,
          url: `${base}/o/${org.slug}/procurement/monthly/${fy}/${month}`,
          purchases: purchasesOf(c),
        },
      }
    },
  )
}
