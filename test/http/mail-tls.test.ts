import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.ts'
import type { JobLogger } from '../../src/platform/jobs/index.ts'
import { queueMail } from '../../src/platform/mail/outbox.ts'
import { createAppWorker } from '../../src/worker.ts'
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture.ts'
import { createTestDb } from '../support/test-db.ts'

/**
 * README promises `smtp://…:587` with STARTTLS and `smtps://…:465`. A real SMTP server on
 * 127.0.0.1 speaks TLS with a certificate made for this test (127.0.0.1, valid for a century);
 * the app's own worker delivers from the outbox to it. The certificate is verified: only a URL
 * that names the test certificate as its CA (`?tls.ca=`) gets through.
 */
const here = new URL('../support/tls/', import.meta.url)
const tls = { key: readFileSync(new URL('test-only-localhost.key.pem', here), 'utf8'), cert: readFileSync(new URL('test-only-localhost.cert.pem', here), 'utf8') }
const trustingTheTestCa = `tls.ca=${encodeURIComponent(tls.cert)}`
const login = { user: 'prongsai', pass: 'Hunter2/secret' }

const quietLog: JobLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined }

let handle: Awaited<ReturnType<typeof createTestDb>>
let clock = new Date('2026-12-09T03:00:00Z')
const servers: SmtpCapture[] = []

beforeAll(async () => {
  handle = await createTestDb()
})
afterAll(async () => {
  for (const s of servers) await s.close()
  await handle?.close()
})
beforeEach(async () => {
  await handle.db.deleteFrom('outbox').execute()
})

async function server(mode: 'starttls' | 'implicit'): Promise<SmtpCapture> {
  const s = await startSmtpCapture({ login, tls: { mode, ...tls } })
  servers.push(s)
  return s
}

/** Queues one mail and runs the app's delivery job once against `smtpUrl`; returns the outbox row. */
async function deliverOnce(smtpUrl: string, to: string) {
  const id = await queueMail(handle.db, { to, subject: 'ทดสอบการส่งผ่าน TLS / TLS delivery', text: 'เนื้อความภาษาไทย' }, clock)
  clock = new Date(clock.getTime() + 15_000)
  const worker = createAppWorker({ db: handle.db, config: loadConfig({ NODE_ENV: 'test', SMTP_URL: smtpUrl }), clock: () => clock, log: quietLog, random: () => 0 })
  try {
    await worker.drain()
    clock = new Date(clock.getTime() + 15_000)
    await worker.drain()
  } finally {
    await worker.stop()
  }
  return handle.db.selectFrom('outbox').select(['status', 'attempts', 'last_error']).where('id', '=', id).executeTakeFirstOrThrow()
}

/** The server's URL carries the login (user and password) already. */
const withLogin = (s: SmtpCapture) => {
  expect(s.url).toContain(`${login.user}:${encodeURIComponent(login.pass)}@127.0.0.1`)
  return s.url
}

describe('delivery over TLS', () => {
  it('STARTTLS on a plain port: the connection is upgraded before the login, and the mail arrives', async () => {
    const s = await server('starttls')
    expect(s.url).toMatch(/^smtp:\/\//)
    const row = await deliverOnce(`${withLogin(s)}?${trustingTheTestCa}`, 'starttls@example.test')
    expect(row).toMatchObject({ status: 'sent', last_error: null })
    expect(s.messages).toHaveLength(1)
    expect(s.messages[0]).toMatchObject({ secure: true, user: 'prongsai', envelopeTo: ['starttls@example.test'], subject: 'ทดสอบการส่งผ่าน TLS / TLS delivery' })
    expect(s.logins).toEqual([{ user: 'prongsai', secure: true }])
  })

  it('smtps:// speaks TLS from the first byte, and the mail arrives', async () => {
    const s = await server('implicit')
    expect(s.url).toMatch(/^smtps:\/\//)
    const row = await deliverOnce(`${withLogin(s)}?${trustingTheTestCa}`, 'smtps@example.test')
    expect(row).toMatchObject({ status: 'sent', last_error: null })
    expect(s.messages).toHaveLength(1)
    expect(s.messages[0]).toMatchObject({ secure: true, user: 'prongsai', envelopeTo: ['smtps@example.test'] })
  })

  it.each(['starttls', 'implicit'] as const)('%s: a certificate that does not verify stops delivery before the login; the mail stays queued', async (mode) => {
    const s = await server(mode)
    const row = await deliverOnce(withLogin(s), `unverified-${mode}@example.test`)
    expect(row.status).toBe('queued')
    expect(row.attempts).toBe(1)
    expect(row.last_error).toMatch(/certificate/i)
    expect(row.last_error).not.toContain('Hunter2')
    expect(s.messages).toHaveLength(0)
    expect(s.logins).toEqual([])
  })

  it('with a login, smtp:// insists on STARTTLS: a server (or someone on the path) that does not offer it never sees the password', async () => {
    const plain = await startSmtpCapture({ login })
    servers.push(plain)
    const row = await deliverOnce(withLogin(plain), 'downgraded@example.test')
    expect(row.status).toBe('queued')
    expect(row.last_error).toMatch(/STARTTLS/i)
    expect(plain.logins).toEqual([])
    expect(plain.messages).toHaveLength(0)
  })
})
