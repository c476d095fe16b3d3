import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * A reference to an upload already stored, carried in a hidden field when a form comes back
 * with errors, so the person does not have to choose the file again. Signed with the shared
 * application secret and bound to the person who uploaded it and to an expiry, so a reference
 * cannot be forged, guessed, or reused by someone else.
 *
 * Shape: `<file uuid>.<expiry, unix seconds>.<HMAC-SHA256, base64url>`.
 */
const SHAPE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([0-9]{1,12})\.([A-Za-z0-9_-]{43})$/

export const UPLOAD_REFERENCE_TTL_MS = 24 * 60 * 60 * 1000

function mac(secret: Buffer, fileId: string, holderId: string, expires: number): Buffer {
  return createHmac('sha256', secret).update(`prongsai/upload-reference/v1\n${fileId}\n${holderId}\n${expires}`).digest()
}

export function signUploadReference(secret: Buffer, fileId: string, holderId: string, now: Date): string {
  const expires = Math.floor((now.getTime() + UPLOAD_REFERENCE_TTL_MS) / 1000)
  return `${fileId}.${expires}.${mac(secret, fileId, holderId, expires).toString('base64url')}`
}

/** The file id when the reference is genuine, was given to `holderId` and has not expired; otherwise null. */
export function verifyUploadReference(secret: Buffer, reference: string, holderId: string, now: Date): string | null {
  const m = SHAPE.exec(reference.trim())
  if (!m) return null
  const [, fileId, expiresText, given] = m as unknown as [string, string, string, string]
  const expires = Number(expiresText)
  if (expires * 1000 < now.getTime()) return null
  const expected = mac(secret, fileId, holderId, expires)
  const actual = Buffer.from(given, 'base64url')
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? fileId : null
}
