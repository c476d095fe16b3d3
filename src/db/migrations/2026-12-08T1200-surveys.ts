import { sql, type Kysely } from 'kysely'

/**
 * Surveys on the form engine (B3, E4, G2): a survey is a published form version with a period,
 * an audience and a mode. What is kept apart on purpose:
 * - survey_responses holds the answers and the day they came, nothing else: no person, token,
 *   device, address or agent, and no instant that could be matched with a token's use;
 * - survey_tokens knows who was invited and whether they answered, never which answer is theirs;
 * - survey_devices (open mode) holds a hash of a device cookie to refuse repeats, unlinked too;
 * - survey_comments holds free text for moderation, away from the scores.
 * The status machine (draft → open → closed → open) is enforced by a trigger that also writes
 * the history row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('surveys')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('form_definition_id', 'uuid', (c) => c.notNull().references('form_definitions.id').onDelete('restrict'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('iit', 'eit', 'satisfaction')`))
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode IN ('anonymous', 'confidential', 'open')`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status IN ('draft', 'open', 'closed')`))
    .addColumn('title_th', 'text', (c) => c.notNull().check(sql`length(btrim(title_th)) > 0`))
    .addColumn('title_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('audience', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('opens_on', 'date', (c) => c.notNull())
    .addColumn('closes_on', 'date', (c) => c.notNull())
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    .addColumn('service_key', 'text')
    .addColumn('service_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sample_group', 'text', (c) => c.notNull().defaultTo('other'))
    .addColumn('headcount', 'integer', (c) => c.notNull().defaultTo(0).check(sql`headcount >= 0`))
    .addColumn('minimum_override', 'integer', (c) => c.check(sql`minimum_override IS NULL OR minimum_override > 0`))
    .addColumn('published_at', 'timestamptz')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('surveys_period', sql`closes_on >= opens_on`)
    .addCheckConstraint('surveys_published_closed', sql`published_at IS NULL OR status = 'closed'`)
    .execute()
  await db.schema.createIndex('surveys_by_org').on('surveys').columns(['organisation_id', 'fiscal_year']).execute()

  await db.schema
    .createTable('survey_status_history')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('survey_id', 'uuid', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  await sql`
    CREATE FUNCTION surveys_status_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'draft' THEN RAISE EXCEPTION 'a survey starts as a draft' USING ERRCODE = 'check_violation'; END IF;
        INSERT INTO survey_status_history (survey_id, from_status, to_status) VALUES (NEW.id, NULL, NEW.status);
        RETURN NEW;
      END IF;
      IF NEW.status IS DISTINCT FROM OLD.status THEN
        IF NOT ((OLD.status = 'draft' AND NEW.status = 'open') OR (OLD.status = 'open' AND NEW.status = 'closed') OR (OLD.status = 'closed' AND NEW.status = 'open')) THEN
          RAISE EXCEPTION 'survey status % may not become %', OLD.status, NEW.status USING ERRCODE = 'check_violation';
        END IF;
        INSERT INTO survey_status_history (survey_id, from_status, to_status) VALUES (NEW.id, OLD.status, NEW.status);
      END IF;
      IF NEW.mode IS DISTINCT FROM OLD.mode AND OLD.status <> 'draft' THEN
        RAISE EXCEPTION 'the mode of a survey is fixed once it opens' USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER surveys_status_guard AFTER INSERT OR UPDATE ON surveys FOR EACH ROW EXECUTE FUNCTION surveys_status_guard()`.execute(db)

  await db.schema
    .createTable('survey_responses')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('survey_id', 'uuid', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('submitted_on', 'date', (c) => c.notNull())
    .addColumn('answers', 'jsonb', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('survey_responses_by_survey').on('survey_responses').columns(['survey_id', 'submitted_on']).execute()

  await db.schema
    .createTable('survey_tokens')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('survey_id', 'uuid', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('invitation', 'code')`))
    .addColumn('invitee_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('invitee_email', 'text')
    .addColumn('answered', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('reminded_at', 'timestamptz')
    .execute()
  await db.schema.createIndex('survey_tokens_by_survey').on('survey_tokens').columns(['survey_id', 'answered']).execute()
  // A used token stays used: nothing may set it back and let the same person answer twice.
  await sql`
    CREATE FUNCTION survey_tokens_stay_used() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.answered AND NOT NEW.answered THEN RAISE EXCEPTION 'a used survey token stays used' USING ERRCODE = 'check_violation'; END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER survey_tokens_stay_used BEFORE UPDATE ON survey_tokens FOR EACH ROW EXECUTE FUNCTION survey_tokens_stay_used()`.execute(db)

  await db.schema
    .createTable('survey_devices')
    .addColumn('survey_id', 'uuid', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('device_hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_devices_pk', ['survey_id', 'device_hash'])
    .execute()

  await db.schema
    .createTable('survey_comments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('survey_id', 'uuid', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending').check(sql`status IN ('pending', 'approved', 'rejected')`))
    .addColumn('submitted_on', 'date', (c) => c.notNull())
    .addColumn('moderated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('moderated_at', 'timestamptz')
    .execute()

  await db.schema
    .createTable('survey_point_mappings')
    .addColumn('fiscal_year', 'integer', (c) => c.primaryKey())
    .addColumn('mapping', 'jsonb', (c) => c.notNull())
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
}
