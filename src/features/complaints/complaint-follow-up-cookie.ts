/**
 * The complainant's follow-up "session": after the receipt has opened a case, a cookie carries
 * the case and its data key for half an hour, encrypted under a secret of this deployment.
 * Nothing about it is kept in the database, so there is no list of who is following what;
 * leaving (or waiting) ends it, and the receipt is the only way back.
 */
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { sharedSecret } from '../../platform/crypto/app-secrets.ts'
import { decryptJson, encryptJson } from '../../platform/crypto/envelope.ts'

export const FOLLOW_UP_COOKIE = 'prongsai_complaint'
export const FOLLOW_UP_PATH = '/complaints'
export const FOLLOW_UP_MINUTES = 30
const CONTEXT = 'complaint-follow-up-cookie'

export type FollowUp = { complaintId: string; key: Buffer }
type Sealed = { complaintId: string; key: string; exp: number }

const secrets = new WeakMap<Kysely<Database>, Promise<Buffer>>()

function secretOf(db: Kysely<Database>): Promise<Buffer> {
  let s = secrets.get(db)
  if (!s) {
    s = sharedSecret(db, 'complaint-follow-up').catch((e: unknown) => {
      secrets.delete(db)
      throw e
    })
    secrets.set(db, s)
  }
  return s
}

function cookieOptions(secure: boolean, maxAge: number) {
  return { path: FOLLOW_UP_PATH, httpOnly: true, sameSite: 'strict' as const, secure, maxAge }
}

/** Starts (or renews) following a case for the next half hour. */
export async function setFollowUp(db: Kysely<Database>, reply: FastifyReply, f: FollowUp, now: Date, secure: boolean): Promise<void> {
  const sealed: Sealed = { complaintId: f.complaintId, key: f.key.toString('base64'), exp: now.getTime() + FOLLOW_UP_MINUTES * 60_000 }
  reply.setCookie(FOLLOW_UP_COOKIE, encryptJson(await secretOf(db), sealed, CONTEXT), cookieOptions(secure, FOLLOW_UP_MINUTES * 60))
}

/** The case this browser follows, or null when there is none, it expired, or the cookie was tampered with. */
export async function readFollowUp(db: Kysely<Database>, req: FastifyRequest, now: Date): Promise<FollowUp | null> {
  const raw = req.cookies[FOLLOW_UP_COOKIE]
  if (!raw) return null
  try {
    const v = decryptJson<Sealed>(await secretOf(db), raw, CONTEXT)
    if (typeof v.complaintId !== 'string' || typeof v.key !== 'string' || typeof v.exp !== 'number' || v.exp <= now.getTime()) return null
    const key = Buffer.from(v.key, 'base64')
    return key.length === 32 ? { complaintId: v.complaintId, key } : null
  } catch {
    return null
  }
}

export function clearFollowUp(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(FOLLOW_UP_COOKIE, cookieOptions(secure, 0))
}
