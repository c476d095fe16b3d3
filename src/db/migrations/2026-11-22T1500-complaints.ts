import { sql, type Kysely } from 'kysely'

/**
 * Complaints and whistleblowing (D1–D7). What could identify a complainant (identity, contact,
 * witnesses, the message thread, evidence) is stored only encrypted, under a data key of the
 * complaint's own that is sealed separately for each person allowed to read it. The facts of the
 * case (kind, what happened, status) stay readable to the agency head and oversight.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // Each person's X25519 key pair: the private half wrapped with a key derived from their password.
  await db.schema
    .alterTable('users')
    .addColumn('public_key', 'text')
    .addColumn('wrapped_private_key', 'text')
    .addColumn('key_salt', 'text')
    .execute()
  // The private key unwrapped at sign-in, encrypted under a key derived from the session token,
  // which the database never holds (it keeps only the token's hash).
  await db.schema.alterTable('sessions').addColumn('sealed_private_key', 'text').execute()
  // A complainant's address leaves the outbox once their mail is sent or has failed for good.
  await db.schema.alterTable('outbox').addColumn('erase_recipient', 'boolean', (c) => c.notNull().defaultTo(false)).execute()

  await db.schema
    .createTable('complaint_guidelines')
    .addColumn('organisation_id', 'uuid', (c) => c.primaryKey().references('organisations.id').onDelete('cascade'))
    .addColumn('steps', 'jsonb', (c) => c.notNull())
    .addColumn('how_to_th', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('how_to_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  await db.schema
    .createTable('complaint_counters')
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('complaint_counters_pk', ['organisation_id', 'fiscal_year'])
    .execute()

  await db.schema
    .createTable('complaints')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    // Readable case number, e.g. 2570/0007: for letters and phone calls, never a way in.
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('intake', 'text', (c) => c.notNull().check(sql`intake IN ('public', 'conflict_of_interest', 'budget_objection')`))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('kind', 'text')
    .addColumn('subject_text', 'text', (c) => c.notNull())
    .addColumn('what_happened', 'text', (c) => c.notNull())
    .addColumn('happened_when', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('happened_where', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('request', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('anonymous', 'boolean', (c) => c.notNull())
    .addColumn('has_witnesses', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('evidence_count', 'integer', (c) => c.notNull().defaultTo(0))
    // {name, address, phone, email, witnesses} encrypted with the complaint's data key.
    .addColumn('sealed_identity', 'text', (c) => c.notNull())
    .addColumn('wants_email_updates', 'boolean', (c) => c.notNull().defaultTo(false))
    // scrypt of the receipt with the deployment's salt; the receipt itself is never stored.
    .addColumn('receipt_hash', 'text', (c) => c.unique())
    // The data key sealed under a second key derived from the receipt: the complainant's copy.
    .addColumn('complainant_key', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('received_on', 'date', (c) => c.notNull())
    .addColumn('step_started_on', 'date', (c) => c.notNull())
    .addColumn('assigned_to', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('ground', 'text')
    .addColumn('ground_reason', 'text')
    .addColumn('outcome', 'text')
    .addColumn('outcome_summary', 'text')
    .addColumn('result_for_complainant', 'text')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('complaints_reference_unique', ['organisation_id', 'reference'])
    .execute()
  await db.schema.createIndex('complaints_org_status_idx').on('complaints').columns(['organisation_id', 'intake', 'status']).execute()
  await db.schema.createIndex('complaints_org_received_idx').on('complaints').columns(['organisation_id', 'received_on']).execute()

  // One sealed copy of a complaint's data key per reader.
  await db.schema
    .createTable('complaint_keys')
    .addColumn('complaint_id', 'uuid', (c) => c.notNull().references('complaints.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('sealed_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('complaint_keys_pk', ['complaint_id', 'user_id'])
    .execute()
  await db.schema.createIndex('complaint_keys_user_idx').on('complaint_keys').column('user_id').execute()
  // Losing the handler role destroys the person's copies of that agency's complaint keys, in the
  // same transaction as the revocation, whichever code path revokes it.
  await sql`
    CREATE FUNCTION complaint_keys_follow_roles() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM complaint_keys k USING complaints c
      WHERE k.complaint_id = c.id AND k.user_id = OLD.user_id AND c.organisation_id = OLD.organisation_id
        AND NOT EXISTS (
          SELECT 1 FROM memberships m
          WHERE m.user_id = OLD.user_id AND m.organisation_id = OLD.organisation_id
            AND m.role = CASE c.intake WHEN 'public' THEN 'complaint_officer' ELSE 'head' END);
      RETURN OLD;
    END $$`.execute(db)
  await sql`CREATE TRIGGER memberships_revoke_complaint_keys AFTER DELETE ON memberships FOR EACH ROW EXECUTE FUNCTION complaint_keys_follow_roles()`.execute(db)

  // Staff named as the subject of a complaint: they never see it, whatever their role.
  await db.schema
    .createTable('complaint_subjects')
    .addColumn('complaint_id', 'uuid', (c) => c.notNull().references('complaints.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('complaint_subjects_pk', ['complaint_id', 'user_id'])
    .execute()

  // The case's history as staff and the complainant see it: steps, assignments (no secrets).
  await db.schema
    .createTable('complaint_events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('complaint_id', 'uuid', (c) => c.notNull().references('complaints.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('detail', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute()
  await db.schema.createIndex('complaint_events_complaint_idx').on('complaint_events').columns(['complaint_id', 'at']).execute()

  // Messages between complainant and agency, and internal notes, all encrypted with the data key.
  await db.schema
    .createTable('complaint_messages')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('complaint_id', 'uuid', (c) => c.notNull().references('complaints.id').onDelete('cascade'))
    .addColumn('author', 'text', (c) => c.notNull().check(sql`author IN ('complainant', 'staff', 'note')`))
    .addColumn('author_user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('sealed_body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('complaint_messages_complaint_idx').on('complaint_messages').columns(['complaint_id', 'created_at']).execute()

  // Evidence, encrypted with the data key (a photo can name its taker as surely as a form).
  await db.schema
    .createTable('complaint_attachments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('complaint_id', 'uuid', (c) => c.notNull().references('complaints.id').onDelete('cascade'))
    .addColumn('message_id', 'uuid', (c) => c.references('complaint_messages.id').onDelete('cascade'))
    .addColumn('sealed_meta', 'text', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('complaint_attachments_complaint_idx').on('complaint_attachments').column('complaint_id').execute()

  // Files of a form sent back for correction, encrypted under a key that only the form's hidden
  // field carries; gone after a day whether used or not.
  await db.schema
    .createTable('complaint_pending_uploads')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()

  // A reminder goes once per complaint, step and urgency.
  await db.schema
    .createTable('complaint_reminders')
    .addColumn('complaint_id', 'uuid', (c) => c.notNull().references('complaints.id').onDelete('cascade'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('step_started_on', 'date', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('complaint_reminders_pk', ['complaint_id', 'step', 'step_started_on', 'urgency'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER memberships_revoke_complaint_keys ON memberships`.execute(db)
  await sql`DROP FUNCTION complaint_keys_follow_roles()`.execute(db)
  for (const t of ['complaint_reminders', 'complaint_pending_uploads', 'complaint_attachments', 'complaint_messages', 'complaint_events', 'complaint_subjects', 'complaint_keys', 'complaints', 'complaint_counters', 'complaint_guidelines']) {
    await db.schema.dropTable(t).execute()
  }
  await db.schema.alterTable('sessions').dropColumn('sealed_private_key').execute()
  await db.schema.alterTable('outbox').dropColumn('erase_recipient').execute()
  await db.schema.alterTable('users').dropColumn('public_key').dropColumn('wrapped_private_key').dropColumn('key_salt').execute()
}
