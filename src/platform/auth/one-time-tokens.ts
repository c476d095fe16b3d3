import type { Kysely, Transaction } from 'kysely'
import type { Database, OneTimeTokensTable } from '../../db/tables.ts'
import { hashToken, newSecretToken } from './tokens.ts'

type Db = Kysely<Database> | Transaction<Database>
export type TokenPurpose = OneTimeTokensTable['purpose']

export const TOKEN_LIFETIME_HOURS: Record<TokenPurpose, number> = {
  password_reset: 1,
  invitation: 24 * 7,
}

/** Issues a single-use link secret; only its hash is kept. Returns the secret for the e-mail. */
export async function issueOneTimeToken(
  db: Db,
  input: { purpose: TokenPurpose; email: string; userId?: string | null; organisationId?: string | null; role?: string | null; createdBy?: string | null; now: Date },
): Promise<string> {
  const token = newSecretToken()
  await db
    .insertInto('one_time_tokens')
    .values({
      token_hash: hashToken(token),
      purpose: input.purpose,
      email: input.email,
      user_id: input.userId ?? null,
      organisation_id: input.organisationId ?? null,
      role: input.role ?? null,
      created_by: input.createdBy ?? null,
      created_at: input.now,
      expires_at: new Date(input.now.getTime() + TOKEN_LIFETIME_HOURS[input.purpose] * 3600_000),
    })
    .execute()
  return token
}

export type OneTimeToken = { tokenHash: string; email: string; userId: string | null; organisationId: string | null; role: string | null }

/** A token that exists, has this purpose, has not expired and was never used. */
export async function findUsableToken(db: Db, purpose: TokenPurpose, token: string, now: Date): Promise<OneTimeToken | null> {
  const row = await db
    .selectFrom('one_time_tokens')
    .select(['token_hash', 'email', 'user_id', 'organisation_id', 'role', 'expires_at', 'used_at'])
    .where('token_hash', '=', hashToken(token))
    .where('purpose', '=', purpose)
    .executeTakeFirst()
  if (!row || row.used_at || row.expires_at <= now) return null
  return { tokenHash: row.token_hash, email: row.email, userId: row.user_id, organisationId: row.organisation_id, role: row.role }
}

/** Marks the token used; false when another request used it first (single use even under a race). */
export async function consumeToken(db: Db, tokenHash: string, now: Date): Promise<boolean> {
  const r = await db.updateTable('one_time_tokens').set({ used_at: now }).where('token_hash', '=', tokenHash).where('used_at', 'is', null).executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/**
 * Nightly clean-up: links used, or expired unused, before `cutoff`. Only hashes are kept, so
 * they are worthless once spent; the audit trail remembers what they were for.
 */
export async function deleteSpentTokens(db: Db, cutoff: Date): Promise<number> {
  const r = await db
    .deleteFrom('one_time_tokens')
    .where((w) => w.or([w('used_at', '<', cutoff), w.and([w('used_at', 'is', null), w('expires_at', '<', cutoff)])]))
    .executeTakeFirst()
  return Number(r.numDeletedRows)
}
