import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { NotFoundError } from '../../errors.ts'
import type { FileService, OpenedFile } from '../../platform/files/index.ts'
import { currentFiscalYear } from '../../platform/thai-calendar/index.ts'
import { findOrganisationBySlug, isUuid, type OrganisationDetails } from '../organisations/index.ts'
import { publishedStatistics } from '../complaints/index.ts'
import { isItemKey } from './portal.domain.ts'
import { countPublishedInSection, fileBelongsToItem, findItemByKey, findVersion, listItems, listVersions, type PortalItem, type VersionSummary, type PortalListEntry, type PortalVersion } from './portal.repository.ts'
import { isPortalSectionKey, PORTAL_SECTIONS, portalSection, type PortalSection } from './portal-sections.domain.ts'

type Deps = { db: Kysely<Database> }

/**
 * What any citizen may read of an agency's portal: published items only. An unpublished item is
 * "not found" to the public (its address stays reserved for when it is published again).
 */
export async function findPortalOrganisation({ db }: Deps, slug: string): Promise<OrganisationDetails> {
  const org = await findOrganisationBySlug(db, slug)
  if (!org) throw new NotFoundError('organisation')
  return org
}

/** How many items of a section the index shows before "see all". */
export const INDEX_ITEMS_PER_SECTION = 10
export const SECTION_PAGE_SIZE = 25

export type PublicIndexSection = { section: PortalSection; entries: PortalListEntry[]; total: number }

/** The current fiscal year's complaint figures, shown in the complaints section as published (003 m5.5). */
export type ComplaintSummary = { fiscalYear: number; total: number; completed: number; inProgress: number; completedPct: number; inProgressPct: number }

export type PublicPortalIndex = { sections: PublicIndexSection[]; currentFiscalYear: number; complaintSummary: ComplaintSummary }

export async function publicPortalIndex({ db }: Deps, org: OrganisationDetails, now: Date): Promise<PublicPortalIndex> {
  const entries = await listItems(db, { organisationIds: [org.id], publishedOnly: true })
  const sections = PORTAL_SECTIONS.map((section) => {
    const all = entries.filter((e) => e.section === section.key)
    return { section, entries: all.slice(0, INDEX_ITEMS_PER_SECTION), total: all.length }
  })
  const fiscalYear = currentFiscalYear(now)
  const { stats } = await publishedStatistics({ db, now }, org.slug, String(fiscalYear))
  const y = stats.year
  const complaintSummary = { fiscalYear, total: y.total, completed: y.completed, inProgress: y.inProgress, completedPct: y.completedPct, inProgressPct: y.inProgressPct }
  return { sections, currentFiscalYear: fiscalYear, complaintSummary }
}

export async function publicPortalSection({ db }: Deps, org: OrganisationDetails, sectionKey: string, page: number): Promise<{ section: PortalSection; entries: PortalListEntry[]; total: number; page: number; pageCount: number }> {
  if (!isPortalSectionKey(sectionKey)) throw new NotFoundError('portal section')
  const total = await countPublishedInSection(db, org.id, sectionKey)
  const pageCount = Math.max(1, Math.ceil(total / SECTION_PAGE_SIZE))
  if (!Number.isSafeInteger(page) || page < 1 || page > pageCount) throw new NotFoundError('page')
  const entries = await listItems(db, { organisationIds: [org.id], publishedOnly: true, section: sectionKey, limit: SECTION_PAGE_SIZE, offset: (page - 1) * SECTION_PAGE_SIZE })
  return { section: portalSection(sectionKey), entries, total, page, pageCount }
}

export type PublicItem = { item: PortalItem; shown: PortalVersion; isCurrent: boolean; versions: VersionSummary[] }

async function publishedItem(db: Kysely<Database>, org: OrganisationDetails, itemKey: string): Promise<PortalItem> {
  if (!isItemKey(itemKey)) throw new NotFoundError('portal item')
  const item = await findItemByKey(db, org.id, itemKey)
  if (!item || !item.published) throw new NotFoundError('portal item')
  return item
}

/** A published item at its permanent address; `version` for an earlier one (/v/<n>). */
export async function publicItem({ db }: Deps, org: OrganisationDetails, itemKey: string, version?: string): Promise<PublicItem> {
  const item = await publishedItem(db, org, itemKey)
  let n = item.currentVersion
  if (version !== undefined) {
    n = /^[1-9][0-9]{0,6}$/.test(version) ? Number(version) : NaN
    if (!(n >= 1 && n <= item.currentVersion)) throw new NotFoundError('portal item version')
  }
  const shown = await findVersion(db, item.id, n)
  if (!shown) throw new NotFoundError('portal item version')
  return { item, shown, isCurrent: n === item.currentVersion, versions: await listVersions(db, item.id) }
}

/** A file attached to any version of a published item. */
export async function publicAttachment({ db, files }: Deps & { files: FileService }, slug: string, itemKey: string, fileId: string): Promise<OpenedFile> {
  if (!isUuid(fileId)) throw new NotFoundError('file')
  const org = await findPortalOrganisation({ db }, slug)
  const item = await publishedItem(db, org, itemKey)
  if (!(await fileBelongsToItem(db, item.id, fileId))) throw new NotFoundError('file')
  const opened = await files.openFile(fileId)
  if (!opened) throw new NotFoundError('file')
  return opened
}

/** Every published item of the agency, for the open-data files (CSV, JSON). */
export async function portalOpenData({ db }: Deps, slug: string): Promise<{ org: OrganisationDetails; entries: PortalListEntry[] }> {
  const org = await findPortalOrganisation({ db }, slug)
  const entries = await listItems(db, { organisationIds: [org.id], publishedOnly: true })
  const order = new Map<string, number>(PORTAL_SECTIONS.map((s, i) => [s.key, i]))
  entries.sort((a, b) => (order.get(a.section) ?? 99) - (order.get(b.section) ?? 99) || b.updatedAt.getTime() - a.updatedAt.getTime())
  return { org, entries }
}
