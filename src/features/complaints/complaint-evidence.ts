/**
 * Evidence files on complaint forms: three file boxes (no JavaScript needed), each checked by
 * content. A form sent back for correction keeps the files already chosen: they wait in the
 * database encrypted under a random key that only the re-rendered form's hidden field carries,
 * so the server alone cannot read them, and they are deleted after a day either way.
 */
import { readFile } from 'node:fs/promises'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { FieldErrors } from '../../errors.ts'
import { decryptBytes, encryptBytes, newDataKey } from '../../platform/crypto/envelope.ts'
import { acceptUploads, type FileService } from '../../platform/files/index.ts'
import type { FileKind } from '../../platform/files/index.ts'
import { LIMITS } from './complaint-form.input.ts'
import type { EvidenceFile } from './complaint-keys.ts'

export const EVIDENCE_FIELDS = ['evidence1', 'evidence2', 'evidence3'] as const
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024
export const EVIDENCE_KINDS: readonly FileKind[] = ['image', 'pdf', 'word', 'excel']
/** How long files of a rejected form wait for the corrected one. */
export const PENDING_UPLOAD_HOURS = 24

/** Registers multipart parsing with the evidence fields on `scope`; returns the reader of a request's outcomes. */
export async function acceptEvidence(scope: FastifyInstance, files: FileService, acceptFrom: (req: FastifyRequest) => boolean | Promise<boolean>) {
  return acceptUploads(scope, files, {
    fields: Object.fromEntries(EVIDENCE_FIELDS.map((f) => [f, { maxBytes: EVIDENCE_MAX_BYTES, allowed: EVIDENCE_KINDS }])),
    acceptFrom,
    // A description may be 10,000 Thai characters (3 bytes each in UTF-8); the multipart default
    // of 16 KB would cut it short silently. Four bytes a character means a value cut at this
    // size is still over the character limit, so it is refused rather than lost unnoticed.
    maxFieldBytes: 4 * LIMITS.what_happened + 1024,
  })
}

type Outcomes = ReturnType<Awaited<ReturnType<typeof acceptEvidence>>>

/** A file kept from an earlier submission of the same form: shown by name, carried by reference. */
export type KeptEvidence = { reference: string; name: string; size: number }

/**
 * The evidence of this submission: files just chosen plus those kept from an earlier attempt
 * (their references come back in `kept` hidden fields). Problems are reported per file box.
 */
export async function collectEvidence(db: Kysely<Database>, outcomes: Outcomes, keptReferences: readonly string[]): Promise<{ files: EvidenceFile[]; errors: FieldErrors }> {
  const files: EvidenceFile[] = []
  const errors: FieldErrors = {}
  for (const ref of keptReferences.slice(0, EVIDENCE_FIELDS.length)) {
    const f = await readPending(db, ref)
    if (f) files.push(f)
  }
  for (const field of EVIDENCE_FIELDS) {
    const o = outcomes.get(field)
    if (!o) continue
    if ('problem' in o) Object.assign(errors, o.problem)
    else files.push({ name: o.upload.originalName || 'evidence', mime: o.upload.mime, bytes: await readFile(o.upload.tempPath) })
  }
  if (files.length > EVIDENCE_FIELDS.length) {
    errors.evidence1 = { th: `แนบหลักฐานได้ไม่เกิน ${EVIDENCE_FIELDS.length} ไฟล์ต่อครั้ง`, en: `Attach at most ${EVIDENCE_FIELDS.length} files at a time` }
  }
  return { files, errors }
}

/** Parks files of a rejected form; the returned references go into the re-rendered form. */
export async function keepForCorrection(db: Kysely<Database>, files: readonly EvidenceFile[], now: Date): Promise<KeptEvidence[]> {
  const kept: KeptEvidence[] = []
  for (const f of files) {
    const key = newDataKey()
    const id = crypto.randomUUID()
    const sealed = encryptBytes(key, Buffer.from(JSON.stringify({ name: f.name, mime: f.mime, data: f.bytes.toString('base64') })), `pending-upload:${id}`)
    await db.insertInto('complaint_pending_uploads').values({ id, content: sealed, created_at: now }).execute()
    kept.push({ reference: `${id}.${key.toString('base64url')}`, name: f.name, size: f.bytes.length })
  }
  return kept
}

async function readPending(db: Kysely<Database>, reference: string): Promise<EvidenceFile | null> {
  const [id, key] = reference.split('.')
  if (!id || !key || !/^[0-9a-f-]{36}$/.test(id)) return null
  const row = await db.selectFrom('complaint_pending_uploads').select('content').where('id', '=', id).executeTakeFirst()
  if (!row) return null
  try {
    const v = JSON.parse(decryptBytes(Buffer.from(key, 'base64url'), row.content, `pending-upload:${id}`).toString('utf8')) as { name: string; mime: string; data: string }
    await db.deleteFrom('complaint_pending_uploads').where('id', '=', id).execute()
    return { name: v.name, mime: v.mime, bytes: Buffer.from(v.data, 'base64') }
  } catch {
    return null
  }
}

export async function deleteStalePendingUploads(db: Kysely<Database>, now: Date): Promise<number> {
  const r = await db.deleteFrom('complaint_pending_uploads').where('created_at', '<', new Date(now.getTime() - PENDING_UPLOAD_HOURS * 3600_000)).executeTakeFirst()
  return Number(r.numDeletedRows)
}

/** Hidden-field values of kept files: a string or an array, as the form parser gives them. */
export function keptReferencesOf(body: unknown): string[] {
  const v = (body as Record<string, unknown> | undefined)?.kept
  if (typeof v === 'string') return [v]
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string')
  return []
}
