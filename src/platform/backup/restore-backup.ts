import { CompiledQuery, sql, type Kysely, type Transaction } from 'kysely'
import { migrateToLatest } from '../../db/migrate.ts'
import type { Database } from '../../db/tables.ts'
import { verifyAuditChain } from '../audit/audit-log.ts'
import type { BlobStorage } from '../files/index.ts'
import { BackupFormatError, qualifiedName, type BackupTable, type BackupTrailer, type FilesDigest, type TableDigest, type TextRow } from './backup-format.ts'
import { BlobReceiver } from './file-blobs.ts'
import { foreignKeyDeferrability, listEnabledUserTriggers, listForeignKeys, listSequences, type CatalogTable } from './catalog.ts'
import { openBackup, type BackupEvent } from './read-backup.ts'
import { assertEmptyTarget, matchTargetSchema, migrateToBackupSchema } from './restore-checks.ts'
import { computeDigests } from './table-digests.ts'
import { useCanonicalTextForms } from './table-rows.ts'
import type { CopyProgress } from './write-backup.ts'

/** The data went in but does not match the file's own record of it: rolled back. */
export class RestoreVerificationError extends Error {}

export type RestoreResult = {
  tables: ({ name: string } & TableDigest)[]
  totalRows: number
  auditEventsChecked: number | null
  /** Uploaded files put into the storage given; null when none was given or the backup has none. */
  files: (FilesDigest & { missingInSource: string[] }) | null
  /** Migrations newer than the backup, applied after its data was in. */
  laterMigrations: string[]
  header: { appVersion: string; createdAt: string; engine: string }
}

const MAX_PARAMETERS = 60_000
const MAX_BATCH_ROWS = 1000
const MAX_BATCH_CHARS = 4 * 1024 * 1024

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

/**
 * Loads a backup into an EMPTY database (embedded or server) in one transaction, then
 * recomputes every table's row count and content hash and checks the audit hash chain
 * before committing: a damaged file, a truncated one or a mismatch leaves nothing behind.
 */
export async function restoreBackup(
  db: Kysely<any>,
  path: string,
  options: {
    insert?: CopyProgress
    verify?: CopyProgress
    /** Where uploaded files go (FILES_DIR or the bucket); without it, files in the backup are skipped. */
    storage?: BlobStorage
  } = {},
): Promise<RestoreResult> {
  const backup = await openBackup(path)
  try {
    await assertEmptyTarget(db)
    await migrateToBackupSchema(db, backup.header)
    const target = await matchTargetSchema(db, backup.header)
    const headerTables = backup.header.tables

    const outcome = await db.transaction().execute(async (trx) => {
      await useCanonicalTextForms(trx)
      // Restored rows are history, not new writes: triggers (append-only audit, future
      // "updated_at" or search-index triggers) must neither refuse nor rewrite them.
      const triggers = (await listEnabledUserTriggers(trx)).filter((t) => target.has(`${t.schema}.${t.table}`))
      for (const t of triggers) await sql`ALTER TABLE ${sql.id(t.schema, t.table)} DISABLE TRIGGER ${sql.id(t.trigger)}`.execute(trx)
      // Migrations may have seeded rows; the backup holds those tables' full content.
      for (const t of [...headerTables].reverse()) await sql`DELETE FROM ${sql.id(t.schema, t.name)}`.execute(trx)
      const madeDeferrable = await deferForeignKeysOutOfOrder(trx, headerTables.map(qualifiedName))

      const blobs = new BlobReceiver(options.storage)
      const trailer = await insertRows(trx, backup.events, target, blobs, backup.header.files ?? 0, options.insert).catch(async (err: unknown) => {
        await blobs.abandon()
        throw err
      })
      if (options.storage && trailer.files && blobs.received.count !== trailer.files.count) {
        throw new RestoreVerificationError(`the backup holds ${blobs.received.count} files but its trailer lists ${trailer.files.count}`)
      }

      await sql`SET CONSTRAINTS ALL IMMEDIATE`.execute(trx)
      for (const k of madeDeferrable) await sql`ALTER TABLE ${sql.id(k.schema, k.table)} ALTER CONSTRAINT ${sql.id(k.constraint)} NOT DEFERRABLE`.execute(trx)
      for (const t of triggers) await sql`ALTER TABLE ${sql.id(t.schema, t.table)} ENABLE TRIGGER ${sql.id(t.trigger)}`.execute(trx)
      await resetSequences(trx, trailer)

      const readable = headerTables.map((t) => {
        const cat = target.get(qualifiedName(t))!
        const collatable = new Map(cat.columns.map((c) => [c.name, c.collatable]))
        return { ...t, columns: t.columns.map((c) => ({ name: c.name, collatable: collatable.get(c.name) ?? false, large: c.encoding === 'base64' })) }
      })
      const digests = await computeDigests(trx, readable, options.verify)
      const wrong = headerTables
        .map(qualifiedName)
        .filter((name) => digests[name]?.rows !== trailer.tables[name]?.rows || digests[name]?.sha256 !== trailer.tables[name]?.sha256)
      if (wrong.length) {
        throw new RestoreVerificationError(
          `restored content differs from the backup's record for ${wrong.map((n) => `${n} (${digests[n]?.rows ?? 0} rows, expected ${trailer.tables[n]?.rows ?? '?'})`).join(', ')}`,
        )
      }
      let auditEventsChecked: number | null = null
      if (target.has('public.audit_events')) {
        const chain = await verifyAuditChain(trx as unknown as Kysely<Database>)
        if (!chain.ok) {
          throw new RestoreVerificationError(`the audit trail in this backup is broken at seq ${chain.problem.seq} (${chain.problem.kind}); it was already so in the source database (run npm run audit:verify there)`)
        }
        auditEventsChecked = chain.checked
      }
      const files = options.storage && trailer.files ? { ...blobs.received, missingInSource: trailer.files.missing } : null
      return { digests, auditEventsChecked, files }
    })

    const laterMigrations = await migrateToLatest(db)
    const tables = Object.entries(outcome.digests).map(([name, d]) => ({ name, ...d }))
    const { appVersion, createdAt, engine } = backup.header
    return {
      tables,
      totalRows: tables.reduce((n, t) => n + t.rows, 0),
      auditEventsChecked: outcome.auditEventsChecked,
      files: outcome.files,
      laterMigrations,
      header: { appVersion, createdAt, engine },
    }
  } finally {
    backup.close()
  }
}

