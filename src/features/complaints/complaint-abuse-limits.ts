/**
 * Limits on complaint traffic that keep no IP address. The receipt's 80 random bits and the
 * ~100 ms slow derivation already make guessing hopeless; these limits stop floods.
 *
 * Submissions and wrong receipts both count per source only, never for everyone together (a
 * handful of addresses could otherwise lock every citizen out of filing or following up), and in
 * the database (`abuse_counters`, under an HMAC of the address and the window), so instances
 * behind a balancer share the count.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { COMPLAINT_RECEIPT_LIMIT, type SourceLimit } from '../../platform/auth/attempt-throttle.ts'
import { SourceLimiter } from '../../platform/abuse-limits/source-limiter.ts'

export type AbuseLimitOptions = {
  /** Complaints one client may file (there is deliberately no overall cap). */
  submissionsPerClient: SourceLimit
  /** Well-formed receipts that match nothing, per client (no overall cap either). */
  wrongReceiptsPerClient: SourceLimit
}

export const DEFAULT_ABUSE_LIMITS: AbuseLimitOptions = {
  submissionsPerClient: { max: 5, windowSeconds: 10 * 60 },
  wrongReceiptsPerClient: COMPLAINT_RECEIPT_LIMIT,
}

/** The limits of one running app: submissions, and wrong receipts (guessing). */
export class ComplaintAbuseLimits {
  private readonly submissions: SourceLimiter
  private readonly wrongReceipts: SourceLimiter

  constructor(db: Kysely<Database>, options: Partial<AbuseLimitOptions> = {}) {
    const o = { ...DEFAULT_ABUSE_LIMITS, ...options }
    this.submissions = new SourceLimiter(db, 'complaint-submission', o.submissionsPerClient)
    this.wrongReceipts = new SourceLimiter(db, 'complaint-receipt', o.wrongReceiptsPerClient)
  }

  /** Before a complaint is read: refuse a client past the submission limit (RateLimitedError). */
  checkSubmission(address: string, at: Date): Promise<void> {
    return this.submissions.check(address, at)
  }

  /** Whether files of a submission should be read at all (the upload arrives before the route runs). */
  allowsSubmission(address: string, at: Date): Promise<boolean> {
    return this.submissions.allows(address, at)
  }

  recordSubmission(address: string, at: Date): Promise<void> {
    return this.submissions.record(address, at)
  }

  /** Before a receipt is tried: refuse a client who has guessed wrong too often (RateLimitedError). */
  checkReceiptAttempt(address: string, at: Date): Promise<void> {
    return this.wrongReceipts.check(address, at)
  }

  recordWrongReceipt(address: string, at: Date): Promise<void> {
    return this.wrongReceipts.record(address, at)
  }
}
