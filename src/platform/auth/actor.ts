import type { Role } from './roles.ts'

/** Who is acting: the signed-in person with their roles, or nobody (a citizen). */
export type Membership = { organisationId: string; role: Role }

export type Actor = {
  userId: string
  displayName: string
  email: string
  isPlatformAdmin: boolean
  memberships: Membership[]
}

export type MaybeActor = Actor | null

/** The system itself (seeding, scheduled jobs): recorded in the audit trail as such. */
export const SYSTEM_ACTOR = { id: null, label: 'system' } as const

export function auditActorOf(actor: Actor): { id: string; label: string } {
  return { id: actor.userId, label: `${actor.displayName} <${actor.email}>` }
}
