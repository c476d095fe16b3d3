import type { Kysely, Selectable, Transaction } from 'kysely'
import type { Database, OutboxTable } from '../../db/tables.ts'

export type OutboxMail = Selectable<OutboxTable>
export type OutboxListItem = Omit<OutboxMail, 'body_text' | 'erase_recipient' | 'sealed_recipient'>

const LIST_COLUMNS = [
  'id',
  'organisation_id',
  'to_address',
  'subject',
  'status',
  'attempts',
  'last_error',
  'next_attempt_at',
  'created_at',
  'sent_at',
  'smtp_message_id',
] as const

/** Newest first; bodies stay in the database until someone opens one. */
export async function listOutboxMail(db: Kysely<Database>, paging: { limit: number; offset: number }): Promise<{ rows: OutboxListItem[]; total: number }> {
  const rows = await db
    .selectFrom('outbox')
    .select(LIST_COLUMNS)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(paging.limit)
    .offset(paging.offset)
    .execute()
  const count = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return { rows, total: Number(count.n) }
}

export async function findOutboxMail(db: Kysely<Database>, id: string): Promise<OutboxMail | undefined> {
  return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Locks the row so a delivery run cannot change it between the check and the update. */
export async function findOutboxMailForUpdate(trx: Transaction<Database>, id: string): Promise<OutboxMail | undefined> {
  return trx.selectFrom('outbox').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
}

/** Back in the queue with a fresh count of attempts; the last error stays until the next try replaces it. */
export async function requeueMail(trx: Transaction<Database>, id: string, now: Date): Promise<void> {
  await trx.updateTable('outbox').set({ status: 'queued', attempts: 0, next_attempt_at: now }).where('id', '=', id).execute()
}
