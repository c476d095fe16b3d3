import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { NotFoundError } from '../../errors.ts'
import { requireActor } from '../../web/http/request-context.ts'
import { errorResponseSchema } from '../../web/http/openapi.ts'
import { provinceCompleteness } from './oit-report.use-cases.ts'
import { oitWorkspace } from './oit-workspace.use-cases.ts'

const counts = {
  total: { type: 'integer' },
  finished: { type: 'integer' },
  missing: { type: 'integer' },
  stale: { type: 'integer', description: 'linked content is about a fiscal year the item does not accept' },
  dueSoon: { type: 'integer' },
  overdue: { type: 'integer' },
  percentFinished: { type: 'integer' },
} as const
const countKeys = Object.keys(counts)
const nullableString = { type: ['string', 'null'] } as const
const fyParams = { type: 'object', required: ['fy'], properties: { fy: { type: 'string', pattern: '^[0-9]{4}$', description: 'fiscal year, Buddhist Era' } } } as const
const schemeQuery = { scheme: { type: 'string', description: 'catalogue scheme, e.g. nacc-ita (default: the one the agency works in)' } } as const

const workspaceSchema = {
  type: 'object',
  required: ['organisation', 'scheme', 'fiscalYear', 'summary', 'items'],
  properties: {
    organisation: { type: 'object', required: ['slug', 'nameTh', 'nameEn'], properties: { slug: { type: 'string' }, nameTh: { type: 'string' }, nameEn: { type: 'string' } } },
    scheme: { type: 'string' },
    fiscalYear: { type: 'integer' },
    summary: { type: 'object', required: countKeys, properties: counts },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'nameTh', 'nameEn', 'status', 'url', 'responsible', 'dueDate', 'missing', 'stale', 'dueSoon', 'overdue', 'elementsDone', 'elementsTotal'],
        properties: {
          code: { type: 'string' },
          nameTh: { type: 'string' },
          nameEn: { type: 'string' },
          status: { type: 'string', enum: ['missing', 'draft', 'ready', 'submitted', 'contested', 'confirmed'] },
          url: nullableString,
          responsible: { type: ['object', 'null'], required: ['id', 'name'], properties: { id: { type: 'string', format: 'uuid' }, name: { type: 'string' } } },
          dueDate: { ...nullableString, description: 'YYYY-MM-DD (Gregorian)' },
          missing: { type: 'boolean' },
          stale: { type: 'boolean' },
          dueSoon: { type: 'boolean' },
          overdue: { type: 'boolean' },
          elementsDone: { type: 'integer' },
          elementsTotal: { type: 'integer' },
        },
      },
    },
  },
} as const

const provinceSchema = {
  type: 'object',
  required: ['overseer', 'scheme', 'fiscalYear', 'agencies'],
  properties: {
    overseer: { type: 'object', required: ['id', 'nameTh', 'nameEn'], properties: { id: { type: 'string', format: 'uuid' }, nameTh: { type: 'string' }, nameEn: { type: 'string' } } },
    scheme: { type: 'string' },
    fiscalYear: { type: 'integer' },
    agencies: {
      type: 'array',
      description: 'least complete first',
      items: { type: 'object', required: ['slug', 'nameTh', 'nameEn', ...countKeys], properties: { slug: { type: 'string' }, nameTh: { type: 'string' }, nameEn: { type: 'string' }, ...counts } },
    },
  },
} as const

/** The OIT workspace and oversight's completeness as JSON, for the signed-in caller's own scope. */
export function oitApiRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  app.get<{ Params: { slug: string; fy: string }; Querystring: { scheme?: string } }>(
    '/api/v1/organisations/:slug/oit/:fy',
    {
      schema: {
        operationId: 'getOrganisationOitWorkspace',
        tags: ['oit'],
        summary: 'An agency’s OIT checklist for a fiscal year: each item’s status, URL, responsible person and due date',
        security: [{ session: [] }],
        params: { type: 'object', required: ['slug', 'fy'], properties: { slug: { type: 'string' }, fy: fyParams.properties.fy } },
        querystring: { type: 'object', properties: schemeQuery },
        response: { 200: workspaceSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (req) => {
      const view = await oitWorkspace({ db: deps.db, actor: requireActor(req), now: req.now, baseUrl: deps.config.baseUrl }, req.params.slug, req.params.fy, req.query.scheme)
      if (!view.catalogue || !view.report || view.fiscalYear !== Number(req.params.fy)) throw new NotFoundError('catalogue')
      const people = new Map(view.people.map((p) => [p.id, p.name]))
      const r = view.report
      return {
        organisation: { slug: view.org.slug, nameTh: view.org.name_th, nameEn: view.org.name_en },
        scheme: view.scheme,
        fiscalYear: view.fiscalYear,
        summary: { total: r.total, finished: r.finished, missing: r.missing, stale: r.stale, dueSoon: r.dueSoon, overdue: r.overdue, percentFinished: r.percentFinished },
        items: view.rows.map((row) => {
          const c = row.completeness
          const responsible = c.responsibleUserId ? { id: c.responsibleUserId, name: people.get(c.responsibleUserId) ?? '' } : null
          return {
            code: row.item.code,
            nameTh: row.item.nameTh,
            nameEn: row.item.nameEn,
            status: c.status,
            url: row.entry?.url ?? null,
            responsible,
            dueDate: c.dueDate,
            missing: c.missing,
            stale: c.stale,
            dueSoon: c.dueSoon,
            overdue: c.overdue,
            elementsDone: c.elementsDone,
            elementsTotal: c.elementsTotal,
          }
        }),
      }
    },
  )

  app.get<{ Params: { fy: string }; Querystring: { org?: string; scheme?: string } }>(
    '/api/v1/oversight/oit/:fy',
    {
      schema: {
        operationId: 'getOversightOitCompleteness',
        tags: ['oit'],
        summary: 'OIT completeness of the agencies below a body the caller oversees',
        security: [{ session: [] }],
        params: fyParams,
        querystring: { type: 'object', properties: { org: { type: 'string', format: 'uuid', description: 'the overseeing body (default: the caller’s first)' }, ...schemeQuery } },
        response: { 200: provinceSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (req) => {
      const report = await provinceCompleteness({ db: deps.db, actor: requireActor(req), now: req.now }, req.query.org, req.params.fy, req.query.scheme)
      if (!report.hasCatalogue || report.fiscalYear !== Number(req.params.fy)) throw new NotFoundError('catalogue')
      return {
        overseer: { id: report.overseer.id, nameTh: report.overseer.name_th, nameEn: report.overseer.name_en },
        scheme: report.scheme,
        fiscalYear: report.fiscalYear,
        agencies: report.rows.map((r) => ({
          slug: r.slug,
          nameTh: r.name_th,
          nameEn: r.name_en,
          total: r.total,
          finished: r.finished,
          missing: r.missing,
          stale: r.stale,
          dueSoon: r.dueSoon,
          overdue: r.overdue,
          percentFinished: r.percentFinished,
        })),
      }
    },
  )
}
