import { sql, type Kysely, type Transaction } from 'kysely'
import type { AuditSummary, Database } from '../../db/tables.ts'
import { ChainVerifier, GENESIS_HASH, chainHash, type ChainProblem } from './audit-chain.ts'

export type AuditActor = { id: string | null; label: string }

export type AuditEntry = {
  actor: AuditActor
  organisationId: string | null
  action: string
  entityType: string
  entityId: string | null
  summary: AuditSummary
  at: Date
}

// One lock id for the whole chain: appends are serialised across app instances.
const AUDIT_LOCK_ID = 7_270_001

/** Appends one event inside the caller's transaction, so the event and the write commit together. */
export async function recordAudit(trx: Transaction<Database>, entry: AuditEntry): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_ID})`.execute(trx)
  const last = await trx.selectFrom('audit_events').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst()
  const prevHash = last?.hash ?? GENESIS_HASH
  // timestamptz keeps microseconds but a JS Date only milliseconds: truncate so the hash re-computes.
  const at = new Date(Math.floor(entry.at.getTime()))
  const fields = {
    at,
    actorId: entry.actor.id,
    actorLabel: entry.actor.label,
    organisationId: entry.organisationId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    summary: JSON.parse(JSON.stringify(entry.summary)) as unknown,
  }
  await trx
    .insertInto('audit_events')
    .values({
      at,
      actor_id: fields.actorId,
      actor_label: fields.actorLabel,
      organisation_id: fields.organisationId,
      action: fields.action,
      entity_type: fields.entityType,
      entity_id: fields.entityId,
      summary: JSON.stringify(fields.summary),
      prev_hash: prevHash,
      hash: chainHash(prevHash, fields),
    })
    .execute()
}

export type VerifyResult = { ok: true; checked: number } | { ok: false; checked: number; problem: ChainProblem }

export async function verifyAuditChain(db: Kysely<Database>, onProgress?: (checked: number) => void): Promise<VerifyResult> {
  const verifier = new ChainVerifier()
  const batch = 2000
  let after = 0
  for (;;) {
    const rows = await db.selectFrom('audit_events').selectAll().where('seq', '>', after).orderBy('seq').limit(batch).execute()
    for (const r of rows) {
      const problem = verifier.push({
        seq: Number(r.seq),
        at: r.at,
        actorId: r.actor_id,
        actorLabel: r.actor_label,
        organisationId: r.organisation_id,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        summary: r.summary,
        prevHash: r.prev_hash,
        hash: r.hash,
      })
      if (problem) return { ok: false, checked: verifier.checked, problem }
    }
    onProgress?.(verifier.checked)
    if (rows.length < batch) return { ok: true, checked: verifier.checked }
    after = Number(rows[rows.length - 1]!.seq)
  }
}
