import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import type { Actor } from '../../platform/auth/actor.ts'
import { canOverseeOrganisation, hasRoleIn, isStaffOf, type OrgPath } from '../../platform/auth/policy.ts'
import { descendantIds, sortByThaiName, type OrganisationSummary } from '../organisations/index.ts'

export type ItaContext = { db: Kysely<Database>; actor: Actor; now: Date }

/** Agency roles that keep the agency's improvement plan (B2). */
export const PLAN_EDITOR_ROLES = ['ita_coordinator', 'head', 'admin'] as const

/** Reads an agency's results and plan: its own staff, whoever oversees it, platform admins. */
export function canReadItaOf(actor: Actor, path: OrgPath): boolean {
  return isStaffOf(actor, path[0]!) || canOverseeOrganisation(actor, path)
}

export function canEditPlanOf(actor: Actor, path: OrgPath): boolean {
  return hasRoleIn(actor, path[0]!, ...PLAN_EDITOR_ROLES)
}

/** Agencies whose results the actor may import: everything below where they hold oversight (all, for a platform admin). */
export async function importableAgencies(ctx: ItaContext): Promise<OrganisationSummary[]> {
  const { db, actor } = ctx
  let q = db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en'])
  if (!actor.isPlatformAdmin) {
    const roots = actor.memberships.filter((m) => m.role === 'oversight').map((m) => m.organisationId)
    const ids = await descendantIds(db, roots)
    if (ids.length === 0) return []
    q = q.where('id', 'in', ids)
  } else {
    q = q.where('parent_id', 'is not', null)
  }
  return sortByThaiName(await q.execute())
}

export function canImportResults(actor: Actor): boolean {
  return actor.isPlatformAdmin || actor.memberships.some((m) => m.role === 'oversight')
}

/** Who keeps the measure library agencies choose from: oversight working groups and platform admins. */
export function canManageMeasures(actor: Actor): boolean {
  return canImportResults(actor)
}
