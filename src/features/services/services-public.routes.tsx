import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { NotFoundError } from '../../errors.ts'
import { fileServiceFor, sendStoredFile } from '../../platform/files/index.ts'
import { renderExport } from '../../platform/exports/index.ts'
import { DIRECTORY_SCOPE, organisationScope } from '../../platform/public-content/generations.ts'
import { pageContext } from '../../web/http/request-context.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { manualWordTable, servicesCsvTable } from './services-open-data.ts'
import { findPublicAgency, publicManual, publicSampleForm, publicServices } from './services-public.use-cases.ts'
import { PublicManualPage } from './views/public-manual.page.tsx'
import { PublicServicesPage } from './views/public-services.page.tsx'

type SlugParams = { Params: { slug: string } }
type ManualParams = { Params: { slug: string; key: string } }
type VersionParams = { Params: { slug: string; key: string; version: string } }

function versionOf(raw: string): number {
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) throw new NotFoundError('service')
  return Number(raw)
}

/**
 * The citizen manuals at stable addresses, through the public-page cache: /o/<slug>/services,
 * /o/<slug>/services/<key> (the version now published) and /o/<slug>/services/<key>/v/<n>
 * (the permanent link of each published version, the one an agency reports for OIT).
 */
export async function servicesPublicRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const files = fileServiceFor(deps)
  const db = deps.db
  const organisationOf = (slug: string) => deps.publicPages.memo([DIRECTORY_SCOPE], `services-org:${slug}`, () => findPublicAgency({ db }, slug))

  app.get<SlugParams & { Querystring: { q?: string } }>('/o/:slug/services', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    const query = typeof req.query.q === 'string' ? req.query.q.slice(0, 200) : ''
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(org.id)], async () => {
      const services = await publicServices({ db }, org, query)
      return PublicServicesPage({ ctx: pageContext(req, reply), org, services, query })
    })
  })

  app.get<SlugParams>('/o/:slug/services.csv', async (req, reply) => {
    const org = await findPublicAgency({ db }, req.params.slug)
    const services = await publicServices({ db }, org)
    return sendExport(reply, await renderExport(servicesCsvTable(org, services, deps.config.baseUrl, req.locale), 'csv', `services-${org.slug}`))
  })

  app.get<ManualParams>('/o/:slug/services/:key', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(org.id)], async () => {
      const manual = await publicManual({ db }, org, req.params.key)
      return PublicManualPage({ ctx: pageContext(req, reply), org, manual })
    })
  })

  app.get<VersionParams>('/o/:slug/services/:key/v/:version', async (req, reply) => {
    const org = await organisationOf(req.params.slug)
    const version = versionOf(req.params.version)
    return deps.publicPages.serve(req, reply, [DIRECTORY_SCOPE, organisationScope(org.id)], async () => {
      const manual = await publicManual({ db }, org, req.params.key, version)
      return PublicManualPage({ ctx: pageContext(req, reply), org, manual })
    })
  })

  app.get<VersionParams>('/o/:slug/services/:key/v/:version/manual.docx', async (req, reply) => {
    const org = await findPublicAgency({ db }, req.params.slug)
    const manual = await publicManual({ db }, org, req.params.key, versionOf(req.params.version))
    const table = manualWordTable(org, manual.version, `${deps.config.baseUrl}/o/${org.slug}/services/${manual.service.key}/v/${manual.version.version}`, req.locale)
    return sendExport(reply, await renderExport(table, 'docx', `คู่มือ-${manual.service.key}-v${manual.version.version}`))
  })

  app.get<{ Params: { slug: string; key: string; fileId: string } }>('/o/:slug/services/:key/forms/:fileId', async (req, reply) => {
    const org = await findPublicAgency({ db }, req.params.slug)
    return sendStoredFile(req, reply, await publicSampleForm({ db, files }, org, req.params.key, req.params.fileId), { cacheControl: 'public, no-cache' })
  })
}
