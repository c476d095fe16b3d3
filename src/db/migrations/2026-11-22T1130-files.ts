import { sql, type Kysely } from 'kysely'

/**
 * Uploaded files: metadata here, bytes in content-addressed storage (a folder or an S3 bucket,
 * chosen by configuration at run time). Organisation logos move from bytea columns onto it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('files')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // The storage address is derived from this digest alone; nothing a person typed reaches a path.
    .addColumn('sha256', 'text', (c) => c.notNull().check(sql`sha256 ~ '^[0-9a-f]{64}$'`))
    .addColumn('size', 'bigint', (c) => c.notNull().check(sql`size >= 0`))
    .addColumn('mime', 'text', (c) => c.notNull())
    // Shown to people and offered as the download name; never used to build a path.
    .addColumn('original_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('organisation_id', 'uuid', (c) => c.references('organisations.id').onDelete('restrict'))
    .addColumn('uploaded_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('files_sha256_idx').on('files').column('sha256').execute()
  await db.schema.createIndex('files_organisation_idx').on('files').columns(['organisation_id', 'purpose']).execute()

  // Secrets every app instance must share (the key that signs references to uploads kept across a
  // rejected form). Created by the first instance that needs one; never logged.
  await db.schema
    .createTable('app_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  // A migration cannot know where files are stored (that is run-time configuration), so bytes
  // moved out of other tables wait here, keyed by their digest; the file service moves each one
  // into storage the first time it is read.
  await db.schema
    .createTable('pending_file_blobs')
    .addColumn('sha256', 'text', (c) => c.primaryKey().check(sql`sha256 ~ '^[0-9a-f]{64}$'`))
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  await db.schema.alterTable('organisations').addColumn('logo_file_id', 'uuid', (c) => c.references('files.id').onDelete('set null')).execute()

  await sql`
    INSERT INTO pending_file_blobs (sha256, bytes)
    SELECT DISTINCT ON (digest) digest, logo
    FROM (SELECT encode(sha256(logo), 'hex') AS digest, logo FROM organisations WHERE logo IS NOT NULL) AS logos
    ON CONFLICT (sha256) DO NOTHING`.execute(db)
  await sql`
    WITH moved AS (
      INSERT INTO files (sha256, size, mime, original_name, organisation_id, purpose, created_at)
      SELECT encode(sha256(logo), 'hex'),
             octet_length(logo),
             coalesce(logo_type, 'application/octet-stream'),
             CASE logo_type WHEN 'image/png' THEN 'logo.png' WHEN 'image/jpeg' THEN 'logo.jpg' ELSE 'logo' END,
             id,
             'organisation_logo',
             updated_at
      FROM organisations
      WHERE logo IS NOT NULL
      RETURNING id, organisation_id
    )
    UPDATE organisations AS o SET logo_file_id = moved.id FROM moved WHERE o.id = moved.organisation_id`.execute(db)

  // Only the organisations feature read these columns (checked with grep when this was written).
  await db.schema.alterTable('organisations').dropColumn('logo').dropColumn('logo_type').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('organisations').addColumn('logo', 'bytea').addColumn('logo_type', 'text').execute()
  // Only logos whose bytes have not yet been moved into storage can come back.
  await sql`
    UPDATE organisations AS o SET logo = p.bytes, logo_type = f.mime
    FROM files AS f JOIN pending_file_blobs AS p ON p.sha256 = f.sha256
    WHERE f.id = o.logo_file_id`.execute(db)
  await db.schema.alterTable('organisations').dropColumn('logo_file_id').execute()
  for (const t of ['pending_file_blobs', 'app_secrets', 'files']) await db.schema.dropTable(t).ifExists().execute()
}
