import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { ORGANISATION_KINDS } from '../../platform/auth/roles.ts'
import { errorResponseSchema } from '../../web/http/openapi.ts'
import { DIRECTORY_SCOPE } from '../../platform/public-content/generations.ts'
import type { PublicOrganisationRecord } from './organisations.repository.ts'
import { DIRECTORY_PAGE_DEFAULT, DIRECTORY_PAGE_MAX, findOrganisationInDirectory, pageOrganisationDirectory } from './organisations.use-cases.ts'

const organisationSchema = {
  type: 'object',
  required: ['id', 'slug', 'kind', 'name_th', 'name_en', 'parent_slug', 'address', 'phone', 'email', 'website', 'url', 'logo_url'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    slug: { type: 'string', description: 'permanent short name; the public page is /o/<slug>' },
    kind: { type: 'string', enum: [...ORGANISATION_KINDS] },
    name_th: { type: 'string', description: 'official name in Thai' },
    name_en: { type: 'string', description: 'name in English; empty when not given' },
    parent_slug: { type: 'string', nullable: true, description: 'slug of the overseeing organisation; null at the top level' },
    address: { type: 'string' },
    phone: { type: 'string' },
    email: { type: 'string' },
    website: { type: 'string' },
    url: { type: 'string', format: 'uri', description: 'the organisation’s public page' },
    logo_url: { type: 'string', format: 'uri', nullable: true },
  },
} as const

type OrganisationJson = {
  id: string
  slug: string
  kind: string
  name_th: string
  name_en: string
  parent_slug: string | null
  address: string
  phone: string
  email: string
  website: string
  url: string
  logo_url: string | null
}

type DirectoryPageJson = { organisations: OrganisationJson[]; total: number; limit: number; offset: number; next: string | null }

function toJson(o: PublicOrganisationRecord, baseUrl: string): OrganisationJson {
  const url = `${baseUrl}/o/${o.slug}`
  return {
    id: o.id,
    slug: o.slug,
    kind: o.kind,
    name_th: o.name_th,
    name_en: o.name_en,
    parent_slug: o.parent_slug,
    address: o.address,
    phone: o.phone,
    email: o.email,
    website: o.website,
    url,
    logo_url: o.has_logo ? `${url}/logo` : null,
  }
}

/** The public organisation directory as JSON: /api/v1/organisations. */
export function organisationApiRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  app.get<{ Querystring: { parent?: string; limit?: string; offset?: string } }>(
    '/api/v1/organisations',
    {
      schema: {
        operationId: 'listOrganisations',
        security: [],
        tags: ['organisations'],
        summary: 'List organisations, a page at a time',
        description: `Organisations sorted by Thai name, with their public contacts and place in the tree. At most ${DIRECTORY_PAGE_MAX} a page (default ${DIRECTORY_PAGE_DEFAULT}); follow \`next\` for the rest, or pass \`parent\` to list only the organisations directly under one.`,
        querystring: {
          type: 'object',
          properties: {
            parent: { type: 'string', description: 'slug of an organisation: only those directly under it' },
            limit: { type: 'string', pattern: '^[0-9]+$', description: `how many (1–${DIRECTORY_PAGE_MAX})` },
            offset: { type: 'string', pattern: '^[0-9]+$', description: 'how many to skip' },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['organisations', 'total', 'limit', 'offset', 'next'],
            properties: {
              organisations: { type: 'array', items: organisationSchema },
              total: { type: 'integer', description: 'how many match, over all pages' },
              limit: { type: 'integer' },
              offset: { type: 'integer' },
              next: { type: 'string', format: 'uri', nullable: true, description: 'the next page; null on the last' },
            },
          },
          400: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    // A client walking the national tree asks for the same pages again and again: each is kept
    // as compressed bytes until the directory changes (measured in bench/scale.ts).
    async (req, reply) => {
      return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE], async () => {
        const page = await pageOrganisationDirectory({ db: deps.db }, req.query)
        const end = page.offset + page.organisations.length
        const next = end < page.total ? new URL('/api/v1/organisations', deps.config.baseUrl) : null
        if (next) {
          if (req.query.parent) next.searchParams.set('parent', req.query.parent)
          next.searchParams.set('limit', String(page.limit))
          next.searchParams.set('offset', String(end))
        }
        const body: DirectoryPageJson = { organisations: page.organisations.map((o) => toJson(o, deps.config.baseUrl)), total: page.total, limit: page.limit, offset: page.offset, next: next ? next.toString() : null }
        return JSON.stringify(body)
      }, { type: 'application/json; charset=utf-8' })
    },
  )

  app.get<{ Params: { slug: string } }>(
    '/api/v1/organisations/:slug',
    {
      schema: {
        operationId: 'getOrganisation',
        security: [],
        tags: ['organisations'],
        summary: 'One organisation by its slug',
        params: { type: 'object', required: ['slug'], properties: { slug: { type: 'string' } } },
        response: {
          200: { type: 'object', required: ['organisation'], properties: { organisation: organisationSchema } },
          404: errorResponseSchema,
        },
      },
    },
    async (req, reply) => {
      const org = await findOrganisationInDirectory({ db: deps.db }, req.params.slug)
      reply.header('cache-control', 'public, max-age=60')
      return { organisation: toJson(org, deps.config.baseUrl) }
    },
  )
}
