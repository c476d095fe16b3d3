import type { Kysely, Selectable } from 'kysely'
import type { Database, FilesTable } from '../../db/tables.ts'

/** A file's metadata; the bytes are found in storage by `sha256`. */
export type StoredFile = {
  id: string
  sha256: string
  size: number
  mime: string
  /** What the person's computer called it: for display and download names only, never for paths. */
  originalName: string
  organisationId: string | null
  uploadedBy: string | null
  purpose: string
  createdAt: Date
}

export type FileMeta = { organisationId: string | null; uploadedBy: string | null; purpose: string; now: Date }

function toStoredFile(r: Selectable<FilesTable>): StoredFile {
  return {
    id: r.id,
    sha256: r.sha256,
    size: Number(r.size),
    mime: r.mime,
    originalName: r.original_name,
    organisationId: r.organisation_id,
    uploadedBy: r.uploaded_by,
    purpose: r.purpose,
    createdAt: r.created_at,
  }
}

export async function insertFileRecord(
  db: Kysely<Database>,
  f: { sha256: string; size: number; mime: string; originalName: string } & FileMeta,
): Promise<StoredFile> {
  const row = await db
    .insertInto('files')
    .values({
      sha256: f.sha256,
      size: f.size,
      mime: f.mime,
      original_name: f.originalName,
      organisation_id: f.organisationId,
      uploaded_by: f.uploadedBy,
      purpose: f.purpose,
      created_at: f.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
  return toStoredFile(row)
}

/** `id` must already be a checked uuid: PostgreSQL would otherwise throw on the cast. */
export async function findFileRecord(db: Kysely<Database>, id: string): Promise<StoredFile | undefined> {
  const row = await db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? toStoredFile(row) : undefined
}

export async function findPendingBlob(db: Kysely<Database>, sha256: string): Promise<Buffer | undefined> {
  const row = await db.selectFrom('pending_file_blobs').select('bytes').where('sha256', '=', sha256).executeTakeFirst()
  return row?.bytes
}

export async function deletePendingBlob(db: Kysely<Database>, sha256: string): Promise<void> {
  await db.deleteFrom('pending_file_blobs').where('sha256', '=', sha256).execute()
}
