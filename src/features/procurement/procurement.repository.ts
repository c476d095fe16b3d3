import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { MonthContent, PlanContent } from './procurement.domain.ts'

/** A plan is (kind 'plan', month 0); a monthly summary is (kind 'month', month 1–12). */
export type RecordKey = { organisationId: string; fiscalYear: number; kind: 'plan' | 'month'; month: number }

export type ProcurementRecord = RecordKey & { currentVersion: number; published: boolean; publishedAt: Date | null; updatedAt: Date }
export type StoredVersion<C> = { version: number; content: C; createdAt: Date; createdBy: string | null }
export type VersionSummary = { version: number; createdAt: Date; createdByName: string | null }

type Row = { organisation_id: string; fiscal_year: number; kind: 'plan' | 'month'; month: number; current_version: number; published: boolean; published_at: Date | null; updated_at: Date }

const toRecord = (r: Row): ProcurementRecord => ({
  organisationId: r.organisation_id,
  fiscalYear: r.fiscal_year,
  kind: r.kind,
  month: r.month,
  currentVersion: r.current_version,
  published: r.published,
  publishedAt: r.published_at,
  updatedAt: r.updated_at,
})

const COLUMNS = ['organisation_id', 'fiscal_year', 'kind', 'month', 'current_version', 'published', 'published_at', 'updated_at'] as const

export async function findRecord(db: Kysely<Database>, key: RecordKey, opts: { forUpdate?: boolean } = {}): Promise<ProcurementRecord | undefined> {
  let q = db.selectFrom('procurement_records').select(COLUMNS).where('organisation_id', '=', key.organisationId).where('fiscal_year', '=', key.fiscalYear).where('kind', '=', key.kind).where('month', '=', key.month)
  if (opts.forUpdate) q = q.forUpdate()
  const r = await q.executeTakeFirst()
  return r ? toRecord(r) : undefined
}

/** Every record of an agency's year (the plan and the months that have one). */
export async function listYearRecords(db: Kysely<Database>, organisationId: string, fiscalYear: number): Promise<ProcurementRecord[]> {
  const rows = await db.selectFrom('procurement_records').select(COLUMNS).where('organisation_id', '=', organisationId).where('fiscal_year', '=', fiscalYear).execute()
  return rows.map(toRecord)
}

/** Fiscal years with anything published, newest first. */
export async function publishedYears(db: Kysely<Database>, organisationId: string): Promise<number[]> {
  const rows = await db.selectFrom('procurement_records').select('fiscal_year').distinct().where('organisation_id', '=', organisationId).where('published', '=', true).orderBy('fiscal_year', 'desc').execute()
  return rows.map((r) => r.fiscal_year)
}

/** Fiscal years with any record, published or not. */
export async function recordedYears(db: Kysely<Database>, organisationId: string): Promise<number[]> {
  const rows = await db.selectFrom('procurement_records').select('fiscal_year').distinct().where('organisation_id', '=', organisationId).orderBy('fiscal_year', 'desc').execute()
  return rows.map((r) => r.fiscal_year)
}

export async function findVersion<C extends PlanContent | MonthContent>(db: Kysely<Database>, key: RecordKey, version: number): Promise<StoredVersion<C> | undefined> {
  const r = await db
    .selectFrom('procurement_record_versions')
    .select(['version', 'content', 'created_at', 'created_by'])
    .where('organisation_id', '=', key.organisationId)
    .where('fiscal_year', '=', key.fiscalYear)
    .where('kind', '=', key.kind)
    .where('month', '=', key.month)
    .where('version', '=', version)
    .executeTakeFirst()
  return r ? { version: r.version, content: r.content as C, createdAt: r.created_at, createdBy: r.created_by } : undefined
}

/** The current content of every published month of a year. */
export async function publishedMonthContents(db: Kysely<Database>, organisationId: string, fiscalYear: number): Promise<{ month: number; version: number; updatedAt: Date; content: MonthContent }[]> {
  const rows = await db
    .selectFrom('procurement_records as r')
    .innerJoin('procurement_record_versions as v', (j) =>
      j.onRef('v.organisation_id', '=', 'r.organisation_id').onRef('v.fiscal_year', '=', 'r.fiscal_year').onRef('v.kind', '=', 'r.kind').onRef('v.month', '=', 'r.month').onRef('v.version', '=', 'r.current_version'),
    )
    .select(['r.month', 'r.current_version', 'r.updated_at', 'v.content'])
    .where('r.organisation_id', '=', organisationId)
    .where('r.fiscal_year', '=', fiscalYear)
    .where('r.kind', '=', 'month')
    .where('r.published', '=', true)
    .execute()
  return rows.map((r) => ({ month: r.month, version: r.current_version, updatedAt: r.updated_at, content: r.content as MonthContent }))
}

