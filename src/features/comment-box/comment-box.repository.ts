import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from '../../db/tables.ts'

type Db = Kysely<Database> | Transaction<Database>

export type CommentRow = {
  id: string
  organisation_id: string
  reference: string
  kind: string
  body: string
  anonymous: boolean
  name: string | null
  contact: string | null
  status: 'new' | 'thanked' | 'acted' | 'forwarded'
  reply: string | null
  what_changed: string | null
  publish_change: boolean
  complaint_reference: string | null
  received_on: string
  triaged_on: string | null
}

const COLUMNS = ['id', 'organisation_id', 'reference', 'kind', 'body', 'anonymous', 'name', 'contact', 'status', 'reply', 'what_changed', 'publish_change', 'complaint_reference', 'received_on', 'triaged_on'] as const

export async function nextNumber(trx: Transaction<Database>, organisationId: string, yearBe: number): Promise<number> {
  const row = await trx
    .insertInto('comment_box_counters')
    .values({ organisation_id: organisationId, year_be: yearBe, last_number: 1 })
    .onConflict((oc) => oc.columns(['organisation_id', 'year_be']).doUpdateSet({ last_number: sql`comment_box_counters.last_number + 1` }))
    .returning('last_number')
    .executeTakeFirstOrThrow()
  return row.last_number
}

export async function insertComment(trx: Transaction<Database>, c: { organisationId: string; reference: string; kind: string; body: string; anonymous: boolean; name: string | null; contact: string | null; followUpHash: string | null; receivedOn: string; now: Date }): Promise<string> {
  const row = await trx
    .insertInto('comment_box_entries')
    .values({ organisation_id: c.organisationId, reference: c.reference, kind: c.kind as CommentRow['kind'] & ('suggestion' | 'praise' | 'problem'), body: c.body, anonymous: c.anonymous, name: c.name, contact: c.contact, follow_up_hash: c.followUpHash, status: 'new', received_on: c.receivedOn, created_at: c.now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function findComment(db: Db, id: string): Promise<CommentRow | undefined> {
  return db.selectFrom('comment_box_entries').select(COLUMNS).where('id', '=', id).executeTakeFirst()
}

export async function findByReference(db: Db, organisationId: string, reference: string): Promise<(CommentRow & { follow_up_hash: string | null }) | undefined> {
  return db.selectFrom('comment_box_entries').select([...COLUMNS, 'follow_up_hash']).where('organisation_id', '=', organisationId).where('reference', '=', reference).executeTakeFirst()
}

export async function listComments(db: Db, organisationId: string): Promise<CommentRow[]> {
  return db.selectFrom('comment_box_entries').select(COLUMNS).where('organisation_id', '=', organisationId).orderBy('created_at', 'desc').limit(500).execute()
}

export async function triage(trx: Transaction<Database>, id: string, set: { status: 'thanked' | 'acted' | 'forwarded'; reply: string | null; what_changed: string | null; publish_change: boolean; complaint_id: string | null; complaint_reference: string | null; triaged_on: string; triaged_by: string }): Promise<void> {
  await trx.updateTable('comment_box_entries').set(set).where('id', '=', id).execute()
}

export async function publicRows(db: Db, organisationId: string): Promise<{ received_on: string; status: string; kind: string; what_changed: string | null; publish_change: boolean; triaged_on: string | null }[]> {
  return db.selectFrom('comment_box_entries').select(['received_on', 'status', 'kind', 'what_changed', 'publish_change', 'triaged_on']).where('organisation_id', '=', organisationId).execute()
}
