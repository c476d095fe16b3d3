import { sql, type Kysely } from 'kysely'

/**
 * Meetings with interests declared per agenda item (F5, seed 002 measure 6 (10)): a member with an
 * interest in an item leaves for it — cannot vote on it (the database refuses the vote) and does
 * not count toward its quorum — and the minutes record it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meetings')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('number_label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('held_on', 'date', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('minutes_approved_at', 'timestamptz')
    .addColumn('minutes_approved_note', 'text')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('meeting_members')
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('restrict'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role IN ('chair', 'member', 'secretary')`))
    .addColumn('attended', 'boolean', (c) => c.notNull().defaultTo(true))
    .addPrimaryKeyConstraint('meeting_members_pk', ['meeting_id', 'user_id'])
    .execute()
  await db.schema
    .createTable('meeting_items')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position > 0`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('resolution', 'text')
    .addUniqueConstraint('meeting_items_position', ['meeting_id', 'position'])
    .execute()
  await db.schema
    .createTable('meeting_interests')
    .addColumn('meeting_id', 'uuid', (c) => c.notNull())
    .addColumn('item_id', 'uuid', (c) => c.notNull().references('meeting_items.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull())
    .addColumn('nature', 'text', (c) => c.notNull().check(sql`length(btrim(nature)) > 0`))
    .addColumn('declared_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_interests_pk', ['item_id', 'user_id'])
    .addForeignKeyConstraint('meeting_interests_member_fk', ['meeting_id', 'user_id'], 'meeting_members', ['meeting_id', 'user_id'], (c) => c.onDelete('cascade'))
    .execute()
  await db.schema
    .createTable('meeting_votes')
    .addColumn('meeting_id', 'uuid', (c) => c.notNull())
    .addColumn('item_id', 'uuid', (c) => c.notNull().references('meeting_items.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull())
    .addColumn('vote', 'text', (c) => c.notNull().check(sql`vote IN ('for', 'against', 'abstain')`))
    .addColumn('voted_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_votes_pk', ['item_id', 'user_id'])
    .addForeignKeyConstraint('meeting_votes_member_fk', ['meeting_id', 'user_id'], 'meeting_members', ['meeting_id', 'user_id'], (c) => c.onDelete('cascade'))
    .execute()
  // A member who declared an interest in an item has left the room for it: no vote.
  await sql`
    CREATE FUNCTION meeting_vote_not_recused() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM meeting_interests i WHERE i.item_id = NEW.item_id AND i.user_id = NEW.user_id) THEN
        RAISE EXCEPTION 'a member with an interest in the item cannot vote on it' USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER meeting_votes_not_recused BEFORE INSERT OR UPDATE ON meeting_votes FOR EACH ROW EXECUTE FUNCTION meeting_vote_not_recused()`.execute(db)
  // And declaring an interest after voting takes the vote back out.
  await sql`
    CREATE FUNCTION meeting_interest_withdraws_vote() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM meeting_votes v WHERE v.item_id = NEW.item_id AND v.user_id = NEW.user_id;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER meeting_interests_withdraw_vote AFTER INSERT ON meeting_interests FOR EACH ROW EXECUTE FUNCTION meeting_interest_withdraws_vote()`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER meeting_interests_withdraw_vote ON meeting_interests`.execute(db)
  await sql`DROP TRIGGER meeting_votes_not_recused ON meeting_votes`.execute(db)
  await sql`DROP FUNCTION meeting_interest_withdraws_vote()`.execute(db)
  await sql`DROP FUNCTION meeting_vote_not_recused()`.execute(db)
  for (const t of ['meeting_votes', 'meeting_interests', 'meeting_items', 'meeting_members', 'meetings']) await db.schema.dropTable(t).execute()
}
