import { sql, type Kysely } from 'kysely'

/**
 * The honour roll (A6; seed 002 §3, measure 6 (15)): people an agency commends for integrity.
 * An agency records an entry, its head approves it, and only approved entries whose person agreed
 * to publication appear in public. What the head approved stays as approved: the only change
 * after approval is a withdrawal with a reason (enforced here, not only in code).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('honour_roll_entries')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('name_th', 'text', (c) => c.notNull())
    .addColumn('position_th', 'text', (c) => c.notNull())
    .addColumn('deed_th', 'text', (c) => c.notNull())
    .addColumn('commended_on', 'date', (c) => c.notNull())
    // Who commended (the agency's head, the province, an outside body) and the document, if any.
    .addColumn('commended_by', 'text', (c) => c.notNull())
    .addColumn('announcement_ref', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('photo_file_id', 'uuid', (c) => c.references('files.id'))
    .addColumn('consent_to_publish', 'boolean', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status IN ('draft', 'approved', 'withdrawn')`))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('approved_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('approver_name', 'text')
    .addColumn('approver_position', 'text')
    .addColumn('approved_at', 'timestamptz')
    .addColumn('withdrawn_at', 'timestamptz')
    .addColumn('withdrawn_reason', 'text')
    .addCheckConstraint('honour_roll_approved_signed', sql`status = 'draft' OR (approved_at IS NOT NULL AND approver_name <> '' AND approver_position <> '')`)
    .addCheckConstraint('honour_roll_withdrawn_reason', sql`status <> 'withdrawn' OR (withdrawn_at IS NOT NULL AND withdrawn_reason <> '')`)
    .execute()
  await db.schema.createIndex('honour_roll_entries_org_idx').on('honour_roll_entries').columns(['organisation_id', 'commended_on']).execute()
  await sql`
    CREATE FUNCTION honour_roll_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'draft' THEN RAISE EXCEPTION 'honour roll entry %: only a draft may be deleted', OLD.id; END IF;
        RETURN OLD;
      END IF;
      IF OLD.status = 'approved' AND (NEW.name_th <> OLD.name_th OR NEW.position_th <> OLD.position_th OR NEW.deed_th <> OLD.deed_th
         OR NEW.commended_on <> OLD.commended_on OR NEW.commended_by <> OLD.commended_by OR NEW.announcement_ref <> OLD.announcement_ref
         OR NEW.photo_file_id IS DISTINCT FROM OLD.photo_file_id OR NEW.consent_to_publish <> OLD.consent_to_publish
         OR NEW.organisation_id <> OLD.organisation_id OR NEW.approved_at IS DISTINCT FROM OLD.approved_at OR NEW.approver_name IS DISTINCT FROM OLD.approver_name) THEN
        RAISE EXCEPTION 'honour roll entry % is approved and cannot change; withdraw it and record a new one', OLD.id;
      END IF;
      IF NOT ((OLD.status = 'draft' AND NEW.status IN ('draft', 'approved')) OR (OLD.status = 'approved' AND NEW.status = 'withdrawn')) THEN
        RAISE EXCEPTION 'honour roll entry %: % → % is not allowed', OLD.id, OLD.status, NEW.status;
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER honour_roll_entries_guard BEFORE UPDATE OR DELETE ON honour_roll_entries FOR EACH ROW EXECUTE FUNCTION honour_roll_entries_guard()`.execute(db)
  // Every change of state, written in the same transaction as the change and its audit event.
  await db.schema
    .createTable('honour_roll_history')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('entry_id', 'uuid', (c) => c.notNull().references('honour_roll_entries.id').onDelete('cascade'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('honour_roll_history_entry_idx').on('honour_roll_history').column('entry_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('honour_roll_history').execute()
  await db.schema.dropTable('honour_roll_entries').execute()
  await sql`DROP FUNCTION honour_roll_entries_guard()`.execute(db)
}
