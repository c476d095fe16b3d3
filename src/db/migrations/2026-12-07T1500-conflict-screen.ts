import { sql, type Kysely } from 'kysely'

/**
 * The bidder–staff conflict-of-interest screen (F3, seed 002 measure 4 §3–8): each staff member's
 * private interest record, the procurements screened with their bidders and participants, each
 * participant's declaration, the hits a person clears or confirms, and the procurement officer's
 * monthly report to the head.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // One row per declared interest; only its owner edits it (enforced in the use cases).
  await db.schema
    .createTable('coi_interest_entries')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('person', 'address', 'firm')`))
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull().check(sql`length(btrim(text)) > 0`))
    .addColumn('tax_id', 'text', (c) => c.check(sql`tax_id ~ '^[0-9]{13}$'`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('coi_interest_entries_owner_idx').on('coi_interest_entries').columns(['organisation_id', 'user_id']).execute()

  await db.schema
    .createTable('coi_procurements')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    // The first day of the month the procurement is reported in.
    .addColumn('month', 'date', (c) => c.notNull().check(sql`extract(day from month) = 1`))
    .addColumn('screened_at', 'timestamptz')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('coi_procurements_org_month_idx').on('coi_procurements').columns(['organisation_id', 'month']).execute()

  await db.schema
    .createTable('coi_bidders')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('procurement_id', 'uuid', (c) => c.notNull().references('coi_procurements.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('tax_id', 'text', (c) => c.check(sql`tax_id ~ '^[0-9]{13}$'`))
    .addColumn('people', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('addresses', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('coi_bidders_procurement_idx').on('coi_bidders').columns(['procurement_id']).execute()

  await db.schema
    .createTable('coi_participants')
    .addColumn('procurement_id', 'uuid', (c) => c.notNull().references('coi_procurements.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('restrict'))
    .addColumn('duty', 'text', (c) => c.notNull().check(sql`duty IN ('officer', 'committee_chair', 'committee_member', 'inspector', 'approver')`))
    .addPrimaryKeyConstraint('coi_participants_pk', ['procurement_id', 'user_id'])
    .execute()

  // One declaration per participant per procurement: none, or the bidder and how they relate.
  await db.schema
    .createTable('coi_declarations')
    .addColumn('procurement_id', 'uuid', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull())
    .addColumn('has_relation', 'boolean', (c) => c.notNull())
    .addColumn('bidder_id', 'uuid', (c) => c.references('coi_bidders.id').onDelete('restrict'))
    .addColumn('relation_type', 'text')
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('declared_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('coi_declarations_pk', ['procurement_id', 'user_id'])
    .addForeignKeyConstraint('coi_declarations_participant_fk', ['procurement_id', 'user_id'], 'coi_participants', ['procurement_id', 'user_id'], (c) => c.onDelete('cascade'))
    .addCheckConstraint('coi_declarations_shape', sql`(NOT has_relation AND bidder_id IS NULL AND relation_type IS NULL) OR (has_relation AND bidder_id IS NOT NULL AND relation_type IN ('family', 'relative', 'friend', 'former_employer', 'shareholding', 'other'))`)
    .execute()

  // A hit keeps a copy of what matched: the staff member may later change their record.
  await db.schema
    .createTable('coi_hits')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('procurement_id', 'uuid', (c) => c.notNull().references('coi_procurements.id').onDelete('cascade'))
    .addColumn('bidder_id', 'uuid', (c) => c.notNull().references('coi_bidders.id').onDelete('cascade'))
    .addColumn('entry_id', 'uuid', (c) => c.references('coi_interest_entries.id').onDelete('set null'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('restrict'))
    .addColumn('entry_kind', 'text', (c) => c.notNull())
    .addColumn('entry_relation', 'text', (c) => c.notNull())
    .addColumn('reasons', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open').check(sql`status IN ('open', 'cleared', 'confirmed')`))
    .addColumn('resolution_reason', 'text')
    .addColumn('resolved_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('resolved_by_label', 'text')
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('coi_hits_once', ['bidder_id', 'entry_id'])
    .addCheckConstraint('coi_hits_resolution', sql`(status = 'open' AND resolved_at IS NULL) OR (status <> 'open' AND length(btrim(coalesce(resolution_reason, ''))) > 0 AND resolved_at IS NOT NULL AND resolved_by_label IS NOT NULL)`)
    .execute()
  await db.schema.createIndex('coi_hits_procurement_idx').on('coi_hits').columns(['procurement_id', 'status']).execute()

  // The procurement officer's monthly report to the head (§8), a snapshot of the month.
  await db.schema
    .createTable('coi_monthly_reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('month', 'date', (c) => c.notNull().check(sql`extract(day from month) = 1`))
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('submitted', 'acknowledged')`))
    .addColumn('submitted_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('submitted_by_label', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('acknowledged_by_label', 'text')
    .addColumn('acknowledged_at', 'timestamptz')
    .addColumn('head_note', 'text')
    .addUniqueConstraint('coi_monthly_reports_once', ['organisation_id', 'month'])
    .addCheckConstraint('coi_monthly_reports_ack', sql`(status = 'submitted') = (acknowledged_at IS NULL)`)
    .execute()

  // The transitions the database allows: a hit is resolved once; a report is acknowledged once.
  await sql`
    CREATE FUNCTION coi_hit_resolved_once() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status <> 'open' THEN
        RAISE EXCEPTION 'a resolved hit cannot change (was %)', OLD.status;
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER coi_hits_resolved_once BEFORE UPDATE ON coi_hits FOR EACH ROW EXECUTE FUNCTION coi_hit_resolved_once()`.execute(db)
  await sql`
    CREATE FUNCTION coi_report_acknowledged_once() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status = 'acknowledged' THEN
        RAISE EXCEPTION 'an acknowledged report cannot change';
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER coi_reports_acknowledged_once BEFORE UPDATE ON coi_monthly_reports FOR EACH ROW EXECUTE FUNCTION coi_report_acknowledged_once()`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER coi_reports_acknowledged_once ON coi_monthly_reports`.execute(db)
  await sql`DROP TRIGGER coi_hits_resolved_once ON coi_hits`.execute(db)
  await sql`DROP FUNCTION coi_report_acknowledged_once()`.execute(db)
  await sql`DROP FUNCTION coi_hit_resolved_once()`.execute(db)
  for (const t of ['coi_monthly_reports', 'coi_hits', 'coi_declarations', 'coi_participants', 'coi_bidders', 'coi_procurements', 'coi_interest_entries']) await db.schema.dropTable(t).execute()
}
