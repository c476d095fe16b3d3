import { sql, type Kysely } from 'kysely'
import type { Database, PortalLink } from '../../db/tables.ts'

export type PortalItem = {
  id: string
  organisationId: string
  section: string
  number: number
  itemKey: string
  published: boolean
  publishedAt: Date | null
  currentVersion: number
  createdAt: Date
}

export type PortalAttachment = { id: string; name: string; mime: string; size: number }
export type PersonRef = { id: string; name: string; position: string }

export type PortalVersion = {
  itemId: string
  version: number
  titleTh: string
  titleEn: string
  bodySource: string
  bodyHtml: string
  links: PortalLink[]
  fiscalYear: number | null
  responsible: PersonRef | null
  createdBy: PersonRef | null
  createdAt: Date
  files: PortalAttachment[]
}

/** One line of a list: the item with its current version's facts. */
export type PortalListEntry = {
  id: string
  organisationId: string
  itemKey: string
  section: string
  published: boolean
  version: number
  titleTh: string
  titleEn: string
  fiscalYear: number | null
  responsible: PersonRef | null
  updatedAt: Date
}

const ITEM_COLUMNS = ['id', 'organisation_id', 'section', 'number', 'item_key', 'published', 'published_at', 'current_version', 'created_at'] as const

function toItem(r: {
  id: string
  organisation_id: string
  section: string
  number: number
  item_key: string
  published: boolean
  published_at: Date | null
  current_version: number
  created_at: Date
}): PortalItem {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    section: r.section,
    number: r.number,
    itemKey: r.item_key,
    published: r.published,
    publishedAt: r.published_at,
    currentVersion: r.current_version,
    createdAt: r.created_at,
  }
}

/** The next number of a section of an agency; numbers are never given twice, even after a failed save. */
export async function takeNextNumber(db: Kysely<Database>, organisationId: string, section: string): Promise<number> {
  const r = await db
    .insertInto('portal_counters')
    .values({ organisation_id: organisationId, section, last_number: 1 })
    .onConflict((oc) => oc.columns(['organisation_id', 'section']).doUpdateSet({ last_number: sql`portal_counters.last_number + 1` }))
    .returning('last_number')
    .executeTakeFirstOrThrow()
  return r.last_number
}

