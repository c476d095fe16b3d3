import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { canReadOutbox } from '../../platform/auth/policy.ts'
import { findOutboxMail, findOutboxMailForUpdate, listOutboxMail, requeueMail, type OutboxListItem, type OutboxMail } from './outbox.repository.ts'

export type OutboxDeps = { db: Kysely<Database>; actor: Actor; now: Date }

export const OUTBOX_PAGE_SIZE = 50

export type OutboxPage = { mails: OutboxListItem[]; total: number; page: number; pageCount: number; pageSize: number }

// Mail bodies hold sign-in links for other people (invitations, password resets):
// only platform admins may read them, and only until SMTP delivers them instead.
export async function browseOutbox({ db, actor }: OutboxDeps, page: number): Promise<OutboxPage> {
  if (!canReadOutbox(actor)) throw new ForbiddenError('outbox')
  const { rows, total } = await listOutboxMail(db, { limit: OUTBOX_PAGE_SIZE, offset: (page - 1) * OUTBOX_PAGE_SIZE })
  return { mails: rows, total, page, pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)), pageSize: OUTBOX_PAGE_SIZE }
}

/**
 * Opening a mail is recorded: its body may be someone else's password-reset link, so who
 * read it, and when, belongs in the audit trail even though nothing changed.
 */
export async function readOutboxMail({ db, actor, now }: OutboxDeps, id: string): Promise<OutboxMail> {
  if (!canReadOutbox(actor)) throw new ForbiddenError('outbox')
  return db.transaction().execute(async (trx) => {
    const mail = await findOutboxMail(trx, id)
    if (!mail) throw new NotFoundError('mail')
    await recordAudit(trx, {
      actor: auditActorOf(actor),
      organisationId: mail.organisation_id,
      action: 'outbox.mail_read',
      entityType: 'outbox_mail',
      entityId: mail.id,
      summary: { note: `${mail.to_address}: ${mail.subject}` },
      at: now,
    })
    return mail
  })
}

/**
 * Puts a mail the server refused (or that ran out of attempts) back in the queue, e.g. once
 * the address has been corrected at the recipient's end. Only failed mail: a queued one is
 * already going, a sent one went.
 */
export async function sendMailAgain({ db, actor, now }: OutboxDeps, id: string): Promise<void> {
  if (!canReadOutbox(actor)) throw new ForbiddenError('outbox')
  await db.transaction().execute(async (trx) => {
    const mail = await findOutboxMailForUpdate(trx, id)
    if (!mail) throw new NotFoundError('mail')
    if (mail.status !== 'failed') throw new ConflictError('ส่งอีกครั้งได้เฉพาะจดหมายที่ส่งไม่สำเร็จ', 'Only mail that failed can be sent again')
    if (mail.erase_recipient) throw new ConflictError('ที่อยู่ของผู้รับที่ปกปิดถูกลบแล้ว ส่งอีกครั้งไม่ได้', 'The withheld recipient’s address has been erased; this mail cannot be sent again')
    await requeueMail(trx, mail.id, now)
    await recordAudit(trx, {
      actor: auditActorOf(actor),
      organisationId: mail.organisation_id,
      action: 'outbox.mail_requeued',
      entityType: 'outbox_mail',
      entityId: mail.id,
      summary: { before: { status: mail.status, attempts: mail.attempts, last_error: mail.last_error }, after: { status: 'queued', attempts: 0 }, note: `${mail.to_address}: ${mail.subject}` },
      at: now,
    })
  })
}
