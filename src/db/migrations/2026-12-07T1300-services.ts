import { sql, type Kysely } from 'kysely'

/**
 * Services (E1–E3): each agency's services with a citizen manual (Facilitation Act 2558) kept as
 * append-only versions, the versions published at permanent links, and requests with a statutory
 * deadline whose states the database enforces, with their history.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('services')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('number', 'integer', (c) => c.notNull())
    // `svc-<number>`, fixed at creation: the public address /o/<slug>/services/<service_key>.
    .addColumn('service_key', 'text', (c) => c.notNull())
    .addColumn('current_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_version', 'integer')
    .addColumn('published_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('services_key_unique', ['organisation_id', 'service_key'])
    .addUniqueConstraint('services_number_unique', ['organisation_id', 'number'])
    .addCheckConstraint('services_published_le_current', sql`published_version IS NULL OR (published_version >= 1 AND published_version <= current_version)`)
    .execute()

  // Every saved manual, for good: a published version keeps its address and its words.
  await db.schema
    .createTable('service_versions')
    .addColumn('service_id', 'uuid', (c) => c.notNull().references('services.id').onDelete('restrict'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name_th', 'text', (c) => c.notNull())
    .addColumn('manual', 'jsonb', (c) => c.notNull())
    // Sum of the steps' times in the manual's unit: what the deadline of a request is counted from.
    .addColumn('total_days', 'integer', (c) => c.notNull().check(sql`total_days >= 0`))
    .addColumn('day_unit', 'text', (c) => c.notNull().check(sql`day_unit IN ('business', 'calendar')`))
    .addColumn('published_at', 'timestamptz')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('service_versions_pk', ['service_id', 'version'])
    .execute()

  // A version is frozen once saved; only its publication date may be set, once.
  await sql`
    CREATE FUNCTION service_versions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'service_versions is append-only'; END IF;
      IF OLD.published_at IS NOT NULL OR NEW.manual IS DISTINCT FROM OLD.manual OR NEW.name_th IS DISTINCT FROM OLD.name_th
         OR NEW.total_days IS DISTINCT FROM OLD.total_days OR NEW.day_unit IS DISTINCT FROM OLD.day_unit OR NEW.version IS DISTINCT FROM OLD.version THEN
        RAISE EXCEPTION 'service_versions is append-only';
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER service_versions_no_change BEFORE UPDATE OR DELETE ON service_versions FOR EACH ROW EXECUTE FUNCTION service_versions_frozen()`.execute(db)

  await db.schema
    .createTable('service_request_counters')
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('year_be', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('service_request_counters_pk', ['organisation_id', 'year_be'])
    .execute()

  await db.schema
    .createTable('service_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('service_id', 'uuid', (c) => c.notNull().references('services.id').onDelete('restrict'))
    .addColumn('service_version', 'integer', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    // SHA-256 of the applicant's follow-up code (12 random base32 characters: no need for a slow hash).
    .addColumn('follow_up_hash', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel IN ('counter', 'online')`))
    .addColumn('applicant_name', 'text', (c) => c.notNull())
    .addColumn('applicant_contact', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('received', 'in_progress', 'awaiting_documents', 'approved', 'refused', 'withdrawn')`))
    .addColumn('filed_on', 'date', (c) => c.notNull())
    .addColumn('day_unit', 'text', (c) => c.notNull().check(sql`day_unit IN ('business', 'calendar')`))
    .addColumn('promised_days', 'integer', (c) => c.notNull())
    // The statutory deadline; moved only by a delay notice or by the time the applicant held it.
    .addColumn('due_on', 'date')
    .addColumn('original_due_on', 'date', (c) => c.notNull())
    // While documents are awaited: the days that were left, restored when they arrive.
    .addColumn('paused_on', 'date')
    .addColumn('days_left_at_pause', 'integer')
    .addColumn('assigned_to', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('completed_on', 'date')
    .addColumn('result_channel', 'text')
    .addColumn('delay_notices', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('service_requests_reference_unique', ['organisation_id', 'reference'])
    .addCheckConstraint('service_requests_pause_consistent', sql`(status = 'awaiting_documents') = (paused_on IS NOT NULL AND days_left_at_pause IS NOT NULL AND due_on IS NULL)`)
    .addCheckConstraint('service_requests_closed_consistent', sql`(status IN ('approved', 'refused', 'withdrawn')) = (completed_on IS NOT NULL)`)
    .execute()
  await db.schema.createIndex('service_requests_org_status_idx').on('service_requests').columns(['organisation_id', 'status', 'due_on']).execute()
  await db.schema.createIndex('service_requests_service_filed_idx').on('service_requests').columns(['service_id', 'filed_on']).execute()
  await db.schema.createIndex('service_requests_org_filed_idx').on('service_requests').columns(['organisation_id', 'filed_on']).execute()

  // The workflow, enforced here whatever the application does.
  await sql`
    CREATE FUNCTION service_requests_transition() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
        (OLD.status = 'received' AND NEW.status IN ('in_progress', 'awaiting_documents', 'approved', 'refused', 'withdrawn')) OR
        (OLD.status = 'in_progress' AND NEW.status IN ('awaiting_documents', 'approved', 'refused', 'withdrawn')) OR
        (OLD.status = 'awaiting_documents' AND NEW.status IN ('in_progress', 'refused', 'withdrawn'))
      ) THEN
        RAISE EXCEPTION 'service request % may not go from % to %', OLD.reference, OLD.status, NEW.status;
      END IF;
      IF OLD.status IN ('approved', 'refused', 'withdrawn') THEN
        RAISE EXCEPTION 'service request % is closed', OLD.reference;
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER service_requests_workflow BEFORE UPDATE ON service_requests FOR EACH ROW EXECUTE FUNCTION service_requests_transition()`.execute(db)

  await db.schema
    .createTable('service_request_events')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('service_requests.id').onDelete('restrict'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('filed', 'assigned', 'started', 'more_documents', 'documents_received', 'delay_notice', 'approved', 'refused', 'withdrawn', 'reminder')`))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('on_date', 'date', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('channel', 'text')
    .addColumn('new_due_on', 'date')
    .addColumn('late', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('by_user', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('service_request_events_delay_has_date', sql`kind <> 'delay_notice' OR (new_due_on IS NOT NULL AND note <> '')`)
    .execute()
  await db.schema.createIndex('service_request_events_request_idx').on('service_request_events').columns(['request_id', 'at']).execute()
  // One reminder per request and deadline, however often the daily job runs.
  await sql`CREATE UNIQUE INDEX service_request_events_one_reminder ON service_request_events (request_id, new_due_on) WHERE kind = 'reminder'`.execute(db)
  await sql`
    CREATE FUNCTION service_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
    END $$`.execute(db)
  await sql`CREATE TRIGGER service_request_events_no_change BEFORE UPDATE OR DELETE ON service_request_events FOR EACH ROW EXECUTE FUNCTION service_history_append_only()`.execute(db)

  // Officer work-standard manuals (seed 000 §1): structured fields, or an uploaded PDF / e-book.
  await db.schema
    .createTable('work_standards')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('file_id', 'uuid', (c) => c.references('files.id'))
    .addColumn('published', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('work_standards_org_idx').on('work_standards').columns(['organisation_id']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['work_standards', 'service_request_events', 'service_requests', 'service_request_counters', 'service_versions', 'services']) await db.schema.dropTable(t).ifExists().execute()
  await sql`DROP FUNCTION IF EXISTS service_requests_transition`.execute(db)
  await sql`DROP FUNCTION IF EXISTS service_versions_frozen`.execute(db)
  await sql`DROP FUNCTION IF EXISTS service_history_append_only`.execute(db)
}
