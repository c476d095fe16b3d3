import { describe, expect, it } from 'vitest'
import { AGENCY, AGENCY_PATH, PEOPLE, SIBLING, allowed, sorted } from '../../../test/support/access-table.ts'
import { actingCapacity, auditActorOf, signerLabel, type Actor, type MaybeActor } from './actor.ts'
import { inForceOn, lentMemberships, type LendingOrder } from './lent-roles.ts'
import { canAdministerOrganisation, hasRoleIn, isStaffOf } from './policy.ts'

const order = (over: Partial<LendingOrder> = {}): LendingOrder => ({
  id: 'order-1',
  organisationId: AGENCY,
  kind: 'acting',
  orderNo: '12/2570',
  fromName: 'นายกเทศมนตรี เวียงทอง',
  fromPositionTh: 'นายกเทศมนตรีตำบลเวียงทอง',
  fromPositionEn: 'Mayor',
  grantsRole: 'head',
  startsOn: '2026-12-01',
  endsOn: '2026-12-10',
  status: 'in_force',
  ...over,
})

/** An officer of the agency holding what `orders` lend on `day`, as the session builds them. */
function officerWith(orders: LendingOrder[], day: string): Actor {
  const base = PEOPLE['officer@same']!
  return { ...base, memberships: [...base.memberships, ...lentMemberships(base.memberships, orders, day)] }
}

describe('roles lent by delegation orders', () => {
  it('are in force from the first to the last day, both included, and never once revoked', () => {
    expect(['2026-11-30', '2026-12-01', '2026-12-10', '2026-12-11'].map((d) => inForceOn(order(), d))).toEqual([false, true, true, false])
    expect(inForceOn(order({ status: 'revoked' }), '2026-12-05')).toBe(false)
  })

  it('lend the role in the order’s agency only, marked with the order; nothing outside the dates or when the order lends none', () => {
    const acting = officerWith([order()], '2026-12-05')
    expect(hasRoleIn(acting, AGENCY, 'head')).toBe(true)
    expect(hasRoleIn(acting, SIBLING, 'head')).toBe(false)
    expect(actingCapacity(acting, AGENCY, 'head')).toMatchObject({ orderId: 'order-1', kind: 'acting', orderNo: '12/2570' })
    expect(hasRoleIn(officerWith([order()], '2026-12-11'), AGENCY, 'head')).toBe(false)
    expect(hasRoleIn(officerWith([order({ status: 'revoked' })], '2026-12-05'), AGENCY, 'head')).toBe(false)
    expect(officerWith([order({ kind: 'delegation', grantsRole: null })], '2026-12-05').memberships).toHaveLength(1)
    // Never a role that is not a platform role (the database allows only three; this is the second lock).
    expect(officerWith([order({ kind: 'delegation', grantsRole: 'admin-ish' })], '2026-12-05').memberships).toHaveLength(1)
  })

  it('do not shadow a role held in one’s own right, and the first order lending a role wins', () => {
    const head = PEOPLE['head@same']!
    expect(lentMemberships(head.memberships, [order()], '2026-12-05')).toEqual([])
    const both = officerWith([order(), order({ id: 'order-2', kind: 'delegation', orderNo: '215/2569' })], '2026-12-05')
    expect(both.memberships.filter((m) => m.role === 'head')).toHaveLength(1)
    expect(actingCapacity(both, AGENCY, 'head')?.orderId).toBe('order-1')
  })

  it('the signer and the audit trail say "รักษาราชการแทน" or "ปฏิบัติราชการแทน" with the position and the order', () => {
    const acting = officerWith([order()], '2026-12-05')
    expect(signerLabel(acting, AGENCY)).toBe(`${acting.displayName} รักษาราชการแทน นายกเทศมนตรีตำบลเวียงทอง (คำสั่งที่ 12/2570)`)
    const delegated = officerWith([order({ kind: 'delegation', orderNo: '215/2569' })], '2026-12-05')
    expect(signerLabel(delegated, AGENCY)).toContain('ปฏิบัติราชการแทน นายกเทศมนตรีตำบลเวียงทอง (คำสั่งที่ 215/2569)')
    expect(auditActorOf(delegated).label).toContain('ปฏิบัติราชการแทน')
    // The head in their own right signs with their name alone, and their audit label is unchanged.
    expect(signerLabel(PEOPLE['head@same']!, AGENCY)).toBe(PEOPLE['head@same']!.displayName)
    expect(auditActorOf(PEOPLE['head@same']!).label).toBe(`${PEOPLE['head@same']!.displayName} <${PEOPLE['head@same']!.email}>`)
  })

  it('the access table with an acting head: every head check lets them through, administration does not', () => {
    const people: Record<string, MaybeActor> = { ...PEOPLE, 'acting-head@same': officerWith([order()], '2026-12-05'), 'acting-head-expired@same': officerWith([order()], '2026-12-11') }
    const who = (rule: (a: MaybeActor) => boolean) => Object.keys(people).filter((k) => rule(people[k]!)).sort()
    expect(who((a) => hasRoleIn(a, AGENCY, 'head'))).toEqual(sorted('head@same', 'acting-head@same'))
    expect(who((a) => canAdministerOrganisation(a, AGENCY_PATH))).toEqual(allowed((a) => canAdministerOrganisation(a, AGENCY_PATH)))
    expect(who((a) => isStaffOf(a, AGENCY))).toContain('acting-head-expired@same')
  })
})
