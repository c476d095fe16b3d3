import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/auth/actor.ts'
import type { Role } from '../../platform/auth/roles.ts'
import { canDecideRoleApproval, needsApproval } from './role-approvals.domain.ts'

const actor = (userId: string, roles: [string, Role][], isPlatformAdmin = false): Actor =>
  ({ userId, displayName: userId, email: `${userId}@x.test`, isPlatformAdmin, memberships: roles.map(([organisationId, role]) => ({ organisationId, role })) }) as unknown as Actor

describe('role approvals', () => {
  const request = { organisationId: 'wt', userId: 'newcomer', requestedBy: 'admin' }

  it('only the complaint-officer role needs approval', () => {
    expect(needsApproval('complaint_officer')).toBe(true)
    for (const r of ['officer', 'admin', 'head', 'ita_coordinator', 'procurement_officer', 'committee', 'oversight'] as Role[]) expect(needsApproval(r)).toBe(false)
  })

  it('the head of that organisation decides', () => {
    expect(canDecideRoleApproval(actor('head', [['wt', 'head']]), request)).toBe(true)
  })

  it('nobody else does: another agency’s head, an admin, a platform admin, the asker, the person it is for', () => {
    expect(canDecideRoleApproval(actor('h2', [['nb', 'head']]), request)).toBe(false)
    expect(canDecideRoleApproval(actor('a2', [['wt', 'admin']]), request)).toBe(false)
    expect(canDecideRoleApproval(actor('pa', [], true), request)).toBe(false)
    expect(canDecideRoleApproval(actor('admin', [['wt', 'head'], ['wt', 'admin']]), request)).toBe(false)
    expect(canDecideRoleApproval(actor('newcomer', [['wt', 'head']]), request)).toBe(false)
    expect(canDecideRoleApproval(null, request)).toBe(false)
  })
})
