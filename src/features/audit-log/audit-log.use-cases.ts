import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError } from '../../errors.ts'
import type { Actor } from '../../platform/auth/actor.ts'
import { canBrowseAudit } from '../../platform/auth/policy.ts'
import { verifyAuditChain, type VerifyResult } from '../../platform/audit/audit-log.ts'
import type { ChartSpec } from '../../platform/charts/index.ts'
import { isoDate, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { descendantIds, organisationPath, sortByThaiName, type OrganisationSummary } from '../organisations/index.ts'
import {
  AUDIT_PAGE_SIZE,
  administeredOrganisationIds,
  canVerifyAuditChain,
  instantRange,
  pageCount,
  type AuditFilter,
  type AuditScope,
} from './audit-log.domain.ts'
import { auditActivityChart, type DayCount } from './audit-report.domain.ts'
import {
  countAuditEventsByDay,
  findAuditEvent,
  listAuditEvents,
  listOrganisationsInScope,
  type AuditEventDetails,
  type AuditEventListItem,
} from './audit-log.repository.ts'

export type AuditDeps = { db: Kysely<Database>; actor: Actor; now: Date }

/**
 * Platform admins read everything; an organisation admin reads the events of what they
 * administer and everything below it. Anyone else is refused.
 */
export async function scopeOf({ db, actor }: AuditDeps): Promise<AuditScope> {
  if (actor.isPlatformAdmin) return { kind: 'all' }
  const roots: string[] = []
  for (const id of administeredOrganisationIds(actor)) {
    if (canBrowseAudit(actor, await organisationPath(db, id))) roots.push(id)
  }
  if (roots.length === 0) throw new ForbiddenError('audit trail')
  return { kind: 'organisations', ids: [...new Set([...roots, ...(await descendantIds(db, roots))])] }
}

export type AuditFilterOptions = { organisations: OrganisationSummary[]; canVerify: boolean }

async function filterOptions(deps: AuditDeps, scope: AuditScope): Promise<AuditFilterOptions> {
  return { organisations: sortByThaiName(await listOrganisationsInScope(deps.db, scope)), canVerify: canVerifyAuditChain(deps.actor) }
}

/** What the filter form offers, for re-showing the form when the filter itself was mistyped. */
export async function auditFilterOptions(deps: AuditDeps): Promise<AuditFilterOptions> {
  return filterOptions(deps, await scopeOf(deps))
}

export type AuditTrailPage = AuditFilterOptions & {
  events: AuditEventListItem[]
  /** Events per day (or month) across the filtered range; absent when nothing matches. */
  activity: ChartSpec | undefined
  total: number
  page: number
  pageCount: number
  pageSize: number
}

export async function browseAuditTrail(deps: AuditDeps, filter: AuditFilter, page: number): Promise<AuditTrailPage> {
  const scope = await scopeOf(deps)
  const { from: _from, to: _to, ...rest } = filter
  const query = { ...rest, ...instantRange(filter) }
  const { rows, total } = await listAuditEvents(deps.db, scope, query, { limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE })
  const activity = auditActivityChart(dayCounts(await countAuditEventsByDay(deps.db, scope, query)), filter, todayInBangkok(deps.now))
  return { ...(await filterOptions(deps, scope)), events: rows, activity, total, page, pageCount: pageCount(total), pageSize: AUDIT_PAGE_SIZE }
}

export function dayCounts(rows: { day: string; count: number }[]): DayCount[] {
  return rows.map((r) => ({ day: isoDate(r.day), count: r.count }))
}

/** One event in full; an event outside the reader's scope is answered exactly like a missing one. */
export async function showAuditEvent(deps: AuditDeps, seq: number): Promise<AuditEventDetails> {
  const event = await findAuditEvent(deps.db, await scopeOf(deps), seq)
  if (!event) throw new NotFoundError('audit event')
  return event
}

// A read: it changes nothing, so it records no audit event of its own.
export async function verifyAuditTrail(deps: AuditDeps): Promise<VerifyResult> {
  if (!canVerifyAuditChain(deps.actor)) throw new ForbiddenError('verify audit chain')
  return verifyAuditChain(deps.db)
}
