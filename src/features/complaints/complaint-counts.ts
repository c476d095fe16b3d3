import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { Actor } from '../../platform/auth/actor.ts'
import { listCases, organisationsWithCases } from './complaint-handling.use-cases.ts'

export type ComplaintCounts = { open: number; dueSoon: number; overdue: number; mine: number }

/** What the staff home shows a complaint officer or head: open cases, those due within two business days, and overdue. */
export async function complaintCounts(deps: { db: Kysely<Database>; now: Date; baseUrl: string }, actor: Actor): Promise<ComplaintCounts | null> {
  const orgs = organisationsWithCases(actor)
  if (orgs.length === 0) return null
  const counts: ComplaintCounts = { open: 0, dueSoon: 0, overdue: 0, mine: 0 }
  for (const org of orgs) {
    for (const c of await listCases(deps, actor, org, { view: 'open', intake: null, mine: false })) {
      counts.open++
      if (c.deadline?.urgency === 'due_soon') counts.dueSoon++
      if (c.deadline?.urgency === 'overdue') counts.overdue++
      if (c.assigned_to === actor.userId) counts.mine++
    }
  }
  return counts
}
