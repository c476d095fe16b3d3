import { sql, type Kysely } from 'kysely'

/**
 * Money is whole satang in bigint columns, as in the budget.
 * Gifts and donations (F4, seed 002 measure 6 (11), (16)–(17)): what a staff member accepted, the
 * declaration of anything over 3,000 baht due to the head within 30 days of receipt and the head's
 * ruling; donations to the agency approved before they are accepted, the accepted ones public.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('gift_declarations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('restrict'))
    .addColumn('donor_name', 'text', (c) => c.notNull())
    .addColumn('donor_type', 'text', (c) => c.notNull().check(sql`donor_type IN ('person', 'business', 'public_body', 'foreign', 'other')`))
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('occasion', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('value_satang', 'bigint', (c) => c.notNull().check(sql`value_satang >= 0`))
    .addColumn('received_on', 'date', (c) => c.notNull())
    // Only over 3,000 baht: the last day the declaration reaches the head.
    .addColumn('due_on', 'date')
    // 'recorded' (3,000 baht or less), 'draft' → 'submitted' (with the head) → 'ruled'.
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('recorded', 'draft', 'submitted', 'ruled')`))
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('submitted_on', 'date')
    .addColumn('late', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('ruling', 'text', (c) => c.check(sql`ruling IN ('keep', 'hand_to_agency', 'return')`))
    .addColumn('ruling_reason', 'text')
    .addColumn('ruled_by_label', 'text')
    .addColumn('ruled_at', 'timestamptz')
    .addColumn('reminded_on', 'date')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('gift_declarations_due', sql`(status = 'recorded') = (due_on IS NULL)`)
    .addCheckConstraint('gift_declarations_submitted', sql`(status IN ('submitted', 'ruled')) = (submitted_at IS NOT NULL AND submitted_on IS NOT NULL)`)
    .addCheckConstraint('gift_declarations_late', sql`late = (submitted_on IS NOT NULL AND submitted_on > due_on)`)
    .addCheckConstraint('gift_declarations_ruled', sql`(status = 'ruled') = (ruling IS NOT NULL AND length(btrim(coalesce(ruling_reason, ''))) > 0 AND ruled_at IS NOT NULL)`)
    .execute()
  await db.schema.createIndex('gift_declarations_org_idx').on('gift_declarations').columns(['organisation_id', 'status', 'received_on']).execute()
  await db.schema.createIndex('gift_declarations_user_idx').on('gift_declarations').columns(['user_id']).execute()

  await db.schema
    .createTable('gift_donations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('donor_name', 'text', (c) => c.notNull())
    .addColumn('donor_type', 'text', (c) => c.notNull().check(sql`donor_type IN ('person', 'business', 'public_body', 'foreign', 'other')`))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('value_satang', 'bigint', (c) => c.notNull().check(sql`value_satang >= 0`))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('intended_use', 'text', (c) => c.notNull())
    // 'proposed' → 'approved' → 'accepted', or 'proposed' → 'rejected'.
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('proposed', 'approved', 'rejected', 'accepted')`))
    .addColumn('proposed_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('proposed_by_label', 'text', (c) => c.notNull())
    .addColumn('decided_by_label', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('accepted_on', 'date')
    .addColumn('receipt_number', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('gift_donations_decided', sql`(status = 'proposed') = (decided_at IS NULL)`)
    .addCheckConstraint('gift_donations_accepted', sql`(status = 'accepted') = (accepted_on IS NOT NULL)`)
    .execute()
  await db.schema.createIndex('gift_donations_org_idx').on('gift_donations').columns(['organisation_id', 'status']).execute()

  // The transitions each workflow allows, whatever the application does.
  await sql`
    CREATE FUNCTION gift_declaration_transition() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status <> NEW.status AND NOT ((OLD.status = 'draft' AND NEW.status = 'submitted') OR (OLD.status = 'submitted' AND NEW.status = 'ruled')) THEN
        RAISE EXCEPTION 'gift declaration cannot go from % to %', OLD.status, NEW.status;
      END IF;
      IF OLD.status = 'ruled' OR OLD.status = 'recorded' THEN
        IF NEW.ruling IS DISTINCT FROM OLD.ruling OR NEW.value_satang <> OLD.value_satang OR NEW.received_on <> OLD.received_on THEN
          RAISE EXCEPTION 'a closed gift declaration cannot change';
        END IF;
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER gift_declarations_transition BEFORE UPDATE ON gift_declarations FOR EACH ROW EXECUTE FUNCTION gift_declaration_transition()`.execute(db)
  await sql`
    CREATE FUNCTION gift_donation_transition() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status <> NEW.status AND NOT ((OLD.status = 'proposed' AND NEW.status IN ('approved', 'rejected')) OR (OLD.status = 'approved' AND NEW.status = 'accepted')) THEN
        RAISE EXCEPTION 'donation cannot go from % to %', OLD.status, NEW.status;
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER gift_donations_transition BEFORE UPDATE ON gift_donations FOR EACH ROW EXECUTE FUNCTION gift_donation_transition()`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER gift_donations_transition ON gift_donations`.execute(db)
  await sql`DROP TRIGGER gift_declarations_transition ON gift_declarations`.execute(db)
  await sql`DROP FUNCTION gift_donation_transition()`.execute(db)
  await sql`DROP FUNCTION gift_declaration_transition()`.execute(db)
  await db.schema.dropTable('gift_donations').execute()
  await db.schema.dropTable('gift_declarations').execute()
}
