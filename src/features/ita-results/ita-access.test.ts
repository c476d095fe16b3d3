import { describe, expect, it } from 'vitest'
import { AGENCY_PATH, allowedSignedIn, everyRoleOf, sameAgency, sorted } from '../../../test/support/access-table.ts'
import { canEditPlanOf, canImportResults, canManageMeasures, canReadItaOf } from './ita-access.ts'

/** Finding 10: who reaches an agency's ITA results and plan, over every role × same / other agency × province × platform admin. */
describe('ITA access rules', () => {
  it('results and plan are read by the agency’s own staff, oversight above it and platform admins; never a sibling agency', () => {
    expect(allowedSignedIn((a) => canReadItaOf(a, AGENCY_PATH))).toEqual(sorted(everyRoleOf('same'), 'oversight@province', 'platform-admin'))
  })

  it('the improvement plan is kept by the ITA coordinator, the head and the agency admin', () => {
    expect(allowedSignedIn((a) => canEditPlanOf(a, AGENCY_PATH))).toEqual(sorted(sameAgency('ita_coordinator', 'head', 'admin')))
  })

  it('importing results and keeping the measure library: whoever holds an oversight role, and platform admins', () => {
    const overseers = sorted('oversight@same', 'oversight@other', 'oversight@province', 'platform-admin')
    expect(allowedSignedIn(canImportResults)).toEqual(overseers)
    expect(allowedSignedIn(canManageMeasures)).toEqual(overseers)
  })
})
