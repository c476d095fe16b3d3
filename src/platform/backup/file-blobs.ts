import { createHash, randomUUID } from 'node:crypto'
import { createWriteStream, type WriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { once } from 'node:events'
import { join } from 'node:path'
import { sql, type Transaction } from 'kysely'
import type { BlobStorage } from '../files/index.ts'
import { isSha256, originalKey } from '../files/blob-storage.ts'
import { BackupFormatError, type FilesDigest } from './backup-format.ts'

/**
 * Uploaded files live outside the database (a folder or a bucket), addressed by their SHA-256
 * in the `files` table. A backup carries the bytes of every file the table names, after the
 * tables, so the copy is complete:
 *
 *   {"kind":"blob","sha256":"ab…"}   then its bytes as JSON strings of base64, 1 MiB a line,
 *   {"kind":"blob-end","size":1234}
 *
 * Thumbnails are left out: they are made again from the originals when first asked for.
 */
const CHUNK = 1024 * 1024

export async function storedDigests(trx: Transaction<any>): Promise<string[]> {
  const present = await sql<{ ok: boolean }>`
    SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'files' AND column_name = 'sha256') AS ok`.execute(trx)
  if (!present.rows[0]?.ok) return []
  const r = await sql<{ sha256: string }>`SELECT DISTINCT sha256 FROM files ORDER BY sha256`.execute(trx)
  return r.rows.map((f) => f.sha256).filter(isSha256)
}

export async function writeBlobs(
  storage: BlobStorage,
  digests: readonly string[],
  writeLine: (value: unknown) => Promise<void>,
  onBlob?: (bytes: number) => void,
): Promise<FilesDigest> {
  const result: FilesDigest = { count: 0, bytes: 0, missing: [] }
  for (const sha256 of digests) {
    const stream = await storage.get(originalKey(sha256))
    if (!stream) {
      result.missing.push(sha256)
      continue
    }
    await writeLine({ kind: 'blob', sha256 })
    let size = 0
    let pending: Buffer[] = []
    let pendingBytes = 0
    const emit = async () => {
      if (pendingBytes === 0) return
      await writeLine(Buffer.concat(pending).toString('base64'))
      pending = []
      pendingBytes = 0
    }
    for await (const piece of stream) {
      const buf = piece as Buffer
      pending.push(buf)
      pendingBytes += buf.length
      size += buf.length
      if (pendingBytes >= CHUNK) await emit()
    }
    await emit()
    await writeLine({ kind: 'blob-end', size })
    result.count++
    result.bytes += size
    onBlob?.(size)
  }
  return result
}

/** Receives one file's bytes from the backup into the target storage, checking its digest on the way. */
export class BlobReceiver {
  private file: WriteStream | undefined
  private path = ''
  private sha256 = ''
  private hash = createHash('sha256')
  private size = 0
  readonly received: FilesDigest = { count: 0, bytes: 0, missing: [] }

  constructor(private readonly storage: BlobStorage | undefined) {}

  async start(sha256: unknown): Promise<void> {
    if (typeof sha256 !== 'string' || !isSha256(sha256)) throw new BackupFormatError('a file in the backup has no valid SHA-256')
    this.sha256 = sha256
    this.hash = createHash('sha256')
    this.size = 0
    if (!this.storage) return
    await mkdir(this.storage.tempDir, { recursive: true })
    this.path = join(this.storage.tempDir, `restore-${randomUUID()}.part`)
    this.file = createWriteStream(this.path, { mode: 0o640 })
  }

  async data(base64: string): Promise<void> {
    if (!this.sha256) throw new BackupFormatError('file data outside a file')
    const bytes = Buffer.from(base64, 'base64')
    this.hash.update(bytes)
    this.size += bytes.length
    if (this.file && !this.file.write(bytes)) await once(this.file, 'drain')
  }

  async end(size: unknown): Promise<void> {
    const file = this.file
    this.file = undefined
    if (file) {
      file.end()
      await once(file, 'close')
    }
    const actual = this.hash.digest('hex')
    try {
      if (actual !== this.sha256 || size !== this.size) {
        throw new BackupFormatError(`the bytes of file ${this.sha256} do not match its SHA-256 (damaged file)`)
      }
      if (this.storage) {
        const key = originalKey(this.sha256)
        if (await this.storage.has(key)) await rm(this.path, { force: true })
        else await this.storage.putFile(key, this.path, this.size)
      }
      this.received.count++
      this.received.bytes += this.size
    } finally {
      if (this.path) await rm(this.path, { force: true })
      this.path = ''
      this.sha256 = ''
    }
  }

  /** After a failure: no half-written temporary file is left behind. */
  async abandon(): Promise<void> {
    this.file?.destroy()
    this.file = undefined
    if (this.path) await rm(this.path, { force: true })
  }
}
