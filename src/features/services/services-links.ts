import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { listServices } from './services.repository.ts'

export type PublishedManualLink = { serviceKey: string; nameTh: string; version: number; url: string; versionUrl: string }

/**
 * The agency's published citizen manuals and their stable addresses: what the OIT workspace
 * (O8/O9, the manual items) and the oversight form's items 2.2–2.3 ask for as a traceable link,
 * and what a portal section can list. Public facts, so no actor is needed.
 */
export async function publishedManualLinks(db: Kysely<Database>, organisationId: string, slug: string, baseUrl: string): Promise<{ listUrl: string; statisticsUrl: string; manuals: PublishedManualLink[] }> {
  const list = await listServices(db, organisationId, 'published')
  return {
    listUrl: `${baseUrl}/o/${slug}/services`,
    statisticsUrl: `${baseUrl}/o/${slug}/services/statistics`,
    manuals: list.map((s) => ({ serviceKey: s.key, nameTh: s.current.nameTh, version: s.current.version, url: `${baseUrl}/o/${slug}/services/${s.key}`, versionUrl: `${baseUrl}/o/${slug}/services/${s.key}/v/${s.current.version}` })),
  }
}
