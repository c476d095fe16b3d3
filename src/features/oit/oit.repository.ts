import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { IsoDate } from '../../platform/thai-calendar/index.ts'
import type { OitCatalogue, OitItem } from './oit-catalogue.domain.ts'
import type { OitItemStatus } from './oit-workspace.domain.ts'

export type CatalogueSummary = { scheme: string; fiscalYear: number; source: string; verified: boolean; itemCount: number; updatedAt: Date }

export async function listCatalogueSummaries(db: Kysely<Database>): Promise<CatalogueSummary[]> {
  const rows = await db
    .selectFrom('oit_catalogues')
    .select(['scheme', 'fiscal_year', 'source', 'verified', 'updated_at', sql<number>`jsonb_array_length(items)`.as('item_count')])
    .orderBy('scheme')
    .orderBy('fiscal_year', 'desc')
    .execute()
  return rows.map((r) => ({ scheme: r.scheme, fiscalYear: r.fiscal_year, source: r.source, verified: r.verified, itemCount: Number(r.item_count), updatedAt: r.updated_at }))
}

export async function countCatalogues(db: Kysely<Database>): Promise<number> {
  const r = await db.selectFrom('oit_catalogues').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
  return Number(r.n)
}

export async function findCatalogue(db: Kysely<Database>, scheme: string, fiscalYear: number): Promise<OitCatalogue | undefined> {
  const r = await db.selectFrom('oit_catalogues').selectAll().where('scheme', '=', scheme).where('fiscal_year', '=', fiscalYear).executeTakeFirst()
  return r && { scheme: r.scheme, fiscalYear: r.fiscal_year, source: r.source, verified: r.verified, items: r.items as OitItem[] }
}

/** Latest year of a scheme at or before `fiscalYear` (the one a new year is copied from). */
export async function latestCatalogueYear(db: Kysely<Database>, scheme: string, beforeOrAt?: number): Promise<number | undefined> {
  let q = db.selectFrom('oit_catalogues').select('fiscal_year').where('scheme', '=', scheme)
  if (beforeOrAt !== undefined) q = q.where('fiscal_year', '<=', beforeOrAt)
  const r = await q.orderBy('fiscal_year', 'desc').limit(1).executeTakeFirst()
  return r?.fiscal_year
}

export async function saveCatalogue(db: Kysely<Database>, c: OitCatalogue, now: Date): Promise<void> {
  const values = { scheme: c.scheme, fiscal_year: c.fiscalYear, source: c.source, verified: c.verified, items: JSON.stringify(c.items), updated_at: now }
  await db
    .insertInto('oit_catalogues')
    .values(values)
    .onConflict((oc) => oc.columns(['scheme', 'fiscal_year']).doUpdateSet({ source: values.source, verified: values.verified, items: values.items, updated_at: now }))
    .execute()
}

/** Serialises concurrent seeding and imports of catalogues (two instances starting at once). */
export async function lockCataloguesForWriting(db: Kysely<Database>): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(7270019)`.execute(db)
}

export type StoredEntry = {
  organisationId: string
  itemCode: string
  status: OitItemStatus
  portalItemId: string | null
  url: string | null
  explanation: string
  method: string
  timeFrame: string
  elementsDone: number[]
  dueDate: IsoDate | null
  responsibleUserId: string | null
  updatedAt: Date
}

export async function listEntries(db: Kysely<Database>, organisationIds: readonly string[], scheme: string, fiscalYear: number): Promise<StoredEntry[]> {
  if (organisationIds.length === 0) return []
  const rows = await db
    .selectFrom('oit_entries')
    .selectAll()
    .where('organisation_id', 'in', [...organisationIds])
    .where('scheme', '=', scheme)
    .where('fiscal_year', '=', fiscalYear)
    .execute()
  return rows.map((r) => ({
    organisationId: r.organisation_id,
    itemCode: r.item_code,
    status: r.status as OitItemStatus,
    portalItemId: r.portal_item_id,
    url: r.url,
    explanation: r.explanation,
    method: r.method,
    timeFrame: r.time_frame,
    elementsDone: r.elements_done,
    dueDate: (r.due_date as IsoDate | null) ?? null,
    responsibleUserId: r.responsible_user_id,
    updatedAt: r.updated_at,
  }))
}

export async function upsertEntry(db: Kysely<Database>, scheme: string, fiscalYear: number, e: Omit<StoredEntry, 'updatedAt'>, by: string, now: Date): Promise<void> {
  const values = {
    status: e.status,
    portal_item_id: e.portalItemId,
    url: e.url,
    explanation: e.explanation,
    method: e.method,
    time_frame: e.timeFrame,
    elements_done: JSON.stringify(e.elementsDone),
    due_date: e.dueDate,
    responsible_user_id: e.responsibleUserId,
    updated_by: by,
    updated_at: now,
  }
  await db
    .insertInto('oit_entries')
    .values({ organisation_id: e.organisationId, scheme, fiscal_year: fiscalYear, item_code: e.itemCode, ...values })
    .onConflict((oc) => oc.columns(['organisation_id', 'scheme', 'fiscal_year', 'item_code']).doUpdateSet(values))
    .execute()
}

/** Fiscal years of the portal items an agency's entries link to (the staleness check). */
export async function linkedContentYears(db: Kysely<Database>, portalItemIds: readonly string[]): Promise<Map<string, number | null>> {
  if (portalItemIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('portal_items as i')
    .innerJoin('portal_item_versions as v', (j) => j.onRef('v.item_id', '=', 'i.id').onRef('v.version', '=', 'i.current_version'))
    .select(['i.id', 'v.fiscal_year'])
    .where('i.id', 'in', [...portalItemIds])
    .execute()
  return new Map(rows.map((r) => [r.id, r.fiscal_year]))
}

export type StaffMember = { id: string; name: string; position: string }

export async function listAgencyPeople(db: Kysely<Database>, organisationId: string): Promise<StaffMember[]> {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('memberships as m', 'm.user_id', 'u.id')
    .select(['u.id', 'u.display_name', 'u.position'])
    .distinct()
    .where('m.organisation_id', '=', organisationId)
    .where('u.is_active', '=', true)
    .execute()
  const thai = new Intl.Collator('th')
  return rows.map((r) => ({ id: r.id, name: r.display_name, position: r.position })).sort((a, b) => thai.compare(a.name, b.name))
}

/** Agencies whose workspace has an answer for the item (removing it would orphan their work). */
export async function countEntriesForItem(db: Kysely<Database>, scheme: string, fiscalYear: number, code: string): Promise<number> {
  const r = await db
    .selectFrom('oit_entries')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('scheme', '=', scheme)
    .where('fiscal_year', '=', fiscalYear)
    .where(sql<string>`upper(item_code)`, '=', code.toUpperCase())
    .executeTakeFirstOrThrow()
  return Number(r.n)
}

export async function listSchemes(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('oit_catalogues').select('scheme').distinct().orderBy('scheme').execute()
  return rows.map((r) => r.scheme)
}

/** Schemes an agency has answered items in, most answered first. */
export async function schemesUsedBy(db: Kysely<Database>, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('oit_entries')
    .select(['scheme', (eb) => eb.fn.countAll<string>().as('n')])
    .where('organisation_id', '=', organisationId)
    .groupBy('scheme')
    .orderBy('n', 'desc')
    .orderBy('scheme')
    .execute()
  return rows.map((r) => r.scheme)
}
