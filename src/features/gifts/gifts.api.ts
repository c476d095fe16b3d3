import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { errorResponseSchema } from '../../web/http/openapi.ts'
import { DONOR_TYPES, noGiftPolicy } from './gifts.domain.ts'
import { publicDonations } from './gifts.use-cases.ts'

const donationSchema = {
  type: 'object',
  required: ['accepted_on', 'donor_name', 'donor_type', 'description', 'value', 'purpose', 'intended_use'],
  properties: {
    accepted_on: { type: 'string', format: 'date', description: 'วันที่รับ' },
    donor_name: { type: 'string' },
    donor_type: { type: 'string', enum: Object.keys(DONOR_TYPES) },
    description: { type: 'string', description: 'สิ่งที่บริจาค' },
    value: { type: 'number', description: 'estimated value in baht, two decimals' },
    purpose: { type: 'string' },
    intended_use: { type: 'string', description: 'การนำไปใช้' },
  },
} as const

/** Open data: /api/v1/organisations/<slug>/donations — the same facts as /o/<slug>/donations. */
export function giftsApiRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  app.get<{ Params: { slug: string } }>(
    '/api/v1/organisations/:slug/donations',
    {
      schema: {
        operationId: 'listOrganisationDonations',
        security: [],
        tags: ['integrity'],
        summary: 'Donations an agency accepted, and its No Gift policy',
        description: 'Only donations the head approved and the agency received (seed 002 measure 6); gifts declared by staff are internal and not listed.',
        params: { type: 'object', required: ['slug'], properties: { slug: { type: 'string' } } },
        response: {
          200: {
            type: 'object',
            required: ['organisation', 'no_gift_policy', 'url', 'donations'],
            properties: {
              organisation: { type: 'object', required: ['slug', 'name_th', 'name_en'], properties: { slug: { type: 'string' }, name_th: { type: 'string' }, name_en: { type: 'string' } } },
              no_gift_policy: { type: 'object', required: ['th', 'en'], properties: { th: { type: 'string' }, en: { type: 'string' } } },
              url: { type: 'string', format: 'uri' },
              donations: { type: 'array', items: donationSchema },
            },
          },
          404: errorResponseSchema,
        },
      },
    },
    async (req, reply) => {
      const { agency, donations } = await publicDonations(deps.db, req.params.slug)
      reply.header('cache-control', 'no-cache')
      return {
        organisation: { slug: agency.slug, name_th: agency.name_th, name_en: agency.name_en },
        no_gift_policy: noGiftPolicy(agency.name_th),
        url: `${deps.config.baseUrl}/o/${agency.slug}/donations`,
        donations: donations.map((d) => ({ accepted_on: d.acceptedOn, donor_name: d.donorName, donor_type: d.donorType, description: d.description, value: d.valueSatang / 100, purpose: d.purpose, intended_use: d.intendedUse })),
      }
    },
  )
}
