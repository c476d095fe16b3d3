import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { openPglite } from '../db/connect.ts'
import { verifyAuditChain } from '../platform/audit/audit-log.ts'
import { computeDigests, listTables } from '../platform/backup/index.ts'
import { originalKey } from '../platform/files/blob-storage.ts'
import { folderStorage } from '../platform/files/index.ts'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'prongsai-backup-cmd-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const UPLOAD = Buffer.from('%PDF-1.4 ประกาศเจตนารมณ์สุจริต\n')
const UPLOAD_SHA256 = createHash('sha256').update(UPLOAD).digest('hex')

type Run = { code: number | null; stdout: string; stderr: string }

/** A command as an operator runs it, against a data folder (never a server: no DATABASE_URL here). */
function run(command: string, args: string[], dataDir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `src/commands/${command}.ts`, ...args], {
      cwd: projectRoot,
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

async function digestsOfFolder(dataDir: string) {
  const handle = await openPglite(dataDir)
  try {
    const tables = (await listTables(handle.db)).map((t) => ({ ...t, columns: t.columns.map((c) => ({ name: c.name, collatable: c.collatable })) }))
    const digests = await handle.db.transaction().execute((trx) => computeDigests(trx, tables))
    return { digests, chain: await verifyAuditChain(handle.db) }
  } finally {
    await handle.close()
  }
}

// Each step starts a real Node process that opens PGlite (creating a folder takes seconds).
// Building the demo through the real use cases took up to ~2 min with both engines' suites side by
// side on a 2-core CI machine; the demo snapshot (issue 12) is what will bring this down.
describe('npm run seed:demo, backup and restore, as an operator runs them', { timeout: 300_000 }, () => {
  const source = join(work, 'source')
  const target = join(work, 'target')
  const file = join(work, 'prongsai.jsonl.gz')

  it('moves a demo database from one data folder to another with nothing lost', async () => {
    const seeded = await run('seed-demo', [], source)
    expect(seeded.stdout).toContain('Demo data loaded (pglite): 7 organisations, 15 users, 7 complaints')
    expect(seeded.code).toBe(0)
    // An uploaded file: its bytes live in FILES_DIR ($DATA_DIR/files), outside the database.
    const app = await openPglite(source)
    try {
      await app.db.insertInto('files').values({ sha256: UPLOAD_SHA256, size: UPLOAD.length, mime: 'application/pdf', original_name: 'ประกาศ.pdf', purpose: 'test' }).execute()
      await folderStorage(join(source, 'files')).putBuffer(originalKey(UPLOAD_SHA256), UPLOAD)
    } finally {
      await app.close()
    }

    const backup = await run('backup', ['--out', file], source)
    expect(backup.stdout).toMatch(/^สำรองข้อมูลแล้ว: .+\nBackup written: .+prongsai\.jsonl\.gz \(\d+ tables, [\d,]+ rows, \d+ files?, [\d.,]+ KiB\)\n$/)
    expect(backup.stderr).toMatch(/backup public\.organisations {2}7 \/ 7 rows/)
    expect(backup.stderr).toMatch(/backup: done in /)
    expect(backup.code).toBe(0)

    const restore = await run('restore', ['--in', file], target)
    expect(restore.stdout).toContain("every table's row count and SHA-256 match the file; audit chain OK")
    // 15 demo users plus the ITA coordinators and heads the oversight-reports demo adds for five agencies.
    expect(restore.stderr).toMatch(/restore verify public\.users {2}25 \/ 25 rows/)
    expect(restore.code).toBe(0)

    const [before, after] = [await digestsOfFolder(source), await digestsOfFolder(target)]
    expect(after.digests).toEqual(before.digests)
    expect(after.chain).toMatchObject({ ok: true })
    expect(before.digests['public.organisations']?.rows).toBe(7)
    const restored = await folderStorage(join(target, 'files')).get(originalKey(UPLOAD_SHA256))
    expect(restored && Buffer.concat(await restored.toArray())).toEqual(UPLOAD)
  })

  it('refuses to back up while the app holds the embedded database', async () => {
    const app = await openPglite(source)
    try {
      const r = await run('backup', ['--out', join(work, 'while-running.jsonl.gz')], source)
      expect(r.code).toBe(75)
      expect(r.stderr).toContain('already in use by another Prongsai process')
      expect(r.stdout).toBe('')
    } finally {
      await app.close()
    }
  })

  it('never overwrites an existing file', async () => {
    const r = await run('backup', ['--out', file], source)
    expect(r.code).toBe(73)
    expect(r.stderr).toContain('already exists. Choose a new name')
  })

  it('refuses to restore over data, and reports a cut-short file without restoring anything', async () => {
    const overData = await run('restore', ['--in', file], target)
    expect(overData.code).toBe(1)
    expect(overData.stderr).toContain('The target database is not empty')

    const cut = join(work, 'cut.jsonl.gz')
    const whole = readFileSync(file)
    writeFileSync(cut, whole.subarray(0, whole.length - 200))
    const fresh = join(work, 'fresh')
    const r = await run('restore', ['--in', cut], fresh)
    expect(r.code).toBe(65)
    expect(r.stderr).toContain('The backup file is damaged or incomplete: gzip: unexpected end of file')
    expect(r.stderr).toContain('Nothing was restored')
    expect(r.stdout).toBe('')
    const { digests } = await digestsOfFolder(fresh)
    expect(Object.values(digests).every((d) => d.rows === 0)).toBe(true)
  })

  it('explains its usage when the file is not named', async () => {
    const r = await run('restore', [], target)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('usage: npm run restore -- --in')
  })
})
