import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { manualFromJson, type DayUnit, type ServiceManual } from './service-manual.domain.ts'

export type ServiceRow = { id: string; organisationId: string; number: number; key: string; currentVersion: number; publishedVersion: number | null; publishedAt: Date | null; updatedAt: Date }
export type ServiceVersion = { serviceId: string; version: number; nameTh: string; manual: ServiceManual; totalDays: number; dayUnit: DayUnit; publishedAt: Date | null; createdAt: Date }
export type ServiceWithVersion = ServiceRow & { current: ServiceVersion }

type Db = Kysely<Database>

function toService(r: { id: string; organisation_id: string; number: number; service_key: string; current_version: number; published_version: number | null; published_at: Date | null; updated_at: Date }): ServiceRow {
  return { id: r.id, organisationId: r.organisation_id, number: r.number, key: r.service_key, currentVersion: r.current_version, publishedVersion: r.published_version, publishedAt: r.published_at, updatedAt: r.updated_at }
}

function toVersion(r: { service_id: string; version: number; name_th: string; manual: unknown; total_days: number; day_unit: string; published_at: Date | null; created_at: Date }): ServiceVersion {
  return { serviceId: r.service_id, version: r.version, nameTh: r.name_th, manual: manualFromJson(r.manual), totalDays: r.total_days, dayUnit: r.day_unit as DayUnit, publishedAt: r.published_at, createdAt: r.created_at }
}

/** Serialises numbering and publication within one agency. */
export async function lockAgency(db: Db, organisationId: string): Promise<void> {
  await db.selectFrom('organisations').select('id').where('id', '=', organisationId).forUpdate().execute()
}

export async function nextServiceNumber(db: Db, organisationId: string): Promise<number> {
  const r = await db.selectFrom('services').select((eb) => eb.fn.max('number').as('m')).where('organisation_id', '=', organisationId).executeTakeFirst()
  return (r?.m === null || r?.m === undefined ? 0 : Number(r.m)) + 1
}

export async function insertService(db: Db, r: { organisationId: string; number: number; key: string; now: Date }): Promise<string> {
  const row = await db.insertInto('services').values({ organisation_id: r.organisationId, number: r.number, service_key: r.key, current_version: 0, created_at: r.now, updated_at: r.now }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

export async function insertVersion(db: Db, r: { serviceId: string; version: number; manual: ServiceManual; totalDays: number; userId: string | null; now: Date }): Promise<void> {
  await db
    .insertInto('service_versions')
    .values({ service_id: r.serviceId, version: r.version, name_th: r.manual.nameTh, manual: JSON.stringify(r.manual), total_days: r.totalDays, day_unit: r.manual.dayUnit, created_by: r.userId, created_at: r.now })
    .execute()
  await db.updateTable('services').set({ current_version: r.version, updated_at: r.now }).where('id', '=', r.serviceId).execute()
}

export async function publishVersion(db: Db, serviceId: string, version: number, now: Date): Promise<void> {
  await db.updateTable('service_versions').set({ published_at: now }).where('service_id', '=', serviceId).where('version', '=', version).where('published_at', 'is', null).execute()
  await db.updateTable('services').set({ published_version: version, published_at: now, updated_at: now }).where('id', '=', serviceId).execute()
}

export async function unpublish(db: Db, serviceId: string, now: Date): Promise<void> {
  await db.updateTable('services').set({ published_version: null, published_at: null, updated_at: now }).where('id', '=', serviceId).execute()
}

export async function findService(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<ServiceRow | undefined> {
  let q = db.selectFrom('services').selectAll().where('id', '=', id)
  if (options.forUpdate) q = q.forUpdate()
  const r = await q.executeTakeFirst()
  return r ? toService(r) : undefined
}

export async function findServiceByKey(db: Db, organisationId: string, key: string): Promise<ServiceRow | undefined> {
  const r = await db.selectFrom('services').selectAll().where('organisation_id', '=', organisationId).where('service_key', '=', key).executeTakeFirst()
  return r ? toService(r) : undefined
}

export async function findVersion(db: Db, serviceId: string, version: number): Promise<ServiceVersion | undefined> {
  const r = await db.selectFrom('service_versions').selectAll().where('service_id', '=', serviceId).where('version', '=', version).executeTakeFirst()
  return r ? toVersion(r) : undefined
}

/** Every version a citizen may open: the ones that were published at some time. */
export async function publishedVersions(db: Db, serviceId: string): Promise<ServiceVersion[]> {
  const rows = await db.selectFrom('service_versions').selectAll().where('service_id', '=', serviceId).where('published_at', 'is not', null).orderBy('version', 'desc').execute()
  return rows.map(toVersion)
}

/** The agency's services with the version each shows: current for staff, published for citizens. */
export async function listServices(db: Db, organisationId: string, which: 'current' | 'published'): Promise<ServiceWithVersion[]> {
  const col = which === 'current' ? 'services.current_version' : 'services.published_version'
  const rows = await db
    .selectFrom('services')
    .innerJoin('service_versions', (j) => j.onRef('service_versions.service_id', '=', 'services.id').onRef('service_versions.version', '=', col))
    .selectAll('services')
    .select(['service_versions.service_id', 'service_versions.version', 'service_versions.name_th', 'service_versions.manual', 'service_versions.total_days', 'service_versions.day_unit', 'service_versions.published_at as v_published_at', 'service_versions.created_at'])
    .where('services.organisation_id', '=', organisationId)
    .orderBy('services.number')
    .execute()
  return rows.map((r) => ({ ...toService(r), current: toVersion({ ...r, published_at: r.v_published_at }) }))
}