/** The current content of each month of a year that has a record (drafts too): the staff overview. */
export async function currentMonthContents(db: Kysely<Database>, organisationId: string, fiscalYear: number): Promise<Map<number, MonthContent>> {
  const rows = await db
    .selectFrom('procurement_records as r')
    .innerJoin('procurement_record_versions as v', (j) =>
      j.onRef('v.organisation_id', '=', 'r.organisation_id').onRef('v.fiscal_year', '=', 'r.fiscal_year').onRef('v.kind', '=', 'r.kind').onRef('v.month', '=', 'r.month').onRef('v.version', '=', 'r.current_version'),
    )
    .select(['r.month', 'v.content'])
    .where('r.organisation_id', '=', organisationId)
    .where('r.fiscal_year', '=', fiscalYear)
    .where('r.kind', '=', 'month')
    .execute()
  return new Map(rows.map((r) => [r.month, r.content as MonthContent]))
}

export async function listVersions(db: Kysely<Database>, key: RecordKey): Promise<VersionSummary[]> {
  const rows = await db
    .selectFrom('procurement_record_versions as v')
    .leftJoin('users as u', 'u.id', 'v.created_by')
    .select(['v.version', 'v.created_at', 'u.display_name'])
    .where('v.organisation_id', '=', key.organisationId)
    .where('v.fiscal_year', '=', key.fiscalYear)
    .where('v.kind', '=', key.kind)
    .where('v.month', '=', key.month)
    .orderBy('v.version', 'desc')
    .execute()
  return rows.map((r) => ({ version: r.version, createdAt: r.created_at, createdByName: r.display_name }))
}

/** Adds version `version` (1 creates the record) and makes it current. */
export async function insertVersion(db: Kysely<Database>, key: RecordKey, version: number, content: PlanContent | MonthContent, userId: string, now: Date): Promise<void> {
  const keyColumns = { organisation_id: key.organisationId, fiscal_year: key.fiscalYear, kind: key.kind, month: key.month }
  if (version === 1) await db.insertInto('procurement_records').values({ ...keyColumns, current_version: 1, published: false, created_at: now, updated_at: now }).execute()
  else {
    await db
      .updateTable('procurement_records')
      .set({ current_version: version, updated_at: now })
      .where('organisation_id', '=', key.organisationId)
      .where('fiscal_year', '=', key.fiscalYear)
      .where('kind', '=', key.kind)
      .where('month', '=', key.month)
      .execute()
  }
  await db.insertInto('procurement_record_versions').values({ ...keyColumns, version, content: JSON.stringify(content), created_by: userId, created_at: now }).execute()
}

export async function setPublished(db: Kysely<Database>, key: RecordKey, published: boolean, now: Date): Promise<void> {
  await db
    .updateTable('procurement_records')
    .set({ published, published_at: published ? now : null })
    .where('organisation_id', '=', key.organisationId)
    .where('fiscal_year', '=', key.fiscalYear)
    .where('kind', '=', key.kind)
    .where('month', '=', key.month)
    .execute()
}

/** Every published plan and month of every agency, for the sitemap: one query however many agencies. */
export async function listAllPublishedRecords(db: Kysely<Database>): Promise<{ organisationId: string; fiscalYear: number; kind: 'plan' | 'month'; month: number; updatedAt: Date }[]> {
  const rows = await db
    .selectFrom('procurement_records')
    .select(['organisation_id', 'fiscal_year', 'kind', 'month', 'updated_at'])
    .where('published', '=', true)
    .orderBy('organisation_id')
    .orderBy('fiscal_year', 'desc')
    .orderBy('kind')
    .orderBy('month')
    .execute()
  return rows.map((r) => ({ organisationId: r.organisation_id, fiscalYear: r.fiscal_year, kind: r.kind, month: r.month, updatedAt: r.updated_at }))
}
