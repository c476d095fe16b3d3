import { describe, expect, it } from 'vitest'
import { allowedCommands, can, canSee, nextStatus, type IncidentFacts, type Standing } from './content-incidents.domain.ts'

const reporter: Standing = { reporter: true, head: false, oversight: false }
const head: Standing = { reporter: false, head: true, oversight: false }
const oversight: Standing = { reporter: false, head: false, oversight: true }
const stranger: Standing = { reporter: false, head: false, oversight: false }
const reported: IncidentFacts = { status: 'reported', escalated: false }
const escalated: IncidentFacts = { status: 'escalated', escalated: true }
const closedByHead: IncidentFacts = { status: 'closed', escalated: false }
const closedAfterEscalation: IncidentFacts = { status: 'closed', escalated: true }

describe('who sees an incident', () => {
  it('is the reporter and the head always, oversight only once escalated, nobody else', () => {
    for (const i of [reported, escalated, closedByHead, closedAfterEscalation]) {
      expect(canSee(reporter, i)).toBe(true)
      expect(canSee(head, i)).toBe(true)
      expect(canSee(stranger, i)).toBe(false)
    }
    expect(canSee(oversight, reported)).toBe(false)
    expect(canSee(oversight, closedByHead)).toBe(false)
    expect(canSee(oversight, escalated)).toBe(true)
    expect(canSee(oversight, closedAfterEscalation)).toBe(true)
  })
})

describe('the state machine', () => {
  it('lets the head act, escalate or close a reported incident; the reporter and oversight nothing', () => {
    expect(allowedCommands(head, reported)).toEqual(['record_action', 'escalate', 'close'])
    expect(allowedCommands(reporter, reported)).toEqual([])
    expect(allowedCommands(oversight, reported)).toEqual([])
  })
  it('after escalation: oversight responds and closes; the head may still record actions but not close or escalate again', () => {
    expect(allowedCommands(oversight, escalated)).toEqual(['respond', 'close'])
    expect(allowedCommands(head, escalated)).toEqual(['record_action'])
    expect(can(head, escalated, 'close')).toBe(false)
    expect(can(head, escalated, 'escalate')).toBe(false)
  })
  it('allows nothing once closed', () => {
    for (const s of [reporter, head, oversight, { reporter: true, head: true, oversight: true }]) {
      expect(allowedCommands(s, closedByHead)).toEqual([])
      expect(allowedCommands(s, closedAfterEscalation)).toEqual([])
    }
  })
  it('moves reported → escalated → closed, and actions leave the state alone', () => {
    expect(nextStatus('reported', 'escalate')).toBe('escalated')
    expect(nextStatus('reported', 'close')).toBe('closed')
    expect(nextStatus('escalated', 'close')).toBe('closed')
    expect(nextStatus('reported', 'record_action')).toBe('reported')
    expect(nextStatus('escalated', 'respond')).toBe('escalated')
  })
})
