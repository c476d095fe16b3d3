import { sql, type Kysely } from 'kysely'

/**
 * Government property and borrowing (F6, seed 002 measure 1, seed 003 §4): the register, and
 * borrowing from request to return. Two bookings of one item may not overlap: a trigger locks the
 * item's row and looks for an overlap, which works the same on PGlite and PostgreSQL 15 (an
 * exclusion constraint on (item, daterange) would need btree_gist, which PGlite does not load).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('property_items')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('equipment', 'vehicle', 'computer', 'furniture', 'building', 'other')`))
    .addColumn('acquired_on', 'date')
    .addColumn('price_satang', 'bigint', (c) => c.check(sql`price_satang >= 0`))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('custodian_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('condition', 'text', (c) => c.notNull().check(sql`condition IN ('good', 'fair', 'damaged', 'unusable')`))
    .addColumn('borrowable', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('property_items_number', ['organisation_id', 'number'])
    .execute()

  await db.schema
    .createTable('property_borrowings')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('item_id', 'uuid', (c) => c.notNull().references('property_items.id').onDelete('restrict'))
    .addColumn('borrower_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('restrict'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('start_on', 'date', (c) => c.notNull())
    .addColumn('end_on', 'date', (c) => c.notNull())
    // requested → approved → issued → returned; requested → rejected; requested/approved → cancelled.
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('requested', 'approved', 'rejected', 'issued', 'returned', 'cancelled')`))
    .addColumn('decided_by_label', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('issued_at', 'timestamptz')
    .addColumn('issue_condition', 'text')
    .addColumn('returned_on', 'date')
    .addColumn('return_condition', 'text', (c) => c.check(sql`return_condition IN ('good', 'fair', 'damaged', 'unusable')`))
    .addColumn('damage_note', 'text')
    .addColumn('reminded_on', 'date')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('property_borrowings_dates', sql`end_on >= start_on`)
    .addCheckConstraint('property_borrowings_returned', sql`(status = 'returned') = (returned_on IS NOT NULL AND return_condition IS NOT NULL)`)
    .addCheckConstraint('property_borrowings_issued', sql`(status IN ('issued', 'returned')) = (issued_at IS NOT NULL)`)
    .execute()
  await db.schema.createIndex('property_borrowings_item_idx').on('property_borrowings').columns(['item_id', 'start_on']).execute()

  await sql`
    CREATE FUNCTION property_borrowing_rules() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND OLD.status <> NEW.status AND NOT (
           (OLD.status = 'requested' AND NEW.status IN ('approved', 'rejected', 'cancelled'))
        OR (OLD.status = 'approved' AND NEW.status IN ('issued', 'cancelled'))
        OR (OLD.status = 'issued' AND NEW.status = 'returned')) THEN
        RAISE EXCEPTION 'borrowing cannot go from % to %', OLD.status, NEW.status;
      END IF;
      IF NEW.status IN ('requested', 'approved', 'issued') THEN
        -- One booking at a time per item: the lock makes a second, concurrent request wait and then see the first.
        PERFORM 1 FROM property_items WHERE id = NEW.item_id FOR UPDATE;
        IF EXISTS (
          SELECT 1 FROM property_borrowings b
          WHERE b.item_id = NEW.item_id AND b.id <> NEW.id AND b.status IN ('requested', 'approved', 'issued')
            AND b.start_on <= NEW.end_on AND b.end_on >= NEW.start_on
        ) THEN
          RAISE EXCEPTION 'the item is already booked for some of these days' USING ERRCODE = 'exclusion_violation';
        END IF;
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER property_borrowings_rules BEFORE INSERT OR UPDATE ON property_borrowings FOR EACH ROW EXECUTE FUNCTION property_borrowing_rules()`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER property_borrowings_rules ON property_borrowings`.execute(db)
  await sql`DROP FUNCTION property_borrowing_rules()`.execute(db)
  await db.schema.dropTable('property_borrowings').execute()
  await db.schema.dropTable('property_items').execute()
}
