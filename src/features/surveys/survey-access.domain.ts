import type { MaybeActor } from '../../platform/auth/actor.ts'
import { canAdministerOrganisation, hasRoleIn, type OrgPath } from '../../platform/auth/policy.ts'
import type { Role } from '../../platform/auth/roles.ts'

/** Who runs an agency's surveys: its ITA coordinator, officers and head, and its administrators. */
export const SURVEY_ROLES: readonly Role[] = ['ita_coordinator', 'officer', 'head', 'admin']

export function canManageSurveys(actor: MaybeActor, path: OrgPath): boolean {
  if (!actor) return false
  if (canAdministerOrganisation(actor, path)) return true
  const own = path[0]
  return own !== undefined && hasRoleIn(actor, own, ...SURVEY_ROLES)
}
