import type { MaybeActor } from '../../platform/auth/actor.ts'
import { canAdministerOrganisation, hasRoleIn, type OrgPath } from '../../platform/auth/policy.ts'
import type { Role } from '../../platform/auth/roles.ts'

/** Who keeps an agency's list of executives: its administrators, officers and head (as for the portal). */
export const EXECUTIVE_EDITOR_ROLES: readonly Role[] = ['admin', 'officer', 'head']

/** The organisation is `path[0]`; administrators of a body above it (and platform admins) may step in. */
export function canEditExecutives(actor: MaybeActor, path: OrgPath): boolean {
  if (!actor || path.length === 0) return false
  return hasRoleIn(actor, path[0]!, ...EXECUTIVE_EDITOR_ROLES) || canAdministerOrganisation(actor, path)
}

/** The two lists an agency shows: its executives, and the heads of its units (ส่วนราชการ / กอง). */
export const EXECUTIVE_GROUPS = [
  { key: 'executive', name: { th: 'ผู้บริหาร', en: 'Executives' } },
  { key: 'unit_head', name: { th: 'หัวหน้าส่วนราชการ', en: 'Heads of units' } },
] as const
export type ExecutiveGroupKey = (typeof EXECUTIVE_GROUPS)[number]['key']

export function isExecutiveGroup(value: unknown): value is ExecutiveGroupKey {
  return EXECUTIVE_GROUPS.some((g) => g.key === value)
}

export const PHOTO_PURPOSE = 'executive_photo'
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024
/** Width of the portrait on the public cards and the staff list (the thumbnail keeps the aspect). */
export const PHOTO_THUMBNAIL_WIDTH = 240
export const MAX_EXECUTIVES_PER_AGENCY = 200
export const LIMITS = { name: 200, position: 300, phone: 60, email: 254 } as const

export type MoveDirection = 'up' | 'down'

/**
 * The list after moving one entry a place up or down within its own group (the groups are shown
 * apart, so a move never crosses into the other one). Null when it cannot move that way.
 */
export function moveWithinGroup<T extends { id: string; group: string }>(ordered: readonly T[], id: string, direction: MoveDirection): T[] | null {
  const index = ordered.findIndex((e) => e.id === id)
  if (index < 0) return null
  const group = ordered[index]!.group
  const step = direction === 'up' ? -1 : 1
  let other = index + step
  while (other >= 0 && other < ordered.length && ordered[other]!.group !== group) other += step
  if (other < 0 || other >= ordered.length) return null
  const out = [...ordered]
  out[index] = ordered[other]!
  out[other] = ordered[index]!
  return out
}

/** Whether each entry can move up / down within its group: the buttons shown beside it. */
export function movesAllowed<T extends { id: string; group: string }>(ordered: readonly T[]): Map<string, { up: boolean; down: boolean }> {
  const out = new Map<string, { up: boolean; down: boolean }>()
  for (const e of ordered) out.set(e.id, { up: moveWithinGroup(ordered, e.id, 'up') !== null, down: moveWithinGroup(ordered, e.id, 'down') !== null })
  return out
}

/** Groups in their fixed order, each with its entries in the agency's order; empty groups left out. */
export function groupEntries<T extends { group: string }>(ordered: readonly T[]): { group: (typeof EXECUTIVE_GROUPS)[number]; entries: T[] }[] {
  return EXECUTIVE_GROUPS.map((group) => ({ group, entries: ordered.filter((e) => e.group === group.key) })).filter((g) => g.entries.length > 0)
}
