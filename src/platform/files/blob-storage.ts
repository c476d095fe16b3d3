import type { Readable } from 'node:stream'

/**
 * Where file bytes live. Keys are made only by `originalKey` and `thumbnailKey` from hex
 * digests, and each adapter refuses any other shape, so no name, id or URL segment can ever
 * become part of a path or an object key.
 */
export interface BlobStorage {
  has(key: string): Promise<boolean>
  /** Moves a finished local file (in `tempDir`) into the store under `key`; the local file is gone afterwards. */
  putFile(key: string, localPath: string, size: number): Promise<void>
  putBuffer(key: string, bytes: Buffer): Promise<void>
  /** The bytes, or undefined when nothing is stored under `key`. */
  get(key: string): Promise<Readable | undefined>
  /** A folder for uploads in progress (same file system as the store when there is one). */
  readonly tempDir: string
  readonly description: string
}

const SHA256 = /^[0-9a-f]{64}$/
const KEY = /^(?:thumbnails\/)?[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}(?:-w[0-9]{1,4}\.webp)?$/

export function isSha256(value: string): boolean {
  return SHA256.test(value)
}

/** `ab/cd/abcd…`: two levels of fan-out keep any one folder small. */
export function originalKey(sha256: string): string {
  if (!isSha256(sha256)) throw new Error('not a sha256 digest')
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`
}

/** Thumbnails are addressed by their source's digest and width: the same image gives the same thumbnail. */
export function thumbnailKey(sha256: string, width: number): string {
  if (!Number.isInteger(width) || width < 1 || width > 9999) throw new Error('bad thumbnail width')
  return `thumbnails/${originalKey(sha256)}-w${width}.webp`
}

export function assertStorageKey(key: string): void {
  if (!KEY.test(key)) throw new Error('refusing a storage key not made from a digest')
}
