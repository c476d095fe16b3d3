import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { Actor } from './actor.ts'
import { isRole } from './roles.ts'
import { lentMemberships } from './lent-roles.ts'
import { todayInBangkok } from '../thai-calendar/bangkok-time.ts'
import { hashToken, newSecretToken } from './tokens.ts'
import { openFromSession, sealForSession } from './user-keys.ts'

export type SessionState = {
  actor: Actor
  secondFactorDone: boolean
  tokenHash: string
  /** The person's private key for this request only (see user-keys.ts); null if the session holds none. */
  privateKey: string | null
}

export async function createSession(
  db: Kysely<Database>,
  input: { userId: string; now: Date; ttlHours: number; secondFactorDone: boolean; privateKey?: string | null },
): Promise<string> {
  const token = newSecretToken()
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      user_id: input.userId,
      second_factor_done: input.secondFactorDone,
      sealed_private_key: input.privateKey ? sealForSession(token, input.privateKey) : null,
      created_at: input.now,
      last_seen_at: input.now,
      expires_at: new Date(input.now.getTime() + input.ttlHours * 3600_000),
    })
    .execute()
  return token
}

/**
 * The person and their roles. Given `now`, roles lent by delegation orders in force on that Bangkok
 * day are added, marked with the order (see lent-roles.ts), so every role check honours them.
 */
export async function loadActor(db: Kysely<Database>, userId: string, now?: Date): Promise<Actor | null> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'email', 'is_platform_admin', 'is_active'])
    .where('id', '=', userId)
    .executeTakeFirst()
  if (!user || !user.is_active) return null
  const rows = await db
    .selectFrom('memberships')
    .select(['organisation_id', 'role'])
    .where('user_id', '=', userId)
    .execute()
  const memberships = rows.flatMap((m) => (isRole(m.role) ? [{ organisationId: m.organisation_id, role: m.role }] : []))
  if (now) {
    const day = todayInBangkok(now)
    const orders = await db
      .selectFrom('delegation_orders')
      .select(['id', 'organisation_id as organisationId', 'kind', 'order_no as orderNo', 'from_name as fromName', 'from_position_th as fromPositionTh', 'from_position_en as fromPositionEn', 'grants_role as grantsRole', 'starts_on as startsOn', 'ends_on as endsOn', 'status'])
      .where('to_user_id', '=', userId)
      .where('status', '=', 'in_force')
      .where('grants_role', 'is not', null)
      .where('starts_on', '<=', day)
      .where('ends_on', '>=', day)
      // An acting appointment first: it holds the office, a delegation only some of its powers.
      .orderBy('kind')
      .orderBy('starts_on')
      .execute()
    memberships.push(...lentMemberships(memberships, orders, day))
  }
  return {
    userId: user.id,
    displayName: user.display_name,
    email: user.email,
    isPlatformAdmin: user.is_platform_admin,
    memberships,
  }
}

export async function findSession(db: Kysely<Database>, token: string, now: Date): Promise<SessionState | null> {
  const tokenHash = hashToken(token)
  const row = await db
    .selectFrom('sessions')
    .select(['user_id', 'second_factor_done', 'expires_at', 'last_seen_at', 'sealed_private_key'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst()
  if (!row || row.expires_at <= now) return null
  const actor = await loadActor(db, row.user_id, now)
  if (!actor) return null
  // Touch at most once a minute: a write per request would serialise PGlite for nothing.
  if (now.getTime() - row.last_seen_at.getTime() > 60_000) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute()
  }
  return { actor, secondFactorDone: row.second_factor_done, tokenHash, privateKey: openFromSession(token, row.sealed_private_key) }
}

export async function markSecondFactorDone(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.updateTable('sessions').set({ second_factor_done: true }).where('token_hash', '=', tokenHash).execute()
}

export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute()
}

export async function deleteSessionsOfUser(db: Kysely<Database>, userId: string, exceptTokenHash?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId)
  if (exceptTokenHash) q = q.where('token_hash', '<>', exceptTokenHash)
  await q.execute()
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: Date): Promise<number> {
  const r = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst()
  return Number(r.numDeletedRows)
}
