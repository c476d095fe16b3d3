import { sql, type Kysely } from 'kysely'

/**
 * Voice of the public, second part: a named commenter's name and contact are sealed like a
 * complainant's identity (one data key per comment, a sealed copy per reader), the receipt of a
 * complaint a comment was forwarded as is kept only for the commenter's follow-up code, held
 * consultation comments go through a moderation queue, and consultations and hearings hold files.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('comment_box_entries')
    .addColumn('sealed_identity', 'text')
    // A key pair per comment with a follow-up code: the private half is wrapped under a key derived
    // from the code, so staff can seal something (a complaint receipt) only the commenter can open.
    .addColumn('follow_up_public_key', 'text')
    .addColumn('follow_up_private_key', 'text')
    .addColumn('sealed_complaint_receipt', 'text')
    .execute()
  await sql`ALTER TABLE comment_box_entries ADD CONSTRAINT comment_box_anonymous_sealed_nothing CHECK (NOT anonymous OR sealed_identity IS NULL)`.execute(db)
  await sql`ALTER TABLE comment_box_entries ADD CONSTRAINT comment_box_receipt_needs_code CHECK (sealed_complaint_receipt IS NULL OR follow_up_public_key IS NOT NULL)`.execute(db)
  await db.schema
    .createTable('comment_box_keys')
    .addColumn('comment_id', 'uuid', (c) => c.notNull().references('comment_box_entries.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('sealed_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('comment_box_keys_pk', ['comment_id', 'user_id'])
    .execute()

  // A question may name one of the agency's citizen services (by its key), so the board can be read per service.
  await db.schema.alterTable('webboard_posts').addColumn('service_key', 'text').execute()
  await db.schema.createIndex('webboard_posts_service_idx').on('webboard_posts').columns(['organisation_id', 'service_key']).execute()

  await db.schema
    .alterTable('consultation_comments')
    .addColumn('moderation', 'text', (c) => c.notNull().defaultTo('published').check(sql`moderation IN ('held', 'published', 'rejected')`))
    .addColumn('moderated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('moderated_on', 'date')
    .execute()
  await sql`UPDATE consultation_comments SET moderation = 'held' WHERE jsonb_array_length(hold_reasons) > 0`.execute(db)
  await sql`
    CREATE FUNCTION consultation_comment_moderation() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.moderation IS DISTINCT FROM OLD.moderation AND NOT (OLD.moderation = 'held' AND NEW.moderation IN ('published', 'rejected')) THEN
        RAISE EXCEPTION 'consultation comment may not go from % to %', OLD.moderation, NEW.moderation USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER consultation_comment_moderation BEFORE UPDATE ON consultation_comments FOR EACH ROW EXECUTE FUNCTION consultation_comment_moderation()`.execute(db)

  // A consultation's documents and a hearing's photos, stored by the file service.
  await db.schema
    .createTable('consultation_files')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('consultation_id', 'uuid', (c) => c.references('consultations.id').onDelete('cascade'))
    .addColumn('hearing_id', 'uuid', (c) => c.references('public_hearings.id').onDelete('cascade'))
    .addColumn('file_id', 'uuid', (c) => c.notNull().references('files.id').onDelete('restrict'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('document', 'photo')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('consultation_files_owner', sql`(kind = 'document' AND consultation_id IS NOT NULL AND hearing_id IS NULL) OR (kind = 'photo' AND hearing_id IS NOT NULL AND consultation_id IS NULL)`)
    .execute()
  await db.schema.createIndex('consultation_files_consultation_idx').on('consultation_files').columns(['consultation_id']).execute()
  await db.schema.createIndex('consultation_files_hearing_idx').on('consultation_files').columns(['hearing_id']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('consultation_files').execute()
  await sql`DROP TRIGGER consultation_comment_moderation ON consultation_comments`.execute(db)
  await sql`DROP FUNCTION consultation_comment_moderation()`.execute(db)
  await db.schema.alterTable('consultation_comments').dropColumn('moderation').dropColumn('moderated_by').dropColumn('moderated_on').execute()
  await db.schema.dropIndex('webboard_posts_service_idx').execute()
  await db.schema.alterTable('webboard_posts').dropColumn('service_key').execute()
  await db.schema.dropTable('comment_box_keys').execute()
  await sql`ALTER TABLE comment_box_entries DROP CONSTRAINT comment_box_receipt_needs_code, DROP CONSTRAINT comment_box_anonymous_sealed_nothing`.execute(db)
  await db.schema.alterTable('comment_box_entries').dropColumn('sealed_identity').dropColumn('follow_up_public_key').dropColumn('follow_up_private_key').dropColumn('sealed_complaint_receipt').execute()
}
