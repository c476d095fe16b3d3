import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/features/demo-data/demo-dataset.ts'
import { findSession } from '../../src/platform/auth/sessions.ts'
import { SESSION_COOKIE } from '../../src/web/http/request-context.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/** Finding 4: the CSRF token is bound to the session, and sign-in and sign-out start afresh. */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t?.close()
})

describe('CSRF tokens bound to the session', () => {
  it('a token taken before signing in is refused after, as a CSRF refusal (not a permission one)', async () => {
    const c = t.client()
    await c.get('/sign-in')
    const anonymousToken = c.lastCsrf!
    const csrfCookie = c.cookies.get('_csrf')!
    const signedIn = await c.post('/sign-in', { email: 'wt-admin@prongsai.test', password: DEMO_PASSWORD })
    expect(signedIn.statusCode).toBe(303)
    // Sign-in gives a new CSRF secret too.
    expect(c.cookies.has('_csrf')).toBe(false)
    c.cookies.set('_csrf', csrfCookie)
    const res = await c.post('/account/password', { current_password: DEMO_PASSWORD, new_password: 'x', confirm_password: 'x' }, { csrf: anonymousToken })
    expect(res.statusCode).toBe(403)
    expect(res.headers['x-error-code']).toBe('csrf_invalid')
    expect(res.body).toContain('data-error-code="csrf_invalid"')
  })

  it('a token of one session does not work with another session’s cookie, even with the same CSRF secret', async () => {
    const a = await t.asUser('wt-admin@prongsai.test')
    await a.get('/account')
    const b = await t.asUser('wt-admin@prongsai.test')
    b.cookies.set('_csrf', a.cookies.get('_csrf')!)
    const stolen = await b.post('/account/password', { current_password: DEMO_PASSWORD, new_password: 'x', confirm_password: 'x' }, { csrf: a.lastCsrf! })
    expect(stolen.statusCode).toBe(403)
    expect(stolen.headers['x-error-code']).toBe('csrf_invalid')
    // The same request with the session's own token passes the CSRF check (and fails on the form instead).
    const own = await a.post('/account/password', { current_password: DEMO_PASSWORD, new_password: 'x', confirm_password: 'x' })
    expect(own.statusCode).toBe(422)
  })

  it('a permission refusal says forbidden, not csrf_invalid', async () => {
    const c = await t.asUser('wt-officer@prongsai.test')
    await c.get('/account')
    const res = await c.post('/admin/outbox/00000000-0000-0000-0000-000000000000/send-again', {})
    expect(res.statusCode).toBe(403)
    expect(res.headers['x-error-code']).toBe('forbidden')
  })
})

describe('session ids', () => {
  it('sign-in issues a new session id and deletes the one the browser had; sign-out ends it and the CSRF secret', async () => {
    const c = t.client()
    await c.get('/sign-in')
    const first = await c.post('/sign-in', { email: 'wt-officer@prongsai.test', password: DEMO_PASSWORD })
    expect(first.statusCode).toBe(303)
    const firstToken = c.cookies.get(SESSION_COOKIE)!
    // A second sign-in from the same browser (fixation: a session cookie already there) gets a new id.
    await c.get('/account')
    const again = await c.post('/sign-in', { email: 'wt-admin@prongsai.test', password: DEMO_PASSWORD })
    expect(again.statusCode).toBe(303)
    const second = c.cookies.get(SESSION_COOKIE)!
    expect(second).not.toBe(firstToken)
    expect(await findSession(t.db, firstToken, t.clock.now)).toBeNull()
    await c.get('/account')
    const out = await c.post('/sign-out', {})
    expect(out.statusCode).toBe(303)
    expect(c.cookies.has(SESSION_COOKIE)).toBe(false)
    expect(c.cookies.has('_csrf')).toBe(false)
    expect(await findSession(t.db, second, t.clock.now)).toBeNull()
  })
})
