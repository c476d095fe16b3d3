import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/auth/actor.ts'
import { administeredOrganisations, changedFields, isValidSlug, logoAfter, parentChangeProblem, pathWithin, subtreeIds } from './organisations.domain.ts'

// province ─┬─ district ── village
//           └─ town
const orgs = [
  { id: 'province', parent_id: null },
  { id: 'district', parent_id: 'province' },
  { id: 'village', parent_id: 'district' },
  { id: 'town', parent_id: 'province' },
]
const byId = new Map(orgs.map((o) => [o.id, o]))
const pathOf = (id: string) => pathWithin(byId, id)

describe('moving an organisation to a new parent', () => {
  it('allows a parent elsewhere in the tree', () => {
    expect(parentChangeProblem('town', pathOf('district'))).toBeNull()
    expect(parentChangeProblem('village', pathOf('town'))).toBeNull()
  })

  it('allows moving to the top level', () => {
    expect(parentChangeProblem('district', null)).toBeNull()
  })

  it('refuses the organisation itself as its parent', () => {
    expect(parentChangeProblem('district', pathOf('district'))).toBe('self')
  })

  it('refuses a child or grandchild as the parent, which would make a loop', () => {
    expect(parentChangeProblem('province', pathOf('district'))).toBe('descendant')
    expect(parentChangeProblem('province', pathOf('village'))).toBe('descendant')
    expect(parentChangeProblem('district', pathOf('village'))).toBe('descendant')
  })
})

describe('paths and subtrees', () => {
  it('walks up to the root', () => {
    expect(pathOf('village')).toEqual(['village', 'district', 'province'])
  })

  it('stops instead of spinning on data that already loops', () => {
    const looped = new Map([
      ['a', { id: 'a', parent_id: 'b' }],
      ['b', { id: 'b', parent_id: 'a' }],
    ])
    expect(pathWithin(looped, 'a')).toEqual(['a', 'b'])
  })

  it('collects an organisation and everything below it', () => {
    expect([...subtreeIds(orgs, 'district')].sort()).toEqual(['district', 'village'])
    expect(subtreeIds(orgs, 'province').size).toBe(4)
  })
})

describe('who administers what', () => {
  const actor = (memberships: Actor['memberships'], isPlatformAdmin = false): Actor => ({ userId: 'u', displayName: 'U', email: 'u@x.test', isPlatformAdmin, memberships })

  it('gives a province admin the province and everything below it', () => {
    const a = actor([{ organisationId: 'province', role: 'admin' }])
    expect(administeredOrganisations(a, orgs).map((o) => o.id)).toEqual(['province', 'district', 'village', 'town'])
  })

  it('gives an agency admin only their agency and what is below it', () => {
    const a = actor([{ organisationId: 'district', role: 'admin' }])
    expect(administeredOrganisations(a, orgs).map((o) => o.id)).toEqual(['district', 'village'])
  })

  it('gives other roles nothing to administer', () => {
    expect(administeredOrganisations(actor([{ organisationId: 'province', role: 'oversight' }]), orgs)).toEqual([])
  })

  it('gives a platform admin everything', () => {
    expect(administeredOrganisations(actor([], true), orgs)).toHaveLength(4)
  })
})

describe('slugs', () => {
  it('accepts lowercase letters, digits and single hyphens', () => {
    for (const s of ['wiang-thong', 'nong-bua-2', 'ab']) expect(isValidSlug(s)).toBe(true)
  })
  it('refuses capitals, Thai, spaces, leading or doubled hyphens, and one-letter slugs', () => {
    for (const s of ['Wiang', 'เวียงทอง', 'wiang thong', '-wiang', 'wiang--thong', 'wiang-', 'a', 'a/b']) expect(isValidSlug(s)).toBe(false)
  })
})

// Whether the bytes are an image is the file service's business (src/platform/files); here only the choice.
describe('what an edit does to the logo', () => {
  it('keeps, replaces or removes it as asked', () => {
    expect(logoAfter('a', { kind: 'keep' })).toBeUndefined()
    expect(logoAfter('a', { kind: 'set', fileId: 'b' })).toBe('b')
    expect(logoAfter(null, { kind: 'set', fileId: 'b' })).toBe('b')
    expect(logoAfter('a', { kind: 'remove' })).toBeNull()
  })
  it('changes nothing when the new logo is the current one, or there is none to remove', () => {
    expect(logoAfter('a', { kind: 'set', fileId: 'a' })).toBeUndefined()
    expect(logoAfter(null, { kind: 'remove' })).toBeUndefined()
  })
})

describe('audit summaries', () => {
  it('keeps only the fields that changed', () => {
    const before = { parent_id: null, slug: 'a', kind: 'sao', name_th: 'ก', name_en: '', address: '', phone: '', email: '', website: '', require_staff_totp: false }
    expect(changedFields(before, { ...before, name_th: 'ข', require_staff_totp: true })).toEqual({
      before: { name_th: 'ก', require_staff_totp: false },
      after: { name_th: 'ข', require_staff_totp: true },
    })
  })
})
