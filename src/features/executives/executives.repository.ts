import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { ExecutivesTable } from '../../db/tables/executives.ts'
import type { IsoDate } from '../../platform/thai-calendar/index.ts'
import type { ExecutiveGroupKey } from './executives.domain.ts'
import type { ExecutiveInput } from './executives.input.ts'

export type Executive = ExecutiveInput & { id: string; organisationId: string; photoFileId: string | null; sortOrder: number; updatedAt: Date }

function toExecutive(r: Selectable<ExecutivesTable>): Executive {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    group: r.group_key as ExecutiveGroupKey,
    nameTh: r.name_th,
    nameEn: r.name_en,
    positionTh: r.position_th,
    positionEn: r.position_en,
    phone: r.phone,
    email: r.email,
    termStart: r.term_start as IsoDate | null,
    photoFileId: r.photo_file_id,
    sortOrder: r.sort_order,
    updatedAt: r.updated_at,
  }
}

/** The agency's entries in its chosen order. */
export async function listExecutives(db: Kysely<Database>, organisationId: string): Promise<Executive[]> {
  const rows = await db.selectFrom('executives').selectAll().where('organisation_id', '=', organisationId).orderBy('sort_order').orderBy('created_at').execute()
  return rows.map(toExecutive)
}

export async function findExecutive(db: Kysely<Database>, id: string, options: { forUpdate?: boolean } = {}): Promise<Executive | undefined> {
  let q = db.selectFrom('executives').selectAll().where('id', '=', id)
  if (options.forUpdate) q = q.forUpdate()
  const row = await q.executeTakeFirst()
  return row ? toExecutive(row) : undefined
}

/** Serialises edits of one agency's list, so two people adding at once get distinct places. */
export async function lockAgencyList(db: Kysely<Database>, organisationId: string): Promise<void> {
  await db.selectFrom('organisations').select('id').where('id', '=', organisationId).forUpdate().execute()
}

export async function countExecutives(db: Kysely<Database>, organisationId: string): Promise<number> {
  const r = await db.selectFrom('executives').select((eb) => eb.fn.countAll().as('n')).where('organisation_id', '=', organisationId).executeTakeFirstOrThrow()
  return Number(r.n)
}

export async function nextSortOrder(db: Kysely<Database>, organisationId: string): Promise<number> {
  const r = await db.selectFrom('executives').select((eb) => eb.fn.max('sort_order').as('m')).where('organisation_id', '=', organisationId).executeTakeFirst()
  return (r?.m === null || r?.m === undefined ? 0 : Number(r.m)) + 1
}

type Row = { organisationId: string; input: ExecutiveInput; photoFileId: string | null; sortOrder: number; now: Date }

export async function insertExecutive(db: Kysely<Database>, r: Row): Promise<string> {
  const row = await db
    .insertInto('executives')
    .values({
      organisation_id: r.organisationId,
      group_key: r.input.group,
      name_th: r.input.nameTh,
      name_en: r.input.nameEn,
      position_th: r.input.positionTh,
      position_en: r.input.positionEn,
      phone: r.input.phone,
      email: r.input.email,
      term_start: r.input.termStart,
      photo_file_id: r.photoFileId,
      sort_order: r.sortOrder,
      created_at: r.now,
      updated_at: r.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function updateExecutive(db: Kysely<Database>, id: string, input: ExecutiveInput, photoFileId: string | null, now: Date): Promise<void> {
  await db
    .updateTable('executives')
    .set({
      group_key: input.group,
      name_th: input.nameTh,
      name_en: input.nameEn,
      position_th: input.positionTh,
      position_en: input.positionEn,
      phone: input.phone,
      email: input.email,
      term_start: input.termStart,
      photo_file_id: photoFileId,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute()
}

/** Writes the whole order at once (positions 1..n), as the move decided it. */
export async function setOrder(db: Kysely<Database>, organisationId: string, ids: readonly string[], now: Date): Promise<void> {
  for (const [i, id] of ids.entries()) {
    await db.updateTable('executives').set({ sort_order: i + 1, updated_at: now }).where('id', '=', id).where('organisation_id', '=', organisationId).execute()
  }
}

export async function deleteExecutive(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('executives').where('id', '=', id).execute()
}
