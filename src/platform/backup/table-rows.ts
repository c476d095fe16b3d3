import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely'
import type { TextRow } from './backup-format.ts'

type Db = Kysely<any> | Transaction<any>

export type ReadableTable = {
  schema: string
  name: string
  /** Read in this order (the backup's header order on the restore side). */
  columns: { name: string; collatable: boolean; large?: boolean }[]
  primaryKey: string[]
}

/**
 * Text forms must not depend on the session: instants in UTC with their microseconds,
 * ISO dates, bytea as hex, floats as their shortest exact digits. Call inside the
 * transaction that reads or writes.
 */
export async function useCanonicalTextForms(trx: Transaction<any>): Promise<void> {
  for (const setting of ["TimeZone = 'UTC'", "DateStyle = 'ISO, YMD'", "IntervalStyle = 'postgres'", 'extra_float_digits = 1', "bytea_output = 'hex'"]) {
    await sql.raw(`SET LOCAL ${setting}`).execute(trx)
  }
}

/**
 * Primary-key order with text compared bytewise, the same on every server whatever its
 * collation; a table without a key is ordered by all its columns' text.
 */
function canonicalOrder(table: ReadableTable): RawBuilder<unknown> {
  const byName = new Map(table.columns.map((c) => [c.name, c]))
  const keys = table.primaryKey.length
    ? table.primaryKey.map((k) => (byName.get(k)?.collatable ? sql`${sql.id(k)} COLLATE "C"` : sql.id(k)))
    : table.columns.map((c) => sql`${sql.id(c.name)}::text COLLATE "C"`)
  return sql.join(keys)
}

let cursorCount = 0

/**
 * Every row as PostgreSQL's text form, in the canonical order, a batch at a time through a
 * server-side cursor: a table never has to fit in memory. Must run inside a transaction
 * (a cursor lives in one); batches shrink for tables of large values (logos).
 */
export async function* readTextRows(trx: Db, table: ReadableTable, batchBytes = 8 * 1024 * 1024): AsyncGenerator<TextRow[]> {
  const cursor = `backup_rows_${++cursorCount}`
  const selectList = sql.join(table.columns.map((c, i) => sql`${sql.id(c.name)}::text AS ${sql.id(`c${i}`)}`))
  await sql`DECLARE ${sql.id(cursor)} NO SCROLL CURSOR FOR SELECT ${selectList} FROM ${sql.id(table.schema, table.name)} ORDER BY ${canonicalOrder(table)}`.execute(trx)
  const fetchBatch = (count: number) => sql.raw<Record<string, string | null>>(`FETCH ${count} FROM "${cursor}"`).execute(trx)
  let pending: ReturnType<typeof fetchBatch> | undefined
  try {
    // Tables of files (bytea) start small: a thousand logos at once could be a gigabyte.
    let count = table.columns.some((c) => c.large) ? 10 : 1000
    const prefetch = (n: number) => {
      pending = fetchBatch(n)
      // Marked as handled now; the rejection still reaches the await below.
      pending.catch(() => undefined)
    }
    prefetch(count)
    for (;;) {
      const result = await pending!
      pending = undefined
      if (result.rows.length === 0) return
      let bytes = 0
      const rows = result.rows.map((r) => {
        const row = table.columns.map((_, i) => r[`c${i}`] ?? null)
        for (const v of row) bytes += v === null ? 1 : v.length
        return row
      })
      count = Math.max(1, Math.min(5000, Math.floor((count * batchBytes) / Math.max(bytes, 1))))
      // Ask for the next batch before handing this one over: on a server, the database reads
      // while this process encodes, hashes and compresses.
      prefetch(count)
      yield rows
    }
  } finally {
    await pending?.catch(() => undefined)
    // After a failed statement the transaction is aborted and CLOSE fails too: the original error is the one to report.
    await sql.raw(`CLOSE "${cursor}"`).execute(trx).catch(() => undefined)
  }
}