/**
 * A foreign key to a table restored later (or to its own table: organisations.parent_id)
 * is checked at the end of the transaction instead of row by row; returns the constraints
 * this changed, to be put back.
 */
async function deferForeignKeysOutOfOrder(trx: Transaction<any>, order: string[]) {
  const position = new Map(order.map((name, i) => [name, i]))
  const state = await foreignKeyDeferrability(trx)
  const changed: { schema: string; table: string; constraint: string }[] = []
  for (const fk of await listForeignKeys(trx)) {
    const from = position.get(fk.from)
    const to = position.get(fk.to)
    if (from === undefined || to === undefined || to < from) continue
    const [schema, table] = splitName(fk.from)
    if (!state.get(`${fk.from}.${fk.constraint}`)?.deferrable) {
      await sql`ALTER TABLE ${sql.id(schema, table)} ALTER CONSTRAINT ${sql.id(fk.constraint)} DEFERRABLE INITIALLY DEFERRED`.execute(trx)
      changed.push({ schema, table, constraint: fk.constraint })
    }
    await sql`SET CONSTRAINTS ${sql.id(schema, fk.constraint)} DEFERRED`.execute(trx)
  }
  return changed
}

function splitName(qualified: string): [string, string] {
  const dot = qualified.indexOf('.')
  return [qualified.slice(0, dot), qualified.slice(dot + 1)]
}

async function insertRows(
  trx: Transaction<any>,
  events: AsyncGenerator<BackupEvent>,
  target: Map<string, CatalogTable>,
  blobs: BlobReceiver,
  filesExpected: number,
  progress: CopyProgress | undefined,
): Promise<BackupTrailer> {
  let table: BackupTable | undefined
  let insertable: { index: number; name: string; type: string }[] = []
  let batch: TextRow[] = []
  let chars = 0
  let maxRows = MAX_BATCH_ROWS
  let inFiles = false

  const flush = async () => {
    if (!table || batch.length === 0) return
    const params: (string | null)[] = []
    const tuples = batch.map((row) => `(${insertable.map((c) => `$${params.push(row[c.index] ?? null)}::${c.type}`).join(',')})`)
    const columns = insertable.map((c) => quote(c.name)).join(',')
    await trx.executeQuery(CompiledQuery.raw(`INSERT INTO ${quote(table.schema)}.${quote(table.name)} (${columns}) OVERRIDING SYSTEM VALUE VALUES ${tuples.join(',')}`, params))
    progress?.rows(batch.length)
    batch = []
    chars = 0
  }

  for await (const event of events) {
    if (event.kind === 'row') {
      batch.push(event.row)
      for (const v of event.row) chars += v?.length ?? 1
      if (batch.length >= maxRows || chars >= MAX_BATCH_CHARS) await flush()
    } else if (event.kind === 'table') {
      await flush()
      if (table) progress?.tableDone()
      table = event.table
      const cat = target.get(qualifiedName(table))!
      // Types come from the target's catalog, never from the file, so a crafted file cannot inject SQL.
      const types = new Map(cat.columns.map((c) => [c.name, c]))
      insertable = table.columns.flatMap((c, index) => (c.generated ? [] : [{ index, name: c.name, type: types.get(c.name)!.type }]))
      maxRows = Math.max(1, Math.min(MAX_BATCH_ROWS, Math.floor(MAX_PARAMETERS / Math.max(insertable.length, 1))))
      progress?.table(qualifiedName(table), table.rows)
    } else if (event.kind === 'blob') {
      await flush()
      if (table) progress?.tableDone()
      if (!inFiles) progress?.table('files', filesExpected)
      table = undefined
      inFiles = true
      await blobs.start(event.sha256)
    } else if (event.kind === 'blob-data') {
      await blobs.data(event.base64)
    } else if (event.kind === 'blob-end') {
      await blobs.end(event.size)
      progress?.rows(1)
    } else {
      await flush()
      if (table || inFiles) progress?.tableDone()
      return event.trailer
    }
  }
  throw new BackupFormatError('the file ends before its trailer: it is incomplete')
}

async function resetSequences(trx: Transaction<any>, trailer: BackupTrailer): Promise<void> {
  const recorded = new Map(trailer.sequences.map((s) => [`${s.schema}.${s.name}`, s.lastValue]))
  for (const s of await listSequences(trx)) {
    const last = recorded.get(`${s.schema}.${s.name}`) ?? null
    const max = s.ownedBy
      ? (await sql<{ m: string | null }>`SELECT max(${sql.id(s.ownedBy.column)})::text AS m FROM ${sql.id(s.ownedBy.schema, s.ownedBy.table)}`.execute(trx)).rows[0]?.m ?? null
      : null
    const values = [last, max].filter((v): v is string => v !== null).map(BigInt)
    if (values.length === 0) continue
    const value = values.reduce((a, b) => (a > b ? a : b))
    await sql`SELECT setval(${`${quote(s.schema)}.${quote(s.name)}`}::regclass, ${value.toString()}::bigint, true)`.execute(trx)
  }
}
