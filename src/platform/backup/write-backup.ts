import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { rename, rm, stat } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import { sql, type Kysely } from 'kysely'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupFormatError,
  TableHasher,
  encodeRow,
  qualifiedName,
  type BackupHeader,
  type BackupTable,
  type BackupTrailer,
  type FilesDigest,
  type TableDigest,
} from './backup-format.ts'
import type { BlobStorage } from '../files/index.ts'
import { storedDigests, writeBlobs } from './file-blobs.ts'
import { appliedMigrations, listForeignKeys, listSequences, listTables } from './catalog.ts'
import { planRestoreOrder } from './table-order.ts'
import { readTextRows, useCanonicalTextForms } from './table-rows.ts'

/** What a long copy reports as it goes; the commands turn it into a progress line. */
export type CopyProgress = {
  table(name: string, totalRows: number): void
  rows(count: number): void
  tableDone(): void
}

export type BackupResult = {
  file: string
  bytes: number
  tables: ({ name: string } & TableDigest)[]
  totalRows: number
  /** Null when made without the files (no storage given). */
  files: FilesDigest | null
}

/**
 * Writes the whole database to one gzip'd JSON-lines file (see backup-format.ts), from one
 * REPEATABLE READ snapshot so rows written meanwhile by a running app on a server never
 * leave a child without its parent. The file appears under its name only once complete.
 */
export async function writeBackup(
  db: Kysely<any>,
  outPath: string,
  options: {
    appVersion: string
    engine: string
    now: Date
    progress?: CopyProgress
    /** Where uploaded files live: given, the backup carries every file the `files` table names. */
    storage?: BlobStorage
  },
): Promise<BackupResult> {
  const partial = `${outPath}.partial`
  const gzip = createGzip({ level: 6 })
  const written = pipeline(gzip, createWriteStream(partial))
  // Lines are gathered into chunks: a million small writes into zlib cost more than the compression itself.
  let chunk = ''
  const flushChunk = async () => {
    const data = chunk
    chunk = ''
    if (data && !gzip.write(data)) await once(gzip, 'drain')
  }
  const writeLine = async (value: unknown) => {
    chunk += `${JSON.stringify(value)}\n`
    if (chunk.length >= 256 * 1024) await flushChunk()
  }
  try {
    const digests = await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (trx) => {
        await useCanonicalTextForms(trx)
        const migrations = await appliedMigrations(trx)
        if (!migrations) throw new BackupFormatError('this database has never been migrated: it is not a Prongsai database')
        const catalog = await listTables(trx)
        const byName = new Map(catalog.map((t) => [qualifiedName(t), t]))
        const plan = planRestoreOrder([...byName.keys()], await listForeignKeys(trx))
        const tables: (BackupTable & { collatable: boolean[] })[] = []
        for (const name of plan.order) {
          const t = byName.get(name)!
          const count = await sql<{ n: string }>`SELECT count(*)::text AS n FROM ${sql.id(t.schema, t.name)}`.execute(trx)
          tables.push({
            schema: t.schema,
            name: t.name,
            columns: t.columns.map(({ collatable: _, ...c }) => c),
            primaryKey: t.primaryKey,
            rows: Number(count.rows[0]!.n),
            collatable: t.columns.map((c) => c.collatable),
          })
        }
        const digests = options.storage ? await storedDigests(trx) : null
        const version = await sql<{ v: string }>`SELECT current_setting('server_version') AS v`.execute(trx)
        const header: BackupHeader = {
          kind: 'header',
          format: BACKUP_FORMAT,
          formatVersion: BACKUP_FORMAT_VERSION,
          appVersion: options.appVersion,
          createdAt: options.now.toISOString(),
          engine: options.engine,
          serverVersion: version.rows[0]!.v,
          migrations,
          tables: tables.map(({ collatable: _, ...t }) => t),
          ...(digests ? { files: digests.length } : {}),
        }
        await writeLine(header)

        const result: Record<string, TableDigest> = {}
        for (const t of tables) {
          const name = qualifiedName(t)
          options.progress?.table(name, t.rows)
          await writeLine({ kind: 'table', schema: t.schema, name: t.name })
          const hasher = new TableHasher()
          const readable = { ...t, columns: t.columns.map((c, i) => ({ name: c.name, collatable: t.collatable[i]!, large: c.encoding === 'base64' })) }
          for await (const batch of readTextRows(trx, readable)) {
            for (const row of batch) {
              hasher.add(row)
              const { cells, raw } = encodeRow(t.columns, row)
              await writeLine(raw.length ? { kind: 'row', cells, raw } : cells)
            }
            options.progress?.rows(batch.length)
          }
          result[name] = hasher.digest()
          options.progress?.tableDone()
        }
        let files: FilesDigest | null = null
        if (options.storage && digests) {
          options.progress?.table('files', digests.length)
          files = await writeBlobs(options.storage, digests, writeLine, () => options.progress?.rows(1))
          options.progress?.tableDone()
        }
        const sequences = (await listSequences(trx)).map(({ ownedBy: _, ...s }) => s)
        const trailer: BackupTrailer = { kind: 'trailer', tables: result, sequences, ...(files ? { files } : {}) }
        await writeLine(trailer)
        await flushChunk()
        return { result, files }
      })
    gzip.end()
    await written
    await rename(partial, outPath)
    const tables = Object.entries(digests.result).map(([name, d]) => ({ name, ...d }))
    return { file: outPath, bytes: (await stat(outPath)).size, tables, totalRows: tables.reduce((n, t) => n + t.rows, 0), files: digests.files }
  } catch (err) {
    gzip.destroy()
    await written.catch(() => undefined)
    await rm(partial, { force: true })
    throw err
  }
}
