import { sql, type Kysely } from 'kysely'

/**
 * Background jobs and schedules kept in the database (claimed with SELECT … FOR UPDATE SKIP
 * LOCKED, leased so a crashed instance's job runs again), and what mail delivery needs in the
 * outbox: the SMTP message id and an index for "what is due".
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('queued').check(sql`status IN ('queued', 'running', 'done', 'failed')`))
    .addColumn('run_at', 'timestamptz', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(5).check(sql`max_attempts >= 1`))
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('dedupe_key', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .execute()
  await sql`CREATE UNIQUE INDEX jobs_dedupe_key_idx ON jobs (dedupe_key) WHERE dedupe_key IS NOT NULL`.execute(db)
  // The two ways a job becomes due, each a small partial index the idle poll can answer from.
  await sql`CREATE INDEX jobs_queued_idx ON jobs (run_at) WHERE status = 'queued'`.execute(db)
  await sql`CREATE INDEX jobs_running_idx ON jobs (locked_until) WHERE status = 'running'`.execute(db)
  await sql`CREATE INDEX jobs_finished_idx ON jobs (finished_at) WHERE status IN ('done', 'failed')`.execute(db)

  await db.schema
    .createTable('job_schedules')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('every_seconds', 'integer')
    // 'HH:MM' on the Bangkok clock
    .addColumn('daily_at', 'text')
    .addColumn('next_run_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_slot_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('job_schedules_one_spec', sql`(every_seconds IS NULL) <> (daily_at IS NULL)`)
    .execute()

  await db.schema.alterTable('outbox').addColumn('smtp_message_id', 'text').execute()
  await sql`CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE status = 'queued'`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS outbox_due_idx`.execute(db)
  await db.schema.alterTable('outbox').dropColumn('smtp_message_id').execute()
  await db.schema.dropTable('job_schedules').ifExists().execute()
  await db.schema.dropTable('jobs').ifExists().execute()
}
