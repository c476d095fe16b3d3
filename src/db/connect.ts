import { join } from 'node:path'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { createPgConfig } from '@electric-sql/pglite/node-postgres'
import type { Database } from './tables.ts'
import { acquireDataDirLock } from './data-dir-lock.ts'

export type Engine = 'pglite' | 'postgres'

export type DatabaseHandle = {
  db: Kysely<Database>
  engine: Engine
  close: () => Promise<void>
  /** The embedded engine itself, for what only it can do (dumping its data folder). */
  pglite?: PGlite
}

// bigint (counts, sequence numbers) stays far below 2^53 here; DATE stays a plain
// 'YYYY-MM-DD' string so no time zone can move a holiday to the day before.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10))
pg.types.setTypeParser(1082, (v) => v)

/** A PostgreSQL server: used whenever DATABASE_URL is set. */
export function connectToServer(databaseUrl: string, poolSize = 10): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize })
  // An idle connection the server ended (a restart, a terminated backend) is dropped by the pool
  // and the next query opens a new one; unheard, the pool's 'error' event would end the process.
  pool.on('error', () => {})
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return { db, engine: 'postgres', close: () => db.destroy() }
}

/**
 * PostgreSQL's defaults are for a server with memory of its own; here the database lives inside
 * the app's process, where its 128 MB of shared buffers alone were a third of the app's memory.
 * Its data files sit in the operating system's page cache anyway, so a small buffer pool costs
 * little speed (measured: resident memory 306 → 193 MiB with the demo data open).
 */
const PGLITE_SETTINGS = ['shared_buffers=16MB', 'temp_buffers=4MB', 'work_mem=4MB', 'maintenance_work_mem=16MB']

/**
 * The embedded database. Reached through PGlite's own node-postgres adapter (one
 * connection, so transactions are serialised) rather than kysely-pglite, whose driver
 * lets concurrent queries run inside an open transaction.
 */
export async function openPglite(
  dataDirOrMemory: string,
  options: { loadDataDir?: Blob } = {},
): Promise<DatabaseHandle> {
  const isMemory = dataDirOrMemory.startsWith('memory://')
  const release = isMemory ? () => {} : acquireDataDirLock(dataDirOrMemory)
  try {
    const pglite = await PGlite.create(isMemory ? dataDirOrMemory : join(dataDirOrMemory, 'pgdata'), {
      extensions: { pg_trgm },
      postgresqlconf: PGLITE_SETTINGS,
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    })
    const pool = new pg.Pool(createPgConfig(pglite))
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    return {
      db,
      engine: 'pglite',
      pglite,
      close: async () => {
        await db.destroy()
        await pglite.close()
        release()
      },
    }
  } catch (err) {
    release()
    throw err
  }
}

export async function connect(config: { databaseUrl: string | undefined; dataDir: string }): Promise<DatabaseHandle> {
  return config.databaseUrl ? connectToServer(config.databaseUrl) : openPglite(config.dataDir)
}
