import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ERASED_RECIPIENT, isHiddenRecipient, openPrivateRecipient } from './outbox.ts'
import { scrubErrorText } from '../jobs/jobs.domain.ts'
import { afterMailFailure, classifySmtpFailure, type AfterMailFailure, type SmtpFailure } from './mail-delivery.domain.ts'
import { MailSendError, type MailTransport } from './smtp-transport.ts'

type LogFn = (obj: Record<string, unknown>, msg: string) => void

export type DeliveryDeps = {
  db: Kysely<Database>
  clock: () => Date
  transport: MailTransport
  /** The From header, e.g. `Prongsai <no-reply@example.go.th>`. */
  from: string
  log: { warn: LogFn }
  signal?: AbortSignal
  random?: () => number
  /** Strings never to store or log (the SMTP password in its several encodings). */
  secrets?: string[]
  batchSize?: number
  maxPerRun?: number
  /** How long claimed mail stays out of other instances' reach while this one sends it. */
  leaseMs?: number
}

export type DeliveryReport = { sent: number; retrying: number; failed: number; released: number }

type ClaimedMail = { id: string; to_address: string; sealed_recipient: string | null; erase_recipient: boolean; subject: string; body_text: string; attempts: number; created_at: Date }

/**
 * Claims due mail with SKIP LOCKED and pushes its next attempt a lease into the future, in one
 * statement: no transaction stays open while talking to the mail server, and another instance
 * polling at the same moment takes different rows. If this instance dies mid-send, the lease
 * runs out and the mail is tried again.
 */
async function claimDueMail(db: Kysely<Database>, now: Date, limit: number, leaseMs: number): Promise<ClaimedMail[]> {
  const rows = await db
    .updateTable('outbox')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), next_attempt_at: new Date(now.getTime() + leaseMs) }))
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('outbox')
        .select('id')
        .where('status', '=', 'queued')
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .orderBy('created_at')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning(['id', 'to_address', 'sealed_recipient', 'erase_recipient', 'subject', 'body_text', 'attempts', 'created_at'])
    .execute()
  return rows.sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || a.id.localeCompare(b.id))
}

async function markSent(db: Kysely<Database>, id: string, messageId: string, now: Date): Promise<void> {
  await db.updateTable('outbox').set({ status: 'sent', sent_at: now, smtp_message_id: messageId || null }).where('id', '=', id).where('status', '=', 'queued').execute()
  await eraseRecipient(db, id)
}

async function eraseRecipient(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable('outbox').set({ to_address: ERASED_RECIPIENT, sealed_recipient: null }).where('id', '=', id).where('erase_recipient', '=', true).where('status', '<>', 'queued').execute()
}

async function markFailure(db: Kysely<Database>, id: string, next: AfterMailFailure, error: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set(next.status === 'failed' ? { status: 'failed', last_error: error } : { next_attempt_at: next.nextAttemptAt, last_error: error })
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .execute()
  if (next.status === 'failed') await eraseRecipient(db, id)
}

/** Gives back claimed mail that was not tried, without counting the attempt. */
async function release(db: Kysely<Database>, ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return
  await db
    .updateTable('outbox')
    .set((eb) => ({ attempts: eb('attempts', '-', 1), next_attempt_at: at }))
    .where('id', 'in', ids)
    .where('status', '=', 'queued')
    .execute()
}

function failureOf(err: unknown): { failure: SmtpFailure; message: string } {
  if (err instanceof MailSendError) return { failure: err.failure, message: err.message }
  return { failure: {}, message: err instanceof Error ? err.message : String(err) }
}

/**
 * Sends due mail from the outbox, one message at a time, until none is due, `maxPerRun` were
 * tried, the server proves unreachable, or the worker is stopping.
 */
export async function deliverOutbox(deps: DeliveryDeps): Promise<DeliveryReport> {
  const { db, clock, transport } = deps
  const batchSize = deps.batchSize ?? 10
  const maxPerRun = deps.maxPerRun ?? 200
  const leaseMs = deps.leaseMs ?? 10 * 60_000
  const random = deps.random ?? Math.random
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, released: 0 }
  let tried = 0
  while (tried < maxPerRun && !deps.signal?.aborted) {
    const batch = await claimDueMail(db, clock(), Math.min(batchSize, maxPerRun - tried), leaseMs)
    if (batch.length === 0) break
    for (const [i, mail] of batch.entries()) {
      if (deps.signal?.aborted) {
        const rest = batch.slice(i).map((m) => m.id)
        await release(db, rest, clock())
        report.released += rest.length
        return report
      }
      tried++
      // A private recipient is opened only here, in memory, and scrubbed from whatever the server answers.
      let to = mail.to_address
      const secrets = [...(deps.secrets ?? [])]
      if (mail.erase_recipient) {
        const opened = mail.sealed_recipient ? await openPrivateRecipient(db, mail.id, mail.sealed_recipient).catch(() => undefined) : isHiddenRecipient(mail.to_address) ? undefined : mail.to_address
        if (!opened) {
          await markFailure(db, mail.id, { status: 'failed' }, 'private recipient no longer available')
          report.failed++
          continue
        }
        to = opened
        secrets.push(opened)
      }
      try {
        const { messageId } = await transport.send({ from: deps.from, to, subject: mail.subject, text: mail.body_text })
        await markSent(db, mail.id, messageId, clock())
        report.sent++
      } catch (err) {
        const { failure, message } = failureOf(err)
        const kind = classifySmtpFailure(failure)
        const next = afterMailFailure(kind, mail.attempts, clock(), random())
        await markFailure(db, mail.id, next, scrubErrorText(message, secrets))
        if (next.status === 'failed') report.failed++
        else report.retrying++
        // The address and the server's words stay in the outbox, readable by admins; the log gets codes only.
        deps.log.warn({ mail: mail.id, attempt: mail.attempts, kind, code: failure.code, responseCode: failure.responseCode, outcome: next.status }, 'mail not sent')
        if (kind === 'unreachable') {
          // Every other mail would meet the same wall: give the rest back for the same later time.
          const rest = batch.slice(i + 1).map((m) => m.id)
          await release(db, rest, next.status === 'queued' ? next.nextAttemptAt : clock())
          report.released += rest.length
          return report
        }
      }
    }
  }
  return report
}
