import { sql, type Kysely } from 'kysely'

/**
 * Corruption and discretion risks (G1; seed 002 m7 §1.3–1.4, seed 004 §1.2):
 * - the likelihood × impact matrix as data, per organisation (an agency's own, else its province's);
 * - a risk register per agency and fiscal year, its risks (carried forward from the year before
 *   with a link to the earlier row), treatments with owner and due date, follow-up reports;
 * - reports of work done outside the manual, reviewed by the head;
 * - the internal-control evaluation: the committee's order, a result per component, the yearly report.
 * Each workflow's transitions are enforced by a trigger; `risk_history` holds every change of state,
 * written by the use case in the same transaction.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('risk_matrices')
    .addColumn('organisation_id', 'uuid', (c) => c.primaryKey().references('organisations.id').onDelete('restrict'))
    // [{th,en}] from level 1 upward; the cells are likelihood-major: cells[l-1][i-1] = level key.
    .addColumn('likelihood_labels', 'jsonb', (c) => c.notNull())
    .addColumn('impact_labels', 'jsonb', (c) => c.notNull())
    .addColumn('levels', 'jsonb', (c) => c.notNull())
    .addColumn('cells', 'jsonb', (c) => c.notNull())
    .addColumn('updated_by_label', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('risk_registers')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('fiscal_year', 'integer', (c) => c.notNull().check(sql`fiscal_year BETWEEN 2500 AND 2700`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('draft', 'approved')`))
    .addColumn('carried_from_id', 'uuid', (c) => c.references('risk_registers.id').onDelete('restrict'))
    .addColumn('approved_by_label', 'text')
    .addColumn('approved_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('risk_registers_year', ['organisation_id', 'fiscal_year'])
    .addCheckConstraint('risk_registers_approved', sql`(status = 'approved') = (approved_at IS NOT NULL AND approved_by_label IS NOT NULL)`)
    .execute()

  await db.schema
    .createTable('risks')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('register_id', 'uuid', (c) => c.notNull().references('risk_registers.id').onDelete('restrict'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('process', 'text', (c) => c.notNull())
    // A published citizen service this process belongs to (services feature), by its stable key.
    .addColumn('service_key', 'text')
    .addColumn('risk_type', 'text', (c) => c.notNull().check(sql`risk_type IN ('bribery', 'conflict_of_interest', 'discretion', 'procurement', 'property', 'information', 'other')`))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('causes', 'text', (c) => c.notNull())
    .addColumn('existing_controls', 'text', (c) => c.notNull())
    .addColumn('inherent_likelihood', 'integer', (c) => c.notNull().check(sql`inherent_likelihood BETWEEN 1 AND 9`))
    .addColumn('inherent_impact', 'integer', (c) => c.notNull().check(sql`inherent_impact BETWEEN 1 AND 9`))
    .addColumn('residual_likelihood', 'integer', (c) => c.notNull().check(sql`residual_likelihood BETWEEN 1 AND 9`))
    .addColumn('residual_impact', 'integer', (c) => c.notNull().check(sql`residual_impact BETWEEN 1 AND 9`))
    // Never shown to the public (names of people involved, leads under inquiry).
    .addColumn('internal_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('carried_from_id', 'uuid', (c) => c.references('risks.id').onDelete('restrict'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('risks_register_idx').on('risks').columns(['register_id']).execute()
  await db.schema.createIndex('risks_carried_idx').on('risks').columns(['carried_from_id']).execute()

  await db.schema
    .createTable('risk_treatments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('risk_id', 'uuid', (c) => c.notNull().references('risks.id').onDelete('restrict'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('measure', 'text', (c) => c.notNull())
    // The person is internal; the unit is what the public sees.
    .addColumn('owner_name', 'text', (c) => c.notNull())
    .addColumn('owner_unit', 'text', (c) => c.notNull())
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('planned', 'in_progress', 'done', 'cancelled')`))
    .addColumn('progress_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('completed_on', 'date')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('risk_treatments_done', sql`(status = 'done') = (completed_on IS NOT NULL)`)
    .execute()
  await db.schema.createIndex('risk_treatments_risk_idx').on('risk_treatments').columns(['risk_id']).execute()

  await db.schema
    .createTable('risk_followups')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('register_id', 'uuid', (c) => c.notNull().references('risk_registers.id').onDelete('restrict'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('six_month', 'yearly')`))
    .addColumn('summary', 'text', (c) => c.notNull())
    // The treatments as they stood when reported: the report never changes afterwards.
    .addColumn('snapshot', 'jsonb', (c) => c.notNull())
    .addColumn('reported_on', 'date', (c) => c.notNull())
    .addColumn('reported_by_label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('risk_followups_kind', ['register_id', 'kind'])
    .execute()

  await db.schema
    .createTable('outside_manual_reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('reporter_user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('reporter_label', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'date', (c) => c.notNull())
    .addColumn('work', 'text', (c) => c.notNull())
    .addColumn('manual_ref', 'text', (c) => c.notNull())
    .addColumn('what_done', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('submitted', 'reviewed')`))
    .addColumn('outcome', 'text', (c) => c.check(sql`outcome IN ('justified', 'correct_practice', 'update_manual', 'investigate')`))
    .addColumn('review_note', 'text')
    .addColumn('reviewed_by_label', 'text')
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('outside_manual_reviewed', sql`(status = 'reviewed') = (outcome IS NOT NULL AND reviewed_at IS NOT NULL AND length(btrim(coalesce(review_note, ''))) > 0)`)
    .execute()
  await db.schema.createIndex('outside_manual_org_idx').on('outside_manual_reports').columns(['organisation_id', 'status']).execute()

  await db.schema
    .createTable('ic_evaluations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('fiscal_year', 'integer', (c) => c.notNull().check(sql`fiscal_year BETWEEN 2500 AND 2700`))
    .addColumn('order_number', 'text', (c) => c.notNull())
    .addColumn('order_date', 'date', (c) => c.notNull())
    .addColumn('order_file_id', 'uuid')
    // [{name, position, role}] as the order lists them.
    .addColumn('members', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('in_progress', 'reported')`))
    .addColumn('summary', 'text')
    .addColumn('reported_by_label', 'text')
    .addColumn('reported_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('ic_evaluations_year', ['organisation_id', 'fiscal_year'])
    .addCheckConstraint('ic_evaluations_reported', sql`(status = 'reported') = (reported_at IS NOT NULL AND length(btrim(coalesce(summary, ''))) > 0)`)
    .execute()

  await db.schema
    .createTable('ic_component_results')
    .addColumn('evaluation_id', 'uuid', (c) => c.notNull().references('ic_evaluations.id').onDelete('restrict'))
    .addColumn('component', 'text', (c) => c.notNull().check(sql`component IN ('control_environment', 'risk_assessment', 'control_activities', 'information_communication', 'monitoring')`))
    .addColumn('assessment', 'text', (c) => c.notNull().check(sql`assessment IN ('adequate', 'partly', 'inadequate')`))
    .addColumn('findings', 'text', (c) => c.notNull())
    .addColumn('improvements', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('ic_component_results_pk', ['evaluation_id', 'component'])
    .execute()

  await db.schema
    .createTable('risk_history')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('entity_type', 'text', (c) => c.notNull().check(sql`entity_type IN ('register', 'risk', 'treatment', 'outside_manual', 'ic_evaluation')`))
    .addColumn('entity_id', 'uuid', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('risk_history_entity_idx').on('risk_history').columns(['entity_id', 'at']).execute()

  // The transitions each workflow allows, whatever the application does.
  await sql`
    CREATE FUNCTION risk_workflow_transition() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE ok boolean;
    BEGIN
      IF OLD.status = NEW.status THEN RETURN NEW; END IF;
      ok := CASE TG_TABLE_NAME
        WHEN 'risk_registers' THEN OLD.status = 'draft' AND NEW.status = 'approved'
        WHEN 'risk_treatments' THEN (OLD.status = 'planned' AND NEW.status IN ('in_progress', 'done', 'cancelled')) OR (OLD.status = 'in_progress' AND NEW.status IN ('done', 'cancelled'))
        WHEN 'outside_manual_reports' THEN OLD.status = 'submitted' AND NEW.status = 'reviewed'
        WHEN 'ic_evaluations' THEN OLD.status = 'in_progress' AND NEW.status = 'reported'
        ELSE false END;
      IF NOT ok THEN
        RAISE EXCEPTION '% cannot go from % to %', TG_TABLE_NAME, OLD.status, NEW.status;
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  for (const table of ['risk_registers', 'risk_treatments', 'outside_manual_reports', 'ic_evaluations']) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_transition`)} BEFORE UPDATE ON ${sql.table(table)} FOR EACH ROW EXECUTE FUNCTION risk_workflow_transition()`.execute(db)
  }
  // Follow-up reports and history are records: they never change.
  await sql`
    CREATE FUNCTION risk_frozen_rows() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'a follow-up report or history row cannot change';
    END $$`.execute(db)
  await sql`CREATE TRIGGER risk_followups_frozen BEFORE UPDATE OR DELETE ON risk_followups FOR EACH ROW EXECUTE FUNCTION risk_frozen_rows()`.execute(db)
  await sql`CREATE TRIGGER risk_history_frozen BEFORE UPDATE OR DELETE ON risk_history FOR EACH ROW EXECUTE FUNCTION risk_frozen_rows()`.execute(db)
  await sql`
    CREATE FUNCTION risk_locked_when_approved() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP <> 'INSERT' AND (SELECT status FROM risk_registers WHERE id = OLD.register_id) = 'approved' THEN
        RAISE EXCEPTION 'the register is approved: its risks no longer change';
      END IF;
      IF TG_OP <> 'DELETE' AND (SELECT status FROM risk_registers WHERE id = NEW.register_id) = 'approved' THEN
        RAISE EXCEPTION 'the register is approved: its risks no longer change';
      END IF;
      IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER risks_locked BEFORE INSERT OR UPDATE OR DELETE ON risks FOR EACH ROW EXECUTE FUNCTION risk_locked_when_approved()`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER risks_locked ON risks`.execute(db)
  await sql`DROP TRIGGER risk_history_frozen ON risk_history`.execute(db)
  await sql`DROP TRIGGER risk_followups_frozen ON risk_followups`.execute(db)
  for (const table of ['risk_registers', 'risk_treatments', 'outside_manual_reports', 'ic_evaluations']) {
    await sql`DROP TRIGGER ${sql.raw(`${table}_transition`)} ON ${sql.table(table)}`.execute(db)
  }
  await sql`DROP FUNCTION risk_locked_when_approved()`.execute(db)
  await sql`DROP FUNCTION risk_frozen_rows()`.execute(db)
  await sql`DROP FUNCTION risk_workflow_transition()`.execute(db)
  for (const t of ['risk_history', 'ic_component_results', 'ic_evaluations', 'outside_manual_reports', 'risk_followups', 'risk_treatments', 'risks', 'risk_registers', 'risk_matrices']) {
    await db.schema.dropTable(t).execute()
  }
}
