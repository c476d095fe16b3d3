import { createHash, randomUUID } from 'node:crypto'
import { mkdir, open, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { Readable } from 'node:stream'
import { buffer as readAll } from 'node:stream/consumers'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ValidationError } from '../../errors.ts'
import type { Bilingual } from '../i18n/locale.ts'
import { isSha256, originalKey, thumbnailKey, type BlobStorage } from './blob-storage.ts'
import { detectContentType } from './detect-content-type.ts'
import { deletePendingBlob, findFileRecord, findPendingBlob, insertFileRecord, type FileMeta, type StoredFile } from './file-records.ts'
import { isImageMime, mimesOf, type FileKind } from './file-kinds.ts'
import { inspectImage, makeThumbnail, MAX_IMAGE_MEGAPIXELS } from './thumbnails.ts'
import { EMPTY_FILE, tooLargeProblem, tooManyPixelsProblem, UNREADABLE_IMAGE, wrongTypeProblem } from './upload-problems.ts'
import { sharedSecret } from '../crypto/app-secrets.ts'
import { signUploadReference, verifyUploadReference } from './upload-references.ts'

export type UploadRules = {
  /** The form field the file came from: refusals are reported against it. */
  field: string
  /** Reading stops as soon as the upload passes this many bytes. */
  maxBytes: number
  allowed: readonly FileKind[]
  /** The name the browser sent; kept for display only. */
  originalName?: string
}

/** An upload read to its end, checked and held in a temporary file until committed or discarded. */
export type ReceivedUpload = {
  readonly tempPath: string
  readonly sha256: string
  readonly size: number
  readonly mime: string
  readonly originalName: string
}

export type OpenedFile = { file: StoredFile; stream: Readable }
export type Thumbnail = { file: StoredFile; bytes: Buffer; mime: 'image/webp'; width: number; etag: string }

export interface FileService {
  /** Reads the upload (stopping at the size limit), checks its type from its content; throws ValidationError on the rules' field. */
  receive(source: Readable | Uint8Array, rules: UploadRules): Promise<ReceivedUpload>
  /** Stores the bytes (once per distinct content) and records the file; `db` may be the caller's transaction. */
  commit(upload: ReceivedUpload, meta: FileMeta, db?: Kysely<Database>): Promise<StoredFile>
  discard(upload: ReceivedUpload): Promise<void>
  /** receive + commit. The caller records the audit event. */
  storeUpload(source: Readable | Uint8Array, options: UploadRules & FileMeta, db?: Kysely<Database>): Promise<StoredFile>
  /** Metadata only; undefined for anything that is not the uuid of a stored file. */
  findFile(id: string, db?: Kysely<Database>): Promise<StoredFile | undefined>
  openFile(id: string): Promise<OpenedFile | undefined>
  /** An image's WebP thumbnail at most `width` px wide and tall, made once and kept; undefined for non-images. */
  thumbnail(id: string, width: number): Promise<Thumbnail | undefined>
  /** A signed, expiring reference for a hidden form field: "this person already uploaded this file". */
  signReference(fileId: string, holderId: string, now: Date): Promise<string>
  /** The file id a genuine, unexpired reference given to `holderId` stands for; otherwise null. */
  readReference(reference: string, holderId: string, now: Date): Promise<string | null>
  readonly storage: BlobStorage
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
export const THUMBNAIL_MIN_WIDTH = 16
export const THUMBNAIL_MAX_WIDTH = 2048

export function isFileId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value)
}

/** Display form of the browser's file name: no folders (old browsers sent C:\fakepath\…), no control characters. */
export function cleanFileName(name: string): string {
  const last = basename(name.replaceAll('\\', '/'))
  return last
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 255)
}

function refuse(field: string, problem: Bilingual): never {
  throw new ValidationError({ [field]: problem })
}

