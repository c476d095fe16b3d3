import { sql, type Kysely } from 'kysely'

/**
 * Services, second part (issue 16): indexes for the head's completion-time report (computed in
 * SQL, see service-statistics.repository.ts) across a province of 500,000 requests, and versioned
 * officer work-standard manuals with a permanent address per published version.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // The head's report reads the requests closed within a fiscal year of one agency.
  await sql`CREATE INDEX service_requests_org_completed_idx ON service_requests (organisation_id, completed_on) WHERE completed_on IS NOT NULL`.execute(db)
  await sql`CREATE INDEX service_request_events_late_idx ON service_request_events (request_id) WHERE kind = 'delay_notice' AND late`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS service_request_events_late_idx`.execute(db)
  await sql`DROP INDEX IF EXISTS service_requests_org_completed_idx`.execute(db)
}
