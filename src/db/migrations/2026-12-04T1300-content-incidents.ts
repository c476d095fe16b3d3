import { sql, type Kysely } from 'kysely'

/**
 * Misinformation / harmful-content incidents (C3, seed 002 measure 2 §3): a staff member reports
 * to the agency head, who acts, closes or escalates to oversight above the agency. Internal only.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('content_incidents')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('where_seen', 'text', (c) => c.notNull())
    .addColumn('seen_on', 'date', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('evidence_file_id', 'uuid', (c) => c.references('files.id'))
    // 'reported' (with the head), 'escalated' (with oversight), 'closed'.
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reported_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('escalated_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('closing_summary', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('content_incidents_org_idx').on('content_incidents').columns(['organisation_id', 'status']).execute()
  await db.schema.createIndex('content_incidents_reporter_idx').on('content_incidents').columns(['reported_by']).execute()

  // What was done, step by step: the head's actions, the escalation, oversight's responses, the closure.
  await db.schema
    .createTable('content_incident_steps')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('incident_id', 'uuid', (c) => c.notNull().references('content_incidents.id').onDelete('cascade'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('action_kind', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('by_user', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('by_label', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('content_incident_steps_incident_idx').on('content_incident_steps').columns(['incident_id', 'at']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('content_incident_steps').execute()
  await db.schema.dropTable('content_incidents').execute()
}
