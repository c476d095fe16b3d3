/**
 * Rate limits that keep no IP address. A client is counted under an HMAC of its address with a
 * random key that exists only in this process's memory and is replaced every hour, so even the
 * memory holds no address beyond the request, and nothing survives a restart or can be linked
 * across hours. Used by every public intake (complaints, the webboard, comments, requests).
 */
import { createHmac, randomBytes } from 'node:crypto'
import { RateLimitedError } from '../../errors.ts'

export type Window = { max: number; windowMs: number }

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
export class RateCounter {
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
    const mine = recent(this.current.hits.get(RateCounter.tag(this.current, address)) ?? [], now, this.perClient.windowMs)
    const before = this.previous ? recent(this.previous.hits.get(RateCounter.tag(this.previous, address)) ?? [], now, this.perClient.windowMs) : []
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
    const tag = RateCounter.tag(this.current, address)
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
