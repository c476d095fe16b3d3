import { describe, expect, it } from 'vitest'
import { LOCK_MINUTES, MAX_FAILED_SIGN_INS, afterFailedSignIn, isLocked, minutesLeft, secondFactorNeeded, totpStepAccepted } from './accounts.domain.ts'

const now = new Date('2026-11-22T03:00:00Z')

describe('sign-in lockout', () => {
  it('locks on the fifth wrong password, for fifteen minutes', () => {
    let s = { failedLogins: 0, lockedUntil: null as Date | null }
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) {
      const r = afterFailedSignIn(s, now)
      expect(r.justLocked).toBe(false)
      s = r
    }
    const r = afterFailedSignIn(s, now)
    expect(r.justLocked).toBe(true)
    expect(r.lockedUntil!.getTime() - now.getTime()).toBe(LOCK_MINUTES * 60_000)
    expect(isLocked(r, now)).toBe(true)
    expect(isLocked(r, new Date(now.getTime() + LOCK_MINUTES * 60_000))).toBe(false)
  })
  it('starts counting afresh once a lock has expired', () => {
    const expired = { failedLogins: 0, lockedUntil: new Date(now.getTime() - 1000) }
    expect(afterFailedSignIn(expired, now)).toMatchObject({ failedLogins: 1, justLocked: false })
  })
  it('rounds the minutes left up, never showing zero', () => {
    expect(minutesLeft(new Date(now.getTime() + 61_000), now)).toBe(2)
    expect(minutesLeft(new Date(now.getTime() + 1_000), now)).toBe(1)
  })
})

describe('two-factor', () => {
  it('challenges people who enabled it and enrols people whose organisation requires it', () => {
    expect(secondFactorNeeded({ totpEnabled: true }, false)).toBe('challenge')
    expect(secondFactorNeeded({ totpEnabled: false }, true)).toBe('enrol')
    expect(secondFactorNeeded({ totpEnabled: false }, false)).toBe('none')
  })
  it('refuses a code step that was already used', () => {
    expect(totpStepAccepted(100, null)).toBe(true)
    expect(totpStepAccepted(101, 100)).toBe(true)
    expect(totpStepAccepted(100, 100)).toBe(false)
    expect(totpStepAccepted(99, 100)).toBe(false)
  })
})
