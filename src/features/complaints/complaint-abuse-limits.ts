/**
 * Limits on complaint traffic that keep no IP address. A client is counted under an HMAC of
 * its address with a random key that exists only in this process's memory and is replaced
 * every hour, so even the memory holds no address beyond the request, and nothing here
 * survives a restart or can be linked across hours. The receipt's 80 random bits and the
 * ~100 ms slow derivation already make guessing hopeless; these limits stop floods.
 */
import { RateCounter, type Window } from '../../platform/abuse-limits/rate-counter.ts'

export type { Window }

export type AbuseLimitOptions = {
  /** Complaints one client may file. */
  submissionsPerClient: Window
  /** Complaints everyone together may file: a cap on a flood from many addresses. */
  submissionsOverall: Window
  /** Well-formed receipts that match nothing, per client. */
  wrongReceiptsPerClient: Window
  wrongReceiptsOverall: Window
  /** How often the key that hides addresses is replaced; longer than every window. */
  keyLifetimeMs: number
}

const MINUTE = 60_000

export const DEFAULT_ABUSE_LIMITS: AbuseLimitOptions = {
  submissionsPerClient: { max: 5, windowMs: 10 * MINUTE },
  submissionsOverall: { max: 300, windowMs: 10 * MINUTE },
  wrongReceiptsPerClient: { max: 10, windowMs: 15 * MINUTE },
  wrongReceiptsOverall: { max: 60, windowMs: MINUTE },
  keyLifetimeMs: 60 * MINUTE,
}

/** The limits of one running app: submissions, and wrong receipts (guessing). */
export class ComplaintAbuseLimits {
  private readonly submissions: RateCounter
  private readonly wrongReceipts: RateCounter

  constructor(options: Partial<AbuseLimitOptions> = {}, now: () => number = Date.now) {
    const o = { ...DEFAULT_ABUSE_LIMITS, ...options }
    const start = now()
    this.submissions = new RateCounter(o.submissionsPerClient, o.submissionsOverall, o.keyLifetimeMs, start)
    this.wrongReceipts = new RateCounter(o.wrongReceiptsPerClient, o.wrongReceiptsOverall, o.keyLifetimeMs, start)
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

  /** Before a receipt is tried: refuse a client (or everyone) who has guessed wrong too often. */
  checkReceiptAttempt(address: string, at: Date): void {
    this.wrongReceipts.check(address, at.getTime())
  }

  recordWrongReceipt(address: string, at: Date): void {
    this.wrongReceipts.record(address, at.getTime())
  }
}
