import type { MaybeActor } from '../../platform/auth/actor.ts'
import { canAdministerOrganisation, canOverseeOrganisation, hasRoleIn, isStaffOf, type OrgPath } from '../../platform/auth/policy.ts'
import type { Role } from '../../platform/auth/roles.ts'

/** Catalogues are national reference data: only platform administrators change them. */
export function canManageCatalogues(actor: MaybeActor): boolean {
  return !!actor?.isPlatformAdmin
}

/** Who answers the checklist for an agency (issue 5): its ITA coordinator, head and administrators. */
export const OIT_EDITOR_ROLES: readonly Role[] = ['ita_coordinator', 'head', 'admin']

export function canEditOitWorkspace(actor: MaybeActor, path: OrgPath): boolean {
  if (!actor || path.length === 0) return false
  return hasRoleIn(actor, path[0]!, ...OIT_EDITOR_ROLES) || canAdministerOrganisation(actor, path)
}

/** Its own staff (responsible persons among them) and oversight above it read the workspace. */
export function canReadOitWorkspace(actor: MaybeActor, path: OrgPath): boolean {
  if (!actor || path.length === 0) return false
  return canEditOitWorkspace(actor, path) || isStaffOf(actor, path[0]!) || canOverseeOrganisation(actor, path)
}

/** Sees the agencies below a body: oversight in it or above it (`path` is the body's own path). */
export function canOverseeBelow(actor: MaybeActor, path: OrgPath): boolean {
  if (!actor) return false
  return actor.isPlatformAdmin || path.some((id) => hasRoleIn(actor, id, 'oversight'))
}

/** Reopening a submitted item changes what the NACC was told: only the coordinator or the head may. */
export function canReopenOitEntry(actor: MaybeActor, path: OrgPath): boolean {
  if (!actor || path.length === 0) return false
  return hasRoleIn(actor, path[0]!, 'ita_coordinator', 'head')
}
