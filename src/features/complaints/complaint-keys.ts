/**
 * The encryption of one complaint: its data key, the copies sealed to readers, and what the key
 * encrypts. Every ciphertext is bound to the complaint (and item) it belongs to, so nothing can be
 * moved from one case to another.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { sharedSecret } from '../../platform/crypto/app-secrets.ts'
import { decryptBytes, decryptJson, decryptWithKey, encryptBytes, encryptJson, encryptWithKey, openSealed, sealForRecipient } from '../../platform/crypto/envelope.ts'
import { receiptSecrets } from '../../platform/crypto/key-wrapping.ts'
import type { ComplainantIdentity } from './complaint-form.input.ts'
import { HANDLER_ROLE } from './complaint-access.domain.ts'
import type { Intake } from './complaint-workflow.domain.ts'
import * as repo from './complaints.repository.ts'

export const ctx = {
  seal: (id: string) => `complaint:${id}`,
  identity: (id: string) => `complaint:${id}:identity`,
  complainant: (id: string) => `complaint:${id}:complainant`,
  message: (id: string, messageId: string) => `complaint:${id}:message:${messageId}`,
  attachmentMeta: (id: string, attId: string) => `complaint:${id}:attachment-meta:${attId}`,
  attachment: (id: string, attId: string) => `complaint:${id}:attachment:${attId}`,
}

export async function secretsOfReceipt(db: Kysely<Database>, compactReceipt: string) {
  return receiptSecrets(compactReceipt, await sharedSecret(db, 'complaint-receipt-salt'))
}

export function sealIdentity(dataKey: Buffer, complaintId: string, identity: ComplainantIdentity): string {
  return encryptJson(dataKey, identity, ctx.identity(complaintId))
}

export function openIdentity(dataKey: Buffer, complaintId: string, sealed: string): ComplainantIdentity {
  return decryptJson<ComplainantIdentity>(dataKey, sealed, ctx.identity(complaintId))
}

export function sealForComplainant(dataKey: Buffer, complaintId: string, receiptKey: Buffer): string {
  return encryptWithKey(receiptKey, dataKey, ctx.complainant(complaintId))
}

export function openForComplainant(sealed: string, complaintId: string, receiptKey: Buffer): Buffer {
  return decryptWithKey(receiptKey, sealed, ctx.complainant(complaintId))
}

/** The data key through the reader's own sealed copy; null when they hold none (or it no longer opens). */
export async function dataKeyForReader(db: Kysely<Database>, complaintId: string, userId: string, privateKey: string | null): Promise<Buffer | null> {
  if (!privateKey) return null
  const sealed = await repo.sealedKeyFor(db, complaintId, userId)
  if (!sealed) return null
  try {
    return openSealed(sealed, privateKey, ctx.seal(complaintId))
  } catch {
    return null
  }
}

/**
 * Gives a sealed copy to every current handler of the case who lacks one (one whose password
 * was reset), except the people it is about and anyone approved into the role after the case was
 * filed (no admin can make themselves an officer and collect old identities). Returns who got one.
 */
export async function shareWithHandlers(db: Kysely<Database>, c: { id: string; organisation_id: string; intake: string }, dataKey: Buffer): Promise<string[]> {
  const role = HANDLER_ROLE[c.intake as Intake]
  const handlers = await repo.keyHoldersWithRole(db, c.organisation_id, role)
  const have = new Set(await repo.keyHolderIds(db, c.id))
  const subjects = new Set(await repo.subjectsOf(db, c.id))
  // Someone approved into the role after the case was filed gets its key only by a colleague's explicit transfer.
  const approvedLater = new Set(await repo.approvedIntoRoleAfterFiling(db, c.id, c.organisation_id, role))
  const rows = handlers.filter((h) => !have.has(h.id) && !subjects.has(h.id) && !approvedLater.has(h.id)).map((h) => ({ complaint_id: c.id, user_id: h.id, sealed_key: sealForRecipient(dataKey, h.public_key, ctx.seal(c.id)) }))
  await repo.insertSealedKeys(db, rows)
  return rows.map((r) => r.user_id)
}

export async function shareWithUser(db: Kysely<Database>, complaintId: string, dataKey: Buffer, userId: string): Promise<boolean> {
  const u = await db.selectFrom('users').select('public_key').where('id', '=', userId).executeTakeFirst()
  if (!u?.public_key) return false
  await repo.insertSealedKeys(db, [{ complaint_id: complaintId, user_id: userId, sealed_key: sealForRecipient(dataKey, u.public_key, ctx.seal(complaintId)) }])
  return true
}

export type EvidenceFile = { name: string; mime: string; bytes: Buffer }

export async function storeAttachments(db: Kysely<Database>, complaintId: string, messageId: string | null, dataKey: Buffer, files: readonly EvidenceFile[], now: Date): Promise<void> {
  for (const f of files) {
    const id = crypto.randomUUID()
    await db
      .insertInto('complaint_attachments')
      .values({
        id,
        complaint_id: complaintId,
        message_id: messageId,
        sealed_meta: encryptJson(dataKey, { name: f.name, mime: f.mime }, ctx.attachmentMeta(complaintId, id)),
        content: encryptBytes(dataKey, f.bytes, ctx.attachment(complaintId, id)),
        size: f.bytes.length,
        created_at: now,
      })
      .execute()
  }
}

export type AttachmentSummary = { id: string; messageId: string | null; name: string; mime: string; size: number; createdAt: Date }

export async function listAttachments(db: Kysely<Database>, complaintId: string, dataKey: Buffer): Promise<AttachmentSummary[]> {
  const rows = await repo.attachmentsOf(db, complaintId)
  return rows.map((r) => {
    const meta = decryptJson<{ name: string; mime: string }>(dataKey, r.sealed_meta, ctx.attachmentMeta(complaintId, r.id))
    return { id: r.id, messageId: r.message_id, name: meta.name, mime: meta.mime, size: r.size, createdAt: r.created_at }
  })
}

export async function openAttachment(db: Kysely<Database>, complaintId: string, attachmentId: string, dataKey: Buffer): Promise<EvidenceFile | null> {
  const row = await repo.attachmentContent(db, complaintId, attachmentId)
  if (!row) return null
  const meta = decryptJson<{ name: string; mime: string }>(dataKey, row.sealed_meta, ctx.attachmentMeta(complaintId, row.id))
  return { name: meta.name, mime: meta.mime, bytes: decryptBytes(dataKey, row.content, ctx.attachment(complaintId, row.id)) }
}

export function sealMessage(dataKey: Buffer, complaintId: string, messageId: string, body: string): string {
  return encryptJson(dataKey, { body }, ctx.message(complaintId, messageId))
}

export function openMessage(dataKey: Buffer, complaintId: string, messageId: string, sealed: string): string {
  return decryptJson<{ body: string }>(dataKey, sealed, ctx.message(complaintId, messageId)).body
}
