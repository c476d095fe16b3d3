import type { Actor } from '../../platform/auth/actor.ts'

/**
 * Who may see and change which people. An organisation admin manages people through
 * the organisations they administer: a person is theirs to see when they hold at least
 * one role there, and theirs to switch off only when every role they hold is there, so
 * that admin A can never lock someone out of agency B.
 *
 * `administered` is the set of organisation ids the actor administers, decided by the
 * shared policy (canAdministerOrganisation) on each organisation's path.
 */
export type AdministeredSet = ReadonlySet<string>
export type TargetUser = { id: string; isPlatformAdmin: boolean; memberOrganisationIds: readonly string[] }

export function canSeeUser(actor: Actor, administered: AdministeredSet, target: TargetUser): boolean {
  if (actor.isPlatformAdmin) return true
  return target.memberOrganisationIds.some((id) => administered.has(id))
}

export type StatusRefusal = 'self' | 'platform_admin' | 'other_organisations'

/** Why the actor may not deactivate or reactivate this person, or null when they may. */
export function statusChangeRefusal(actor: Actor, administered: AdministeredSet, target: TargetUser): StatusRefusal | null {
  if (target.id === actor.userId) return 'self'
  if (actor.isPlatformAdmin) return null
  if (target.isPlatformAdmin) return 'platform_admin'
  const ids = target.memberOrganisationIds
  if (ids.length === 0 || !ids.every((id) => administered.has(id))) return 'other_organisations'
  return null
}

/** Only a platform admin makes or unmakes platform admins, and never themselves (no accidental lock-out). */
export function canChangePlatformAdmin(actor: Actor, targetId: string): boolean {
  return actor.isPlatformAdmin && actor.userId !== targetId
}

/** The roles an admin is shown: those in organisations they administer (platform admin: all). */
export function visibleToActor<T extends { organisation_id: string }>(actor: Actor, administered: AdministeredSet, memberships: readonly T[]): T[] {
  return actor.isPlatformAdmin ? [...memberships] : memberships.filter((m) => administered.has(m.organisation_id))
}

export const USERS_PAGE_SIZE = 50

export function pageCountFor(total: number, pageSize = USERS_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize))
}

/** An invitation still waiting for its person: never used and not yet expired. */
export function isPendingInvitation(inv: { used_at: Date | null; expires_at: Date }, now: Date): boolean {
  return inv.used_at === null && inv.expires_at.getTime() > now.getTime()
}
