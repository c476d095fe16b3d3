import { sql, type Kysely } from 'kysely'

/**
 * The head's order (สั่งการ) as its own step of a complaint (issue 14, seed 002 measure 5): the
 * officer proposes, the head orders, and only an ordered case can close. Each proposal and its order
 * is a row of complaint_orders; the database refuses any status change the workflow does not allow,
 * leaving "awaiting_order" other than as the head's latest order says, and an order given by
 * someone who is not the agency's head (or, for public complaints, by the proposer).
 * Also the complainant's request for a review of the outcome (complaint_reviews).
 */
const KNOWN = `'received', 'screening', 'awaiting_order', 'not_accepted', 'accepted', 'assigned', 'investigating', 'outcome', 'closed'`

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('complaint_orders')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // Proposals of a case follow one another (one open at a time): the order they were made in.
    .addColumn('seq', 'bigserial', (c) => c.notNull())
    .addColumn('complaint_id', 'uuid', (c) => c.notNull().references('complaints.id').onDelete('cascade'))
    .addColumn('proposal', 'text', (c) => c.notNull().check(sql`proposal IN ('not_accept', 'investigate', 'refer', 'findings')`))
    .addColumn('from_status', 'text', (c) => c.notNull().check(sql`from_status IN ('screening', 'investigating')`))
    .addColumn('proposed_by', 'uuid', (c) => c.notNull().references('users.id').onDelete('restrict'))
    .addColumn('proposed_at', 'timestamptz', (c) => c.notNull())
    // The head's deadline, counted in business days on the holiday calendar by the guideline's decision step.
    .addColumn('order_due_on', 'date', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`length(btrim(reason)) > 0`))
    .addColumn('ground', 'text')
    .addColumn('outcome', 'text')
    .addColumn('committee', 'text')
    .addColumn('refer_to', 'text')
    .addColumn('decision', 'text', (c) => c.check(sql`decision IN ('ordered', 'returned')`))
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id').onDelete('restrict'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('order_note', 'text')
    .addCheckConstraint('complaint_orders_decided_whole', sql`(decision IS NULL AND decided_by IS NULL AND decided_at IS NULL AND order_note IS NULL) OR (decision IS NOT NULL AND decided_by IS NOT NULL AND decided_at IS NOT NULL AND length(btrim(order_note)) > 0)`)
    .addCheckConstraint('complaint_orders_fields', sql`(proposal <> 'not_accept' OR ground IS NOT NULL) AND (proposal <> 'findings' OR outcome IS NOT NULL) AND (proposal <> 'investigate' OR length(btrim(committee)) > 0) AND (proposal <> 'refer' OR length(btrim(refer_to)) > 0)`)
    .execute()
  await sql`CREATE UNIQUE INDEX complaint_orders_one_open ON complaint_orders (complaint_id) WHERE decision IS NULL`.execute(db)
  await db.schema.createIndex('complaint_orders_complaint_idx').on('complaint_orders').columns(['complaint_id', 'proposed_at']).execute()

  // An order is given once, by a head of the complaint's agency; for public complaints not by the
  // officer who proposed it (for the internal channels the head is also the handler).
  await sql`
    CREATE FUNCTION complaint_orders_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE c record;
    BEGIN
      IF TG_OP = 'INSERT' THEN
        IF NEW.decision IS NOT NULL THEN RAISE EXCEPTION 'a proposal is ordered by the head after it is made' USING ERRCODE = 'check_violation'; END IF;
        RETURN NEW;
      END IF;
      IF OLD.decision IS NOT NULL THEN RAISE EXCEPTION 'the head''s order on a proposal is final' USING ERRCODE = 'check_violation'; END IF;
      IF (NEW.seq, NEW.complaint_id, NEW.proposal, NEW.from_status, NEW.proposed_by, NEW.proposed_at, NEW.reason, NEW.ground, NEW.outcome, NEW.committee, NEW.refer_to, NEW.order_due_on)
         IS DISTINCT FROM (OLD.seq, OLD.complaint_id, OLD.proposal, OLD.from_status, OLD.proposed_by, OLD.proposed_at, OLD.reason, OLD.ground, OLD.outcome, OLD.committee, OLD.refer_to, OLD.order_due_on) THEN
        RAISE EXCEPTION 'a proposal is not changed once made' USING ERRCODE = 'check_violation';
      END IF;
      IF NEW.decision IS NULL THEN RETURN NEW; END IF;
      SELECT organisation_id, intake INTO c FROM complaints WHERE id = NEW.complaint_id;
      IF NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = NEW.decided_by AND m.organisation_id = c.organisation_id AND m.role = 'head') THEN
        RAISE EXCEPTION 'only the head of the agency orders on a complaint' USING ERRCODE = 'check_violation';
      END IF;
      IF c.intake = 'public' AND NEW.decided_by = NEW.proposed_by THEN
        RAISE EXCEPTION 'the officer who proposed cannot also order' USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER complaint_orders_guard BEFORE INSERT OR UPDATE ON complaint_orders FOR EACH ROW EXECUTE FUNCTION complaint_orders_guard()`.execute(db)

  await sql.raw(`ALTER TABLE complaints ADD CONSTRAINT complaints_status_known CHECK (status IN (${KNOWN}))`).execute(db)
  await sql`ALTER TABLE complaints ADD CONSTRAINT complaints_closed_reported CHECK (status <> 'closed' OR length(btrim(result_for_complainant)) > 0)`.execute(db)

  // The workflow itself: the allowed moves, and into or out of "awaiting_order" only with the
  // proposal and the head's order that justify it.
  await sql`
    CREATE FUNCTION complaints_workflow_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE o record;
    BEGIN
      IF NEW.status IS NOT DISTINCT FROM OLD.status THEN RETURN NEW; END IF;
      IF (OLD.status, NEW.status) NOT IN (
        ('received', 'screening'), ('screening', 'awaiting_order'), ('investigating', 'awaiting_order'),
        ('awaiting_order', 'not_accepted'), ('awaiting_order', 'accepted'), ('awaiting_order', 'outcome'),
        ('awaiting_order', 'screening'), ('awaiting_order', 'investigating'),
        ('not_accepted', 'closed'), ('accepted', 'assigned'), ('assigned', 'investigating'),
        ('investigating', 'assigned'), ('outcome', 'closed')) THEN
        RAISE EXCEPTION 'a complaint cannot go from % to %', OLD.status, NEW.status USING ERRCODE = 'check_violation';
      END IF;
      IF NEW.status = 'awaiting_order' AND NOT EXISTS (
        SELECT 1 FROM complaint_orders WHERE complaint_id = NEW.id AND decision IS NULL AND from_status = OLD.status) THEN
        RAISE EXCEPTION 'a complaint awaits the head''s order only with a proposal' USING ERRCODE = 'check_violation';
      END IF;
      IF OLD.status = 'awaiting_order' THEN
        IF EXISTS (SELECT 1 FROM complaint_orders WHERE complaint_id = NEW.id AND decision IS NULL) THEN
          RAISE EXCEPTION 'the head has not ordered on the proposal yet' USING ERRCODE = 'check_violation';
        END IF;
        SELECT proposal, from_status, decision INTO o FROM complaint_orders WHERE complaint_id = NEW.id ORDER BY seq DESC LIMIT 1;
        IF o.decision IS NULL
           OR (o.decision = 'returned' AND NEW.status <> o.from_status)
           OR (o.decision = 'ordered' AND NEW.status <> CASE o.proposal WHEN 'not_accept' THEN 'not_accepted' WHEN 'investigate' THEN 'accepted' ELSE 'outcome' END) THEN
          RAISE EXCEPTION 'the case goes where the head''s order says' USING ERRCODE = 'check_violation';
        END IF;
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER complaints_workflow_guard BEFORE UPDATE OF status ON complaints FOR EACH ROW EXECUTE FUNCTION complaints_workflow_guard()`.execute(db)

  // A complainant who disagrees with the outcome asks for a review: it goes to the head and is
  // counted. Their reasons go into the case's encrypted thread; this row holds no words of theirs.
  await db.schema
    .createTable('complaint_reviews')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('complaint_id', 'uuid', (c) => c.notNull().references('complaints.id').onDelete('cascade'))
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull())
    .addColumn('requested_on', 'date', (c) => c.notNull())
    .addColumn('answered_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('answered_at', 'timestamptz')
    .execute()
  await sql`CREATE UNIQUE INDEX complaint_reviews_one_open ON complaint_reviews (complaint_id) WHERE answered_at IS NULL`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('complaint_reviews').execute()
  await sql`DROP TRIGGER complaints_workflow_guard ON complaints`.execute(db)
  await sql`DROP FUNCTION complaints_workflow_guard()`.execute(db)
  await sql`ALTER TABLE complaints DROP CONSTRAINT complaints_closed_reported`.execute(db)
  await sql`ALTER TABLE complaints DROP CONSTRAINT complaints_status_known`.execute(db)
  await db.schema.dropTable('complaint_orders').execute()
  await sql`DROP FUNCTION complaint_orders_guard()`.execute(db)
}
