import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { HonourRollEntriesTable } from '../../db/tables/honour-roll.ts'
import type { IsoDate } from '../../platform/thai-calendar/index.ts'
import type { HonourStatus } from './honour-roll.domain.ts'
import type { ApprovalInput, HonourInput } from './honour-roll.input.ts'

export type HonourEntry = HonourInput & {
  id: string
  organisationId: string
  photoFileId: string | null
  status: HonourStatus
  createdAt: Date
  approverName: string | null
  approverPosition: string | null
  approvedAt: Date | null
  withdrawnAt: Date | null
  withdrawnReason: string | null
}

/** An entry with its agency's names, for lists that span agencies (oversight, a province's public page). */
export type HonourEntryOfAgency = HonourEntry & { agencySlug: string; agencyNameTh: string; agencyNameEn: string }

function toEntry(r: Selectable<HonourRollEntriesTable>): HonourEntry {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    nameTh: r.name_th,
    positionTh: r.position_th,
    deedTh: r.deed_th,
    commendedOn: r.commended_on as IsoDate,
    commendedBy: r.commended_by,
    announcementRef: r.announcement_ref,
    consentToPublish: r.consent_to_publish,
    photoFileId: r.photo_file_id,
    status: r.status as HonourStatus,
    createdAt: r.created_at,
    approverName: r.approver_name,
    approverPosition: r.approver_position,
    approvedAt: r.approved_at,
    withdrawnAt: r.withdrawn_at,
    withdrawnReason: r.withdrawn_reason,
  }
}

export async function findEntry(db: Kysely<Database>, id: string, options: { forUpdate?: boolean } = {}): Promise<HonourEntry | undefined> {
  let q = db.selectFrom('honour_roll_entries').selectAll().where('id', '=', id)
  if (options.forUpdate) q = q.forUpdate()
  const row = await q.executeTakeFirst()
  return row ? toEntry(row) : undefined
}

/** Newest commendation first. */
export async function listEntries(db: Kysely<Database>, organisationId: string): Promise<HonourEntry[]> {
  const rows = await db.selectFrom('honour_roll_entries').selectAll().where('organisation_id', '=', organisationId).orderBy('commended_on', 'desc').orderBy('created_at', 'desc').execute()
  return rows.map(toEntry)
}

/** Entries of many agencies; `publicOnly` keeps what citizens may see (approved and consented). */
export async function listEntriesOf(db: Kysely<Database>, organisationIds: readonly string[], options: { publicOnly: boolean; excludeDrafts?: boolean }): Promise<HonourEntryOfAgency[]> {
  if (organisationIds.length === 0) return []
  let q = db
    .selectFrom('honour_roll_entries as e')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .selectAll('e')
    .select(['o.slug as agency_slug', 'o.name_th as agency_name_th', 'o.name_en as agency_name_en'])
    .where('e.organisation_id', 'in', [...organisationIds])
  if (options.publicOnly) q = q.where('e.status', '=', 'approved').where('e.consent_to_publish', '=', true)
  else if (options.excludeDrafts) q = q.where('e.status', '<>', 'draft')
  const rows = await q.orderBy('e.commended_on', 'desc').orderBy('o.name_th').orderBy('e.created_at', 'desc').execute()
  return rows.map((r) => ({ ...toEntry(r), agencySlug: r.agency_slug, agencyNameTh: r.agency_name_th, agencyNameEn: r.agency_name_en }))
}

export async function insertEntry(db: Kysely<Database>, r: { organisationId: string; input: HonourInput; photoFileId: string | null; createdBy: string; now: Date }): Promise<string> {
  const row = await db
    .insertInto('honour_roll_entries')
    .values({
      organisation_id: r.organisationId,
      name_th: r.input.nameTh,
      position_th: r.input.positionTh,
      deed_th: r.input.deedTh,
      commended_on: r.input.commendedOn,
      commended_by: r.input.commendedBy,
      announcement_ref: r.input.announcementRef,
      consent_to_publish: r.input.consentToPublish,
      photo_file_id: r.photoFileId,
      created_by: r.createdBy,
      created_at: r.now,
      updated_at: r.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function updateDraft(db: Kysely<Database>, id: string, input: HonourInput, photoFileId: string | null, now: Date): Promise<void> {
  await db
    .updateTable('honour_roll_entries')
    .set({
      name_th: input.nameTh,
      position_th: input.positionTh,
      deed_th: input.deedTh,
      commended_on: input.commendedOn,
      commended_by: input.commendedBy,
      announcement_ref: input.announcementRef,
      consent_to_publish: input.consentToPublish,
      photo_file_id: photoFileId,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .execute()
}

export async function approve(db: Kysely<Database>, id: string, by: string, a: ApprovalInput, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('honour_roll_entries')
    .set({ status: 'approved', approved_by: by, approver_name: a.name, approver_position: a.position, approved_at: now, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

export async function withdraw(db: Kysely<Database>, id: string, reason: string, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('honour_roll_entries')
    .set({ status: 'withdrawn', withdrawn_at: now, withdrawn_reason: reason, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'approved')
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

export async function deleteDraft(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('honour_roll_entries').where('id', '=', id).where('status', '=', 'draft').execute()
}

export async function addHistory(db: Kysely<Database>, h: { entryId: string; from: HonourStatus | null; to: HonourStatus; actorId: string; note?: string; at: Date }): Promise<void> {
  await db.insertInto('honour_roll_history').values({ entry_id: h.entryId, from_status: h.from, to_status: h.to, actor_id: h.actorId, note: h.note ?? '', at: h.at }).execute()
}
