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

/**
 * How much of an agency's OIT workspace a person sees (issue 11, finding 5). Drafts, notes,
 * assignments and due dates are internal: the ITA coordinator, the head and the agency's
 * administrators (or an administrator above it) see them all, an item's owner sees them for
 * that item. Every other member of the agency (officers, the outside committee member…) and
 * oversight above it see only what has been published: the items sent to the NACC and their URLs.
 */
export type OitWorkspaceAccess = 'internal' | 'published' | 'none'

export function oitWorkspaceAccess(actor: MaybeActor, path: OrgPath): OitWorkspaceAccess {
  if (!actor || path.length === 0) return 'none'
  if (canEditOitWorkspace(actor, path)) return 'internal'
  if (isStaffOf(actor, path[0]!) || canOverseeOrganisation(actor, path)) return 'published'
  return 'none'
}

/** The internal record of one item: the whole-workspace roles, or the person the item is assigned to. */
export function canSeeOitItemInternals(actor: MaybeActor, path: OrgPath, responsibleUserId: string | null): boolean {
  const access = oitWorkspaceAccess(actor, path)
  if (access === 'internal') return true
  return access === 'published' && !!actor && isStaffOf(actor, path[0]!) && responsibleUserId !== null && responsibleUserId === actor.userId
}

export function canReadOitWorkspace(actor: MaybeActor, path: OrgPath): boolean {
  return oitWorkspaceAccess(actor, path) !== 'none'
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
