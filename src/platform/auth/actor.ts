import type { Role } from './roles.ts'

/**
 * The order a lent role comes from (an acting appointment, รักษาราชการแทน, or a delegation,
 * ปฏิบัติราชการแทน): kept on the membership so every approval can say in whose place it was given.
 */
export type ActingFor = {
  orderId: string
  kind: 'acting' | 'delegation'
  orderNo: string
  forName: string
  forPositionTh: string
  forPositionEn: string
}

/** Who is acting: the signed-in person with their roles, or nobody (a citizen). */
export type Membership = { organisationId: string; role: Role; actingFor?: ActingFor }

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

export const ACTING_WORDS = {
  acting: { th: 'รักษาราชการแทน', en: 'acting for' },
  delegation: { th: 'ปฏิบัติราชการแทน', en: 'on behalf of' },
} as const

/** "รักษาราชการแทน นายกเทศมนตรีตำบลเวียงทอง (คำสั่งที่ 12/2569)" */
export function actingPhraseTh(a: ActingFor): string {
  return `${ACTING_WORDS[a.kind].th} ${a.forPositionTh} (คำสั่งที่ ${a.orderNo})`
}

/**
 * The order through which the actor holds a role in an organisation, or null when they hold it in
 * their own right (or not at all): their own membership always comes first.
 */
export function actingCapacity(actor: Actor, organisationId: string, ...roles: Role[]): ActingFor | null {
  const held = actor.memberships.filter((m) => m.organisationId === organisationId && roles.includes(m.role))
  if (held.length === 0 || held.some((m) => !m.actingFor)) return null
  return held[0]!.actingFor ?? null
}

/**
 * The name to print where a head signs or approves: the person's name, followed by
 * "รักษาราชการแทน/ปฏิบัติราชการแทน <position>" when the role is lent by an order in force.
 */
export function signerLabel(actor: Actor, organisationId: string, role: Role = 'head'): string {
  const acting = actingCapacity(actor, organisationId, role)
  return acting ? `${actor.displayName} ${actingPhraseTh(acting)}` : actor.displayName
}

/** The audit trail names the person and, while they hold lent roles, the orders that lend them. */
export function auditActorOf(actor: Actor): { id: string; label: string } {
  const lent = actor.memberships.flatMap((m) => (m.actingFor ? [actingPhraseTh(m.actingFor)] : []))
  const base = `${actor.displayName} <${actor.email}>`
  return { id: actor.userId, label: lent.length ? `${base} ${[...new Set(lent)].join('; ')}` : base }
}
