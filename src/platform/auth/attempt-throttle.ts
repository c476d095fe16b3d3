import { createHash, createHmac } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { RateLimitedError } from '../../errors.ts'
import { sharedSecret } from '../crypto/app-secrets.ts'

/**
 * Counts failed attempts under a key (an account and a source, a second-factor account, a
 * source of receipts) in the database, so every instance sees the same count. After a few free
 * failures each further one makes the key wait longer (doubling, capped): guessing slows to a
 * crawl while a person who mistypes is barely delayed, and since keys include the source, a
 * stranger elsewhere cannot lock an officer out.
 */
export type ThrottlePolicy = { freeFailures: number; firstDelaySeconds: number; maxDelaySeconds: number; windowSeconds: number }

export const SIGN_IN_THROTTLE: ThrottlePolicy = { freeFailures: 4, firstDelaySeconds: 30, maxDelaySeconds: 15 * 60, windowSeconds: 24 * 3600 }
export const SECOND_FACTOR_THROTTLE: ThrottlePolicy = { freeFailures: 4, firstDelaySeconds: 30, maxDelaySeconds: 15 * 60, windowSeconds: 24 * 3600 }

/** Pure: how long a key waits after its n-th failure. */
export function delayAfterFailures(failures: number, p: ThrottlePolicy): number {
  if (failures <= p.freeFailures) return 0
  return Math.min(p.maxDelaySeconds, p.firstDelaySeconds * 2 ** (failures - p.freeFailures - 1))
}

/** A key that stores no address or e-mail in clear. */
export function throttleKey(kind: string, ...parts: string[]): string {
  return `${kind}:${createHash('sha256').update(parts.join('\u0000')).digest('base64url')}`
}

/** Seconds the key must still wait (0 when it may try). */
export async function secondsBlocked(db: Kysely<Database>, key: string, now: Date): Promise<number> {
  const row = await db.selectFrom('abuse_counters').select('blocked_until').where('key', '=', key).executeTakeFirst()
  if (!row?.blocked_until || row.blocked_until <= now) return 0
  return Math.ceil((row.blocked_until.getTime() - now.getTime()) / 1000)
}

/** Counts one failure (atomically across instances) and returns how long the key now waits. */
export async function recordFailure(db: Kysely<Database>, key: string, now: Date, p: ThrottlePolicy): Promise<number> {
  const windowStart = new Date(now.getTime() - p.windowSeconds * 1000)
  const row = await db
    .insertInto('abuse_counters')
    .values({ key, failures: 1, window_started_at: now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`CASE WHEN abuse_counters.window_started_at < ${windowStart} THEN 1 ELSE abuse_counters.failures + 1 END`,
        window_started_at: sql<Date>`CASE WHEN abuse_counters.window_started_at < ${windowStart} THEN ${now} ELSE abuse_counters.window_started_at END`,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow()
  const delay = delayAfterFailures(row.failures, p)
  if (delay > 0) await db.updateTable('abuse_counters').set({ blocked_until: new Date(now.getTime() + delay * 1000) }).where('key', '=', key).execute()
  return delay
}

export async function clearFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('abuse_counters').where('key', '=', key).execute()
}

/** Nightly: counters whose window and block have both run out. */
export async function deleteStaleCounters(db: Kysely<Database>, now: Date, olderThanSeconds = 24 * 3600): Promise<number> {
  const cutoff = new Date(now.getTime() - olderThanSeconds * 1000)
  const r = await db
    .deleteFrom('abuse_counters')
    .where('window_started_at', '<', cutoff)
    .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<', now)]))
    .executeTakeFirst()
  return Number(r.numDeletedRows)
}

/**
 * A limit on how often one source may do something (try a receipt, ask for a reset link): at most
 * `max` in each fixed window of `windowSeconds`. Counted in `abuse_counters`, so every instance
 * shares it, and only ever per source: there is no overall count that a few addresses could use
 * up for everyone else.
 */
export type SourceLimit = { max: number; windowSeconds: number }

export const COMPLAINT_RECEIPT_LIMIT: SourceLimit = { max: 10, windowSeconds: 15 * 60 }
/** Second-factor codes and enrolment codes per source (the account has its own throttle too). */
export const TWO_FACTOR_SOURCE_LIMIT: SourceLimit = { max: 20, windowSeconds: 15 * 60 }
/** Reset links asked for, reset and invitation forms sent, per source. */
export const RECOVERY_SOURCE_LIMIT: SourceLimit = { max: 10, windowSeconds: 15 * 60 }

/**
 * The key of a source in one window: an HMAC (key shared by the instances) of the address and the
 * window's number. No address is stored, and the rows of one address in two windows cannot be
 * linked without the key; the nightly clean-up removes them after a day.
 */
export function sourceWindowKey(secret: Buffer, kind: string, source: string, now: Date, limit: SourceLimit): { key: string; windowStart: Date; windowEnd: Date } {
  const ms = limit.windowSeconds * 1000
  const index = Math.floor(now.getTime() / ms)
  const tag = createHmac('sha256', secret).update(`${kind}\u0000${source}\u0000${index}`).digest('base64url').slice(0, 32)
  return { key: `${kind}:${tag}`, windowStart: new Date(index * ms), windowEnd: new Date((index + 1) * ms) }
}

// The secret never changes once made, so each process reads it once per database.
const secrets = new WeakMap<Kysely<Database>, Promise<Buffer>>()
function limitSecret(db: Kysely<Database>): Promise<Buffer> {
  let s = secrets.get(db)
  if (!s) {
    s = sharedSecret(db, 'abuse-source-key')
    secrets.set(db, s)
    s.catch(() => secrets.delete(db))
  }
  return s
}

/** Throws RateLimitedError when the source has used up this window (does not count). */
export async function checkSourceLimit(db: Kysely<Database>, kind: string, source: string, now: Date, limit: SourceLimit): Promise<void> {
  const w = sourceWindowKey(await limitSecret(db), kind, source, now, limit)
  const row = await db.selectFrom('abuse_counters').select('failures').where('key', '=', w.key).executeTakeFirst()
  if (row && row.failures >= limit.max) throw new RateLimitedError(Math.max(1, Math.ceil((w.windowEnd.getTime() - now.getTime()) / 1000)))
}

/** Counts one use (atomically across instances); returns the count so far in this window. */
export async function countSourceUse(db: Kysely<Database>, kind: string, source: string, now: Date, limit: SourceLimit): Promise<number> {
  const w = sourceWindowKey(await limitSecret(db), kind, source, now, limit)
  const row = await db
    .insertInto('abuse_counters')
    .values({ key: w.key, failures: 1, window_started_at: w.windowStart })
    .onConflict((oc) => oc.column('key').doUpdateSet({ failures: sql<number>`abuse_counters.failures + 1` }))
    .returning('failures')
    .executeTakeFirstOrThrow()
  return row.failures
}

/** Counts one use and refuses it when it is past the limit: for routes where every request counts. */
export async function takeSourceLimit(db: Kysely<Database>, kind: string, source: string, now: Date, limit: SourceLimit): Promise<void> {
  const n = await countSourceUse(db, kind, source, now, limit)
  if (n > limit.max) {
    const w = sourceWindowKey(await limitSecret(db), kind, source, now, limit)
    throw new RateLimitedError(Math.max(1, Math.ceil((w.windowEnd.getTime() - now.getTime()) / 1000)))
  }
}