export function createFileService({ db, storage }: { db: Kysely<Database>; storage: BlobStorage }): FileService {
  let secret: Promise<Buffer> | undefined
  const secretKey = () => {
    secret ??= sharedSecret(db, 'upload-reference').catch((e: unknown) => {
      secret = undefined
      throw e
    })
    return secret
  }
  const thumbnailsInProgress = new Map<string, Promise<Buffer>>()

  async function writeTemp(source: Readable | Uint8Array, maxBytes: number): Promise<{ tempPath: string; sha256: string; size: number } | 'too_large'> {
    if (source instanceof Uint8Array && source.byteLength > maxBytes) return 'too_large'
    await mkdir(storage.tempDir, { recursive: true, mode: 0o700 })
    const tempPath = join(storage.tempDir, `${randomUUID()}.upload`)
    const file = await open(tempPath, 'wx', 0o600)
    const hash = createHash('sha256')
    let size = 0
    let tooLarge = false
    try {
      // Not destroyed on early exit: the caller owns the stream (a multipart parser drains the rest).
      const chunks: AsyncIterable<unknown> | Iterable<unknown> = source instanceof Uint8Array ? [source] : source.iterator({ destroyOnReturn: false })
      for await (const chunk of chunks) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array)
        if (size + bytes.byteLength > maxBytes) {
          tooLarge = true
          break
        }
        size += bytes.byteLength
        hash.update(bytes)
        await file.writeFile(bytes)
      }
      // A multipart parser that hit its own limit ends the stream early and says so.
      if ((source as { truncated?: boolean }).truncated) tooLarge = true
    } catch (e) {
      await file.close()
      await rm(tempPath, { force: true })
      throw e
    }
    await file.close()
    if (tooLarge) {
      await rm(tempPath, { force: true })
      return 'too_large'
    }
    return { tempPath, sha256: hash.digest('hex'), size }
  }

  async function receive(source: Readable | Uint8Array, rules: UploadRules): Promise<ReceivedUpload> {
    const originalName = cleanFileName(rules.originalName ?? '')
    const written = await writeTemp(source, rules.maxBytes)
    if (written === 'too_large') refuse(rules.field, tooLargeProblem(rules.maxBytes))
    const drop = () => rm(written.tempPath, { force: true })
    if (written.size === 0) {
      await drop()
      refuse(rules.field, EMPTY_FILE)
    }
    const detected = await detectContentType(written.tempPath, written.size)
    if (!detected.mime || !mimesOf(rules.allowed).includes(detected.mime)) {
      await drop()
      refuse(rules.field, wrongTypeProblem(detected, rules.allowed, originalName))
    }
    if (isImageMime(detected.mime)) {
      const check = await inspectImage(written.tempPath)
      if (check !== 'ok') {
        await drop()
        refuse(rules.field, check === 'too_many_pixels' ? tooManyPixelsProblem(MAX_IMAGE_MEGAPIXELS) : UNREADABLE_IMAGE)
      }
    }
    return { ...written, mime: detected.mime, originalName }
  }

  async function commit(upload: ReceivedUpload, meta: FileMeta, executor: Kysely<Database> = db): Promise<StoredFile> {
    const key = originalKey(upload.sha256)
    if (await storage.has(key)) await rm(upload.tempPath, { force: true })
    else await storage.putFile(key, upload.tempPath, upload.size)
    const { organisationId, uploadedBy, purpose, now } = meta
    return insertFileRecord(executor, { sha256: upload.sha256, size: upload.size, mime: upload.mime, originalName: upload.originalName, organisationId, uploadedBy, purpose, now })
  }

  async function findFile(id: string, executor: Kysely<Database> = db): Promise<StoredFile | undefined> {
    // Checked before any look-up: nothing but a uuid reaches the database, let alone the disk.
    if (!isFileId(id)) return undefined
    return findFileRecord(executor, id)
  }

  /** The stored bytes; a migration may have left them in the database, in which case they move to storage now. */
  async function openBlob(file: StoredFile): Promise<Readable> {
    if (!isSha256(file.sha256)) throw new Error(`file ${file.id} has a malformed digest`)
    const key = originalKey(file.sha256)
    const stream = await storage.get(key)
    if (stream) return stream
    const pending = await findPendingBlob(db, file.sha256)
    if (pending && createHash('sha256').update(pending).digest('hex') === file.sha256) {
      await storage.putBuffer(key, pending)
      await deletePendingBlob(db, file.sha256)
      return Readable.from([pending])
    }
    throw new Error(`the bytes of file ${file.id} (sha256 ${file.sha256}) are missing from ${storage.description}`)
  }

  async function thumbnailBytes(file: StoredFile, width: number): Promise<Buffer> {
    const key = thumbnailKey(file.sha256, width)
    const cached = await storage.get(key)
    if (cached) return readAll(cached)
    let making = thumbnailsInProgress.get(key)
    if (!making) {
      making = (async () => {
        const bytes = await makeThumbnail(await readAll(await openBlob(file)), width)
        await storage.putBuffer(key, bytes)
        return bytes
      })().finally(() => thumbnailsInProgress.delete(key))
      thumbnailsInProgress.set(key, making)
    }
    return making
  }

  return {
    storage,
    receive,
    commit,
    findFile,
    async discard(upload) {
      await rm(upload.tempPath, { force: true })
    },
    async storeUpload(source, options, executor) {
      const upload = await receive(source, options)
      try {
        return await commit(upload, options, executor)
      } finally {
        await rm(upload.tempPath, { force: true })
      }
    },
    async openFile(id) {
      const file = await findFile(id)
      if (!file) return undefined
      return { file, stream: await openBlob(file) }
    },
    async thumbnail(id, width) {
      if (!Number.isInteger(width) || width < THUMBNAIL_MIN_WIDTH || width > THUMBNAIL_MAX_WIDTH) return undefined
      const file = await findFile(id)
      if (!file || !isImageMime(file.mime)) return undefined
      const bytes = await thumbnailBytes(file, width)
      return { file, bytes, mime: 'image/webp', width, etag: `"${file.sha256}-w${width}"` }
    },
    async signReference(fileId, holderId, now) {
      return signUploadReference(await secretKey(), fileId, holderId, now)
    },
    async readReference(reference, holderId, now) {
      if (typeof reference !== 'string' || reference.length > 200) return null
      return verifyUploadReference(await secretKey(), reference, holderId, now)
    },
  }
}
