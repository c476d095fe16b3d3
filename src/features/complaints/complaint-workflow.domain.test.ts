import { describe, expect, it } from 'vitest'
import { STATUSES, allowedNext, anonymousBarMet, checkTransition, isCompleted } from './complaint-workflow.domain.ts'

describe('the complaint workflow', () => {
  it('goes received → screening → accepted → assigned → investigating → outcome → closed', () => {
    expect(checkTransition('received', { to: 'screening' })).toBeNull()
    expect(checkTransition('screening', { to: 'accepted' })).toBeNull()
    expect(checkTransition('accepted', { to: 'assigned', officerId: 'u1' })).toBeNull()
    expect(checkTransition('assigned', { to: 'investigating' })).toBeNull()
    expect(checkTransition('investigating', { to: 'outcome', outcome: 'disciplinary', summary: 'ลงโทษภาคทัณฑ์' })).toBeNull()
    expect(checkTransition('outcome', { to: 'closed', resultForComplainant: 'แจ้งผลแล้ว' })).toBeNull()
  })

  it('lets screening turn a complaint down only with a recorded ground and reason', () => {
    expect(checkTransition('screening', { to: 'not_accepted', ground: 'insufficient_evidence', reason: '  ' })?.th).toContain('เหตุผล')
    expect(checkTransition('screening', { to: 'not_accepted', ground: 'insufficient_evidence', reason: 'ไม่มีพยาน' })).toBeNull()
    expect(allowedNext('not_accepted')).toEqual(['closed'])
  })

  it('refuses skipping steps or reopening a closed complaint, saying so in Thai and English', () => {
    const p = checkTransition('received', { to: 'investigating' })
    expect(p?.th).toContain('รับเรื่องแล้ว')
    expect(p?.en).toContain('cannot become')
    expect(allowedNext('closed')).toEqual([])
    expect(checkTransition('closed', { to: 'screening' })).not.toBeNull()
  })

  it('allows transferring to another officer during assignment and investigation', () => {
    expect(checkTransition('assigned', { to: 'assigned', officerId: 'u2' })).toBeNull()
    expect(checkTransition('investigating', { to: 'assigned', officerId: 'u2' })).toBeNull()
  })

  it('requires an outcome summary and a result for the complainant', () => {
    expect(checkTransition('investigating', { to: 'outcome', outcome: 'unfounded', summary: '' })).not.toBeNull()
    expect(checkTransition('outcome', { to: 'closed', resultForComplainant: '' })).not.toBeNull()
  })

  it('counts closed and not-accepted complaints as completed, everything else as in progress', () => {
    expect(STATUSES.filter(isCompleted)).toEqual(['not_accepted', 'closed'])
  })

  it('takes up an anonymous complaint only with evidence or a named witness (§2.3)', () => {
    expect(anonymousBarMet({ anonymous: true, evidenceCount: 0, witnesses: '' })).toBe(false)
    expect(anonymousBarMet({ anonymous: true, evidenceCount: 1, witnesses: '' })).toBe(true)
    expect(anonymousBarMet({ anonymous: true, evidenceCount: 0, witnesses: 'นายสมชาย ใจดี' })).toBe(true)
    expect(anonymousBarMet({ anonymous: false, evidenceCount: 0, witnesses: '' })).toBe(true)
  })
})
