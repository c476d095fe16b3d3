import type { Membership } from './actor.ts'
import { isRole } from './roles.ts'

/** A delegation order as the session reads it (table delegation_orders, kept by the delegations feature). */
export type LendingOrder = {
  id: string
  organisationId: string
  kind: string
  orderNo: string
  fromName: string
  fromPositionTh: string
  fromPositionEn: string
  grantsRole: string | null
  startsOn: string
  endsOn: string
  status: string
}

/** In force on a Bangkok day (YYYY-MM-DD): not revoked, and the day within its dates, both ends included. */
export function inForceOn(o: Pick<LendingOrder, 'status' | 'startsOn' | 'endsOn'>, day: string): boolean {
  return o.status === 'in_force' && o.startsOn <= day && day <= o.endsOn
}

/**
 * The memberships the orders in force lend on `day`, each marked with its order. A role the person
 * already holds in their own right is not lent again (their own standing comes first).
 */
export function lentMemberships(own: readonly Membership[], orders: readonly LendingOrder[], day: string): Membership[] {
  const out: Membership[] = []
  for (const o of orders) {
    if (!inForceOn(o, day) || !o.grantsRole || !isRole(o.grantsRole)) continue
    const role = o.grantsRole
    if ([...own, ...out].some((m) => m.organisationId === o.organisationId && m.role === role)) continue
    out.push({
      organisationId: o.organisationId,
      role,
      actingFor: { orderId: o.id, kind: o.kind === 'acting' ? 'acting' : 'delegation', orderNo: o.orderNo, forName: o.fromName, forPositionTh: o.fromPositionTh, forPositionEn: o.fromPositionEn },
    })
  }
  return out
}
