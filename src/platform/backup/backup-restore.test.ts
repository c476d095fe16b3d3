import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { sql, type Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../../test/support/test-db.ts'
import { openPglite, type DatabaseHandle } from '../../db/connect.ts'
import type { Database } from '../../db/tables.ts'
import { recordAudit, verifyAuditChain } from '../audit/audit-log.ts'
import { originalKey } from '../files/blob-storage.ts'
import { folderStorage } from '../files/index.ts'
import { BackupFormatError, RestoreRefusedError, RestoreVerificationError, computeDigests, listTables, restoreBackup, writeBackup } from './index.ts'

const dir = mkdtempSync(join(tmpdir(), 'prongsai-backup-'))
let file = 0
const nextFile = () => join(dir, `backup-${++file}.jsonl.gz`)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// Every kind of value the format must carry exactly, in a table of its own (created in the
// source, and empty in the target, where the restore finds it beside the migrated ones).
const PROBE_TABLE = sql`
  CREATE TABLE backup_probe (
    id bigint PRIMARY KEY,
    bytes bytea, doc jsonb, raw_json json, at timestamptz, day date, amount numeric, ratio float8,
    small smallint, count int4, big bigint, tags text[], span interval, ref uuid, label text, flag boolean,
    shout text GENERATED ALWAYS AS (upper(label)) STORED,
    serial_no int GENERATED ALWAYS AS IDENTITY
  )`

async function addProbeRows(db: Kysely<any>): Promise<void> {
  await PROBE_TABLE.execute(db)
  await sql`
    INSERT INTO backup_probe (id, bytes, doc, raw_json, at, day, amount, ratio, small, count, big, tags, span, ref, label, flag) VALUES
    (1, '\\x00ff10'::bytea, '{"price": 1.50, "huge": 123456789012345678901234567890, "ชื่อ": "เทศบาล \\"ตำบล\\"", "n": [1, 2.5e3]}',
     '{ "b": 1,  "a": 2, "a": 3 }', '2026-11-22 10:15:30.123456+07', '2569-01-01', '12345678901234567890.000123', 'NaN',
     -32768, 2147483647, 9223372036854775807, '{"a,b","ค ง",NULL}', '1 year 2 mons 3 days 04:05:06.789', 'ffffffff-0000-4000-8000-000000000001',
     E'บรรทัด 1\\nline 2 \\\\ "quote" 🙂', true),
    (2, NULL, '"just a string"', 'null', '-infinity', 'infinity', 'NaN', '-0', 0, 0, -1, '{}', '0', NULL, '', false),
    (3, '', '{"x": 0.1, "y": -0.0}', '[]', '2000-02-29 23:59:59.999999+00', '0001-01-01 BC', '-0.5', '1e-300', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)`.execute(db)
}

/** A parent whose id sorts after its child's: key order alone cannot satisfy organisations.parent_id. */
async function addOrganisationsOutOfKeyOrder(db: Kysely<Database>): Promise<void> {
  await db.insertInto('organisations').values({ id: 'ffffffff-ffff-4fff-8fff-ffffffffffff', slug: 'late-parent', kind: 'province', name_th: 'จังหวัดทดสอบ' }).execute()
  await db
    .insertInto('organisations')
    .values({ id: '00000000-0000-4000-8000-000000000000', parent_id: 'ffffffff-ffff-4fff-8fff-ffffffffffff', slug: 'early-child', kind: 'sao', name_th: 'อบต.ทดสอบ' })
    .execute()
}

async function digestsOf(db: Kysely<any>) {
  const tables = (await listTables(db)).map((t) => ({ ...t, columns: t.columns.map((c) => ({ name: c.name, collatable: c.collatable })) }))
  return db.transaction().execute((trx) => computeDigests(trx, tables))
}

async function rowCounts(db: Kysely<any>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const t of await listTables(db)) {
    const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.id(t.schema, t.name)}`.execute(db)
    counts[`${t.schema}.${t.name}`] = r.rows[0]!.n
  }
  return counts
}

const freshTarget = () => openPglite('memory://')

async function withTarget<T>(body: (target: DatabaseHandle) => Promise<T>, prepare?: (db: Kysely<any>) => Promise<void>): Promise<T> {
  const target = await freshTarget()
  try {
    await prepare?.(target.db)
    return await body(target)
  } finally {
    await target.close()
  }
}

let source: DatabaseHandle
let backupFile: string

beforeAll(async () => {
  source = await createTestDb()
  await addProbeRows(source.db)
  await addOrganisationsOutOfKeyOrder(source.db)
  backupFile = nextFile()
  await writeBackup(source.db, backupFile, { appVersion: 'test', engine: source.engine, now: new Date('2026-11-22T03:00:00Z') })
})
afterAll(() => source?.close())

describe('backup and restore', { timeout: 60_000 }, () => {
  it('moves the demo database into a fresh one with identical rows, hashes, audit chain and sequences', async () => {
    await withTarget(
      async ({ db }) => {
        const result = await restoreBackup(db, backupFile)
        expect(await digestsOf(db)).toEqual(await digestsOf(source.db))
        expect(await rowCounts(db)).toEqual(await rowCounts(source.db))
        expect(result.auditEventsChecked).toBeGreaterThan(0)
        const probe = (d: Kysely<any>) => sql<{ row: string }>`SELECT p::text AS row FROM backup_probe p ORDER BY id`.execute(d).then((r) => r.rows.map((x) => x.row))
        expect(await probe(db)).toEqual(await probe(source.db))

        // The restored database keeps working: the next audit event continues the chain, and its
        // seq is the one the source would have handed out (sequences are restored, not guessed).
        const sourceSeq = await sql<{ v: string }>`SELECT last_value::text AS v FROM audit_events_seq_seq`.execute(source.db)
        await db.transaction().execute((trx) =>
          recordAudit(trx, { actor: { id: null, label: 'system' }, organisationId: null, action: 'test.after_restore', entityType: 'test', entityId: null, summary: {}, at: new Date() }),
        )
        const last = await db.selectFrom('audit_events').select('seq').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow()
        expect(Number(last.seq)).toBe(Number(sourceSeq.rows[0]!.v) + 1)
        expect(await verifyAuditChain(db)).toMatchObject({ ok: true })
        // Triggers are back on: history still cannot be rewritten.
        await expect(db.deleteFrom('audit_events').execute()).rejects.toThrow(/append-only/)
      },
      (db) => PROBE_TABLE.execute(db).then(() => undefined),
    )
  })

  it('refuses a target that already holds data, in Thai and English, and changes nothing', async () => {
    const target = await createTestDb()
    try {
      const before = await rowCounts(target.db)
      const err = await restoreBackup(target.db, backupFile).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(RestoreRefusedError)
      expect((err as RestoreRefusedError).th).toContain('ฐานข้อมูลปลายทางมีข้อมูลอยู่แล้ว')
      expect((err as RestoreRefusedError).en).toContain('The target database is not empty (public.audit_events')
      expect(await rowCounts(target.db)).toEqual(before)
    } finally {
      await target.close()
    }
  })

  it('stops on a truncated file, leaves the target empty, and a later restore of the whole file succeeds', async () => {
    const whole = readFileSync(backupFile)
    const cut = nextFile()
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.6)))
    await withTarget(
      async ({ db }) => {
        const err = await restoreBackup(db, cut).catch((e: unknown) => e)
        expect(err).toBeInstanceOf(BackupFormatError)
        expect((err as Error).message).toMatch(/gzip: unexpected end of file/)
        expect(Object.values(await rowCounts(db)).every((n) => n === 0)).toBe(true)

        await restoreBackup(db, backupFile)
        expect(await rowCounts(db)).toEqual(await rowCounts(source.db))
      },
      (db) => PROBE_TABLE.execute(db).then(() => undefined),
    )
  })

  it('rolls back when a row in the file was changed after the backup was written', async () => {
    const lines = gunzipSync(readFileSync(backupFile)).toString('utf8').split('\n')
    const i = lines.findIndex((l) => l.includes('วันขึ้นปีใหม่'))
    expect(i).toBeGreaterThan(0)
    lines[i] = lines[i]!.replace('วันขึ้นปีใหม่', 'วันหยุดปลอม')
    const edited = nextFile()
    writeFileSync(edited, gzipSync(lines.join('\n')))
    await withTarget(
      async ({ db }) => {
        const err = await restoreBackup(db, edited).catch((e: unknown) => e)
        expect(err).toBeInstanceOf(RestoreVerificationError)
        expect((err as Error).message).toContain('public.holidays')
        expect(Object.values(await rowCounts(db)).every((n) => n === 0)).toBe(true)
      },
      (db) => PROBE_TABLE.execute(db).then(() => undefined),
    )
  })

  it('refuses a file whose end is missing even when the gzip stream itself is whole', async () => {
    const lines = gunzipSync(readFileSync(backupFile)).toString('utf8').trimEnd().split('\n')
    const noTrailer = nextFile()
    writeFileSync(noTrailer, gzipSync(`${lines.slice(0, -1).join('\n')}\n`))
    await withTarget(
      async ({ db }) => {
        await expect(restoreBackup(db, noTrailer)).rejects.toThrow(/ends before its trailer/)
        expect(Object.values(await rowCounts(db)).every((n) => n === 0)).toBe(true)
      },
      (db) => PROBE_TABLE.execute(db).then(() => undefined),
    )
  })

  it('refuses a backup made by a newer version, naming the migrations it does not know', async () => {
    const lines = gunzipSync(readFileSync(backupFile)).toString('utf8').split('\n')
    const header = JSON.parse(lines[0]!) as { migrations: string[] }
    header.migrations.push('2099-01-01T0000-from-the-future')
    lines[0] = JSON.stringify(header)
    const newer = nextFile()
    writeFileSync(newer, gzipSync(lines.join('\n')))
    await withTarget(async ({ db }) => {
      const err = await restoreBackup(db, newer).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(RestoreRefusedError)
      expect((err as RestoreRefusedError).en).toContain('2099-01-01T0000-from-the-future')
    })
  })

  it('will not launder an audit trail that was already tampered with in the source', async () => {
    const tampered = await createTestDb()
    const tamperedFile = nextFile()
    try {
      await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change`.execute(tampered.db)
      await tampered.db.updateTable('audit_events').set({ actor_label: 'someone else' }).where('seq', '=', 2).execute()
      await writeBackup(tampered.db, tamperedFile, { appVersion: 'test', engine: tampered.engine, now: new Date() })
    } finally {
      await tampered.close()
    }
    await withTarget(async ({ db }) => {
      await expect(restoreBackup(db, tamperedFile)).rejects.toThrow(/audit trail in this backup is broken at seq 2/)
      expect(Object.values(await rowCounts(db)).every((n) => n === 0)).toBe(true)
    })
  })

  it('carries the uploaded files the database names, checks each by its SHA-256, and refuses damaged bytes', async () => {
    const withFiles = await createTestDb()
    const sourceFiles = folderStorage(join(dir, 'source-files'))
    // Two uploads, one of them over a mebibyte so it spans several lines of the file; a third is named but lost.
    const small = Buffer.from('ภาพถ่ายจุดบริการ')
    const large = Buffer.alloc(1_500_000, 7)
    const lost = createHash('sha256').update('gone').digest('hex')
    const digest = (b: Buffer) => createHash('sha256').update(b).digest('hex')
    const file = nextFile()
    try {
      for (const [sha256, size] of [[digest(small), small.length], [digest(large), large.length], [lost, 4]] as const) {
        await withFiles.db.insertInto('files').values({ sha256, size, mime: 'image/jpeg', purpose: 'test' }).execute()
      }
      await sourceFiles.putBuffer(originalKey(digest(small)), small)
      await sourceFiles.putBuffer(originalKey(digest(large)), large)
      const made = await writeBackup(withFiles.db, file, { appVersion: 'test', engine: withFiles.engine, now: new Date(), storage: sourceFiles })
      expect(made.files).toEqual({ count: 2, bytes: small.length + large.length, missing: [lost] })
    } finally {
      await withFiles.close()
    }

    const targetFiles = folderStorage(join(dir, 'target-files'))
    await withTarget(async ({ db }) => {
      const result = await restoreBackup(db, file, { storage: targetFiles })
      expect(result.files).toMatchObject({ count: 2, missingInSource: [lost] })
      for (const b of [small, large]) {
        const stream = await targetFiles.get(originalKey(digest(b)))
        expect(stream && Buffer.concat(await stream.toArray())).toEqual(b)
      }
    })

    // One byte of the small file changed in the backup: its digest no longer matches.
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n')
    const i = lines.indexOf(JSON.stringify(small.toString('base64')))
    expect(i).toBeGreaterThan(0)
    lines[i] = JSON.stringify(Buffer.from('ภาพถ่ายจุดบริการ!').toString('base64'))
    const damaged = nextFile()
    writeFileSync(damaged, gzipSync(lines.join('\n')))
    const otherFiles = folderStorage(join(dir, 'other-files'))
    await withTarget(async ({ db }) => {
      await expect(restoreBackup(db, damaged, { storage: otherFiles })).rejects.toThrow(/do not match its SHA-256/)
      expect(Object.values(await rowCounts(db)).every((n) => n === 0)).toBe(true)
      expect(existsSync(join(dir, 'other-files', originalKey(digest(small))))).toBe(false)
    })
  })
})
