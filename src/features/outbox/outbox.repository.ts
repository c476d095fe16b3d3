import type { Kysely, Selectable } from 'kysely'
import type { Database, OutboxTable } from '../../db/tables.ts'

export type OutboxMail = Selectable<OutboxTable>
export type OutboxListItem = Omit<OutboxMail, 'body_text'>

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
