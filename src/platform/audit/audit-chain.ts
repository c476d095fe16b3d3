import { createHash } from 'node:crypto'

/** Pure rules of the hash chain, shared by the writer and the verifier. */
export const GENESIS_HASH = '0'.repeat(64)

export type ChainedFields = {
  at: Date
  actorId: string | null
  actorLabel: string
  organisationId: string | null
  action: string
  entityType: string
  entityId: string | null
  summary: unknown
}

/** JSON with keys sorted at every level: jsonb reorders keys, so the hash must not depend on order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null)
  if (value instanceof Date) return JSON.stringify(value.toISOString())
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

export function chainHash(prevHash: string, f: ChainedFields): string {
  const body = canonicalJson({
    at: f.at.toISOString(),
    actorId: f.actorId,
    actorLabel: f.actorLabel,
    organisationId: f.organisationId,
    action: f.action,
    entityType: f.entityType,
    entityId: f.entityId,
    summary: f.summary,
  })
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex')
}

export type ChainRow = ChainedFields & { seq: number; prevHash: string; hash: string }

export type ChainProblem =
  | { kind: 'edited'; seq: number }
  | { kind: 'missing_before'; seq: number }

/**
 * Walks rows in seq order. Sequence gaps alone are not evidence (a rolled-back
 * transaction burns a seq); a broken link is.
 */
export class ChainVerifier {
  private expectedPrev = GENESIS_HASH
  checked = 0

  push(row: ChainRow): ChainProblem | null {
    this.checked++
    if (row.prevHash !== this.expectedPrev) return { kind: 'missing_before', seq: row.seq }
    if (chainHash(row.prevHash, row) !== row.hash) return { kind: 'edited', seq: row.seq }
    this.expectedPrev = row.hash
    return null
  }
}
