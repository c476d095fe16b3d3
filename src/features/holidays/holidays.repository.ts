import { sql, type Kysely, type Selectable } from 'kysely'
import type { Database, HolidaysTable } from '../../db/tables.ts'
import { isHolidayKind, isoDate, type DateRange, type Holiday, type IsoDate } from '../../platform/thai-calendar/index.ts'

/** All SQL for the holiday calendar. The table is platform-wide: holidays belong to no organisation. */

function toHoliday(row: Selectable<HolidaysTable>): Holiday {
  // Every write goes through parseHolidayCsv or the admin form, so an unknown kind is a bug, not data.
  if (!isHolidayKind(row.kind)) throw new Error(`holiday ${row.date} has an unknown kind ${JSON.stringify(row.kind)}`)
  return { date: isoDate(row.date), nameTh: row.name_th, nameEn: row.name_en, kind: row.kind }
}

function toRow(h: Holiday) {
  return { date: h.date, name_th: h.nameTh, name_en: h.nameEn, kind: h.kind }
}

export async function listHolidaysBetween(db: Kysely<Database>, range: DateRange): Promise<Holiday[]> {
  const rows = await db.selectFrom('holidays').selectAll().where('date', '>=', range.start).where('date', '<=', range.end).orderBy('date').execute()
  return rows.map(toHoliday)
}

export async function holidayDatesBetween(db: Kysely<Database>, range: DateRange): Promise<IsoDate[]> {
  const rows = await db.selectFrom('holidays').select('date').where('date', '>=', range.start).where('date', '<=', range.end).execute()
  return rows.map((r) => isoDate(r.date))
}

export async function findHoliday(db: Kysely<Database>, date: IsoDate): Promise<Holiday | undefined> {
  const row = await db.selectFrom('holidays').selectAll().where('date', '=', date).executeTakeFirst()
  return row ? toHoliday(row) : undefined
}

export async function insertHoliday(db: Kysely<Database>, h: Holiday): Promise<void> {
  await db.insertInto('holidays').values(toRow(h)).execute()
}

export async function insertHolidays(db: Kysely<Database>, holidays: readonly Holiday[]): Promise<void> {
  // A few hundred rows at most (a year, or the initial four years); one statement each batch.
  for (let i = 0; i < holidays.length; i += 500) {
    await db.insertInto('holidays').values(holidays.slice(i, i + 500).map(toRow)).execute()
  }
}

export async function replaceHoliday(db: Kysely<Database>, date: IsoDate, h: Holiday): Promise<void> {
  await db.updateTable('holidays').set(toRow(h)).where('date', '=', date).execute()
}

export async function deleteHoliday(db: Kysely<Database>, date: IsoDate): Promise<void> {
  await db.deleteFrom('holidays').where('date', '=', date).execute()
}

export async function deleteHolidaysBetween(db: Kysely<Database>, range: DateRange): Promise<void> {
  await db.deleteFrom('holidays').where('date', '>=', range.start).where('date', '<=', range.end).execute()
}

export async function countHolidays(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('holidays').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n)
}

/** CE years that have holidays on record, with how many each. */
export async function holidayYears(db: Kysely<Database>): Promise<{ ceYear: number; count: number }[]> {
  const year = sql<number>`extract(year from date)::int`
  const rows = await db
    .selectFrom('holidays')
    .select([year.as('year'), (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(year)
    .orderBy(year)
    .execute()
  return rows.map((r) => ({ ceYear: Number(r.year), count: Number(r.n) }))
}

/**
 * Holds off another process loading or replacing holidays until this transaction ends,
 * while reads (deadline calculations) carry on.
 */
export async function lockHolidaysForWriting(db: Kysely<Database>): Promise<void> {
  await sql`LOCK TABLE holidays IN SHARE ROW EXCLUSIVE MODE`.execute(db)
}

export function isUniqueViolation(e: unknown): boolean {
  return !!e && typeof e === 'object' && (e as { code?: unknown }).code === '23505'
}
