import { Writable } from 'node:stream'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createApp } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import { DEMO_PASSWORD } from '../../src/features/demo-data/demo-dataset.ts'
import { Client } from '../support/test-app.ts'
import { createTestDb } from '../support/test-db.ts'

const lines: string[] = []
const sink = new Writable({
  write(chunk, _enc, done) {
    lines.push(String(chunk))
    done()
  },
})
let handle: Awaited<ReturnType<typeof createTestDb>>
let app: Awaited<ReturnType<typeof createApp>>

beforeAll(async () => {
  handle = await createTestDb()
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', DEMO_DATA: 'false', SIGN_IN_RATE_PER_MINUTE: '1000' })
  app = await createApp({ db: handle.db, engine: handle.engine, config, clock: () => new Date(), logStream: sink })
})
afterAll(async () => {
  await app.close()
  await handle.close()
})

it('logs requests with an id but without passwords, cookies, tokens, query strings or client addresses', async () => {
  const c = new Client(app)
  await c.get('/sign-in?next=%2Fstaff&secret-query=1')
  await c.post('/sign-in', { email: 'wt-officer@prongsai.test', password: DEMO_PASSWORD })
  const session = c.cookies.get('prongsai_session')!
  await c.get('/staff', { 'x-forwarded-for': '203.0.113.9', 'user-agent': 'Mozilla/5.0 SecretAgent' })
  await c.get('/reset-password/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789')
  const log = lines.join('')
  expect(log).toContain('"reqId"')
  expect(log).toContain('/staff')
  for (const secret of [DEMO_PASSWORD, session, 'secret-query', '203.0.113.9', '127.0.0.1', 'SecretAgent', 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', 'wt-officer@prongsai.test']) {
    expect(log).not.toContain(secret)
  }
})

it('returns the request id to the client so a problem can be traced', async () => {
  const res = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'trace-me-12345' } })
  expect(res.headers['x-request-id']).toBe('trace-me-12345')
})

it('sends security headers: a strict content security policy and no sniffing', async () => {
  const res = await app.inject({ method: 'GET', url: '/' })
  expect(res.headers['content-security-policy']).toContain("default-src 'self'")
  expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(res.headers['x-content-type-options']).toBe('nosniff')
})
