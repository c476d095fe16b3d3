/**
 * Limits on complaint traffic that keep no IP address. The receipt's 80 random bits and the
 * ~100 ms slow derivation already make guessing hopeless; these limits stop floods.
 *
 * Wrong receipts count per source only, never for everyone together (a handful of addresses
 * could otherwise lock every citizen out of follow-up), and in the database (`abuse_counters`,
 * under an HMAC of the address and the window), so instances behind a balancer share the count.
 * Submissions are still counted in this process's memory under an hourly key.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { COMPLAINT_RECEIPT_LIMIT, checkSourceLimit, countSourceUse, type SourceLimit } from '../../platform/auth/attempt-throttle.ts'
import { RateCounter, type Window } from '../../platform/abuse-limits/rate-counter.ts'

export type { Window }

export type AbuseLimitOptions = {
  /** Complaints one client may file. */
  submissionsPerClient: Window
  /** Complaints everyone together may file: a cap on a flood from many addresses. */
  submissionsOverall: Window
  /** Well-formed receipts that match nothing, per client (there is deliberately no overall cap). */
  wrongReceiptsPerClient: SourceLimit
  /** How often the key that hides addresses is replaced; longer than every window. */
  keyLifetimeMs: number
}

const MINUTE = 60_000

export const DEFAULT_ABUSE_LIMITS: AbuseLimitOptions = {
  submissionsPerClient: { max: 5, windowMs: 10 * MINUTE },
  submissionsOverall: { max: 300, windowMs: 10 * MINUTE },
  wrongReceiptsPerClient: COMPLAINT_RECEIPT_LIMIT,
  keyLifetimeMs: 60 * MINUTE,
}

/** The limits of one running app: submissions, and wrong receipts (guessing). */
export class ComplaintAbuseLimits {
  private readonly submissions: RateCounter
  private readonly wrongReceipts: SourceLimit

  constructor(
    private readonly db: Kysely<Database>,
    options: Partial<AbuseLimitOptions> = {},
    now: () => number = Date.now,
  ) {
    const o = { ...DEFAULT_ABUSE_LIMITS, ...options }
    this.submissions = new RateCounter(o.submissionsPerClient, o.submissionsOverall, o.keyLifetimeMs, now())
    this.wrongReceipts = o.wrongReceiptsPerClient
  }

  /** Before a complaint is read: refuse a client (or everyone) past the submission limit. */
  checkSubmission(address: string, at: Date): void {
    this.submissions.check(address, at.getTime())
  }

  /** Whether files of a submission should be read at all (the upload arrives before the route runs). */
  allowsSubmission(address: string, at: Date): boolean {
    try {
      this.checkSubmission(address, at)
      return true
    } catch {
      return false
    }
  }

  recordSubmission(address: string, at: Date): void {
    this.submissions.record(address, at.getTime())
  }

  /** Before a receipt is tried: refuse a client who has guessed wrong too often (RateLimitedError). */
  async checkReceiptAttempt(address: string, at: Date): Promise<void> {
    await checkSourceLimit(this.db, 'complaint-receipt', address, at, this.wrongReceipts)
  }

  async recordWrongReceipt(address: string, at: Date): Promise<void> {
    await countSourceUse(this.db, 'complaint-receipt', address, at, this.wrongReceipts)
  }
}
