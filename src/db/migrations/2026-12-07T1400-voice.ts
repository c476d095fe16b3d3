import { sql, type Kysely } from 'kysely'

/**
 * Voice of the public (E5–E6): the webboard with official answers, and official-information
 * requests under the Official Information Act 2540. The workflows are enforced here: a trigger
 * refuses any status change the domain does not allow, so no code path can skip a step.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // Per-agency settings; an agency without a row uses the defaults written here.
  await db.schema
    .createTable('voice_settings')
    .addColumn('organisation_id', 'uuid', (c) => c.primaryKey().references('organisations.id').onDelete('cascade'))
    .addColumn('webboard_answer_days', 'integer', (c) => c.notNull().defaultTo(5).check(sql`webboard_answer_days BETWEEN 1 AND 60`))
    .addColumn('webboard_premoderate', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('webboard_blocked_words', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('request_answer_days', 'integer', (c) => c.notNull().defaultTo(15).check(sql`request_answer_days BETWEEN 1 AND 90`))
    .addColumn('request_extension_days', 'integer', (c) => c.notNull().defaultTo(15).check(sql`request_extension_days BETWEEN 1 AND 90`))
    .addColumn('request_very_overdue_days', 'integer', (c) => c.notNull().defaultTo(10).check(sql`request_very_overdue_days BETWEEN 1 AND 90`))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  // Questions, public replies and official answers in one table: they share moderation.
  await db.schema
    .createTable('webboard_posts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('question_id', 'uuid', (c) => c.references('webboard_posts.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('question', 'reply', 'answer')`))
    .addColumn('topic', 'text')
    .addColumn('title', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('author_position', 'text')
    .addColumn('author_user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('pending', 'published', 'rejected')`))
    .addColumn('hold_reasons', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('asker_code_hash', 'text')
    .addColumn('helpful', 'boolean')
    .addColumn('assigned_to', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('due_on', 'date')
    .addColumn('published_on', 'date')
    .addColumn('answered_on', 'date')
    .addColumn('moderated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('moderated_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('webboard_posts_shape', sql`(kind = 'question') = (question_id IS NULL) AND (kind <> 'question' OR (topic IS NOT NULL AND title IS NOT NULL))`)
    // An official answer is signed by a person with a position, and is never moderated away.
    .addCheckConstraint('webboard_answers_signed', sql`kind <> 'answer' OR (author_position IS NOT NULL AND status = 'published')`)
    .execute()
  await db.schema.createIndex('webboard_posts_org_idx').on('webboard_posts').columns(['organisation_id', 'kind', 'status']).execute()
  await db.schema.createIndex('webboard_posts_question_idx').on('webboard_posts').columns(['question_id']).execute()
  await sql`
    CREATE FUNCTION webboard_post_transition() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
        (OLD.status = 'pending' AND NEW.status IN ('published', 'rejected')) OR
        (OLD.status = 'published' AND NEW.status = 'rejected' AND OLD.kind <> 'answer')
      ) THEN
        RAISE EXCEPTION 'webboard post may not go from % to %', OLD.status, NEW.status USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER webboard_post_transition BEFORE UPDATE ON webboard_posts FOR EACH ROW EXECUTE FUNCTION webboard_post_transition()`.execute(db)

  // That a moderator removed personal data, never what it was.
  await db.schema
    .createTable('webboard_redactions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('post_id', 'uuid', (c) => c.notNull().references('webboard_posts.id').onDelete('cascade'))
    .addColumn('occurrences', 'integer', (c) => c.notNull())
    .addColumn('characters', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('by_user', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('webboard_reminders')
    .addColumn('question_id', 'uuid', (c) => c.notNull().references('webboard_posts.id').onDelete('cascade'))
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('webboard_reminders_pk', ['question_id', 'urgency'])
    .execute()

  // Official-information requests (E6).
  await db.schema
    .createTable('info_request_counters')
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('year_be', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('info_request_counters_pk', ['organisation_id', 'year_be'])
    .execute()
  await db.schema
    .createTable('info_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel IN ('online', 'counter')`))
    // The Act wants a written request with the requester's name; kept from every public page.
    .addColumn('requester_name', 'text', (c) => c.notNull())
    .addColumn('requester_contact', 'text', (c) => c.notNull())
    .addColumn('what_requested', 'text', (c) => c.notNull())
    .addColumn('delivery', 'text', (c) => c.notNull())
    .addColumn('fee_baht', 'numeric(12, 2)')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('received', 'clarification', 'in_progress', 'extended', 'answered_full', 'answered_part', 'refused', 'transferred')`))
    .addColumn('received_on', 'date', (c) => c.notNull())
    // The clock: business days already used before the last pause, and where counting resumed.
    .addColumn('clock_from', 'date', (c) => c.notNull())
    .addColumn('days_used', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('allowed_days', 'integer', (c) => c.notNull())
    .addColumn('due_on', 'date')
    .addColumn('assigned_to', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('follow_up_hash', 'text', (c) => c.notNull())
    .addColumn('answer_text', 'text')
    .addColumn('refusal_section', 'text')
    .addColumn('refusal_reason', 'text')
    .addColumn('transferred_to', 'text')
    .addColumn('closed_on', 'date')
    .addColumn('appeal_until', 'date')
    .addColumn('publish_answer', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('info_requests_number_uq', ['organisation_id', 'number'])
    // s.15 and s.18: a refusal names its legal ground and its reasons, and opens the appeal window.
    .addCheckConstraint('info_requests_refusal_reasoned', sql`status <> 'refused' OR (refusal_section IS NOT NULL AND length(trim(refusal_reason)) > 0 AND appeal_until IS NOT NULL)`)
    .addCheckConstraint('info_requests_transfer_named', sql`status <> 'transferred' OR length(trim(transferred_to)) > 0`)
    // The clock stops while the requester is asked to clarify: no due date, and one again after.
    .addCheckConstraint('info_requests_paused_has_no_due', sql`status IN ('answered_full', 'answered_part', 'refused', 'transferred') OR ((status = 'clarification') = (due_on IS NULL))`)
    .execute()
  await db.schema.createIndex('info_requests_org_idx').on('info_requests').columns(['organisation_id', 'status']).execute()
  await sql`
    CREATE FUNCTION info_request_transition() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
        (OLD.status = 'received' AND NEW.status IN ('clarification', 'in_progress', 'extended', 'answered_full', 'answered_part', 'refused', 'transferred')) OR
        (OLD.status = 'clarification' AND NEW.status IN ('in_progress', 'refused')) OR
        (OLD.status = 'in_progress' AND NEW.status IN ('clarification', 'extended', 'answered_full', 'answered_part', 'refused', 'transferred')) OR
        (OLD.status = 'extended' AND NEW.status IN ('answered_full', 'answered_part', 'refused', 'transferred'))
      ) THEN
        RAISE EXCEPTION 'information request may not go from % to %', OLD.status, NEW.status USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER info_request_transition BEFORE UPDATE ON info_requests FOR EACH ROW EXECUTE FUNCTION info_request_transition()`.execute(db)

  await db.schema
    .createTable('info_request_events')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('info_requests.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('on_date', 'date', (c) => c.notNull())
    .addColumn('actor_user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('due_on', 'date')
    .execute()
  await db.schema.createIndex('info_request_events_request_idx').on('info_request_events').columns(['request_id', 'at']).execute()

  await db.schema
    .createTable('info_request_reminders')
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('info_requests.id').onDelete('cascade'))
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('info_request_reminders_pk', ['request_id', 'due_on', 'urgency'])
    .execute()
  // The comment box (E5): a private channel. Like anonymous complaints it keeps no IP address and no
  // user agent, and there is no column that could hold one.
  await db.schema
    .createTable('comment_box_counters')
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('year_be', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('comment_box_counters_pk', ['organisation_id', 'year_be'])
    .execute()
  await db.schema
    .createTable('comment_box_entries')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('suggestion', 'praise', 'problem')`))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('anonymous', 'boolean', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('contact', 'text')
    .addColumn('follow_up_hash', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('new', 'thanked', 'acted', 'forwarded')`))
    .addColumn('reply', 'text')
    .addColumn('what_changed', 'text')
    .addColumn('publish_change', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('complaint_id', 'uuid', (c) => c.references('complaints.id').onDelete('set null'))
    .addColumn('complaint_reference', 'text')
    .addColumn('received_on', 'date', (c) => c.notNull())
    .addColumn('triaged_on', 'date')
    .addColumn('triaged_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('comment_box_reference_uq', ['organisation_id', 'reference'])
    .addCheckConstraint('comment_box_anonymous_has_no_identity', sql`NOT anonymous OR (name IS NULL AND contact IS NULL)`)
    .addCheckConstraint('comment_box_acted_says_what', sql`status <> 'acted' OR length(trim(what_changed)) > 0`)
    .addCheckConstraint('comment_box_forward_linked', sql`status <> 'forwarded' OR complaint_reference IS NOT NULL`)
    .execute()
  await db.schema.createIndex('comment_box_org_idx').on('comment_box_entries').columns(['organisation_id', 'status']).execute()
  await sql`
    CREATE FUNCTION comment_box_transition() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.status IS DISTINCT FROM OLD.status AND NOT (OLD.status = 'new' AND NEW.status IN ('thanked', 'acted', 'forwarded')) THEN
        RAISE EXCEPTION 'comment may not go from % to %', OLD.status, NEW.status USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER comment_box_transition BEFORE UPDATE ON comment_box_entries FOR EACH ROW EXECUTE FUNCTION comment_box_transition()`.execute(db)
  // Participation (003 m6.3): consultations on a service or plan, people's comments, the agency's
  // summary of what it heard and will do, and the record of public hearings.
  await db.schema
    .createTable('consultations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('documents', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('opens_on', 'date', (c) => c.notNull())
    .addColumn('closes_on', 'date', (c) => c.notNull())
    .addColumn('heard', 'text')
    .addColumn('will_do', 'text')
    .addColumn('summarised_on', 'date')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('consultations_dates', sql`closes_on >= opens_on`)
    // A summary says both what was heard and what the agency will do, and only after it closed.
    .addCheckConstraint('consultations_summary_whole', sql`(summarised_on IS NULL) = (heard IS NULL) AND (heard IS NULL) = (will_do IS NULL) AND (summarised_on IS NULL OR summarised_on >= closes_on)`)
    .execute()
  await db.schema.createIndex('consultations_org_idx').on('consultations').columns(['organisation_id', 'opens_on']).execute()
  await db.schema
    .createTable('consultation_comments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('consultation_id', 'uuid', (c) => c.notNull().references('consultations.id').onDelete('cascade'))
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('hold_reasons', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_on', 'date', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('consultation_comments_idx').on('consultation_comments').columns(['consultation_id']).execute()
  await db.schema
    .createTable('public_hearings')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('consultation_id', 'uuid', (c) => c.references('consultations.id').onDelete('set null'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('held_on', 'date', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('attendance', 'integer', (c) => c.notNull().check(sql`attendance >= 0`))
    .addColumn('minutes', 'text', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('public_hearings').execute()
  await db.schema.dropTable('consultation_comments').execute()
  await db.schema.dropTable('consultations').execute()
  await sql`DROP TRIGGER comment_box_transition ON comment_box_entries`.execute(db)
  await sql`DROP FUNCTION comment_box_transition()`.execute(db)
  await db.schema.dropTable('comment_box_entries').execute()
  await db.schema.dropTable('comment_box_counters').execute()
  await db.schema.dropTable('info_request_reminders').execute()
  await db.schema.dropTable('info_request_events').execute()
  await sql`DROP TRIGGER info_request_transition ON info_requests`.execute(db)
  await sql`DROP FUNCTION info_request_transition()`.execute(db)
  await db.schema.dropTable('info_requests').execute()
  await db.schema.dropTable('info_request_counters').execute()
  await db.schema.dropTable('webboard_reminders').execute()
  await db.schema.dropTable('webboard_redactions').execute()
  await sql`DROP TRIGGER webboard_post_transition ON webboard_posts`.execute(db)
  await sql`DROP FUNCTION webboard_post_transition()`.execute(db)
  await db.schema.dropTable('webboard_posts').execute()
  await db.schema.dropTable('voice_settings').execute()
}
