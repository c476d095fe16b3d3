import type { Kysely } from 'kysely'
import type { Progress } from '../../src/commands/progress.ts'
import { GENESIS_HASH, chainHash } from '../../src/platform/audit/audit-chain.ts'
import type { PlannedOrganisation, PlannedUser, Random } from './national-plan.ts'

/** Thai fiscal years run 1 October – 30 September; FY 2569 BE is 1 Oct 2025 – 30 Sep 2026. */
export type FiscalYear = { be: number; start: Date; end: Date }

export function fiscalYears(lastBe: number, count: number): FiscalYear[] {
  return Array.from({ length: count }, (_, i) => {
    const be = lastBe - count + 1 + i
    const ce = be - 543
    return { be, start: new Date(Date.UTC(ce - 1, 9, 1, 1, 0)), end: new Date(Date.UTC(ce, 8, 30, 10, 0)) }
  })
}

/**
 * What every generator step gets. A feature issue adds its tables by writing one step (see
 * steps.ts) that reads the organisations, users and fiscal years made so far and calls
 * insertMany / audit.append: batching, progress and the audit hash chain are handled here.
 */
export type GeneratorContext = {
  db: Kysely<any>
  rng: Random
  progress: Progress
  fiscalYears: FiscalYear[]
  organisations: PlannedOrganisation[]
  users: PlannedUser[]
  options: { agencies: number; staffPerAgency: number; eventsPerAgencyYear: number; batchRows: number; complaintsPerAgency: number }
  /** Multi-row INSERTs of `batchRows` rows (fewer for wide tables), counted on the progress line. */
  insertMany(table: string, rows: Record<string, unknown>[]): Promise<void>
  audit: AuditWriter
}

export type GeneratedEvent = {
  at: Date
  actor: { id: string | null; label: string }
  organisationId: string | null
  action: string
  entityType: string
  entityId: string | null
  summary: Record<string, unknown>
}

/** Appends events to the hash chain exactly as recordAudit does, so audit:verify passes on the result. */
export class AuditWriter {
  private prevHash = GENESIS_HASH
  private seq = 0
  private pending: Record<string, unknown>[] = []

  constructor(
    private readonly flushRows: (rows: Record<string, unknown>[]) => Promise<void>,
    private readonly batchRows: number,
    /** The chain's last event so far (the holiday load writes one before the generator starts). */
    last: { seq: number; hash: string } | undefined,
  ) {
    if (last) {
      this.seq = last.seq
      this.prevHash = last.hash
    }
  }

  async append(e: GeneratedEvent): Promise<void> {
    const fields = {
      at: e.at,
      actorId: e.actor.id,
      actorLabel: e.actor.label,
      organisationId: e.organisationId,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      summary: e.summary,
    }
    const hash = chainHash(this.prevHash, fields)
    this.pending.push({
      seq: ++this.seq,
      at: e.at,
      actor_id: e.actor.id,
      actor_label: e.actor.label,
      organisation_id: e.organisationId,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId,
      summary: JSON.stringify(e.summary),
      prev_hash: this.prevHash,
      hash,
    })
    this.prevHash = hash
    if (this.pending.length >= this.batchRows) await this.flush()
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return
    const rows = this.pending
    this.pending = []
    await this.flushRows(rows)
  }

  get lastSeq(): number {
    return this.seq
  }
}

export const actorOf = (u: PlannedUser) => ({ id: u.id, label: `${u.displayName} <${u.email}>` })
