/**
 * The encryption of one comment, on the platform's envelope encryption (the scheme complaints use
 * for a complainant's identity): a data key per comment seals the commenter's name and contact, and
 * is itself sealed to each person who triages the agency's comments. A comment with a follow-up
 * code also has a key pair whose private half only the code unwraps, so the agency can leave the
 * commenter something (the receipt of the complaint it was forwarded as) that only they can read.
 */
import { hkdfSync } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { decryptJson, decryptWithKey, encryptJson, encryptWithKey, generateKeyPair, openSealed, sealForRecipient } from '../../platform/crypto/envelope.ts'
import { TRIAGE_ROLES } from './comment-box.domain.ts'

const context = {
  seal: (id: string) => `comment:${id}`,
  identity: (id: string) => `comment:${id}:identity`,
  followUpKey: (id: string) => `comment:${id}:follow-up-key`,
  receipt: (id: string) => `comment:${id}:complaint-receipt`,
}

export type CommenterIdentity = { name: string; contact: string }

export const sealIdentity = (dataKey: Buffer, commentId: string, identity: CommenterIdentity): string => encryptJson(dataKey, identity, context.identity(commentId))
export const openIdentity = (dataKey: Buffer, commentId: string, sealed: string): CommenterIdentity => decryptJson<CommenterIdentity>(dataKey, sealed, context.identity(commentId))

// The code carries 80 random bits, so a fast derivation is as strong as the code (the lookup hash beside it is no weaker).
const keyOfCode = (commentId: string, compactCode: string) => Buffer.from(hkdfSync('sha256', compactCode, commentId, 'prongsai/comment-follow-up/v1', 32))

export function followUpKeys(commentId: string, compactCode: string): { publicKey: string; wrappedPrivateKey: string } {
  const pair = generateKeyPair()
  return { publicKey: pair.publicKey, wrappedPrivateKey: encryptWithKey(keyOfCode(commentId, compactCode), Buffer.from(pair.privateKey, 'base64'), context.followUpKey(commentId)) }
}

export const sealReceiptForCommenter = (commentId: string, publicKey: string, receipt: string): string => sealForRecipient(Buffer.from(receipt, 'utf8'), publicKey, context.receipt(commentId))

export function openReceiptWithCode(commentId: string, compactCode: string, wrappedPrivateKey: string, sealedReceipt: string): string {
  const privateKey = decryptWithKey(keyOfCode(commentId, compactCode), wrappedPrivateKey, context.followUpKey(commentId)).toString('base64')
  return openSealed(sealedReceipt, privateKey, context.receipt(commentId)).toString('utf8')
}

/** Active people of the agency who triage comments and have a key pair. */
async function readersOf(db: Kysely<Database>, organisationId: string): Promise<{ id: string; public_key: string }[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.public_key'])
    .distinct()
    .where('memberships.organisation_id', '=', organisationId)
    .where('memberships.role', 'in', TRIAGE_ROLES)
    .where('users.is_active', '=', true)
    .where('users.public_key', 'is not', null)
    .execute()
  return rows.flatMap((r) => (r.public_key ? [{ id: r.id, public_key: r.public_key }] : []))
}

/** Seals the data key for every reader who lacks a copy (new in the role, or their password was reset). */
export async function shareWithReaders(db: Kysely<Database>, commentId: string, organisationId: string, dataKey: Buffer): Promise<void> {
  const have = new Set((await db.selectFrom('comment_box_keys').select('user_id').where('comment_id', '=', commentId).execute()).map((r) => r.user_id))
  const rows = (await readersOf(db, organisationId)).filter((r) => !have.has(r.id)).map((r) => ({ comment_id: commentId, user_id: r.id, sealed_key: sealForRecipient(dataKey, r.public_key, context.seal(commentId)) }))
  if (rows.length) await db.insertInto('comment_box_keys').values(rows).onConflict((oc) => oc.columns(['comment_id', 'user_id']).doNothing()).execute()
}

/** The data key through the reader's own copy; null when they hold none or it no longer opens. */
export async function dataKeyForReader(db: Kysely<Database>, commentId: string, userId: string, privateKey: string | null): Promise<Buffer | null> {
  if (!privateKey) return null
  const row = await db.selectFrom('comment_box_keys').select('sealed_key').where('comment_id', '=', commentId).where('user_id', '=', userId).executeTakeFirst()
  if (!row) return null
  try {
    return openSealed(row.sealed_key, privateKey, context.seal(commentId))
  } catch {
    return null
  }
}
