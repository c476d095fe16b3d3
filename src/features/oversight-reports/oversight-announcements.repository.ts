import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { Measure } from './oversight-announcement.domain.ts'
import type { Audience } from './oversight-schedule.domain.ts'

type Db = Kysely<Database> | Transaction<Database>

export type Announcement = {
  id: string
  seriesId: string
  version: number
  organisationId: string
  organisationNameTh: string
  organisationNameEn: string
  status: 'published' | 'superseded'
  number: string
  issuedOn: string
  fiscalYear: number
  titleTh: string
  titleEn: string
  bodyTh: string
  measures: Measure[]
  audience: Audience
  scheduleId: string | null
  scheduleTitleTh: string | null
  correctionNote: string
  createdAt: Date
}

const base = (db: Db) =>
  db
    .selectFrom('oversight_announcements as a')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .leftJoin('oversight_schedules as s', 's.id', 'a.schedule_id')
    .select([
      'a.id',
      'a.series_id',
      'a.version',
      'a.organisation_id',
      'o.name_th',
      'o.name_en',
      'a.status',
      'a.number',
      'a.issued_on',
      'a.fiscal_year',
      'a.title_th',
      'a.title_en',
      'a.body_th',
      'a.measures',
      'a.audience',
      'a.audience_kinds',
      'a.audience_ids',
      'a.schedule_id',
      's.title_th as schedule_title_th',
      'a.correction_note',
      'a.created_at',
    ])

type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>

function toAnnouncement(r: Row): Announcement {
  const audience: Audience = r.audience === 'kinds' ? { kind: 'kinds', kinds: r.audience_kinds as string[] } : r.audience === 'chosen' ? { kind: 'chosen', ids: r.audience_ids as string[] } : { kind: 'all' }
  return {
    id: r.id,
    seriesId: r.series_id,
    version: r.version,
    organisationId: r.organisation_id,
    organisationNameTh: r.name_th,
    organisationNameEn: r.name_en,
    status: r.status,
    number: r.number,
    issuedOn: String(r.issued_on),
    fiscalYear: r.fiscal_year,
    titleTh: r.title_th,
    titleEn: r.title_en,
    bodyTh: r.body_th,
    measures: r.measures as Measure[],
    audience,
    scheduleId: r.schedule_id,
    scheduleTitleTh: r.schedule_title_th,
    correctionNote: r.correction_note,
    createdAt: new Date(r.created_at),
  }
}

export async function findAnnouncement(db: Db, id: string): Promise<Announcement | undefined> {
  const r = await base(db).where('a.id', '=', id).executeTakeFirst()
  return r ? toAnnouncement(r) : undefined
}

export async function versionsOf(db: Db, seriesId: string): Promise<Announcement[]> {
  return (await base(db).where('a.series_id', '=', seriesId).orderBy('a.version', 'desc').execute()).map(toAnnouncement)
}

/** The current versions issued by these bodies, newest first. */
export async function listIssuedBy(db: Db, bodyIds: string[]): Promise<Announcement[]> {
  if (bodyIds.length === 0) return []
  return (await base(db).where('a.organisation_id', 'in', bodyIds).where('a.status', '=', 'published').orderBy('a.issued_on', 'desc').orderBy('a.created_at', 'desc').execute()).map(toAnnouncement)
}

export async function insertAnnouncement(
  trx: Transaction<Database>,
  a: { seriesId: string | null; version: number; organisationId: string; number: string; issuedOn: string; fiscalYear: number; titleTh: string; titleEn: string; bodyTh: string; measures: Measure[]; audience: Audience; scheduleId: string | null; correctionNote: string; createdBy: string; now: Date },
): Promise<{ id: string; seriesId: string }> {
  const row = await trx
    .insertInto('oversight_announcements')
    .values({
      ...(a.seriesId ? { series_id: a.seriesId } : { series_id: crypto.randomUUID() }),
      version: a.version,
      organisation_id: a.organisationId,
      status: 'published',
      number: a.number,
      issued_on: a.issuedOn,
      fiscal_year: a.fiscalYear,
      title_th: a.titleTh,
      title_en: a.titleEn,
      body_th: a.bodyTh,
      measures: JSON.stringify(a.measures),
      audience: a.audience.kind,
      audience_kinds: JSON.stringify(a.audience.kind === 'kinds' ? a.audience.kinds : []),
      audience_ids: JSON.stringify(a.audience.kind === 'chosen' ? a.audience.ids : []),
      schedule_id: a.scheduleId,
      correction_note: a.correctionNote,
      created_by: a.createdBy,
      created_at: a.now,
    })
    .returning(['id', 'series_id'])
    .executeTakeFirstOrThrow()
  return { id: row.id, seriesId: row.series_id }
}

