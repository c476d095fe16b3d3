import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/auth/actor.ts'
import { canChangePlatformAdmin, canSeeUser, isPendingInvitation, pageCountFor, statusChangeRefusal } from './users.domain.ts'

const admin = (isPlatformAdmin = false): Actor => ({ userId: 'me', displayName: 'Me', email: 'me@x.test', isPlatformAdmin, memberships: [] })
const administersA = new Set(['A'])
const person = (orgs: string[], isPlatformAdmin = false) => ({ id: 'them', isPlatformAdmin, memberOrganisationIds: orgs })

describe('which people an admin manages', () => {
  it('sees people holding a role in an organisation they administer, and no one else', () => {
    expect(canSeeUser(admin(), administersA, person(['A']))).toBe(true)
    expect(canSeeUser(admin(), administersA, person(['A', 'B']))).toBe(true)
    expect(canSeeUser(admin(), administersA, person(['B']))).toBe(false)
    expect(canSeeUser(admin(), administersA, person([]))).toBe(false)
    expect(canSeeUser(admin(true), new Set(), person([]))).toBe(true)
  })

  it('deactivates only people whose every role is in organisations they administer', () => {
    expect(statusChangeRefusal(admin(), administersA, person(['A']))).toBeNull()
    expect(statusChangeRefusal(admin(), administersA, person(['A', 'B']))).toBe('other_organisations')
    expect(statusChangeRefusal(admin(), administersA, person(['A'], true))).toBe('platform_admin')
    expect(statusChangeRefusal(admin(), administersA, { ...person(['A']), id: 'me' })).toBe('self')
    expect(statusChangeRefusal(admin(true), new Set(), person(['B'], true))).toBeNull()
  })

  it('lets only platform admins make platform admins, never of themselves', () => {
    expect(canChangePlatformAdmin(admin(), 'them')).toBe(false)
    expect(canChangePlatformAdmin(admin(true), 'them')).toBe(true)
    expect(canChangePlatformAdmin(admin(true), 'me')).toBe(false)
  })
})

describe('paging and invitations', () => {
  it('counts pages of fifty, with at least one page', () => {
    expect(pageCountFor(0)).toBe(1)
    expect(pageCountFor(50)).toBe(1)
    expect(pageCountFor(51)).toBe(2)
  })

  it('treats an invitation as pending until used or expired', () => {
    const now = new Date('2026-11-22T03:00:00Z')
    expect(isPendingInvitation({ used_at: null, expires_at: new Date('2026-11-23T00:00:00Z') }, now)).toBe(true)
    expect(isPendingInvitation({ used_at: now, expires_at: new Date('2026-11-23T00:00:00Z') }, now)).toBe(false)
    expect(isPendingInvitation({ used_at: null, expires_at: now }, now)).toBe(false)
  })
})
