import type { Actor } from '../../platform/auth/actor.ts'
import type { VerifyResult } from '../../platform/audit/audit-log.ts'
import type { Bilingual } from '../../platform/i18n/locale.ts'
import { addCalendarDays, startOfDayInBangkok, type IsoDate } from '../../platform/thai-calendar/index.ts'

/** Pure rules of the audit-trail screens: who sees what, how a summary reads, what a check means. */
export const AUDIT_PAGE_SIZE = 50

export type AuditFilter = {
  organisationId?: string
  /** 'organisation.created' exactly, or 'organisation' for every organisation.* action. */
  action?: string
  /** Free text looked for inside the actor's label (name and e-mail). */
  actorText?: string
  entityType?: string
  /** Bangkok calendar days, both inclusive. */
  from?: IsoDate
  to?: IsoDate
}

/** Which organisations' events a person may read. Events with no organisation are platform-wide. */
export type AuditScope = { kind: 'all' } | { kind: 'organisations'; ids: readonly string[] }

/** The organisations a person administers directly; their descendants are added by the caller. */
export function administeredOrganisationIds(actor: Actor): string[] {
  return [...new Set(actor.memberships.filter((m) => m.role === 'admin').map((m) => m.organisationId))]
}

// Verifying walks every event of every organisation, so it is a platform-wide act.
export function canVerifyAuditChain(actor: Actor): boolean {
  return actor.isPlatformAdmin
}

/** The half-open instant range [from, until) covering the chosen Bangkok days. */
export function instantRange(filter: Pick<AuditFilter, 'from' | 'to'>): { from?: Date; until?: Date } {
  return {
    ...(filter.from ? { from: startOfDayInBangkok(filter.from) } : {}),
    ...(filter.to ? { until: startOfDayInBangkok(addCalendarDays(filter.to, 1)) } : {}),
  }
}

export function pageCount(total: number, pageSize = AUDIT_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize))
}

export type SummaryChange = { key: string; before: string | undefined; after: string | undefined; changed: boolean }
export type ReadableSummary = { changes: SummaryChange[]; note: string | undefined }

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

/** A stored value as a person reads it: text as-is, anything else as compact JSON. */
export function displayValue(value: unknown, pretty = false): string {
  if (typeof value === 'string') return value
  return JSON.stringify(value, null, pretty ? 2 : undefined) ?? 'null'
}

/**
 * Turns a stored {before, after, note} summary into key: before → after lines: before's keys
 * first, then keys only after has (jsonb keeps keys in its own order, not the writer's).
 */
export function readableSummary(summary: unknown, options: { pretty?: boolean } = {}): ReadableSummary {
  if (!isRecord(summary)) return { changes: [], note: summary == null ? undefined : displayValue(summary) }
  const before = isRecord(summary.before) ? summary.before : {}
  const after = isRecord(summary.after) ? summary.after : {}
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  const changes = keys.map((key) => {
    const b = key in before ? displayValue(before[key], options.pretty) : undefined
    const a = key in after ? displayValue(after[key], options.pretty) : undefined
    return { key, before: b, after: a, changed: b !== a }
  })
  const note = typeof summary.note === 'string' && summary.note ? summary.note : undefined
  return { changes, note }
}

export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/** One line per language: the command prints both, the web page shows the reader's. */
export function verifyResultMessage(result: VerifyResult): Bilingual {
  if (result.ok) {
    return {
      th: `ห่วงโซ่บันทึกการตรวจสอบถูกต้อง: ตรวจแล้ว ${result.checked} รายการ`,
      en: `audit chain OK: ${result.checked} events checked`,
    }
  }
  const { seq, kind } = result.problem
  if (kind === 'edited') {
    return {
      th: `ห่วงโซ่บันทึกการตรวจสอบเสียหายที่ลำดับที่ ${seq}: รายการนี้ถูกแก้ไข`,
      en: `audit chain BROKEN at seq ${seq}: row edited`,
    }
  }
  return {
    th: `ห่วงโซ่บันทึกการตรวจสอบเสียหายที่ลำดับที่ ${seq}: มีรายการก่อนลำดับที่ ${seq} หายไป`,
    en: `audit chain BROKEN at seq ${seq}: rows missing before seq ${seq}`,
  }
}
