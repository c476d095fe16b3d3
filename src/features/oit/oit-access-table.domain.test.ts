import { describe, expect, it } from 'vitest'
import { AGENCY_PATH, PROVINCE, allowed, sameAgency, sorted } from '../../../test/support/access-table.ts'
import { canEditOitWorkspace, canManageCatalogues, canOverseeBelow, canReadOitWorkspace, canReopenOitEntry } from './oit-access.domain.ts'

/**
 * Finding 10: who reaches an agency's OIT workspace, over every role × same / other agency ×
 * province × platform admin. Which of the agency's own roles may READ drafts is finding 5's
 * (the "oit" helper's) to decide, so only what must hold either way is asserted for reading.
 */
describe('OIT access rules', () => {
  it('catalogues are national reference data: platform admins only', () => {
    expect(allowed(canManageCatalogues)).toEqual(['platform-admin'])
  })

  it('the workspace is answered by the ITA coordinator, head and admin, an admin above, platform admins', () => {
    expect(allowed((a) => canEditOitWorkspace(a, AGENCY_PATH))).toEqual(sorted(sameAgency('ita_coordinator', 'head', 'admin'), 'admin@province', 'platform-admin'))
  })

  it('reading the workspace: every editor and oversight above may; no one of a sibling agency, nobody anonymous', () => {
    const readers = allowed((a) => canReadOitWorkspace(a, AGENCY_PATH))
    for (const must of [...sameAgency('ita_coordinator', 'head', 'admin'), 'admin@province', 'oversight@province', 'platform-admin']) expect(readers).toContain(must)
    expect(readers.filter((k) => k.endsWith('@other') || k === 'anonymous')).toEqual([])
  })

  it('seeing the agencies below: oversight in the body or above it, platform admins', () => {
    expect(allowed((a) => canOverseeBelow(a, [PROVINCE]))).toEqual(sorted('oversight@province', 'platform-admin'))
    expect(allowed((a) => canOverseeBelow(a, AGENCY_PATH))).toEqual(sorted('oversight@same', 'oversight@province', 'platform-admin'))
  })

  it('reopening a submitted item: the ITA coordinator or the head of the agency, no one else', () => {
    expect(allowed((a) => canReopenOitEntry(a, AGENCY_PATH))).toEqual(sorted(sameAgency('ita_coordinator', 'head')))
  })
})
