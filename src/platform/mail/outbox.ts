import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/tables.ts'

export type OutgoingMail = { to: string; subject: string; text: string; organisationId?: string | null }

/**
 * Mail is written to the outbox inside the caller's transaction, so a message exists
 * exactly when the change that caused it committed. A sender job delivers it later
 * (SMTP when configured); until then admins can read it in the app.
 */
export async function queueMail(db: Kysely<Database> | Transaction<Database>, mail: OutgoingMail, now: Date): Promise<string> {
  const row = await db
    .insertInto('outbox')
    .values({
      to_address: mail.to,
      subject: mail.subject,
      body_text: mail.text,
      organisation_id: mail.organisationId ?? null,
      created_at: now,
      next_attempt_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}
