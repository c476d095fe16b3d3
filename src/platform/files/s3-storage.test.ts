import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buffer as readAll } from 'node:stream/consumers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import S3rver from 's3rver'
import sharp from 'sharp'
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'
import { createTestDb } from '../../../test/support/test-db.ts'
import type { DatabaseHandle } from '../../db/connect.ts'
import { loadConfig, type S3Settings } from '../../config.ts'
import { createFileService, type FileService } from './file-service.ts'
import { s3Client, s3Storage } from './s3-storage.ts'

// A real S3-compatible server (s3rver) on 127.0.0.1, so the adapter is tested through the SDK's
// actual requests: path-style addressing, signing, bodies streamed from disk.
let server: S3rver
let serverDir: string
let handle: DatabaseHandle
let settings: S3Settings
let client: S3Client
let files: FileService
const meta = { organisationId: null, uploadedBy: null, purpose: 'test', now: new Date('2026-11-22T03:00:00Z') }

beforeAll(async () => {
  serverDir = mkdtempSync(join(tmpdir(), 'prongsai-s3rver-'))
  server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: serverDir, configureBuckets: [{ name: 'prongsai-files' }] })
  const { port } = await server.run()
  // Through the real configuration, as an operator would set it.
  const config = loadConfig({
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_BUCKET: 'prongsai-files',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_PREFIX: 'uploads',
  })
  settings = config.s3!
  client = s3Client(settings)
  handle = await createTestDb()
  files = createFileService({ db: handle.db, storage: s3Storage(settings, client) })
})
afterAll(async () => {
  await handle?.close()
  await server?.close()
  rmSync(serverDir, { recursive: true, force: true })
})

async function objectKeys(): Promise<string[]> {
  const res = await client.send(new ListObjectsV2Command({ Bucket: settings.bucket }))
  return (res.Contents ?? []).map((o) => o.Key!).sort()
}

describe('files in S3-compatible storage', () => {
  it('keeps identical uploads as one object named by the digest, byte for byte', async () => {
    const bytes = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#336699' } }).jpeg().toBuffer()
    const sha = createHash('sha256').update(bytes).digest('hex')
    const a = await files.storeUpload(bytes, { field: 'f', maxBytes: 1024 * 1024, allowed: ['image'], originalName: 'a.jpg', ...meta })
    const b = await files.storeUpload(bytes, { field: 'f', maxBytes: 1024 * 1024, allowed: ['image'], originalName: 'b.jpg', ...meta })
    expect(a.id).not.toBe(b.id)
    expect(await objectKeys()).toEqual([`uploads/${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`])
    // What the bucket holds is exactly the upload (no chunk signatures or trailers stored with it).
    const raw = await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: `uploads/${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}` }))
    const stored = Buffer.from(await raw.Body!.transformToByteArray())
    expect(createHash('sha256').update(stored).digest('hex')).toBe(sha)
    const opened = await files.openFile(b.id)
    expect((await readAll(opened!.stream)).equals(bytes)).toBe(true)
  })

  it('caches thumbnails in the bucket too', async () => {
    const bytes = await sharp({ create: { width: 640, height: 640, channels: 3, background: '#aa3300' } }).png().toBuffer()
    const f = await files.storeUpload(bytes, { field: 'f', maxBytes: 1024 * 1024, allowed: ['image'], originalName: 'logo.png', ...meta })
    const thumb = await files.thumbnail(f.id, 192)
    expect(await sharp(thumb!.bytes).metadata()).toMatchObject({ format: 'webp', width: 192, height: 192 })
    expect(await objectKeys()).toContain(`uploads/thumbnails/${f.sha256.slice(0, 2)}/${f.sha256.slice(2, 4)}/${f.sha256}-w192.webp`)
  })

  it('says plainly when an object is missing, and refuses keys not made from a digest', async () => {
    const storage = s3Storage(settings, client)
    expect(await storage.has(`${'0'.repeat(2)}/${'0'.repeat(2)}/${'0'.repeat(64)}`)).toBe(false)
    expect(await storage.get(`${'0'.repeat(2)}/${'0'.repeat(2)}/${'0'.repeat(64)}`)).toBeUndefined()
    await expect(storage.get('../other-bucket/secret')).rejects.toThrow('refusing a storage key')
  })
})

describe('S3 configuration', () => {
  it('is off unless a bucket is given, and lists every problem at once', () => {
    expect(loadConfig({}).s3).toBeUndefined()
    expect(loadConfig({ DATA_DIR: '/srv/prongsai' }).filesDir).toBe('/srv/prongsai/files')
    expect(() => loadConfig({ S3_ENDPOINT: 'http://minio:9000', S3_ACCESS_KEY_ID: 'k' })).toThrow(
      /S3_BUCKET: required when S3_ENDPOINT, S3_ACCESS_KEY_ID is set[\s\S]*give both or neither/,
    )
    expect(loadConfig({ S3_BUCKET: 'files', S3_PREFIX: 'a/b' }).s3).toMatchObject({ bucket: 'files', prefix: 'a/b/', forcePathStyle: true, region: 'us-east-1' })
  })
})
