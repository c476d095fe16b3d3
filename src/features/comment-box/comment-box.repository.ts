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
  sealed_identity: string | null
  follow_up_public_key: string | null
}

// `name` and `contact` hold plain text only in rows written before identities were sealed; sealLegacyIdentity empties them.
const COLUMNS = ['id', 'organisation_id', 'reference', 'kind', 'body', 'anonymous', 'name', 'contact', 'status', 'reply', 'what_changed', 'publish_change', 'complaint_reference', 'received_on', 'triaged_on', 'sealed_identity', 'follow_up_public_key'] as const

export async function nextNumber(trx: Transaction<Database>, organisationId: string, yearBe: number): Promise<number> {
  const row = await trx
    .insertInto('comment_box_counters')
    .values({ organisation_id: organisationId, year_be: yearBe, last_number: 1 })
    .onConflict((oc) => oc.columns(['organisation_id', 'year_be']).doUpdateSet({ last_number: sql`comment_box_counters.last_number + 1` }))
    .returning('last_number')
    .executeTakeFirstOrThrow()
  return row.last_number
}

export async function insertComment(trx: Transaction<Database>, c: { id: string; organisationId: string; reference: string; kind: string; body: string; anonymous: boolean; sealedIdentity: string | null; followUpHash: string | null; followUpPublicKey: string | null; followUpPrivateKey: string | null; receivedOn: string; now: Date }): Promise<void> {
  await trx
    .insertInto('comment_box_entries')
    .values({ id: c.id, organisation_id: c.organisationId, reference: c.reference, kind: c.kind as 'suggestion' | 'praise' | 'problem', body: c.body, anonymous: c.anonymous, name: null, contact: null, sealed_identity: c.sealedIdentity, follow_up_hash: c.followUpHash, follow_up_public_key: c.followUpPublicKey, follow_up_private_key: c.followUpPrivateKey, status: 'new', received_on: c.receivedOn, created_at: c.now })
    .execute()
}

/** The row locked for a triage, so two officers cannot both forward it. */
export async function lockStatus(trx: Transaction<Database>, id: string): Promise<string | undefined> {
  return (await trx.selectFrom('comment_box_entries').select('status').where('id', '=', id).forUpdate().executeTakeFirst())?.status
}

export async function replacePlainIdentity(trx: Transaction<Database>, id: string, sealedIdentity: string): Promise<void> {
  await trx.updateTable('comment_box_entries').set({ sealed_identity: sealedIdentity, name: null, contact: null }).where('id', '=', id).execute()
}

export async function withPlainIdentity(db: Db): Promise<{ id: string; organisation_id: string; name: string | null; contact: string | null }[]> {
  return db.selectFrom('comment_box_entries').select(['id', 'organisation_id', 'name', 'contact']).where((eb) => eb.or([eb('name', 'is not', null), eb('contact', 'is not', null)])).limit(1000).execute()
}

export async function findComment(db: Db, id: string): Promise<CommentRow | undefined> {
  return db.selectFrom('comment_box_entries').select(COLUMNS).where('id', '=', id).executeTakeFirst()
}

export async function findByReference(db: Db, organisationId: string, reference: string): Promise<(CommentRow & { follow_up_hash: string | null; follow_up_private_key: string | null; sealed_complaint_receipt: string | null }) | undefined> {
  return db.selectFrom('comment_box_entries').select([...COLUMNS, 'follow_up_hash', 'follow_up_private_key', 'sealed_complaint_receipt']).where('organisation_id', '=', organisationId).where('reference', '=', reference).executeTakeFirst()
}

export async function listComments(db: Db, organisationId: string): Promise<CommentRow[]> {
  return db.selectFrom('comment_box_entries').select(COLUMNS).where('organisation_id', '=', organisationId).orderBy('created_at', 'desc').limit(500).execute()
}

export async function triage(trx: Transaction<Database>, id: string, set: { status: 'thanked' | 'acted' | 'forwarded'; reply: string | null; what_changed: string | null; publish_change: boolean; complaint_id: string | null; complaint_reference: string | null; sealed_complaint_receipt: string | null; triaged_on: string; triaged_by: string }): Promise<void> {
  await trx.updateTable('comment_box_entries').set(set).where('id', '=', id).execute()
}

export async function publicRows(db: Db, organisationId: string): Promise<{ received_on: string; status: string; kind: string; what_changed: string | null; publish_change: boolean; triaged_on: string | null }[]> {
  return db.selectFrom('comment_box_entries').select(['received_on', 'status', 'kind', 'what_changed', 'publish_change', 'triaged_on']).where('organisation_id', '=', organisationId).execute()
}
