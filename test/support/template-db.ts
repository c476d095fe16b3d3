import { writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { openPglite, connectToServer, type DatabaseHandle } from '../../src/db/connect.ts'
import { migrateToLatest } from '../../src/db/migrate.ts'
import { loadInitialHolidaysIfEmpty } from '../../src/features/holidays/index.ts'
import { loadDemoDataIfEmpty } from '../../src/features/demo-data/load-demo-data.ts'

export const TEMPLATE_DB_NAME = 'prongsai_test_template'

async function fill(handle: DatabaseHandle): Promise<void> {
  await migrateToLatest(handle.db)
  await loadInitialHolidaysIfEmpty(handle.db)
  await loadDemoDataIfEmpty(handle.db, new Date('2026-11-01T03:00:00Z'))
}

export function serverUrlFor(baseUrl: string, database: string): string {
  const u = new URL(baseUrl)
  u.pathname = `/${database}`
  return u.toString()
}

/** Builds the migrated, demo-filled template once per test run; returns where it lives. */
export async function buildTemplate(): Promise<string> {
  const serverUrl = process.env.DATABASE_URL
  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB_NAME} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB_NAME}`)
    await admin.end()
    const handle = connectToServer(serverUrlFor(serverUrl, TEMPLATE_DB_NAME), 2)
    await fill(handle)
    await handle.close()
    return `server:${TEMPLATE_DB_NAME}`
  }
  const handle = await openPglite('memory://')
  await fill(handle)
  const dump = await handle.pglite!.dumpDataDir()
  await handle.close()
  const dir = mkdtempSync(join(tmpdir(), 'prongsai-template-'))
  const path = join(dir, 'template.tar')
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()))
  return path
}
