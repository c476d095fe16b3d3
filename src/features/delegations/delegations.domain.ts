/**
 * Delegation and acting officials (G4, seed 004 §4.1: "การมอบอำนาจ การแต่งตั้งผู้รักษาราชการแทน").
 * An order lends a platform role (usually the head's) for its dates; the session adds it to the
 * person's roles (platform/auth/lent-roles.ts), so every approval honours it and says so. Pure rules.
 */
import type { Bilingual } from '../../platform/i18n/locale.ts'
import { actingCapacity, type MaybeActor } from '../../platform/auth/actor.ts'
import { canAdministerOrganisation, canOverseeOrganisation, hasRoleIn, isStaffOf, type OrgPath } from '../../platform/auth/policy.ts'
import { inForceOn } from '../../platform/auth/lent-roles.ts'

export const ORDER_KINDS = {
  acting: { th: 'แต่งตั้งผู้รักษาราชการแทน', en: 'Acting appointment' },
  delegation: { th: 'มอบอำนาจให้ปฏิบัติราชการแทน', en: 'Delegation of powers' },
} as const satisfies Record<string, Bilingual>
export type OrderKind = keyof typeof ORDER_KINDS

/** The platform roles an order may lend: never administration, oversight or committee seats. */
export const LENDABLE_ROLES = {
  head: { th: 'อำนาจอนุมัติ / ลงนามของหัวหน้าส่วนราชการ', en: 'The head’s approvals and sign-offs' },
  procurement_officer: { th: 'งานพัสดุ', en: 'Procurement work' },
  officer: { th: 'งานของเจ้าหน้าที่', en: 'Officer’s work' },
} as const satisfies Record<string, Bilingual>
export type LendableRole = keyof typeof LENDABLE_ROLES

/**
 * Who issues and revokes orders: the agency's administrators (and those above), its head in their
 * own right, and an acting head (who holds the office); never someone who only holds delegated
 * powers, since delegated powers are not delegated again.
 */
export function canManageDelegations(actor: MaybeActor, path: OrgPath): boolean {
  if (!actor) return false
  if (canAdministerOrganisation(actor, path)) return true
  const agency = path[0]!
  if (!hasRoleIn(actor, agency, 'head')) return false
  const lent = actingCapacity(actor, agency, 'head')
  return lent === null || lent.kind === 'acting'
}

/** Who reads the agency's register of orders (revoked and past ones too): its staff, oversight above, administrators. */
export function canReadDelegations(actor: MaybeActor, path: OrgPath): boolean {
  return isStaffOf(actor, path[0]!) || canOverseeOrganisation(actor, path) || canAdministerOrganisation(actor, path)
}

export type OrderDates = { status: string; startsOn: string; endsOn: string }
export type OrderState = 'in_force' | 'upcoming' | 'ended' | 'revoked'

export function orderState(o: OrderDates, today: string): OrderState {
  if (o.status === 'revoked') return 'revoked'
  if (inForceOn(o, today)) return 'in_force'
  return o.startsOn > today ? 'upcoming' : 'ended'
}

export const ORDER_STATE_LABELS: Record<OrderState, Bilingual> = {
  in_force: { th: 'มีผลอยู่', en: 'In force' },
  upcoming: { th: 'ยังไม่ถึงวันเริ่ม', en: 'Not yet in force' },
  ended: { th: 'สิ้นสุดแล้ว', en: 'Ended' },
  revoked: { th: 'ยกเลิกแล้ว', en: 'Revoked' },
}

/** The public page: orders in force and those still to come, the ones in force first. */
export function publicOrders<T extends OrderDates>(orders: readonly T[], today: string): T[] {
  const rank = (o: T) => (orderState(o, today) === 'in_force' ? 0 : 1)
  return orders.filter((o) => ['in_force', 'upcoming'].includes(orderState(o, today))).sort((a, b) => rank(a) - rank(b) || a.startsOn.localeCompare(b.startsOn))
}

export function isOrderKind(v: string): v is OrderKind {
  return Object.hasOwn(ORDER_KINDS, v)
}
export function isLendableRole(v: string): v is LendableRole {
  return Object.hasOwn(LENDABLE_ROLES, v)
}
