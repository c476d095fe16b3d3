import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { openPglite } from '../db/connect.ts'
import { migrateToLatest } from '../db/migrate.ts'
import { recordAudit } from '../platform/audit/audit-log.ts'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

/** A data folder as the app leaves it: migrated, three events written, closed. */
async function dataFolderWithEvents(tamper?: (db: Awaited<ReturnType<typeof openPglite>>['db']) => Promise<unknown>): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'prongsai-verify-'))
  made.push(dir)
  const handle = await openPglite(dir)
  try {
    await migrateToLatest(handle.db)
    for (let i = 1; i <= 3; i++) {
      await handle.db.transaction().execute((trx) =>
        recordAudit(trx, {
          actor: { id: null, label: 'system' },
          organisationId: null,
          action: 'test.written',
          entityType: 'test',
          entityId: String(i),
          summary: { after: { i } },
          at: new Date(Date.UTC(2026, 10, 22, 3, i)),
        }),
      )
    }
    if (tamper) {
      await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change`.execute(handle.db)
      await tamper(handle.db)
    }
  } finally {
    await handle.close()
  }
  return dir
}

type Run = { code: number | null; stdout: string; stderr: string }

/** The real command, as an operator runs it, against the given folder (never a server). */
function runVerify(dataDir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/commands/verify-audit.ts'], {
      cwd: projectRoot,
      // A clean environment: the test runner's own variables (Vite sets BASE_URL='/') are not an operator's.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, DATA_DIR: dataDir, NODE_ENV: 'production' },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

// Each case starts a real Node process that opens PGlite: seconds each, more on a busy machine.
describe('npm run audit:verify', { timeout: 90_000 }, () => {
  it('reports an intact chain with the number of events, Thai then English, and exits 0', async () => {
    const run = await runVerify(await dataFolderWithEvents())
    expect(run.stdout).toBe('ห่วงโซ่บันทึกการตรวจสอบถูกต้อง: ตรวจแล้ว 3 รายการ\naudit chain OK: 3 events checked\n')
    expect(run.stderr).toContain('audit:verify audit_events  3 / 3 events')
    expect(run.code).toBe(0)
  })

  it('names the edited event and exits 1', async () => {
    const dir = await dataFolderWithEvents((db) => db.updateTable('audit_events').set({ summary: JSON.stringify({ after: { i: 99 } }) }).where('seq', '=', 2).execute())
    const run = await runVerify(dir)
    const lines = run.stdout.trim().split('\n')
    expect(lines).toEqual(['ห่วงโซ่บันทึกการตรวจสอบเสียหายที่ลำดับที่ 2: รายการนี้ถูกแก้ไข', 'audit chain BROKEN at seq 2: row edited'])
    expect(run.code).toBe(1)
  })

  it('names the event after a deleted one and exits 1', async () => {
    const dir = await dataFolderWithEvents((db) => db.deleteFrom('audit_events').where('seq', '=', 2).execute())
    const run = await runVerify(dir)
    expect(run.stdout).toContain('audit chain BROKEN at seq 3: rows missing before seq 3')
    expect(run.code).toBe(1)
  })

  it('refuses with a clear bilingual message while the app holds the embedded database', async () => {
    const dir = await dataFolderWithEvents()
    const app = await openPglite(dir)
    try {
      const run = await runVerify(dir)
      expect(run.code).not.toBe(0)
      expect(run.stderr).toContain('already in use by another Prongsai process')
      expect(run.stderr).toContain('เปิดได้ทีละโปรเซสเท่านั้น')
      expect(run.stdout).toBe('')
    } finally {
      await app.close()
    }
  })

  it('fails instead of checking an empty database when DATA_DIR points at the wrong folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prongsai-verify-empty-'))
    made.push(dir)
    const run = await runVerify(join(dir, 'no-such-folder'))
    expect(run.code).not.toBe(0)
    expect(run.stderr).toContain('No database found')
    expect(run.stdout).toBe('')
  })
})
