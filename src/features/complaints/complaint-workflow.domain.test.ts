import { describe, expect, it } from 'vitest'
import { STATUSES, allowedNext, anonymousBarMet, checkOrder, checkTransition, isCompleted, orderedStatus, proposalsFrom } from './complaint-workflow.domain.ts'

describe('the complaint workflow', () => {
  it('goes received → screening → proposal → (head orders) → assigned → investigating → findings → (head orders) → closed', () => {
    expect(checkTransition('received', { to: 'screening' })).toBeNull()
    expect(checkTransition('screening', { to: 'awaiting_order', proposal: { kind: 'investigate', committee: 'นายก ประธาน', reason: 'มีมูล' } })).toBeNull()
    expect(checkOrder('awaiting_order', { decision: 'ordered', note: 'อนุมัติ' })).toBeNull()
    expect(orderedStatus('investigate')).toBe('accepted')
    expect(checkTransition('accepted', { to: 'assigned', officerId: 'u1' })).toBeNull()
    expect(checkTransition('assigned', { to: 'investigating' })).toBeNull()
    expect(checkTransition('investigating', { to: 'awaiting_order', proposal: { kind: 'findings', outcome: 'disciplinary', reason: 'ลงโทษภาคทัณฑ์' } })).toBeNull()
    expect(orderedStatus('findings')).toBe('outcome')
    expect(checkTransition('outcome', { to: 'closed', resultForComplainant: 'แจ้งผลแล้ว' })).toBeNull()
  })

  it('leaves the head’s order to the head: no officer step leads out of awaiting_order, and nothing closes before an order', () => {
    expect(allowedNext('awaiting_order')).toEqual([])
    expect(allowedNext('screening')).toEqual(['awaiting_order'])
    expect(checkTransition('screening', { to: 'closed', resultForComplainant: 'x' })).not.toBeNull()
    expect(checkTransition('investigating', { to: 'closed', resultForComplainant: 'x' })).not.toBeNull()
    expect(checkTransition('awaiting_order', { to: 'closed', resultForComplainant: 'x' })).not.toBeNull()
    expect(orderedStatus('not_accept')).toBe('not_accepted')
    expect(orderedStatus('refer')).toBe('outcome')
  })

  it('offers the proposals of the step: whether to take it up when screening, the findings after an investigation', () => {
    expect(proposalsFrom('screening')).toEqual(['not_accept', 'investigate', 'refer'])
    expect(proposalsFrom('investigating')).toEqual(['findings', 'refer'])
    expect(checkTransition('screening', { to: 'awaiting_order', proposal: { kind: 'findings', outcome: 'unfounded', reason: 'x' } })?.en).toContain('not possible')
  })

  it('asks for the reasons, the committee and the agency referred to, and a note with every order', () => {
    expect(checkTransition('screening', { to: 'awaiting_order', proposal: { kind: 'not_accept', ground: 'insufficient_evidence', reason: '  ' } })?.th).toContain('เหตุผล')
    expect(checkTransition('screening', { to: 'awaiting_order', proposal: { kind: 'not_accept', ground: 'insufficient_evidence', reason: 'ไม่มีพยาน' } })).toBeNull()
    expect(checkTransition('screening', { to: 'awaiting_order', proposal: { kind: 'investigate', committee: ' ', reason: 'มีมูล' } })?.th).toContain('คณะกรรมการ')
    expect(checkTransition('screening', { to: 'awaiting_order', proposal: { kind: 'refer', referTo: '', reason: 'นอกอำนาจ' } })?.th).toContain('หน่วยงาน')
    expect(checkOrder('awaiting_order', { decision: 'returned', note: ' ' })?.th).toContain('ส่งกลับ')
    expect(checkOrder('screening', { decision: 'ordered', note: 'อนุมัติ' })).not.toBeNull()
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

  it('requires a result for the complainant', () => {
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
