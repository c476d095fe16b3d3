import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/auth/actor.ts'
import { canEditExecutives, groupEntries, moveWithinGroup, movesAllowed } from './executives.domain.ts'

const actor = (memberships: Actor['memberships'], isPlatformAdmin = false): Actor => ({ userId: 'u', displayName: 'U', email: 'u@x', isPlatformAdmin, memberships })
const path = ['agency', 'province']

describe('who edits the executives', () => {
  it('is the agency’s admin, officer or head, or an administrator above it', () => {
    for (const role of ['admin', 'officer', 'head'] as const) expect(canEditExecutives(actor([{ organisationId: 'agency', role }]), path)).toBe(true)
    expect(canEditExecutives(actor([{ organisationId: 'province', role: 'admin' }]), path)).toBe(true)
    expect(canEditExecutives(actor([], true), path)).toBe(true)
  })
  it('is not other roles, other agencies, oversight or nobody', () => {
    expect(canEditExecutives(actor([{ organisationId: 'agency', role: 'complaint_officer' }]), path)).toBe(false)
    expect(canEditExecutives(actor([{ organisationId: 'agency', role: 'procurement_officer' }]), path)).toBe(false)
    expect(canEditExecutives(actor([{ organisationId: 'other', role: 'admin' }]), path)).toBe(false)
    expect(canEditExecutives(actor([{ organisationId: 'province', role: 'oversight' }]), path)).toBe(false)
    expect(canEditExecutives(actor([{ organisationId: 'agency', role: 'officer' }]), [])).toBe(false)
    expect(canEditExecutives(null, path)).toBe(false)
  })
})

describe('moving within a group', () => {
  const list = [
    { id: 'a', group: 'executive' },
    { id: 'x', group: 'unit_head' },
    { id: 'b', group: 'executive' },
    { id: 'c', group: 'executive' },
  ]
  it('swaps with the next entry of the same group, skipping the other group', () => {
    expect(moveWithinGroup(list, 'b', 'up')?.map((e) => e.id)).toEqual(['b', 'x', 'a', 'c'])
    expect(moveWithinGroup(list, 'a', 'down')?.map((e) => e.id)).toEqual(['b', 'x', 'a', 'c'])
    expect(moveWithinGroup(list, 'b', 'down')?.map((e) => e.id)).toEqual(['a', 'x', 'c', 'b'])
  })
  it('refuses at the ends of a group and for an unknown id', () => {
    expect(moveWithinGroup(list, 'a', 'up')).toBeNull()
    expect(moveWithinGroup(list, 'c', 'down')).toBeNull()
    expect(moveWithinGroup(list, 'x', 'up')).toBeNull()
    expect(moveWithinGroup(list, 'x', 'down')).toBeNull()
    expect(moveWithinGroup(list, 'zzz', 'up')).toBeNull()
  })
  it('offers only the moves that are possible, and groups in their fixed order', () => {
    const moves = movesAllowed(list)
    expect(moves.get('a')).toEqual({ up: false, down: true })
    expect(moves.get('b')).toEqual({ up: true, down: true })
    expect(moves.get('c')).toEqual({ up: true, down: false })
    expect(moves.get('x')).toEqual({ up: false, down: false })
    expect(groupEntries(list).map((g) => [g.group.key, g.entries.map((e) => e.id)])).toEqual([
      ['executive', ['a', 'b', 'c']],
      ['unit_head', ['x']],
    ])
    expect(groupEntries([{ id: 'x', group: 'unit_head' }]).map((g) => g.group.key)).toEqual(['unit_head'])
  })
})
