import type { Kysely } from 'kysely'
import type { Config } from '../../config.ts'
import type { Database } from '../../db/tables.ts'
import type { BlobStorage } from './blob-storage.ts'
import { createFileService, type FileService } from './file-service.ts'
import { folderStorage } from './folder-storage.ts'
import { s3Storage } from './s3-storage.ts'

type StorageConfig = Pick<Config, 'filesDir' | 's3'>

export function storageFromConfig(config: StorageConfig): BlobStorage {
  return config.s3 ? s3Storage(config.s3) : folderStorage(config.filesDir)
}

// One service per app (its configuration and database): features registered separately share it and its S3 client.
const services = new WeakMap<StorageConfig, WeakMap<Kysely<Database>, FileService>>()

/** The file service for this app: S3 when S3_BUCKET is set, else the FILES_DIR folder. Creates nothing on disk until a file arrives. */
export function fileServiceFor(deps: { db: Kysely<Database>; config: StorageConfig }): FileService {
  let byDb = services.get(deps.config)
  if (!byDb) services.set(deps.config, (byDb = new WeakMap()))
  let service = byDb.get(deps.db)
  if (!service) byDb.set(deps.db, (service = createFileService({ db: deps.db, storage: storageFromConfig(deps.config) })))
  return service
}
