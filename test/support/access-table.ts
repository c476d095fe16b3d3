import type { Actor, MaybeActor } from '../../src/platform/auth/actor.ts'
import { ROLES, type Role } from '../../src/platform/auth/roles.ts'

/**
 * The people every access rule is tried against: each role in the agency itself ("@same"), each
 * role in a sibling agency ("@other"), oversight and an administrator of the province above, a
 * platform administrator with no membership, and nobody. A test lists who a rule lets through.
 */
export const PROVINCE = 'org-province'
export const AGENCY = 'org-agency'
export const SIBLING = 'org-sibling'
/** The agency with its ancestors, as the rules take it. */
export const AGENCY_PATH = [AGENCY, PROVINCE] as const

function person(name: string, memberships: { organisationId: string; role: Role }[], isPlatformAdmin = false): Actor {
  return { userId: `user-${name}`, displayName: name, email: `${name}@example.test`, isPlatformAdmin, memberships }
}

export const PEOPLE: Record<string, MaybeActor> = {
  ...Object.fromEntries(ROLES.map((role) => [`${role}@same`, person(`${role}-same`, [{ organisationId: AGENCY, role }])])),
  ...Object.fromEntries(ROLES.map((role) => [`${role}@other`, person(`${role}-other`, [{ organisationId: SIBLING, role }])])),
  'oversight@province': person('oversight-province', [{ organisationId: PROVINCE, role: 'oversight' }]),
  'admin@province': person('admin-province', [{ organisationId: PROVINCE, role: 'admin' }]),
  'platform-admin': person('platform-admin', [], true),
  anonymous: null,
}

/** Everyone of the table a rule lets through, sorted (so a test reads as the list of who may). */
export function allowed(rule: (actor: MaybeActor) => boolean): string[] {
  return Object.entries(PEOPLE)
    .filter(([, a]) => rule(a))
    .map(([k]) => k)
    .sort()
}

/** The same for rules that take a signed-in actor only (nobody is never let through). */
export function allowedSignedIn(rule: (actor: Actor) => boolean): string[] {
  return allowed((a) => !!a && rule(a))
}

export const sameAgency = (...roles: Role[]) => roles.map((r) => `${r}@same`)
export const everyRoleOf = (where: 'same' | 'other') => ROLES.map((r) => `${r}@${where}`)
export const sorted = (...lists: (string | string[])[]) => lists.flat().sort()