export async function supersede(trx: Transaction<Database>, id: string, now: Date): Promise<boolean> {
  const r = await trx.updateTable('oversight_announcements').set({ status: 'superseded', superseded_at: now }).where('id', '=', id).where('status', '=', 'published').executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

export async function insertRecipients(trx: Transaction<Database>, announcementId: string, rows: { organisationId: string; onPortalSince: Date | null }[]): Promise<void> {
  if (rows.length === 0) return
  await trx
    .insertInto('oversight_announcement_recipients')
    .values(rows.map((r) => ({ announcement_id: announcementId, organisation_id: r.organisationId, on_portal_since: r.onPortalSince })))
    .execute()
}

export async function attachFiles(trx: Transaction<Database>, announcementId: string, fileIds: string[]): Promise<void> {
  if (fileIds.length === 0) return
  await trx
    .insertInto('oversight_announcement_files')
    .values(fileIds.map((f, i) => ({ announcement_id: announcementId, file_id: f, position: i + 1 })))
    .execute()
}

export type AttachedFile = { fileId: string; name: string; size: number }

export async function filesOf(db: Db, announcementId: string): Promise<AttachedFile[]> {
  const rows = await db
    .selectFrom('oversight_announcement_files as af')
    .innerJoin('files as f', 'f.id', 'af.file_id')
    .select(['af.file_id', 'f.original_name', 'f.size'])
    .where('af.announcement_id', '=', announcementId)
    .orderBy('af.position')
    .execute()
  return rows.map((r) => ({ fileId: r.file_id, name: r.original_name, size: Number(r.size) }))
}

export type Recipient = {
  organisationId: string
  nameTh: string
  nameEn: string
  slug: string
  acknowledgedName: string | null
  acknowledgedPosition: string | null
  acknowledgedAt: Date | null
  onPortalSince: Date | null
  lastRemindedOn: string | null
}

export async function recipientsOf(db: Db, announcementId: string): Promise<Recipient[]> {
  const rows = await db
    .selectFrom('oversight_announcement_recipients as r')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select(['r.organisation_id', 'o.name_th', 'o.name_en', 'o.slug', 'r.acknowledged_name', 'r.acknowledged_position', 'r.acknowledged_at', 'r.on_portal_since', 'r.last_reminded_on'])
    .where('r.announcement_id', '=', announcementId)
    .orderBy('o.name_th')
    .execute()
  return rows.map((r) => ({
    organisationId: r.organisation_id,
    nameTh: r.name_th,
    nameEn: r.name_en,
    slug: r.slug,
    acknowledgedName: r.acknowledged_name,
    acknowledgedPosition: r.acknowledged_position,
    acknowledgedAt: r.acknowledged_at ? new Date(r.acknowledged_at) : null,
    onPortalSince: r.on_portal_since ? new Date(r.on_portal_since) : null,
    lastRemindedOn: r.last_reminded_on === null ? null : String(r.last_reminded_on),
  }))
}

/** Per agency, the versions of a series it acknowledged. */
export async function acknowledgedVersions(db: Db, seriesId: string): Promise<Map<string, number[]>> {
  const rows = await db
    .selectFrom('oversight_announcement_recipients as r')
    .innerJoin('oversight_announcements as a', 'a.id', 'r.announcement_id')
    .select(['r.organisation_id', 'a.version'])
    .where('a.series_id', '=', seriesId)
    .where('r.acknowledged_at', 'is not', null)
    .execute()
  const out = new Map<string, number[]>()
  for (const r of rows) out.set(r.organisation_id, [...(out.get(r.organisation_id) ?? []), r.version])
  return out
}

export async function acknowledge(trx: Transaction<Database>, announcementId: string, organisationId: string, by: { userId: string; name: string; position: string }, now: Date): Promise<boolean> {
  const r = await trx
    .updateTable('oversight_announcement_recipients')
    .set({ acknowledged_by: by.userId, acknowledged_name: by.name, acknowledged_position: by.position, acknowledged_at: now })
    .where('announcement_id', '=', announcementId)
    .where('organisation_id', '=', organisationId)
    .where('acknowledged_at', 'is', null)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

export async function setOnPortal(trx: Transaction<Database>, announcementId: string, organisationId: string, since: Date | null): Promise<void> {
  await trx.updateTable('oversight_announcement_recipients').set({ on_portal_since: since }).where('announcement_id', '=', announcementId).where('organisation_id', '=', organisationId).execute()
}

export async function markReminded(trx: Transaction<Database>, announcementId: string, organisationIds: string[], today: string): Promise<void> {
  if (organisationIds.length === 0) return
  await trx.updateTable('oversight_announcement_recipients').set({ last_reminded_on: today }).where('announcement_id', '=', announcementId).where('organisation_id', 'in', organisationIds).execute()
}

export type AddressedRow = { announcement: Announcement; organisationId: string; acknowledgedAt: Date | null; onPortalSince: Date | null }

/** Announcements addressed to these agencies (current and superseded versions), newest first. */
export async function listAddressedTo(db: Db, organisationIds: string[], opts: { onPortalOnly?: boolean; currentOnly?: boolean } = {}): Promise<AddressedRow[]> {
  if (organisationIds.length === 0) return []
  let q = base(db)
    .innerJoin('oversight_announcement_recipients as r', 'r.announcement_id', 'a.id')
    .select(['r.organisation_id as recipient_id', 'r.acknowledged_at', 'r.on_portal_since'])
    .where('r.organisation_id', 'in', organisationIds)
  if (opts.onPortalOnly) q = q.where('r.on_portal_since', 'is not', null)
  if (opts.currentOnly) q = q.where('a.status', '=', 'published')
  const rows = await q.orderBy('a.issued_on', 'desc').orderBy('a.version', 'desc').execute()
  return rows.map((r) => ({ announcement: toAnnouncement(r), organisationId: r.recipient_id, acknowledgedAt: r.acknowledged_at ? new Date(r.acknowledged_at) : null, onPortalSince: r.on_portal_since ? new Date(r.on_portal_since) : null }))
}

export async function ackCounts(db: Db, announcementIds: string[]): Promise<Map<string, { expected: number; acknowledged: number }>> {
  const out = new Map<string, { expected: number; acknowledged: number }>()
  if (announcementIds.length === 0) return out
  const rows = await db
    .selectFrom('oversight_announcement_recipients')
    .select(['announcement_id', (eb) => eb.fn.countAll<string>().as('expected'), (eb) => eb.fn.count<string>('acknowledged_at').as('acknowledged')])
    .where('announcement_id', 'in', announcementIds)
    .groupBy('announcement_id')
    .execute()
  for (const r of rows) out.set(r.announcement_id, { expected: Number(r.expected), acknowledged: Number(r.acknowledged) })
  return out
}
