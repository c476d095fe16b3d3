import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buffer as readAll } from 'node:stream/consumers'
import { Migrator, sql, type Kysely } from 'kysely'
import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectToServer, openPglite, type DatabaseHandle } from '../../db/connect.ts'
import { migrations } from '../../db/migrations/index.ts'
import { serverUrlFor } from '../../../test/support/template-db.ts'
import { createFileService, folderStorage } from '../../platform/files/index.ts'

// Starts from an empty database (not the test template) because it must stop half-way through
// the migrations: at the foundation, where logos were bytea columns.
let handle: DatabaseHandle
let dropServerDb: (() => Promise<void>) | undefined
let filesDir: string

async function emptyDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.DATABASE_URL
  if (!serverUrl) return openPglite('memory://')
  const name = `prongsai_migration_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  dropServerDb = async () => {
    const a = new pg.Client({ connectionString: serverUrl })
    await a.connect()
    await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await a.end()
  }
  return connectToServer(serverUrlFor(serverUrl, name), 2)
}

beforeAll(async () => {
  handle = await emptyDatabase()
  filesDir = mkdtempSync(join(tmpdir(), 'prongsai-migrated-files-'))
})
afterAll(async () => {
  await handle.close()
  await dropServerDb?.()
  rmSync(filesDir, { recursive: true, force: true })
})

const migrator = (db: Kysely<any>) => new Migrator({ db, provider: { getMigrations: async () => migrations } })

describe('moving bytea logos onto the file service', () => {
  it('copies every stored logo into files, points the organisation at it, and drops the old columns', async () => {
    const db = handle.db as unknown as Kysely<any>
    const first = await migrator(db).migrateTo('2026-11-22T0000-foundation')
    expect(first.error).toBeUndefined()
    const logo = await sharp({ create: { width: 500, height: 250, channels: 3, background: '#1d70b8' } }).png().toBuffer()
    const sha = createHash('sha256').update(logo).digest('hex')
    await db
      .insertInto('organisations')
      .values([
        { slug: 'with-logo', kind: 'sao', name_th: 'อบต.มีตรา', logo, logo_type: 'image/png' },
        { slug: 'same-logo', kind: 'sao', name_th: 'อบต.ตราเดียวกัน', logo, logo_type: 'image/png' },
        { slug: 'no-logo', kind: 'sao', name_th: 'อบต.ไม่มีตรา' },
      ])
      .execute()

    const rest = await migrator(db).migrateToLatest()
    expect(rest.error).toBeUndefined()

    const orgs = await handle.db.selectFrom('organisations').select(['id', 'slug', 'logo_file_id']).orderBy('slug').execute()
    const bySlug = Object.fromEntries(orgs.map((o) => [o.slug, o]))
    expect(bySlug['no-logo']!.logo_file_id).toBeNull()
    const files = await handle.db.selectFrom('files').selectAll().orderBy('original_name').execute()
    expect(files).toHaveLength(2)
    for (const slug of ['with-logo', 'same-logo']) {
      const f = files.find((x) => x.id === bySlug[slug]!.logo_file_id)!
      expect(f).toMatchObject({ sha256: sha, size: logo.length, mime: 'image/png', original_name: 'logo.png', organisation_id: bySlug[slug]!.id, purpose: 'organisation_logo' })
    }
    // One copy of the bytes, waiting for the file service.
    expect(await handle.db.selectFrom('pending_file_blobs').select('sha256').execute()).toEqual([{ sha256: sha }])
    const columns = await sql<{ column_name: string }>`SELECT column_name FROM information_schema.columns WHERE table_name = 'organisations'`.execute(handle.db)
    expect(columns.rows.map((r) => r.column_name)).not.toContain('logo')
    expect(columns.rows.map((r) => r.column_name)).not.toContain('logo_type')
  })

  it('serves a migrated logo, moving its bytes into storage the first time it is read', async () => {
    const files = createFileService({ db: handle.db, storage: folderStorage(filesDir) })
    const org = await handle.db.selectFrom('organisations').select('logo_file_id').where('slug', '=', 'with-logo').executeTakeFirstOrThrow()
    const opened = await files.openFile(org.logo_file_id!)
    const bytes = await readAll(opened!.stream)
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(opened!.file.sha256)
    expect(await handle.db.selectFrom('pending_file_blobs').select('sha256').execute()).toEqual([])
    expect(await files.storage.has(`${opened!.file.sha256.slice(0, 2)}/${opened!.file.sha256.slice(2, 4)}/${opened!.file.sha256}`)).toBe(true)
    const thumb = await files.thumbnail(org.logo_file_id!, 192)
    expect(await sharp(thumb!.bytes).metadata()).toMatchObject({ width: 192, height: 96 })
  })
})
