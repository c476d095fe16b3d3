import { sql, type Kysely } from 'kysely'

/**
 * Property after it is registered (F6, seed 002 measure 1): photos and documents on the file
 * service, transfers and disposal that the head approves, a history of every change written in
 * the same transaction, and the yearly stock-take by a committee. The database keeps the rules:
 * a movement goes requested → approved / rejected / cancelled and is frozen once decided; an item
 * becomes disposed only with an approved disposal and is frozen afterwards; a stock-take goes
 * counting → submitted → acknowledged and its counts are frozen once submitted.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('property_items')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('in_use').check(sql`status IN ('in_use', 'disposed')`))
    .execute()
  await db.schema.alterTable('property_items').addColumn('disposed_on', 'date').execute()
  await sql`ALTER TABLE property_items ADD CONSTRAINT property_items_disposed CHECK ((status = 'disposed') = (disposed_on IS NOT NULL))`.execute(db)

  await db.schema
    .createTable('property_files')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('item_id', 'uuid', (c) => c.notNull().references('property_items.id').onDelete('restrict'))
    .addColumn('file_id', 'uuid', (c) => c.notNull().references('files.id').onDelete('restrict'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('photo', 'document')`))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('property_files_item_idx').on('property_files').column('item_id').execute()

  await db.schema
    .createTable('property_movements')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('item_id', 'uuid', (c) => c.notNull().references('property_items.id').onDelete('restrict'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('transfer', 'disposal')`))
    .addColumn('to_location', 'text')
    .addColumn('to_custodian_id', 'uuid', (c) => c.references('users.id').onDelete('restrict'))
    .addColumn('method', 'text', (c) => c.check(sql`method IN ('sale', 'auction', 'exchange', 'transfer_out', 'donation', 'write_off')`))
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`length(btrim(reason)) > 0`))
    .addColumn('requested_by', 'uuid', (c) => c.notNull().references('users.id').onDelete('restrict'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('requested', 'approved', 'rejected', 'cancelled')`))
    .addColumn('decided_by_label', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('property_movements_shape', sql`(kind = 'transfer' AND to_location IS NOT NULL AND method IS NULL) OR (kind = 'disposal' AND method IS NOT NULL AND to_location IS NULL AND to_custodian_id IS NULL)`)
    .addCheckConstraint('property_movements_decided', sql`(status IN ('approved', 'rejected')) = (decided_at IS NOT NULL AND decided_by_label IS NOT NULL)`)
    .execute()
  await db.schema.createIndex('property_movements_item_idx').on('property_movements').column('item_id').execute()
  // At most one open request per item: two approvals cannot move it two ways.
  await sql`CREATE UNIQUE INDEX property_movements_one_open ON property_movements (item_id) WHERE status = 'requested'`.execute(db)

  await sql`
    CREATE FUNCTION property_movement_rules() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'requested' THEN RAISE EXCEPTION 'a movement starts as requested' USING ERRCODE = 'check_violation'; END IF;
        IF EXISTS (SELECT 1 FROM property_items WHERE id = NEW.item_id AND status = 'disposed') THEN
          RAISE EXCEPTION 'the item has been disposed of' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END IF;
      IF OLD.status <> 'requested' THEN RAISE EXCEPTION 'a decided movement is frozen' USING ERRCODE = 'check_violation'; END IF;
      IF NEW.status NOT IN ('requested', 'approved', 'rejected', 'cancelled') OR (NEW.kind, NEW.item_id, NEW.reason, NEW.to_location, NEW.to_custodian_id, NEW.method) IS DISTINCT FROM (OLD.kind, OLD.item_id, OLD.reason, OLD.to_location, OLD.to_custodian_id, OLD.method) THEN
        RAISE EXCEPTION 'only the decision may change' USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER property_movements_rules BEFORE INSERT OR UPDATE ON property_movements FOR EACH ROW EXECUTE FUNCTION property_movement_rules()`.execute(db)

  await sql`
    CREATE FUNCTION property_item_rules() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status = 'disposed' THEN RAISE EXCEPTION 'a disposed item is frozen' USING ERRCODE = 'check_violation'; END IF;
      IF NEW.status = 'disposed' AND NOT EXISTS (SELECT 1 FROM property_movements m WHERE m.item_id = NEW.id AND m.kind = 'disposal' AND m.status = 'approved') THEN
        RAISE EXCEPTION 'disposal needs the head''s approval' USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER property_items_rules BEFORE UPDATE ON property_items FOR EACH ROW EXECUTE FUNCTION property_item_rules()`.execute(db)

  // The item's history: who changed what and when, written with the change itself.
  await db.schema
    .createTable('property_item_events')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('item_id', 'uuid', (c) => c.notNull().references('property_items.id').onDelete('restrict'))
    .addColumn('event', 'text', (c) => c.notNull().check(sql`event IN ('registered', 'transfer_requested', 'transferred', 'disposal_requested', 'disposed', 'rejected', 'cancelled', 'condition', 'counted', 'file_added')`))
    .addColumn('detail', 'jsonb', (c) => c.notNull())
    .addColumn('by_label', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    // Several events share one instant (a request and its decision in a test, a count and a move); seq keeps their order.
    .addColumn('seq', 'bigserial', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('property_item_events_item_idx').on('property_item_events').columns(['item_id', 'seq']).execute()

  await db.schema
    .createTable('property_stocktakes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('counting', 'submitted', 'acknowledged')`))
    .addColumn('appointed_by_label', 'text', (c) => c.notNull())
    .addColumn('submitted_by_label', 'text')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('acknowledged_by_label', 'text')
    .addColumn('acknowledged_at', 'timestamptz')
    .addColumn('head_note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('property_stocktakes_year', ['organisation_id', 'fiscal_year'])
    .addCheckConstraint('property_stocktakes_submitted', sql`(status IN ('submitted', 'acknowledged')) = (submitted_at IS NOT NULL)`)
    .addCheckConstraint('property_stocktakes_acknowledged', sql`(status = 'acknowledged') = (acknowledged_at IS NOT NULL)`)
    .execute()
  await db.schema
    .createTable('property_stocktake_members')
    .addColumn('stocktake_id', 'uuid', (c) => c.notNull().references('property_stocktakes.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('restrict'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role IN ('chair', 'member')`))
    .addPrimaryKeyConstraint('property_stocktake_members_pk', ['stocktake_id', 'user_id'])
    .execute()
  await db.schema
    .createTable('property_stocktake_lines')
    .addColumn('stocktake_id', 'uuid', (c) => c.notNull().references('property_stocktakes.id').onDelete('cascade'))
    .addColumn('item_id', 'uuid', (c) => c.notNull().references('property_items.id').onDelete('restrict'))
    .addColumn('found', 'boolean', (c) => c.notNull())
    .addColumn('register_condition', 'text', (c) => c.notNull())
    .addColumn('counted_condition', 'text', (c) => c.check(sql`counted_condition IN ('good', 'fair', 'damaged', 'unusable')`))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('counted_by_label', 'text', (c) => c.notNull())
    .addColumn('counted_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('property_stocktake_lines_pk', ['stocktake_id', 'item_id'])
    // A difference (missing, or a condition other than the register's) is explained.
    .addCheckConstraint('property_stocktake_lines_found', sql`found = (counted_condition IS NOT NULL)`)
    .addCheckConstraint('property_stocktake_lines_explained', sql`(found AND counted_condition = register_condition) OR length(btrim(note)) > 0`)
    .execute()

  await sql`
    CREATE FUNCTION property_stocktake_rules() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' AND NEW.status <> 'counting' THEN RAISE EXCEPTION 'a stock-take starts counting' USING ERRCODE = 'check_violation'; END IF;
      IF TG_OP = 'UPDATE' AND OLD.status <> NEW.status AND NOT ((OLD.status = 'counting' AND NEW.status = 'submitted') OR (OLD.status = 'submitted' AND NEW.status = 'acknowledged')) THEN
        RAISE EXCEPTION 'stock-take cannot go from % to %', OLD.status, NEW.status USING ERRCODE = 'check_violation';
      END IF;
      IF TG_OP = 'UPDATE' AND OLD.status = 'acknowledged' THEN RAISE EXCEPTION 'an acknowledged stock-take is frozen' USING ERRCODE = 'check_violation'; END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER property_stocktakes_rules BEFORE INSERT OR UPDATE ON property_stocktakes FOR EACH ROW EXECUTE FUNCTION property_stocktake_rules()`.execute(db)
  await sql`
    CREATE FUNCTION property_stocktake_line_rules() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM property_stocktakes s WHERE s.id = COALESCE(NEW.stocktake_id, OLD.stocktake_id) AND s.status <> 'counting') THEN
        RAISE EXCEPTION 'the counts of a submitted stock-take are frozen' USING ERRCODE = 'check_violation';
      END IF;
      IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER property_stocktake_lines_rules BEFORE INSERT OR UPDATE OR DELETE ON property_stocktake_lines FOR EACH ROW EXECUTE FUNCTION property_stocktake_line_rules()`.execute(db)

  // The NACC gift declaration form (แบบรายงานการรับของขวัญ), signed and scanned, beside the declaration.
  await db.schema.alterTable('gift_declarations').addColumn('nacc_form_file_id', 'uuid', (c) => c.references('files.id').onDelete('restrict')).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('gift_declarations').dropColumn('nacc_form_file_id').execute()
  await sql`DROP TRIGGER property_stocktake_lines_rules ON property_stocktake_lines`.execute(db)
  await sql`DROP FUNCTION property_stocktake_line_rules()`.execute(db)
  await sql`DROP TRIGGER property_stocktakes_rules ON property_stocktakes`.execute(db)
  await sql`DROP FUNCTION property_stocktake_rules()`.execute(db)
  await db.schema.dropTable('property_stocktake_lines').execute()
  await db.schema.dropTable('property_stocktake_members').execute()
  await db.schema.dropTable('property_stocktakes').execute()
  await db.schema.dropTable('property_item_events').execute()
  await sql`DROP TRIGGER property_items_rules ON property_items`.execute(db)
  await sql`DROP FUNCTION property_item_rules()`.execute(db)
  await sql`DROP TRIGGER property_movements_rules ON property_movements`.execute(db)
  await sql`DROP FUNCTION property_movement_rules()`.execute(db)
  await db.schema.dropTable('property_movements').execute()
  await db.schema.dropTable('property_files').execute()
  await sql`ALTER TABLE property_items DROP CONSTRAINT property_items_disposed`.execute(db)
  await db.schema.alterTable('property_items').dropColumn('disposed_on').dropColumn('status').execute()
}
