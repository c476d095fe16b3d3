import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'

export async function loadInitialHolidaysIfEmpty(_db: Kysely<Database>): Promise<number> {
  return 0
}
