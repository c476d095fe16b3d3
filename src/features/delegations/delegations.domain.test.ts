import { describe, expect, it } from 'vitest'
import { AGENCY, AGENCY_PATH, PEOPLE, allowed, everyRoleOf, sorted } from '../../../test/support/access-table.ts'
import type { Actor, MaybeActor } from '../../platform/auth/actor.ts'
import { lentMemberships } from '../../platform/auth/lent-roles.ts'
import { canManageDelegations, canReadDelegations, orderState, publicOrders } from './delegations.domain.ts'

const lent = (kind: 'acting' | 'delegation'): Actor => {
  const base = PEOPLE['officer@same']!
  const orders = [{ id: 'o', organisationId: AGENCY, kind, orderNo: '1/2570', fromName: 'x', fromPositionTh: 'นายก', fromPositionEn: '', grantsRole: 'head', startsOn: '2026-12-01', endsOn: '2026-12-31', status: 'in_force' }]
  return { ...base, memberships: [...base.memberships, ...lentMemberships(base.memberships, orders, '2026-12-07')] }
}

describe('delegation orders: who keeps them, their states, the public list', () => {
  it('issuing and revoking: administrators, the head, and an acting head; never a person holding delegated powers', () => {
    expect(allowed((a) => canManageDelegations(a, AGENCY_PATH))).toEqual(sorted('admin@same', 'admin@province', 'head@same', 'platform-admin'))
    const extra: Record<string, MaybeActor> = { acting: lent('acting'), delegated: lent('delegation') }
    expect(Object.keys(extra).filter((k) => canManageDelegations(extra[k]!, AGENCY_PATH))).toEqual(['acting'])
  })

  it('reading the register: the agency’s staff, oversight above, administrators', () => {
    expect(allowed((a) => canReadDelegations(a, AGENCY_PATH))).toEqual(sorted(everyRoleOf('same'), 'oversight@province', 'admin@province', 'platform-admin'))
  })

  it('states by date and the public list (in force first, then those to come; ended and revoked left out)', () => {
    const o = (startsOn: string, endsOn: string, status = 'in_force') => ({ startsOn, endsOn, status })
    const today = '2026-12-07'
    expect([o('2026-12-01', '2026-12-07'), o('2026-12-08', '2026-12-09'), o('2026-11-01', '2026-12-06'), o('2026-12-01', '2026-12-31', 'revoked')].map((x) => orderState(x, today))).toEqual(['in_force', 'upcoming', 'ended', 'revoked'])
    const list = [o('2026-12-20', '2026-12-21'), o('2026-11-01', '2026-12-06'), o('2026-10-01', '2027-09-30')]
    expect(publicOrders(list, today)).toEqual([list[2], list[0]])
  })
})
