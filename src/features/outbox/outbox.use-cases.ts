import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError } from '../../errors.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { canReadOutbox } from '../../platform/auth/policy.ts'
import { findOutboxMail, listOutboxMail, type OutboxListItem, type OutboxMail } from './outbox.repository.ts'

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
