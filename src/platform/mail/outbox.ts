import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { sharedSecret } from '../crypto/app-secrets.ts'
import { decryptWithKey, encryptWithKey } from '../crypto/envelope.ts'

export type OutgoingMail = {
  to: string
  subject: string
  text: string
  organisationId?: string | null
  /**
   * The address is someone's secret (a complainant's). It is never stored, shown or audited in
   * clear: the outbox shows WITHHELD_RECIPIENT, the address is kept encrypted only until the mail
   * is sent, fails for good or expires, then erased.
   */
  privateRecipient?: boolean
  /** @deprecated the older name of privateRecipient (same meaning). */
  eraseRecipientAfterSending?: boolean
}

/** What an erased recipient reads as in the outbox. */
export const ERASED_RECIPIENT = '(ลบที่อยู่แล้ว / address erased)'
/** What a private recipient reads as while the mail waits: admins see that someone is written to, never who. */
export const WITHHELD_RECIPIENT = 'ผู้ร้องเรียน (ปกปิด) / Complainant (withheld)'
/** Private mail not delivered within this time is given up and its address erased (no SMTP configured, a server that never answers). */
export const PRIVATE_RECIPIENT_DAYS = 7

const RECIPIENT_SECRET = 'outbox-private-recipient'
const contextOf = (mailId: string) => `outbox/${mailId}/to`

/** Whether a stored recipient is one of the placeholders rather than an address. */
export function isHiddenRecipient(to: string): boolean {
  return to === WITHHELD_RECIPIENT || to === ERASED_RECIPIENT
}

/**
 * Mail is written to the outbox inside the caller's transaction, so a message exists
 * exactly when the change that caused it committed. A sender job delivers it later
 * (SMTP when configured); until then admins can read it in the app.
 */
export async function queueMail(db: Kysely<Database> | Transaction<Database>, mail: OutgoingMail, now: Date): Promise<string> {
  const isPrivate = Boolean(mail.privateRecipient || mail.eraseRecipientAfterSending)
  const row = await db
    .insertInto('outbox')
    .values({
      to_address: isPrivate ? WITHHELD_RECIPIENT : mail.to,
      subject: mail.subject,
      body_text: mail.text,
      organisation_id: mail.organisationId ?? null,
      erase_recipient: isPrivate,
      created_at: now,
      next_attempt_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  if (isPrivate) {
    // The row's id is bound into the ciphertext, so a sealed address cannot be copied onto another mail.
    const key = await sharedSecret(db, RECIPIENT_SECRET)
    await db.updateTable('outbox').set({ sealed_recipient: encryptWithKey(key, Buffer.from(mail.to, 'utf8'), contextOf(row.id)) }).where('id', '=', row.id).execute()
  }
  return row.id
}

/** The address a private mail goes to; only the delivery job calls this, right before sending. */
export async function openPrivateRecipient(db: Kysely<Database>, mailId: string, sealed: string): Promise<string> {
  const key = await sharedSecret(db, RECIPIENT_SECRET)
  return decryptWithKey(key, sealed, contextOf(mailId)).toString('utf8')
}

/**
 * The nightly clean-up of private recipients: mail still waiting after PRIVATE_RECIPIENT_DAYS
 * is given up (failed, address erased), and any address left in clear by older versions is erased.
 * Returns how many rows were changed.
 */
export async function expirePrivateRecipients(db: Kysely<Database>, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - PRIVATE_RECIPIENT_DAYS * 86_400_000)
  const expired = await db
    .updateTable('outbox')
    .set({ status: 'failed', last_error: 'expired: private recipient not delivered in time', to_address: ERASED_RECIPIENT, sealed_recipient: null })
    .where('erase_recipient', '=', true)
    .where('status', '=', 'queued')
    .where('created_at', '<', cutoff)
    .executeTakeFirst()
  const leftovers = await db
    .updateTable('outbox')
    .set({ to_address: ERASED_RECIPIENT, sealed_recipient: null })
    .where('erase_recipient', '=', true)
    .where((eb) => eb.or([eb('status', '<>', 'queued'), eb.and([eb('to_address', '<>', WITHHELD_RECIPIENT), eb('to_address', '<>', ERASED_RECIPIENT)])]))
    .where((eb) => eb.or([eb('to_address', '<>', ERASED_RECIPIENT), eb('sealed_recipient', 'is not', null)]))
    .executeTakeFirst()
  return Number(expired.numUpdatedRows) + Number(leftovers.numUpdatedRows)
}