export async function insertItem(
  db: Kysely<Database>,
  v: { organisationId: string; section: string; number: number; itemKey: string; createdBy: string; now: Date },
): Promise<string> {
  const r = await db
    .insertInto('portal_items')
    .values({ organisation_id: v.organisationId, section: v.section, number: v.number, item_key: v.itemKey, created_by: v.createdBy, created_at: v.now, updated_at: v.now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

export type NewVersion = {
  itemId: string
  version: number
  titleTh: string
  titleEn: string
  bodySource: string
  bodyHtml: string
  links: PortalLink[]
  fiscalYear: number | null
  responsibleUserId: string
  createdBy: string
  now: Date
  fileIds: readonly string[]
}

export async function insertVersion(db: Kysely<Database>, v: NewVersion): Promise<void> {
  await db
    .insertInto('portal_item_versions')
    .values({
      item_id: v.itemId,
      version: v.version,
      title_th: v.titleTh,
      title_en: v.titleEn,
      body_source: v.bodySource,
      body_html: v.bodyHtml,
      links: JSON.stringify(v.links),
      fiscal_year: v.fiscalYear,
      responsible_user_id: v.responsibleUserId,
      created_by: v.createdBy,
      created_at: v.now,
    })
    .execute()
  if (v.fileIds.length) {
    await db
      .insertInto('portal_version_files')
      .values(v.fileIds.map((fileId, position) => ({ item_id: v.itemId, version: v.version, position, file_id: fileId })))
      .execute()
  }
}

export async function setCurrentVersion(db: Kysely<Database>, itemId: string, version: number, searchText: string, now: Date): Promise<void> {
  await db.updateTable('portal_items').set({ current_version: version, search_text: searchText, updated_at: now }).where('id', '=', itemId).execute()
}

export async function setPublished(db: Kysely<Database>, itemId: string, published: boolean, now: Date): Promise<void> {
  await db
    .updateTable('portal_items')
    .set({ published, updated_at: now, ...(published ? { published_at: now } : {}) })
    .where('id', '=', itemId)
    .execute()
}

/** `id` must already be a checked uuid. With `forUpdate`, concurrent saves of one item queue up. */
export async function findItem(db: Kysely<Database>, id: string, options: { forUpdate?: boolean } = {}): Promise<PortalItem | undefined> {
  let q = db.selectFrom('portal_items').select(ITEM_COLUMNS).where('id', '=', id)
  if (options.forUpdate) q = q.forUpdate()
  const r = await q.executeTakeFirst()
  return r ? toItem(r) : undefined
}

export async function findItemByKey(db: Kysely<Database>, organisationId: string, itemKey: string): Promise<PortalItem | undefined> {
  const r = await db.selectFrom('portal_items').select(ITEM_COLUMNS).where('organisation_id', '=', organisationId).where('item_key', '=', itemKey).executeTakeFirst()
  return r ? toItem(r) : undefined
}

export async function findVersion(db: Kysely<Database>, itemId: string, version: number): Promise<PortalVersion | undefined> {
  const r = await db
    .selectFrom('portal_item_versions as v')
    .leftJoin('users as resp', 'resp.id', 'v.responsible_user_id')
    .leftJoin('users as author', 'author.id', 'v.created_by')
    .select([
      'v.item_id',
      'v.version',
      'v.title_th',
      'v.title_en',
      'v.body_source',
      'v.body_html',
      'v.links',
      'v.fiscal_year',
      'v.created_at',
      'resp.id as resp_id',
      'resp.display_name as resp_name',
      'resp.position as resp_position',
      'author.id as author_id',
      'author.display_name as author_name',
      'author.position as author_position',
    ])
    .where('v.item_id', '=', itemId)
    .where('v.version', '=', version)
    .executeTakeFirst()
  if (!r) return undefined
  const files = await db
    .selectFrom('portal_version_files as pf')
    .innerJoin('files as f', 'f.id', 'pf.file_id')
    .select(['f.id', 'f.original_name', 'f.mime', 'f.size'])
    .where('pf.item_id', '=', itemId)
    .where('pf.version', '=', version)
    .orderBy('pf.position')
    .execute()
  return {
    itemId: r.item_id,
    version: r.version,
    titleTh: r.title_th,
    titleEn: r.title_en,
    bodySource: r.body_source,
    bodyHtml: r.body_html,
    links: r.links,
    fiscalYear: r.fiscal_year,
    responsible: r.resp_id ? { id: r.resp_id, name: r.resp_name ?? '', position: r.resp_position ?? '' } : null,
    createdBy: r.author_id ? { id: r.author_id, name: r.author_name ?? '', position: r.author_position ?? '' } : null,
    createdAt: r.created_at,
    files: files.map((f) => ({ id: f.id, name: f.original_name, mime: f.mime, size: Number(f.size) })),
  }
}

export type VersionSummary = { version: number; titleTh: string; titleEn: string; createdAt: Date; createdBy: string | null }

export async function listVersions(db: Kysely<Database>, itemId: string): Promise<VersionSummary[]> {
  const rows = await db
    .selectFrom('portal_item_versions as v')
    .leftJoin('users as u', 'u.id', 'v.created_by')
    .select(['v.version', 'v.title_th', 'v.title_en', 'v.created_at', 'u.display_name'])
    .where('v.item_id', '=', itemId)
    .orderBy('v.version', 'desc')
    .execute()
  return rows.map((r) => ({ version: r.version, titleTh: r.title_th, titleEn: r.title_en, createdAt: r.created_at, createdBy: r.display_name }))
}

/** Items of some agencies with their current version, newest change first. */
export async function listItems(
  db: Kysely<Database>,
  filter: { organisationIds: readonly string[]; publishedOnly: boolean; section?: string; limit?: number; offset?: number },
): Promise<PortalListEntry[]> {
  if (filter.organisationIds.length === 0) return []
  let q = db
    .selectFrom('portal_items as i')
    .innerJoin('portal_item_versions as v', (j) => j.onRef('v.item_id', '=', 'i.id').onRef('v.version', '=', 'i.current_version'))
    .leftJoin('users as resp', 'resp.id', 'v.responsible_user_id')
    .select([
      'i.id',
      'i.organisation_id',
      'i.item_key',
      'i.section',
      'i.published',
      'i.current_version',
      'v.title_th',
      'v.title_en',
      'v.fiscal_year',
      'v.created_at',
      'resp.id as resp_id',
      'resp.display_name as resp_name',
      'resp.position as resp_position',
    ])
    .where('i.organisation_id', 'in', [...filter.organisationIds])
    .orderBy('v.created_at', 'desc')
    .orderBy('i.number', 'desc')
  if (filter.publishedOnly) q = q.where('i.published', '=', true)
  if (filter.section) q = q.where('i.section', '=', filter.section)
  if (filter.limit !== undefined) q = q.limit(filter.limit)
  if (filter.offset) q = q.offset(filter.offset)
  const rows = await q.execute()
  return rows.map((r) => ({
    id: r.id,
    organisationId: r.organisation_id,
    itemKey: r.item_key,
    section: r.section,
    published: r.published,
    version: r.current_version,
    titleTh: r.title_th,
    titleEn: r.title_en,
    fiscalYear: r.fiscal_year,
    responsible: r.resp_id ? { id: r.resp_id, name: r.resp_name ?? '', position: r.resp_position ?? '' } : null,
    updatedAt: r.created_at,
  }))
}

export async function countPublishedInSection(db: Kysely<Database>, organisationId: string, section: string): Promise<number> {
  const r = await db
    .selectFrom('portal_items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('section', '=', section)
    .where('published', '=', true)
    .executeTakeFirstOrThrow()
  return Number(r.n)
}

/** The agency's active staff (anyone with a role in it): who may be named responsible for an item. */
export async function listAgencyStaff(db: Kysely<Database>, organisationId: string): Promise<PersonRef[]> {
  const rows = await db
    .selectFrom('users as u')
    .select(['u.id', 'u.display_name', 'u.position'])
    .where('u.is_active', '=', true)
    .where((eb) => eb.exists(eb.selectFrom('memberships as m').select('m.user_id').whereRef('m.user_id', '=', 'u.id').where('m.organisation_id', '=', organisationId)))
    .execute()
  return rows.map((r) => ({ id: r.id, name: r.display_name, position: r.position })).sort((a, b) => a.name.localeCompare(b.name, 'th'))
}

/** Whether a file belongs to some version of the item (the public may fetch files of published items only). */
export async function fileBelongsToItem(db: Kysely<Database>, itemId: string, fileId: string): Promise<boolean> {
  const r = await db.selectFrom('portal_version_files').select('file_id').where('item_id', '=', itemId).where('file_id', '=', fileId).limit(1).executeTakeFirst()
  return r !== undefined
}

/** Every published item's permanent address parts, for the sitemap: one query however many agencies. */
export async function listPublishedItemKeys(db: Kysely<Database>): Promise<{ organisationId: string; itemKey: string; updatedAt: Date }[]> {
  const rows = await db.selectFrom('portal_items').select(['organisation_id', 'item_key', 'updated_at']).where('published', '=', true).orderBy('organisation_id').orderBy('item_key').execute()
  return rows.map((r) => ({ organisationId: r.organisation_id, itemKey: r.item_key, updatedAt: r.updated_at }))
}
