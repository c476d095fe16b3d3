import type { Transaction } from 'kysely'
import { TableHasher, qualifiedName, type TableDigest } from './backup-format.ts'
import type { CopyProgress } from './write-backup.ts'
import { readTextRows, useCanonicalTextForms, type ReadableTable } from './table-rows.ts'

/**
 * Row count and SHA-256 of each table's content, computed by the database the same way the
 * backup computed them, so a restored copy can be compared with the trailer.
 */
export async function computeDigests(
  trx: Transaction<any>,
  tables: readonly (ReadableTable & { rows?: number })[],
  progress?: CopyProgress,
): Promise<Record<string, TableDigest>> {
  await useCanonicalTextForms(trx)
  const digests: Record<string, TableDigest> = {}
  for (const t of tables) {
    const name = qualifiedName(t)
    progress?.table(name, t.rows ?? 0)
    const hasher = new TableHasher()
    for await (const batch of readTextRows(trx, t)) {
      for (const row of batch) hasher.add(row)
      progress?.rows(batch.length)
    }
    digests[name] = hasher.digest()
    progress?.tableDone()
  }
  return digests
}
