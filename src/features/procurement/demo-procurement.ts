import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { FileService } from '../../platform/files/index.ts'

/** Placeholder: the demo content of this feature, made through its real use cases. Returns how many records it made. */
export async function loadDemoProcurement(_db: Kysely<Database>, _now: Date, _files: FileService): Promise<number> {
  return 0
}
