/**
 * Limits on complaint traffic that keep no IP address. A client is counted under an HMAC of
 * its address with a random key that exists only in this process's memory and is replaced
 * every hour, so even the memory holds no address beyond the request, and nothing here
 * survives a restart or can be linked across hours. The receipt's 80 random bits and the
 * ~100 ms slow derivation already make guessing hopeless; these limits stop floods.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { RateLimitedError } from '../../errors.ts'

export type Window = { max: number; windowMs: number }

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

type Generation = { key: Buffer; startedAt: number; hits: Map<string, number[]> }

/** Moments within the last window; older ones are dropped as a side effect. */
function recent(times: number[], now: number, windowMs: number): number[] {
  const from = now - windowMs
  let i = 0
  while (i < times.length && times[i]! <= from) i++
  if (i > 0) times.splice(0, i)
  return times
}

/** Seconds until the oldest counted moment leaves the window. */
function retryAfter(times: readonly number[], now: number, windowMs: number): number {
  const oldest = times[0] ?? now
  return Math.max(1, Math.ceil((oldest + windowMs - now) / 1000))
}

/** One kind of limited action: per client (under the hourly key) and overall. */
class Counter {
  private current: Generation
  private previous: Generation | null = null
  private readonly overall: number[] = []

  constructor(
    private readonly perClient: Window,
    private readonly everyone: Window,
    private readonly keyLifetimeMs: number,
    now: number,
  ) {
    this.current = { key: randomBytes(32), startedAt: now, hits: new Map() }
  }

  private rotate(now: number): void {
    if (now - this.current.startedAt < this.keyLifetimeMs) return
    // The previous hour's counts are kept one more hour under their own key, so a rotation
    // does not wipe a client's slate; anything older is gone, key and all.
    this.previous = now - this.current.startedAt < 2 * this.keyLifetimeMs ? this.current : null
    this.current = { key: randomBytes(32), startedAt: now, hits: new Map() }
  }

  private static tag(g: Generation, address: string): string {
    return createHmac('sha256', g.key).update(address).digest('base64url').slice(0, 22)
  }

  /** This client's counted moments, oldest first, under this hour's key and the last one's. */
  private clientTimes(address: string, now: number): number[] {
    const mine = recent(this.current.hits.get(Counter.tag(this.current, address)) ?? [], now, this.perClient.windowMs)
    const before = this.previous ? recent(this.previous.hits.get(Counter.tag(this.previous, address)) ?? [], now, this.perClient.windowMs) : []
    return [...before, ...mine]
  }

  /** Throws RateLimitedError if one more would pass a limit. */
  check(address: string, now: number): void {
    this.rotate(now)
    const all = this.clientTimes(address, now)
    if (all.length >= this.perClient.max) throw new RateLimitedError(retryAfter(all, now, this.perClient.windowMs))
    const overall = recent(this.overall, now, this.everyone.windowMs)
    if (overall.length >= this.everyone.max) throw new RateLimitedError(retryAfter(overall, now, this.everyone.windowMs))
  }

  record(address: string, now: number): void {
    this.rotate(now)
    const tag = Counter.tag(this.current, address)
    const mine = recent(this.current.hits.get(tag) ?? [], now, this.perClient.windowMs)
    mine.push(now)
    this.current.hits.set(tag, mine)
    recent(this.overall, now, this.everyone.windowMs).push(now)
    if (this.current.hits.size > 10_000) this.sweep(now)
  }

  /** Drops clients with nothing left in the window, so memory follows current traffic. */
  private sweep(now: number): void {
    for (const [tag, times] of this.current.hits) if (recent(times, now, this.perClient.windowMs).length === 0) this.current.hits.delete(tag)
  }
}

/** The limits of one running app: submissions, and wrong receipts (guessing). */
export class ComplaintAbuseLimits {
  private readonly submissions: Counter
  private readonly wrongReceipts: Counter

  constructor(options: Partial<AbuseLimitOptions> = {}, now: () => number = Date.now) {
    const o = { ...DEFAULT_ABUSE_LIMITS, ...options }
    const start = now()
    this.submissions = new Counter(o.submissionsPerClient, o.submissionsOverall, o.keyLifetimeMs, start)
    this.wrongReceipts = new Counter(o.wrongReceiptsPerClient, o.wrongReceiptsOverall, o.keyLifetimeMs, start)
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
