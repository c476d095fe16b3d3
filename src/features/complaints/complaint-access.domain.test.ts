import { describe, expect, it } from 'vitest'
import { AGENCY, AGENCY_PATH, PROVINCE, allowed, everyRoleOf, sameAgency, sorted } from '../../../test/support/access-table.ts'
import { canCompareAgencies, canEditGuideline, canEnterComplaint, canHandleComplaint, canSeeComplaint, canUseInternalChannel, type CaseScope } from './complaint-access.domain.ts'

/** Finding 10: who reaches a complaint, over every role × same / other agency × province × platform admin. */
const publicCase: CaseScope = { organisationPath: AGENCY_PATH, intake: 'public', subjectUserIds: [] }
const conflictCase: CaseScope = { ...publicCase, intake: 'conflict_of_interest' }
const budgetCase: CaseScope = { ...publicCase, intake: 'budget_objection' }

describe('complaint access rules', () => {
  it('a public complaint is handled by the agency’s complaint officers only (no admin, no platform admin)', () => {
    expect(allowed((a) => canHandleComplaint(a, publicCase))).toEqual(sameAgency('complaint_officer'))
  })

  it('the internal channels are handled by the head only', () => {
    expect(allowed((a) => canHandleComplaint(a, conflictCase))).toEqual(sameAgency('head'))
    expect(allowed((a) => canHandleComplaint(a, budgetCase))).toEqual(sameAgency('head'))
  })

  it('the facts of a public case: its handlers, the head, oversight above; never a platform admin as such', () => {
    expect(allowed((a) => canSeeComplaint(a, publicCase))).toEqual(sorted(sameAgency('complaint_officer', 'head'), 'oversight@province'))
  })

  it('the facts of an internal case stay with the head', () => {
    expect(allowed((a) => canSeeComplaint(a, conflictCase))).toEqual(sameAgency('head'))
    expect(allowed((a) => canSeeComplaint(a, budgetCase))).toEqual(sameAgency('head'))
  })

  it('a person named as the subject sees nothing of the case, whatever their role', () => {
    const aboutTheOfficer: CaseScope = { ...publicCase, subjectUserIds: ['user-complaint_officer-same', 'user-head-same', 'user-oversight-province'] }
    expect(allowed((a) => canHandleComplaint(a, aboutTheOfficer))).toEqual([])
    expect(allowed((a) => canSeeComplaint(a, aboutTheOfficer))).toEqual([])
    const aboutTheHead: CaseScope = { ...conflictCase, subjectUserIds: ['user-head-same'] }
    expect(allowed((a) => canSeeComplaint(a, aboutTheHead))).toEqual([])
  })

  it('entering a complaint from another channel, and editing the guideline', () => {
    expect(allowed((a) => canEnterComplaint(a, AGENCY))).toEqual(sameAgency('complaint_officer'))
    expect(allowed((a) => canEditGuideline(a, AGENCY))).toEqual(sorted(sameAgency('complaint_officer', 'admin', 'head')))
  })

  it('the internal channels are open to every member of the agency, and to no one outside', () => {
    expect(allowed((a) => canUseInternalChannel(a, AGENCY))).toEqual(sorted(everyRoleOf('same')))
  })

  it('comparing agencies: oversight in the body, platform admins', () => {
    expect(allowed((a) => canCompareAgencies(a, PROVINCE))).toEqual(sorted('oversight@province', 'platform-admin'))
    expect(allowed((a) => canCompareAgencies(a, AGENCY))).toEqual(sorted('oversight@same', 'platform-admin'))
  })
})
