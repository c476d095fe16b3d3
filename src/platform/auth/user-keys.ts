import { hkdfSync } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { decryptWithKey, encryptWithKey, generateKeyPair } from '../crypto/envelope.ts'
import { keyFromPassword, newSalt, unwrapPrivateKey, wrapPrivateKey } from '../crypto/key-wrapping.ts'

/**
 * Each person's key pair for reading what is sealed to them (a complainant's identity). The
 * private key exists in the clear only in memory while a request runs: at rest it is wrapped
 * with a key from the person's password, and during a session it is encrypted under a key
 * derived from the session token, which only the browser's cookie holds.
 */
export type StoredUserKeys = { public_key: string; wrapped_private_key: string; key_salt: string }

export async function newUserKeys(userId: string, password: string): Promise<StoredUserKeys & { privateKey: string }> {
  const pair = generateKeyPair()
  const salt = newSalt()
  const wrapped = wrapPrivateKey(pair.privateKey, await keyFromPassword(password, salt), userId)
  return { public_key: pair.publicKey, wrapped_private_key: wrapped, key_salt: salt, privateKey: pair.privateKey }
}

/**
 * The person's private key, made (and stored) on first use if they have none yet.
 * Call only after the password has been verified.
 */
export async function unlockOrCreateUserKeys(db: Kysely<Database>, userId: string, password: string): Promise<string> {
  const row = await db.selectFrom('users').select(['public_key', 'wrapped_private_key', 'key_salt']).where('id', '=', userId).executeTakeFirst()
  if (row?.wrapped_private_key && row.key_salt && row.public_key) {
    return unwrapPrivateKey(row.wrapped_private_key, await keyFromPassword(password, row.key_salt), userId)
  }
  const keys = await newUserKeys(userId, password)
  await db
    .updateTable('users')
    .set({ public_key: keys.public_key, wrapped_private_key: keys.wrapped_private_key, key_salt: keys.key_salt })
    .where('id', '=', userId)
    .where('wrapped_private_key', 'is', null)
    .execute()
  return keys.privateKey
}

/** A changed password re-wraps the same key: nothing sealed to the person is lost. */
export async function rewrapUserKey(db: Kysely<Database>, userId: string, currentPassword: string, newPassword: string): Promise<void> {
  const row = await db.selectFrom('users').select(['wrapped_private_key', 'key_salt']).where('id', '=', userId).executeTakeFirst()
  if (!row?.wrapped_private_key || !row.key_salt) return
  const privateKey = unwrapPrivateKey(row.wrapped_private_key, await keyFromPassword(currentPassword, row.key_salt), userId)
  const salt = newSalt()
  await db
    .updateTable('users')
    .set({ wrapped_private_key: wrapPrivateKey(privateKey, await keyFromPassword(newPassword, salt), userId), key_salt: salt })
    .where('id', '=', userId)
    .execute()
}

/**
 * A reset password cannot unwrap the old key (that is the point), so the person gets a new pair
 * and loses their sealed copies; a colleague who can still read a complaint shares it again.
 */
export async function replaceUserKeys(db: Kysely<Database>, userId: string, newPassword: string): Promise<void> {
  const keys = await newUserKeys(userId, newPassword)
  await db.updateTable('users').set({ public_key: keys.public_key, wrapped_private_key: keys.wrapped_private_key, key_salt: keys.key_salt }).where('id', '=', userId).execute()
  await db.deleteFrom('complaint_keys').where('user_id', '=', userId).execute()
}

function sessionKey(sessionToken: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(sessionToken), Buffer.alloc(0), Buffer.from('prongsai/session-private-key/v1'), 32))
}

export function sealForSession(sessionToken: string, privateKey: string): string {
  return encryptWithKey(sessionKey(sessionToken), Buffer.from(privateKey, 'base64'), 'session-private-key')
}

/** null when the session holds no key or the token does not open it. */
export function openFromSession(sessionToken: string, sealed: string | null): string | null {
  if (!sealed) return null
  try {
    return decryptWithKey(sessionKey(sessionToken), sealed, 'session-private-key').toString('base64')
  } catch {
    return null
  }
}
