import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import { dirname, join, resolve } from 'node:path'
import type { Readable } from 'node:stream'
import { assertStorageKey, type BlobStorage } from './blob-storage.ts'

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException).code === 'ENOENT'

/** Content-addressed files in a folder: `<root>/ab/cd/<sha256>`. Written by rename, so a reader never sees half a file. */
export function folderStorage(root: string): BlobStorage {
  const base = resolve(root)
  // Inside the store, so moving a finished upload into place is a rename on the same file system.
  const tempDir = join(base, '.incoming')
  const pathOf = (key: string) => {
    assertStorageKey(key)
    return join(base, ...key.split('/'))
  }

  async function has(key: string): Promise<boolean> {
    try {
      return (await stat(pathOf(key))).isFile()
    } catch (e) {
      if (isMissing(e)) return false
      throw e
    }
  }

  return {
    tempDir,
    description: `folder ${base}`,
    has,
    async putFile(key, localPath) {
      const target = pathOf(key)
      await mkdir(dirname(target), { recursive: true })
      // Same bytes, same name: if another upload got there first this replaces it with an identical file.
      await rename(localPath, target)
    },
    async putBuffer(key, bytes) {
      if (await has(key)) return
      const target = pathOf(key)
      await mkdir(dirname(target), { recursive: true })
      await mkdir(tempDir, { recursive: true })
      const tmp = join(tempDir, `${randomUUID()}.part`)
      try {
        await writeFile(tmp, bytes, { mode: 0o640 })
        await rename(tmp, target)
      } finally {
        await rm(tmp, { force: true })
      }
    },
    async get(key): Promise<Readable | undefined> {
      try {
        const handle = await open(pathOf(key), 'r')
        return handle.createReadStream()
      } catch (e) {
        if (isMissing(e)) return undefined
        throw e
      }
    },
  }
}
