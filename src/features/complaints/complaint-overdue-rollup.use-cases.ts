/** Overdue public complaints per agency below several oversight bodies at once: the oversight home's column. */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError } from '../../errors.ts'
import type { Actor } from '../../platform/auth/actor.ts'
import { currentFiscalYear, fiscalYearRange } from '../../platform/thai-calendar/index.ts'
import { descendantIds } from '../organisations/index.ts'
import { canCompareAgencies } from './complaint-access.domain.ts'
import { deadlineCalculator, loadGuidelineSteps } from './complaint-guideline.use-cases.ts'
import * as statsRepo from './complaint-statistics.repository.ts'

/**
 * The same count the agency comparison shows (public intake, received this fiscal year, past the
 * guideline's time for its step), for every agency below the given bodies in one pass — the
 * platform administrator's home covers the whole country. Agencies with none are absent.
 */
export async function overdueBelow(ctx: { db: Kysely<Database>; actor: Actor; now: Date }, rootIds: readonly string[]): Promise<Map<string, number>> {
  const { db, actor, now } = ctx
  for (const root of rootIds) if (!canCompareAgencies(actor, root)) throw new ForbiddenError('may not compare these agencies')
  const ids = await descendantIds(db, [...rootIds])
  const open = await statsRepo.openPublicCases(db, ids, fiscalYearRange(currentFiscalYear(now)))
  const guidelines = await loadGuidelineSteps(db, [...new Set(open.map((c) => c.organisation_id))])
  const deadlineOf = await deadlineCalculator(db, now)
  const overdue = new Map<string, number>()
  for (const c of open) {
    if (deadlineOf(c, guidelines.get(c.organisation_id)!)?.urgency === 'overdue') overdue.set(c.organisation_id, (overdue.get(c.organisation_id) ?? 0) + 1)
  }
  return overdue
}
