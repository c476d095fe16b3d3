import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/auth/actor.ts'
import type { Role } from '../../platform/auth/roles.ts'
import { canEditOitWorkspace, canSeeOitItemInternals, oitWorkspaceAccess } from './oit-access.domain.ts'

const AGENCY = 'agency'
const PROVINCE = 'province'
const path = [AGENCY, PROVINCE]
const actor = (role: Role | null, organisationId = AGENCY, userId = 'u1', isPlatformAdmin = false): Actor => ({
  userId,
  displayName: 'x',
  email: 'x@example.test',
  isPlatformAdmin,
  memberships: role ? [{ organisationId, role }] : [],
})

describe('the internal OIT workspace (issue 11, finding 5)', () => {
  it('is open to the ITA coordinator, the head and the agency admin', () => {
    for (const role of ['ita_coordinator', 'head', 'admin'] as const) expect(oitWorkspaceAccess(actor(role), path)).toBe('internal')
    expect(oitWorkspaceAccess(actor('admin', PROVINCE), path)).toBe('internal')
    expect(oitWorkspaceAccess(actor(null, AGENCY, 'p', true), path)).toBe('internal')
  })

  it('shows the committee member, other roles and oversight only what is published', () => {
    for (const role of ['committee', 'officer', 'complaint_officer', 'procurement_officer'] as const) {
      expect(oitWorkspaceAccess(actor(role), path)).toBe('published')
      expect(canEditOitWorkspace(actor(role), path)).toBe(false)
    }
    expect(oitWorkspaceAccess(actor('oversight', PROVINCE), path)).toBe('published')
  })

  it('keeps everyone else out', () => {
    expect(oitWorkspaceAccess(actor('officer', 'elsewhere'), path)).toBe('none')
    expect(oitWorkspaceAccess(actor('oversight', AGENCY), ['other', 'elsewhere'])).toBe('none')
    expect(oitWorkspaceAccess(null, path)).toBe('none')
  })

  it('opens an item’s internal record to the person it is assigned to, and to no other officer', () => {
    expect(canSeeOitItemInternals(actor('officer', AGENCY, 'owner'), path, 'owner')).toBe(true)
    expect(canSeeOitItemInternals(actor('officer', AGENCY, 'other'), path, 'owner')).toBe(false)
    expect(canSeeOitItemInternals(actor('committee', AGENCY, 'c'), path, null)).toBe(false)
    // An overseer named as owner (a mistake in the data) still gets no internals.
    expect(canSeeOitItemInternals(actor('oversight', PROVINCE, 'owner'), path, 'owner')).toBe(false)
    expect(canSeeOitItemInternals(actor('ita_coordinator'), path, null)).toBe(true)
  })
})
