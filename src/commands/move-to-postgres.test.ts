import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Kysely } from 'kysely'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { serverUrlFor } from '../../test/support/template-db.ts'
import { connectToServer, openPglite } from '../db/connect.ts'
import { migrateToLatest } from '../db/migrate.ts'
import { loadDemoDataIfEmpty } from '../features/demo-data/load-demo-data.ts'
import { loadInitialHolidaysIfEmpty } from '../features/holidays/index.ts'
import { verifyAuditChain } from '../platform/audit/audit-log.ts'
import { computeDigests, listTables } from '../platform/backup/index.ts'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
const serverUrl = process.env.DATABASE_URL

type Run = { code: number | null; stdout: string; stderr: string }

function run(command: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `src/commands/${command}.ts`, ...args], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, NODE_ENV: 'production', ...env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

async function contentOf(db: Kysely<any>) {
  const tables = (await listTables(db)).map((t) => ({ ...t, columns: t.columns.map((c) => ({ name: c.name, collatable: c.collatable })) }))
  return db.transaction().execute((trx) => computeDigests(trx, tables))
}

// The move this feature exists for needs a PostgreSQL server to move to: CI runs this file
// again with DATABASE_URL set (scripts/start-test-postgres.sh); on PGlite alone it is skipped.
describe.runIf(!!serverUrl)('moving an agency from the embedded database to a PostgreSQL server', { timeout: 300_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'prongsai-move-'))
  const database = `prongsai_move_${randomBytes(6).toString('hex')}`
  const admin = () => new pg.Client({ connectionString: serverUrl })
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true })
    const a = admin()
    await a.connect()
    await a.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    await a.end()
  })

  it('restores a PGlite backup onto the server with identical row counts, content hashes and audit chain', async () => {
    const dataDir = join(work, 'data')
    const embedded = await openPglite(dataDir)
    try {
      await migrateToLatest(embedded.db)
      await loadInitialHolidaysIfEmpty(embedded.db)
      await loadDemoDataIfEmpty(embedded.db, new Date('2026-11-22T03:00:00Z'))
    } finally {
      await embedded.close()
    }
    const file = join(work, 'move.jsonl.gz')
    const backup = await run('backup', ['--out', file], { DATA_DIR: dataDir })
    expect(backup.code, backup.stderr).toBe(0)

    const a = admin()
    await a.connect()
    await a.query(`CREATE DATABASE ${database}`)
    await a.end()
    const targetUrl = serverUrlFor(serverUrl!, database)
    const restore = await run('restore', ['--in', file], { DATABASE_URL: targetUrl, FILES_DIR: join(work, 'server-files') })
    expect(restore.code, restore.stderr).toBe(0)
    expect(restore.stdout).toContain("every table's row count and SHA-256 match the file; audit chain OK")

    const source = await openPglite(dataDir)
    const server = connectToServer(targetUrl, 2)
    try {
      const [before, after] = [await contentOf(source.db), await contentOf(server.db)]
      expect(after).toEqual(before)
      expect(before['public.organisations']?.rows).toBe(7)
      expect(before['public.audit_events']?.rows).toBeGreaterThan(0)
      expect(await verifyAuditChain(server.db)).toMatchObject({ ok: true, checked: before['public.audit_events']?.rows })
    } finally {
      await source.close()
      await server.close()
    }

    const again = await run('restore', ['--in', file], { DATABASE_URL: targetUrl, FILES_DIR: join(work, 'server-files') })
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('The target database is not empty')
  })
})
