// Table types of this feature (see ../tables.ts), from the migration 2026-11-22T1130-files.
import type { ColumnType, Generated } from 'kysely'
import type { CreatedAt } from '../column-types.ts'

export interface FilesTable {
  id: Generated<string>
  sha256: string
  size: number
  mime: string
  original_name: ColumnType<string, string | undefined, string>
  organisation_id: string | null
  uploaded_by: string | null
  purpose: string
  created_at: CreatedAt
}

export interface AppSecretsTable {
  name: string
  value: string
  created_at: CreatedAt
}

export interface PendingFileBlobsTable {
  sha256: string
  bytes: Buffer
  created_at: CreatedAt
}

export interface FilesTables {
  files: FilesTable
  app_secrets: AppSecretsTable
  pending_file_blobs: PendingFileBlobsTable
}
