import { sql, type Kysely } from 'kysely'

/**
 * Security hardening: a private mail recipient (a complainant's address) is kept encrypted,
 * never in clear, until delivery; the complaint-officer role (which reaches complainants'
 * identities) is granted only on the approval of the agency's head, never by one admin alone.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('sealed_recipient', 'text').execute()
  await db.schema
    .createTable('role_approvals')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('decided_at', 'timestamptz')
    .addCheckConstraint('role_approvals_status_check', sql`status IN ('pending', 'approved', 'refused')`)
    // Decided exactly when someone decided, and never by the person who asked or the person it is for.
    .addCheckConstraint('role_approvals_decision_check', sql`(status = 'pending') = (decided_by IS NULL AND decided_at IS NULL)`)
    .addCheckConstraint('role_approvals_two_people_check', sql`decided_by IS NULL OR (decided_by <> requested_by AND decided_by <> user_id)`)
    .execute()
  await sql`CREATE UNIQUE INDEX role_approvals_one_pending_idx ON role_approvals (user_id, organisation_id, role) WHERE status = 'pending'`.execute(db)
  // A decision is final: only pending → approved | refused.
  await sql`
    CREATE FUNCTION role_approvals_transition() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status <> 'pending' THEN RAISE EXCEPTION 'role approval % is already decided', OLD.id; END IF;
      IF NEW.user_id <> OLD.user_id OR NEW.organisation_id <> OLD.organisation_id OR NEW.role <> OLD.role OR NEW.requested_by <> OLD.requested_by THEN
        RAISE EXCEPTION 'role approval % cannot change what it asks for', OLD.id;
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  // Failed attempts (sign-in per account and source, second-factor codes, receipts per source), in the
  // database so every instance behind a balancer counts the same tries.
  await db.schema
    .createTable('abuse_counters')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('window_started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('blocked_until', 'timestamptz')
    .execute()
  await sql`CREATE TRIGGER role_approvals_transition BEFORE UPDATE ON role_approvals FOR EACH ROW EXECUTE FUNCTION role_approvals_transition()`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('abuse_counters').execute()
  await db.schema.dropTable('role_approvals').execute()
  await sql`DROP FUNCTION role_approvals_transition()`.execute(db)
  await db.schema.alterTable('outbox').dropColumn('sealed_recipient').execute()
}
