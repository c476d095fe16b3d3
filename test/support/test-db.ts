import { readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'
import { openPglite, connectToServer, type DatabaseHandle } from '../../src/db/connect.ts'
import { TEMPLATE_DB_NAME, serverUrlFor } from './template-db.ts'

/**
 * A private database for one test file, already migrated and holding the demo
 * province: PGlite in memory by default, a fresh database on the server when
 * DATABASE_URL is set (CI runs both).
 */
export async function createTestDb(): Promise<DatabaseHandle & { url?: string }> {
  const location = inject('templateLocation')
  const serverUrl = process.env.DATABASE_URL
  if (serverUrl) {
    const name = `prongsai_test_${randomBytes(6).toString('hex')}`
    const admin = new pg.Client({ connectionString: serverUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB_NAME}`)
    await admin.end()
    const url = serverUrlFor(serverUrl, name)
    const handle = connectToServer(url, 4)
    return {
      ...handle,
      url,
      close: async () => {
        await handle.close()
        const a = new pg.Client({ connectionString: serverUrl })
        await a.connect()
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await a.end()
      },
    }
  }
  return openPglite('memory://', { loadDataDir: new Blob([readFileSync(location)]) })
}
