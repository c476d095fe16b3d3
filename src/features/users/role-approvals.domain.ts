import type { MaybeActor } from '../../platform/auth/actor.ts'
import { hasRoleIn } from '../../platform/auth/policy.ts'
import type { Role } from '../../platform/auth/roles.ts'

/**
 * Roles that reach what one administrator alone must never reach: the complaint officer holds
 * complainants' identities. An admin may only ask; the agency's head decides, and neither the
 * person asking nor the person it is for can be the one who approves.
 */
export const ROLES_NEEDING_APPROVAL: ReadonlySet<Role> = new Set<Role>(['complaint_officer'])

export function needsApproval(role: Role): boolean {
  return ROLES_NEEDING_APPROVAL.has(role)
}

export type ApprovalRequest = { organisationId: string; userId: string; requestedBy: string }

/** The head of the very organisation, who is neither the asker nor the person it is for. A platform admin as such does not decide. */
export function canDecideRoleApproval(actor: MaybeActor, r: ApprovalRequest): boolean {
  if (!actor) return false
  if (actor.userId === r.requestedBy || actor.userId === r.userId) return false
  return hasRoleIn(actor, r.organisationId, 'head')
}
