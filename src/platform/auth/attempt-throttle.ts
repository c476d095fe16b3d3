import { createHash } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'

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
