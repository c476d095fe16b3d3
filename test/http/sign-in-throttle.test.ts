import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completeSecondFactor } from '../../src/features/accounts/accounts.use-cases.ts'
import { DEMO_PASSWORD } from '../../src/features/demo-data/demo-dataset.ts'
import { createSession, findSession } from '../../src/platform/auth/sessions.ts'
import { newTotpSecret, totpCodeAt } from '../../src/platform/auth/totp.ts'
import { ValidationError } from '../../src/errors.ts'
import { throttleKey } from '../../src/platform/auth/attempt-throttle.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/**
 * Findings 3 and 9: failed sign-ins count per account AND source, in the database, with growing
 * delays: a stranger cannot lock an officer out, and an unknown address gets the same answers as
 * a known one. Wrong second-factor codes count too.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t?.close()
})

async function signInFrom(ip: string, email: string, password: string) {
  const c = t.client()
  await c.get('/sign-in')
  const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  const payload = new URLSearchParams({ _csrf: c.lastCsrf!, email, password }).toString()
  return t.app.inject({ method: 'POST', url: '/sign-in', remoteAddress: ip, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload })
}

describe('sign-in throttling', () => {
  it('a stranger guessing an officer’s password slows only themselves; the officer signs in from their own desk', async () => {
    const answers: number[] = []
    for (let i = 0; i < 8; i++) answers.push((await signInFrom('203.0.113.66', 'wt-officer@prongsai.test', `guess-${i}`)).statusCode)
    expect(answers.every((s) => s === 422)).toBe(true)
    const blocked = await signInFrom('203.0.113.66', 'wt-officer@prongsai.test', DEMO_PASSWORD)
    expect(blocked.statusCode).toBe(422)
    expect(blocked.body).toContain('กรุณารอ')
    const officer = await signInFrom('198.51.100.7', 'wt-officer@prongsai.test', DEMO_PASSWORD)
    expect(officer.statusCode).toBe(303)
    expect(officer.headers.location).toBe('/staff')
    // The account itself is never locked.
    const row = await t.db.selectFrom('users').select('locked_until').where('email', '=', 'wt-officer@prongsai.test').executeTakeFirstOrThrow()
    expect(row.locked_until).toBeNull()
  })

  it('answers an unknown address exactly as a known one, wrong password and throttle alike', async () => {
    const strip = (b: string) => b.replace(/name="_csrf" value="[^"]+"/g, '').replace(/value="[^"]*@prongsai.test"/g, '').replace(/[0-9a-f-]{36}/g, '')
    const known: string[] = []
    const unknown: string[] = []
    for (let i = 0; i < 7; i++) {
      known.push(strip((await signInFrom('203.0.113.5', 'wt-head@prongsai.test', 'nope-nope')).body))
      unknown.push(strip((await signInFrom('203.0.113.5', 'nobody-at-all@prongsai.test', 'nope-nope')).body))
    }
    expect(unknown).toEqual(known)
    expect(known.at(-1)).toContain('กรุณารอ')
  })

  it('counts in the database, so every instance sees the same tries, with delays that grow', async () => {
    const rows = await t.db.selectFrom('abuse_counters').select(['key', 'failures', 'blocked_until']).where('key', 'like', 'sign-in:%').execute()
    expect(rows.length).toBeGreaterThanOrEqual(3)
    // No address or e-mail is stored in clear in a key.
    for (const r of rows) expect(r.key).not.toMatch(/@|203\.0/)
    const worst = rows.find((r) => r.key === throttleKey('sign-in', 'wt-officer@prongsai.test', '203.0.113.66'))!
    // Attempts while blocked are refused without counting: 4 free failures, the fifth blocks for 30 s.
    expect(worst.failures).toBe(5)
    expect(worst.blocked_until!.getTime() - t.clock.now.getTime()).toBe(30_000)
    // Once the wait is over, the next failure waits twice as long.
    t.clock.now = new Date(t.clock.now.getTime() + 31_000)
    expect((await signInFrom('203.0.113.66', 'wt-officer@prongsai.test', 'again-wrong')).statusCode).toBe(422)
    const after = await t.db.selectFrom('abuse_counters').select(['failures', 'blocked_until']).where('key', '=', worst.key).executeTakeFirstOrThrow()
    expect(after.failures).toBe(6)
    expect(after.blocked_until!.getTime() - t.clock.now.getTime()).toBe(60_000)
  })
})

describe('second-factor codes', () => {
  it('wrong codes count per account: after four free tries even the right code must wait', async () => {
    const secret = newTotpSecret()
    const userId = await t.userId('wt-ita@prongsai.test')
    await t.db.updateTable('users').set({ totp_secret: secret, totp_enabled: true }).where('id', '=', userId).execute()
    const token = await createSession(t.db, { userId, now: t.clock.now, ttlHours: 12, secondFactorDone: false, privateKey: null })
    const session = (await findSession(t.db, token, t.clock.now))!
    const deps = { db: t.db, now: t.clock.now, ttlHours: 12, baseUrl: 'http://localhost:3000' }
    for (let i = 0; i < 5; i++) {
      const e = await completeSecondFactor(deps, session, '000000').catch((x: unknown) => x)
      expect(e).toBeInstanceOf(ValidationError)
    }
    const right = await completeSecondFactor(deps, session, totpCodeAt(secret, t.clock.now)).catch((x: unknown) => x)
    expect(right).toBeInstanceOf(ValidationError)
    expect(JSON.stringify((right as ValidationError).fields)).toContain('กรุณารอ')
    const later = { ...deps, now: new Date(t.clock.now.getTime() + 31_000) }
    await completeSecondFactor(later, session, totpCodeAt(secret, later.now))
    expect((await findSession(t.db, token, later.now))?.secondFactorDone).toBe(true)
  })
})
