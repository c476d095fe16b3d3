import type { Actor, MaybeActor } from './actor.ts'
import type { Role } from './roles.ts'

/**
 * Authorisation rules, pure. An organisation is identified together with its
 * ancestor path ([self, parent, grandparent, ...]) so that rules about oversight
 * can be decided without I/O.
 */
export type OrgPath = readonly string[]

export function hasRoleIn(actor: MaybeActor, organisationId: string, ...roles: Role[]): boolean {
  if (!actor) return false
  return actor.memberships.some((m) => m.organisationId === organisationId && roles.includes(m.role))
}

/** Administers an organisation: platform admin, or admin of it or of any body above it. */
export function canAdministerOrganisation(actor: MaybeActor, path: OrgPath): boolean {
  if (!actor) return false
  if (actor.isPlatformAdmin) return true
  return path.some((id) => hasRoleIn(actor, id, 'admin'))
}

/** Oversees an agency: holds the oversight role in a body strictly above it. */
export function canOverseeOrganisation(actor: MaybeActor, path: OrgPath): boolean {
  if (!actor) return false
  if (actor.isPlatformAdmin) return true
  return path.slice(1).some((id) => hasRoleIn(actor, id, 'oversight'))
}

/** Is a member of the organisation itself (any role): may see its internal records. */
export function isStaffOf(actor: MaybeActor, organisationId: string): boolean {
  return !!actor && actor.memberships.some((m) => m.organisationId === organisationId)
}

export function canCreateChildOrganisation(actor: MaybeActor, parentPath: OrgPath | null): boolean {
  if (!actor) return false
  if (actor.isPlatformAdmin) return true
  return parentPath !== null && canAdministerOrganisation(actor, parentPath)
}

/** A person may grant only roles in organisations they administer; only platform admins make platform admins. */
export function canGrantRole(actor: MaybeActor, path: OrgPath): boolean {
  return canAdministerOrganisation(actor, path)
}

export function canBrowseAudit(actor: MaybeActor, path: OrgPath | null): boolean {
  if (!actor) return false
  if (actor.isPlatformAdmin) return true
  return path !== null && canAdministerOrganisation(actor, path)
}

export function canEditHolidays(actor: MaybeActor): boolean {
  return !!actor?.isPlatformAdmin
}

export function canReadOutbox(actor: MaybeActor): boolean {
  return !!actor?.isPlatformAdmin
}

/** Organisations where the actor has any role: the ones their staff pages are about. */
export function organisationsOf(actor: Actor): string[] {
  return [...new Set(actor.memberships.map((m) => m.organisationId))]
}

export function rolesIn(actor: Actor, organisationId: string): Role[] {
  return actor.memberships.filter((m) => m.organisationId === organisationId).map((m) => m.role)
}
