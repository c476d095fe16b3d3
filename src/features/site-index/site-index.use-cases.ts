import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { listAllPublishedBudgetYears } from '../budget/index.ts'
import { listAllOrganisations, sortByThaiName } from '../organisations/index.ts'
import { listPublishedItemKeys } from '../portal/index.ts'
import { listAllPublishedProcurementRecords } from '../procurement/index.ts'
import { ORGANISATION_PAGES, type SitemapEntry } from './site-index.domain.ts'
import { publicContentVersion } from './site-index.repository.ts'

type Deps = { db: Kysely<Database> }

/**
 * Every public page a crawler should know, at its permanent address: the home page, each
 * organisation's pages, the budget years and procurement plans and months it has published, and its
 * published portal items. Only published things: nothing here needs a session.
 */
export async function listSitemapEntries({ db }: Deps): Promise<SitemapEntry[]> {
  const [orgs, items, budgetYears, procurement] = await Promise.all([listAllOrganisations(db), listPublishedItemKeys(db), listAllPublishedBudgetYears(db), listAllPublishedProcurementRecords(db)])
  const slugOf = new Map(orgs.map((o) => [o.id, o.slug]))
  const byOrg = new Map<string, SitemapEntry[]>()
  const add = (orgId: string, entry: SitemapEntry) => {
    const list = byOrg.get(orgId)
    if (list) list.push(entry)
    else byOrg.set(orgId, [entry])
  }
  for (const b of budgetYears) add(b.organisationId, { path: `/o/${slugOf.get(b.organisationId)}/budget/${b.fiscalYear}`, lastmod: b.updatedAt })
  const procurementYears = new Map<string, Date>()
  for (const r of procurement) {
    const slug = slugOf.get(r.organisationId)
    if (r.kind === 'plan') add(r.organisationId, { path: `/o/${slug}/procurement/plan/${r.fiscalYear}`, lastmod: r.updatedAt })
    else add(r.organisationId, { path: `/o/${slug}/procurement/monthly/${r.fiscalYear}/${r.month}`, lastmod: r.updatedAt })
    const yearKey = `${r.organisationId}/${r.fiscalYear}`
    const seen = procurementYears.get(yearKey)
    if (!seen || seen < r.updatedAt) procurementYears.set(yearKey, r.updatedAt)
  }
  for (const [yearKey, lastmod] of procurementYears) {
    const [orgId, fy] = yearKey.split('/') as [string, string]
    const slug = slugOf.get(orgId)
    add(orgId, { path: `/o/${slug}/procurement/monthly/${fy}`, lastmod })
    add(orgId, { path: `/o/${slug}/procurement/annual/${fy}`, lastmod })
  }
  for (const i of items) add(i.organisationId, { path: `/o/${slugOf.get(i.organisationId)}/p/${i.itemKey}`, lastmod: i.updatedAt })

  const entries: SitemapEntry[] = [{ path: '/' }]
  // In the home page's order, so an agency's pages stay together from one build to the next.
  for (const org of sortByThaiName(orgs)) {
    for (const page of ORGANISATION_PAGES) entries.push({ path: `/o/${org.slug}${page}` })
    entries.push(...(byOrg.get(org.id) ?? []))
  }
  return entries
}

export type SitemapSnapshot = { version: string; entries: SitemapEntry[]; lastmod: Date | undefined }

/**
 * The sitemap's entries, rebuilt only when public content has changed since the last build (one
 * small aggregate query per request otherwise), so a crawler walking a national sitemap of many
 * files does not rebuild it for each file.
 */
export function createSitemapSource({ db }: Deps): { current(): Promise<SitemapSnapshot> } {
  let snapshot: SitemapSnapshot | undefined
  let building: Promise<SitemapSnapshot> | undefined
  return {
    async current() {
      const version = await publicContentVersion(db)
      if (snapshot?.version === version) return snapshot
      if (!building) {
        building = listSitemapEntries({ db })
          .then((entries) => {
            const newest = entries.reduce((max, e) => (e.lastmod && e.lastmod.getTime() > max ? e.lastmod.getTime() : max), 0)
            snapshot = { version, entries, lastmod: newest ? new Date(newest) : undefined }
            return snapshot
          })
          .finally(() => {
            building = undefined
          })
      }
      return building
    },
  }
}
