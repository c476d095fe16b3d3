import { sql, type Kysely } from 'kysely'

/**
 * Delegation and acting officials (G4, seed 004 §4.1) and fair use of authority (G3, seed 003 m3).
 * - `delegation_orders`: an order of delegation (ปฏิบัติราชการแทน) or an acting appointment
 *   (รักษาราชการแทน): who for whom, which powers, the platform role it lends (if any), the dates,
 *   the order's number and file. While in force on a Bangkok day it lends its role to the person
 *   (platform/auth/sessions.ts). It is only ever revoked, never edited (trigger), and every change
 *   writes a `delegation_history` row in the same transaction.
 * - `authority_criteria`: published criteria per kind (evaluation, assignment, training), versioned;
 *   `authority_decisions`: each decision with the criteria version, the scores and who decided.
 *   Both are records: they never change once written (trigger).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('delegation_orders')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('acting', 'delegation')`))
    .addColumn('order_no', 'text', (c) => c.notNull())
    .addColumn('order_date', 'date', (c) => c.notNull())
    .addColumn('from_name', 'text', (c) => c.notNull())
    .addColumn('from_position_th', 'text', (c) => c.notNull())
    .addColumn('from_position_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('to_user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('restrict'))
    .addColumn('to_name', 'text', (c) => c.notNull())
    .addColumn('to_position_th', 'text', (c) => c.notNull())
    .addColumn('powers_th', 'text', (c) => c.notNull())
    .addColumn('powers_en', 'text', (c) => c.notNull().defaultTo(''))
    // The platform role the order lends while in force; null = powers used outside the platform (recorded for the public).
    .addColumn('grants_role', 'text', (c) => c.check(sql`grants_role IN ('head', 'procurement_officer', 'officer')`))
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    .addColumn('file_id', 'uuid', (c) => c.references('files.id').onDelete('restrict'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('in_force', 'revoked')`))
    .addColumn('revoked_on', 'date')
    .addColumn('revoke_reason', 'text')
    .addColumn('created_by_label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('delegation_orders_dates', sql`ends_on >= starts_on`)
    // An acting appointment stands in for the head: it lends the head's role, nothing else.
    .addCheckConstraint('delegation_orders_acting_head', sql`kind <> 'acting' OR grants_role = 'head'`)
    .addCheckConstraint('delegation_orders_revoked', sql`(status = 'revoked') = (revoked_on IS NOT NULL AND revoke_reason IS NOT NULL)`)
    .execute()
  await db.schema.createIndex('delegation_orders_to_user').on('delegation_orders').columns(['to_user_id', 'status']).execute()
  await db.schema.createIndex('delegation_orders_org').on('delegation_orders').columns(['organisation_id', 'starts_on']).execute()

  await db.schema
    .createTable('delegation_history')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('order_id', 'uuid', (c) => c.notNull().references('delegation_orders.id').onDelete('restrict'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('by_label', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute()

  // An order is issued once and can only be revoked (with its date and reason) or given its file; nothing else changes.
  await sql`
    CREATE FUNCTION delegation_order_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'a delegation order is a record: revoke it instead'; END IF;
      IF (to_jsonb(NEW) - 'status' - 'revoked_on' - 'revoke_reason' - 'file_id') <> (to_jsonb(OLD) - 'status' - 'revoked_on' - 'revoke_reason' - 'file_id')
         OR (NEW.status <> OLD.status AND NOT (OLD.status = 'in_force' AND NEW.status = 'revoked'))
         OR (NEW.status = OLD.status AND (NEW.revoked_on IS DISTINCT FROM OLD.revoked_on OR NEW.revoke_reason IS DISTINCT FROM OLD.revoke_reason)) THEN
        RAISE EXCEPTION 'a delegation order can only be revoked (% to %)', OLD.status, NEW.status;
      END IF;
      -- The scanned order is attached once (it may come after the record) and then kept.
      IF OLD.file_id IS NOT NULL AND NEW.file_id IS DISTINCT FROM OLD.file_id THEN
        RAISE EXCEPTION 'the file of a delegation order is kept once attached';
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER delegation_orders_guard BEFORE UPDATE OR DELETE ON delegation_orders FOR EACH ROW EXECUTE FUNCTION delegation_order_guard()`.execute(db)

  await db.schema
    .createTable('authority_criteria')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('evaluation', 'assignment', 'training')`))
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('title_th', 'text', (c) => c.notNull())
    // [{ th, max }]: each criterion and the most points it gives.
    .addColumn('items', 'jsonb', (c) => c.notNull())
    .addColumn('published_by_label', 'text', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('authority_criteria_version', ['organisation_id', 'kind', 'version'])
    .execute()

  await db.schema
    .createTable('authority_decisions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('criteria_id', 'uuid', (c) => c.notNull().references('authority_criteria.id').onDelete('restrict'))
    .addColumn('fiscal_year', 'integer', (c) => c.notNull().check(sql`fiscal_year BETWEEN 2500 AND 2700`))
    .addColumn('round_th', 'text', (c) => c.notNull())
    .addColumn('subject_user_id', 'uuid', (c) => c.references('users.id').onDelete('restrict'))
    .addColumn('subject_name', 'text', (c) => c.notNull())
    .addColumn('scores', 'jsonb', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome IN ('excellent', 'very_good', 'good', 'fair', 'improve', 'selected', 'not_selected', 'assigned')`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('decided_by_label', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'date', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('authority_decisions_year').on('authority_decisions').columns(['organisation_id', 'fiscal_year']).execute()

  await sql`
    CREATE FUNCTION authority_records_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'published criteria and decisions are records: publish a new version or a new decision';
    END $$`.execute(db)
  for (const table of ['authority_criteria', 'authority_decisions', 'delegation_history']) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_frozen`)} BEFORE UPDATE OR DELETE ON ${sql.table(table)} FOR EACH ROW EXECUTE FUNCTION authority_records_frozen()`.execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['authority_criteria', 'authority_decisions', 'delegation_history']) {
    await sql`DROP TRIGGER ${sql.raw(`${table}_frozen`)} ON ${sql.table(table)}`.execute(db)
  }
  await sql`DROP TRIGGER delegation_orders_guard ON delegation_orders`.execute(db)
  await sql`DROP FUNCTION authority_records_frozen()`.execute(db)
  await sql`DROP FUNCTION delegation_order_guard()`.execute(db)
  for (const t of ['authority_decisions', 'authority_criteria', 'delegation_history', 'delegation_orders']) {
    await db.schema.dropTable(t).execute()
  }
}
