import { sql, type Kysely } from 'kysely'

/**
 * The shared form engine (versioned definitions as data, answers per item with history) and the
 * oversight reporting cycle built on it (A2–A5, seed 000): schedules, periods whose expected
 * reports are fixed when the period opens, and reports whose states the database enforces.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('form_definitions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('draft', 'published')`))
    .addColumn('title_th', 'text', (c) => c.notNull())
    .addColumn('definition', 'jsonb', (c) => c.notNull())
    // NULL: a built-in template every oversight body may use.
    .addColumn('owner_organisation_id', 'uuid', (c) => c.references('organisations.id').onDelete('restrict'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz')
    .addUniqueConstraint('form_definitions_key_version_key', ['key', 'version'])
    .execute()

  // A published version is frozen: reports already started keep the questions they were given.
  await sql`
    CREATE FUNCTION form_definitions_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        IF OLD.status = 'published' THEN RAISE EXCEPTION 'form definition % v% is published and cannot be deleted', OLD.key, OLD.version; END IF;
        RETURN OLD;
      END IF;
      IF OLD.status = 'published' AND (NEW.definition IS DISTINCT FROM OLD.definition OR NEW.status <> OLD.status OR NEW.key <> OLD.key OR NEW.version <> OLD.version OR NEW.title_th <> OLD.title_th) THEN
        RAISE EXCEPTION 'form definition % v% is published and cannot change', OLD.key, OLD.version;
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER form_definitions_frozen BEFORE UPDATE OR DELETE ON form_definitions FOR EACH ROW EXECUTE FUNCTION form_definitions_freeze()`.execute(db)

  await db.schema
    .createTable('form_responses')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('form_definition_id', 'uuid', (c) => c.notNull().references('form_definitions.id').onDelete('restrict'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    // Raised by every save that changes something; history rows carry it.
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('form_answers')
    .addColumn('response_id', 'uuid', (c) => c.notNull().references('form_responses.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('value', 'jsonb', (c) => c.notNull())
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('form_answers_pkey', ['response_id', 'item_id'])
    .execute()

  await db.schema
    .createTable('form_answer_history')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('response_id', 'uuid', (c) => c.notNull().references('form_responses.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('value', 'jsonb')
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('changed_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('changed_by_label', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('form_answer_history_response_idx').on('form_answer_history').columns(['response_id', 'item_id', 'revision']).execute()

  // The whole answer set as it went on, one row per submission: what a reviewer compares.
  await db.schema
    .createTable('form_response_snapshots')
    .addColumn('response_id', 'uuid', (c) => c.notNull().references('form_responses.id').onDelete('cascade'))
    .addColumn('submission', 'integer', (c) => c.notNull())
    .addColumn('answers', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('form_response_snapshots_pkey', ['response_id', 'submission'])
    .execute()

  await db.schema
    .createTable('oversight_schedules')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('form_definition_id', 'uuid', (c) => c.notNull().references('form_definitions.id').onDelete('restrict'))
    .addColumn('title_th', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    .addColumn('frequency', 'text', (c) => c.notNull().check(sql`frequency IN ('monthly', 'quarterly', 'half_yearly', 'yearly')`))
    .addColumn('deadline_kind', 'text', (c) => c.notNull().check(sql`deadline_kind IN ('business_days', 'calendar_days')`))
    .addColumn('deadline_offset', 'integer', (c) => c.notNull().check(sql`deadline_offset BETWEEN 0 AND 120`))
    // Late entry stays open this many calendar days after the deadline (NULL: until the year ends).
    .addColumn('closes_after_days', 'integer')
    .addColumn('audience', 'text', (c) => c.notNull().check(sql`audience IN ('all', 'kinds', 'chosen')`))
    .addColumn('audience_kinds', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('audience_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('oversight_schedules_org_idx').on('oversight_schedules').columns(['organisation_id', 'fiscal_year']).execute()

  await db.schema
    .createTable('oversight_periods')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('schedule_id', 'uuid', (c) => c.notNull().references('oversight_schedules.id').onDelete('cascade'))
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    .addColumn('deadline', 'date', (c) => c.notNull())
    .addColumn('closes_on', 'date')
    // When the expected reports were fixed; never again for this period.
    .addColumn('fixed_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('oversight_periods_schedule_key', ['schedule_id', 'period_key'])
    .execute()

  // The allowed (from, to) pairs live in the trigger itself, so a freshly migrated database holds no rows.
  const pairs: [string, string][] = [
    ['not_started', 'draft'],
    ['draft', 'awaiting_head'],
    ['awaiting_head', 'draft'],
    ['awaiting_head', 'submitted'],
    ['draft', 'submitted'],
    ['submitted', 'returned'],
    ['submitted', 'accepted'],
    ['returned', 'awaiting_head'],
    ['awaiting_head', 'returned'],
    ['returned', 'resubmitted'],
    ['awaiting_head', 'resubmitted'],
    ['resubmitted', 'returned'],
    ['resubmitted', 'accepted'],
  ]

  await db.schema
    .createTable('oversight_reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('period_id', 'uuid', (c) => c.notNull().references('oversight_periods.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status IN ('not_started', 'draft', 'awaiting_head', 'submitted', 'returned', 'resubmitted', 'accepted')`),
    )
    .addColumn('response_id', 'uuid', (c) => c.references('form_responses.id').onDelete('restrict'))
    .addColumn('nothing_to_report', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('nothing_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('submissions', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('head_name', 'text')
    .addColumn('head_position', 'text')
    .addColumn('head_signed_at', 'timestamptz')
    .addColumn('first_submitted_at', 'timestamptz')
    .addColumn('last_submitted_at', 'timestamptz')
    .addColumn('accepted_at', 'timestamptz')
    .addColumn('reply_by', 'date')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('oversight_reports_period_org_key', ['period_id', 'organisation_id'])
    .execute()
  await db.schema.createIndex('oversight_reports_org_idx').on('oversight_reports').columns(['organisation_id', 'status']).execute()

  await sql`
    CREATE FUNCTION oversight_reports_allowed_transition() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.status IS DISTINCT FROM OLD.status AND NOT ((OLD.status || '>' || NEW.status) = ANY (ARRAY[${sql.raw(pairs.map(([a, b]) => `'${a}>${b}'`).join(', '))}])) THEN
        RAISE EXCEPTION 'oversight report cannot go from % to %', OLD.status, NEW.status;
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER oversight_reports_transition BEFORE UPDATE OF status ON oversight_reports FOR EACH ROW EXECUTE FUNCTION oversight_reports_allowed_transition()`.execute(db)

  await db.schema
    .createTable('oversight_report_history')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('oversight_reports.id').onDelete('cascade'))
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('by_user', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('by_label', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('oversight_report_history_report_idx').on('oversight_report_history').columns(['report_id', 'at']).execute()

  // A return's reasons, one per item (or '' for the report as a whole).
  await db.schema
    .createTable('oversight_return_reasons')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('oversight_reports.id').onDelete('cascade'))
    .addColumn('submission', 'integer', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`length(trim(reason)) > 0`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()
  // A reminder goes once per report and kind ('before', 'due_day', 'overdue'), whatever reruns the job.
  await db.schema
    .createTable('oversight_reminders')
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('oversight_reports.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('before', 'due_day', 'overdue')`))
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('oversight_reminders_pkey', ['report_id', 'kind'])
    .execute()
  await db.schema.createIndex('oversight_return_reasons_report_idx').on('oversight_return_reasons').columns(['report_id', 'submission']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['oversight_reminders', 'oversight_return_reasons', 'oversight_report_history']) await db.schema.dropTable(t).execute()
  await sql`DROP TRIGGER oversight_reports_transition ON oversight_reports`.execute(db)
  await sql`DROP FUNCTION oversight_reports_allowed_transition()`.execute(db)
  for (const t of ['oversight_reports', 'oversight_periods', 'oversight_schedules', 'form_response_snapshots', 'form_answer_history', 'form_answers', 'form_responses'])
    await db.schema.dropTable(t).execute()
  await sql`DROP TRIGGER form_definitions_frozen ON form_definitions`.execute(db)
  await sql`DROP FUNCTION form_definitions_freeze()`.execute(db)
  await db.schema.dropTable('form_definitions').execute()
}
