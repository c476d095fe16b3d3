import { describe, expect, it } from 'vitest'
import { AGENCY, AGENCY_PATH, PEOPLE, PROVINCE, allowed, everyRoleOf, sameAgency, sorted } from '../../../test/support/access-table.ts'
import { canAdministerOrganisation, canBrowseAudit, canCreateChildOrganisation, canEditHolidays, canGrantRole, canOverseeOrganisation, canReadOutbox, hasRoleIn, isStaffOf, organisationsOf, rolesIn } from './policy.ts'

/** Finding 10: the platform's access rules over every role, in the agency, in a sibling, above it, and platform-wide. */
describe('platform access rules, over every role × same / other agency × province × platform admin', () => {
  it('administering an agency: its admins, admins of a body above, platform admins', () => {
    expect(allowed((a) => canAdministerOrganisation(a, AGENCY_PATH))).toEqual(sorted('admin@same', 'admin@province', 'platform-admin'))
    expect(allowed((a) => canGrantRole(a, AGENCY_PATH))).toEqual(sorted('admin@same', 'admin@province', 'platform-admin'))
  })

  it('overseeing an agency: oversight strictly above it (never the agency’s own oversight role), platform admins', () => {
    expect(allowed((a) => canOverseeOrganisation(a, AGENCY_PATH))).toEqual(sorted('oversight@province', 'platform-admin'))
    expect(allowed((a) => canOverseeOrganisation(a, [PROVINCE]))).toEqual(['platform-admin'])
  })

  it('being staff of an agency: any role in it, and nobody from outside (not even a platform admin)', () => {
    expect(allowed((a) => isStaffOf(a, AGENCY))).toEqual(sorted(everyRoleOf('same')))
  })

  it('creating agencies below a body: its administrators; at the top, platform admins only', () => {
    expect(allowed((a) => canCreateChildOrganisation(a, AGENCY_PATH))).toEqual(sorted('admin@same', 'admin@province', 'platform-admin'))
    expect(allowed((a) => canCreateChildOrganisation(a, null))).toEqual(['platform-admin'])
  })

  it('browsing the audit trail: administrators of the body; the platform-wide trail, platform admins only', () => {
    expect(allowed((a) => canBrowseAudit(a, AGENCY_PATH))).toEqual(sorted('admin@same', 'admin@province', 'platform-admin'))
    expect(allowed((a) => canBrowseAudit(a, null))).toEqual(['platform-admin'])
  })

  it('holidays and the outbox: platform admins only', () => {
    expect(allowed(canEditHolidays)).toEqual(['platform-admin'])
    expect(allowed(canReadOutbox)).toEqual(['platform-admin'])
  })

  it('roles are read per organisation', () => {
    expect(allowed((a) => hasRoleIn(a, AGENCY, 'head', 'complaint_officer'))).toEqual(sorted(sameAgency('head', 'complaint_officer')))
    const two = { ...PEOPLE['head@same']!, memberships: [{ organisationId: AGENCY, role: 'head' as const }, { organisationId: AGENCY, role: 'admin' as const }, { organisationId: PROVINCE, role: 'oversight' as const }] }
    expect(organisationsOf(two).sort()).toEqual([AGENCY, PROVINCE].sort())
    expect(rolesIn(two, AGENCY)).toEqual(['head', 'admin'])
    expect(rolesIn(two, 'somewhere-else')).toEqual([])
  })
})
