import { sql, type Kysely } from 'kysely'

/**
 * Announcements of measures (A1, seeds 001–003): the oversight body issues an announcement to its
 * agencies, each addressed agency's head acknowledges it, and an agency may show it on its portal.
 * A correction is a new version of the same series; the old one is superseded, never edited, and
 * every acknowledgement names the version it was given for.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('oversight_announcements')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('series_id', 'uuid', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('published', 'superseded')`))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'date', (c) => c.notNull())
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    .addColumn('title_th', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('body_th', 'text', (c) => c.notNull())
    // [{ no, th, indicator|null, source }]: the numbered measures as issued.
    .addColumn('measures', 'jsonb', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull().check(sql`audience IN ('all', 'kinds', 'chosen')`))
    .addColumn('audience_kinds', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('audience_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('schedule_id', 'uuid', (c) => c.references('oversight_schedules.id').onDelete('set null'))
    .addColumn('correction_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('superseded_at', 'timestamptz')
    .addUniqueConstraint('oversight_announcements_series_version_key', ['series_id', 'version'])
    .execute()
  await db.schema.createIndex('oversight_announcements_org_idx').on('oversight_announcements').columns(['organisation_id', 'fiscal_year']).execute()
  // At most one current version per series.
  await sql`CREATE UNIQUE INDEX oversight_announcements_one_current ON oversight_announcements (series_id) WHERE status = 'published'`.execute(db)
  // What was announced stays as announced: only published → superseded may change.
  await sql`
    CREATE FUNCTION oversight_announcements_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'announcement % v% cannot be deleted', OLD.number, OLD.version; END IF;
      IF NOT (OLD.status = 'published' AND NEW.status = 'superseded') THEN
        RAISE EXCEPTION 'announcement % v%: % → % is not allowed', OLD.number, OLD.version, OLD.status, NEW.status;
      END IF;
      IF NEW.number <> OLD.number OR NEW.title_th <> OLD.title_th OR NEW.title_en <> OLD.title_en OR NEW.body_th <> OLD.body_th OR NEW.measures IS DISTINCT FROM OLD.measures
         OR NEW.issued_on <> OLD.issued_on OR NEW.series_id <> OLD.series_id OR NEW.version <> OLD.version OR NEW.organisation_id <> OLD.organisation_id THEN
        RAISE EXCEPTION 'announcement % v% is issued and cannot change; issue a correction', OLD.number, OLD.version;
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER oversight_announcements_frozen BEFORE UPDATE OR DELETE ON oversight_announcements FOR EACH ROW EXECUTE FUNCTION oversight_announcements_frozen()`.execute(db)
  await db.schema
    .createTable('oversight_announcement_files')
    .addColumn('announcement_id', 'uuid', (c) => c.notNull().references('oversight_announcements.id').onDelete('cascade'))
    .addColumn('file_id', 'uuid', (c) => c.notNull().references('files.id').onDelete('restrict'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('oversight_announcement_files_pkey', ['announcement_id', 'file_id'])
    .execute()
  // Who must acknowledge: fixed when the version is issued, like a period's expected reports.
  await db.schema
    .createTable('oversight_announcement_recipients')
    .addColumn('announcement_id', 'uuid', (c) => c.notNull().references('oversight_announcements.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('acknowledged_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('acknowledged_name', 'text')
    .addColumn('acknowledged_position', 'text')
    .addColumn('acknowledged_at', 'timestamptz')
    .addColumn('on_portal_since', 'timestamptz')
    .addColumn('last_reminded_on', 'date')
    .addPrimaryKeyConstraint('oversight_announcement_recipients_pkey', ['announcement_id', 'organisation_id'])
    .addCheckConstraint('oversight_announcement_ack_complete', sql`(acknowledged_at IS NULL) = (acknowledged_name IS NULL)`)
    .execute()
  await db.schema.createIndex('oversight_announcement_recipients_org_idx').on('oversight_announcement_recipients').columns(['organisation_id']).execute()
  // An acknowledgement is given once per version and never withdrawn.
  await sql`
    CREATE FUNCTION oversight_announcement_ack_once() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.acknowledged_at IS NOT NULL AND (NEW.acknowledged_at IS DISTINCT FROM OLD.acknowledged_at OR NEW.acknowledged_by IS DISTINCT FROM OLD.acknowledged_by OR NEW.acknowledged_name IS DISTINCT FROM OLD.acknowledged_name) THEN
        RAISE EXCEPTION 'acknowledgement already given';
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER oversight_announcement_ack_once BEFORE UPDATE ON oversight_announcement_recipients FOR EACH ROW EXECUTE FUNCTION oversight_announcement_ack_once()`.execute(db)
  // The weekly summary of late agencies to oversight: one claim per body per week, so two workers send it once.
  await db.schema
    .createTable('oversight_weekly_summaries')
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('week_of', 'date', (c) => c.notNull())
    .addColumn('late', 'integer', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('oversight_weekly_summaries_pkey', ['organisation_id', 'week_of'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('oversight_weekly_summaries').execute()
  await db.schema.dropTable('oversight_announcement_recipients').execute()
  await sql`DROP FUNCTION oversight_announcement_ack_once()`.execute(db)
  await db.schema.dropTable('oversight_announcement_files').execute()
  await db.schema.dropTable('oversight_announcements').execute()
  await sql`DROP FUNCTION oversight_announcements_frozen()`.execute(db)
}
