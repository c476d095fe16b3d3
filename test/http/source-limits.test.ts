import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSession } from '../../src/platform/auth/sessions.ts'
import { newTotpSecret } from '../../src/platform/auth/totp.ts'
import { SESSION_COOKIE } from '../../src/web/http/request-context.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/**
 * Finding 9: the second factor, its setup, the forgotten-password form, reset links and
 * invitations each have a limit per source of their own, kept in the database; and the source
 * is the connection's address unless TRUST_PROXY says which proxy to believe.
 */
type Form = Record<string, string>

/** A browser at one address (and, optionally, behind a proxy that adds X-Forwarded-For). */
async function send(app: FastifyInstance, from: { ip: string; forwardedFor?: string; session?: string }, pageUrl: string, actionUrl: string, form: Form): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = from.forwardedFor ? { 'x-forwarded-for': from.forwardedFor } : {}
  const sessionCookie = from.session ? `${SESSION_COOKIE}=${from.session}` : ''
  const page = await app.inject({ method: 'GET', url: pageUrl, remoteAddress: from.ip, headers: { ...headers, cookie: sessionCookie } })
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? ''
  const cookie = [sessionCookie, ...(page.cookies as { name: string; value: string }[]).map((c) => `${c.name}=${c.value}`)].filter(Boolean).join('; ')
  return app.inject({
    method: 'POST',
    url: actionUrl,
    remoteAddress: from.ip,
    headers: { ...headers, cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrf, ...form }).toString(),
  })
}

function expectLimited(res: LightMyRequestResponse) {
  expect(res.statusCode).toBe(429)
  expect(res.headers['x-error-code']).toBe('rate_limited')
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
}

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t?.close()
})

describe('limits per source of their own', () => {
  it('/forgot-password: ten requests a quarter hour from one source, then 429; another source is not affected', async () => {
    const forgot = (ip: string, email: string) => send(t.app, { ip }, '/forgot-password', '/forgot-password', { email })
    for (let i = 0; i < 10; i++) expect((await forgot('203.0.113.1', `someone-${i}@example.test`)).statusCode).toBe(200)
    expectLimited(await forgot('203.0.113.1', 'wt-officer@prongsai.test'))
    expect((await forgot('203.0.113.2', 'wt-officer@prongsai.test')).statusCode).toBe(200)
  })

  it('/reset-password/:token and /invitations/:token count separately from each other and from /forgot-password', async () => {
    // Dead links show no form, so the CSRF token comes from another page of the same browser.
    const reset = (ip: string, i: number) => send(t.app, { ip }, `/forgot-password`, `/reset-password/not-a-token-${i}`, { password: 'a-long-password', confirm: 'a-long-password' })
    const invite = (ip: string, i: number) => send(t.app, { ip }, `/forgot-password`, `/invitations/not-a-token-${i}`, {})
    for (let i = 0; i < 10; i++) expect((await reset('203.0.113.1', i)).statusCode).toBe(404)
    expectLimited(await reset('203.0.113.1', 99))
    for (let i = 0; i < 10; i++) expect((await invite('203.0.113.1', i)).statusCode).toBe(303)
    expectLimited(await invite('203.0.113.1', 99))
    expect((await reset('203.0.113.3', 100)).statusCode).toBe(404)
  })

  it('/sign-in/two-factor: twenty wrong codes from one source, over several accounts, then 429 there only', async () => {
    const pendingFor = async (email: string) => {
      const userId = await t.userId(email)
      await t.db.updateTable('users').set({ totp_secret: newTotpSecret(), totp_enabled: true }).where('id', '=', userId).execute()
      return createSession(t.db, { userId, now: t.clock.now, ttlHours: 12, secondFactorDone: false, privateKey: null })
    }
    const code = (ip: string, session: string) => send(t.app, { ip, session }, '/sign-in/two-factor', '/sign-in/two-factor', { code: '000000' })
    const sessions = [await pendingFor('wt-ita@prongsai.test'), await pendingFor('wt-head@prongsai.test'), await pendingFor('wt-procurement@prongsai.test')]
    for (let i = 0; i < 20; i++) expect((await code('203.0.113.9', sessions[i % 3]!)).statusCode).toBe(422)
    expectLimited(await code('203.0.113.9', sessions[0]!))
    // Elsewhere the same account is only under its own (per-account) throttle: a 422 form, not a 429.
    expect((await code('198.51.100.9', await pendingFor('nb-officer@prongsai.test'))).statusCode).toBe(422)
  })

  it('/sign-in/two-factor/setup: wrong enrolment codes count per source', async () => {
    const userId = await t.userId('wt-admin@prongsai.test')
    await t.db.updateTable('users').set({ totp_secret: null, totp_enabled: false }).where('id', '=', userId).execute()
    const session = await createSession(t.db, { userId, now: t.clock.now, ttlHours: 12, secondFactorDone: false, privateKey: null })
    const enrol = (ip: string) => send(t.app, { ip, session }, '/sign-in/two-factor/setup', '/sign-in/two-factor/setup', { code: '000000' })
    for (let i = 0; i < 20; i++) expect((await enrol('203.0.113.12')).statusCode).toBe(422)
    expectLimited(await enrol('203.0.113.12'))
    expect((await enrol('203.0.113.13')).statusCode).toBe(422)
  })
})

describe('the source of a request', () => {
  it('without TRUST_PROXY, a client cannot change its source by writing X-Forwarded-For', async () => {
    for (let i = 0; i < 10; i++) {
      const res = await send(t.app, { ip: '203.0.113.40', forwardedFor: `192.0.2.${i + 1}` }, '/forgot-password', '/forgot-password', { email: 'x@example.test' })
      expect(res.statusCode).toBe(200)
    }
    expectLimited(await send(t.app, { ip: '203.0.113.40', forwardedFor: '192.0.2.200' }, '/forgot-password', '/forgot-password', { email: 'x@example.test' }))
  })

  it('with TRUST_PROXY=true, the address the proxy saw is the source; what a client wrote before it is ignored', async () => {
    const behind = await createTestApp({ env: { TRUST_PROXY: 'true' } })
    try {
      const proxy = '10.0.0.2'
      const forgot = (forwardedFor: string) => send(behind.app, { ip: proxy, forwardedFor }, '/forgot-password', '/forgot-password', { email: 'x@example.test' })
      // The proxy appends the address it saw; the spoofed part on the left changes every time.
      for (let i = 0; i < 10; i++) expect((await forgot(`192.0.2.${i + 1}, 203.0.113.50`)).statusCode).toBe(200)
      expectLimited(await forgot('192.0.2.99, 203.0.113.50'))
      // Another citizen behind the same proxy is their own source.
      expect((await forgot('203.0.113.51')).statusCode).toBe(200)
    } finally {
      await behind.close()
    }
  })

  it('TRUST_PROXY accepts false, true, a number of proxies or their addresses, and nothing else', async () => {
    const { loadConfig } = await import('../../src/config.ts')
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false)
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toBe('10.0.0.0/8, 127.0.0.1')
    const one = loadConfig({ TRUST_PROXY: 'true' }).trustProxy as (a: string, hop: number) => boolean
    expect([one('10.0.0.2', 0), one('192.0.2.1', 1)]).toEqual([true, false])
    const two = loadConfig({ TRUST_PROXY: '2' }).trustProxy as (a: string, hop: number) => boolean
    expect([two('x', 1), two('x', 2)]).toEqual([true, false])
    expect(() => loadConfig({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY/)
  })
})
