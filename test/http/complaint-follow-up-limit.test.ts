import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import { connectToServer, type DatabaseHandle } from '../../src/db/connect.ts'
import type { ComplaintDraft } from '../../src/features/complaints/complaint-form.input.ts'
import { submitComplaint } from '../../src/features/complaints/complaint-intake.use-cases.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { serverUrlFor } from '../support/template-db.ts'

/**
 * Finding 7: wrong receipts are limited per source, never for everyone together, and counted in
 * the database, so a few addresses cannot lock citizens out of follow-up and two instances
 * behind a balancer give a guesser no extra tries.
 */
const draft: ComplaintDraft = {
  intake: 'public',
  channel: 'web',
  kind: 'corruption',
  subjectText: 'งานพัสดุ',
  whatHappened: 'เรียกรับเงินเพื่อตรวจรับงานก่อสร้าง',
  happenedWhen: '',
  happenedWhere: '',
  request: '',
  anonymous: true,
  identity: { name: '', address: '', phone: '', email: '', witnesses: '' },
  wantsEmailUpdates: false,
}

/** One browser at one address: the follow-up form's CSRF token, then a receipt. */
async function tryReceipt(app: FastifyInstance, ip: string, receipt: string): Promise<LightMyRequestResponse> {
  const page = await app.inject({ method: 'GET', url: '/complaints/follow-up', remoteAddress: ip })
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!
  const cookie = (page.cookies as { name: string; value: string }[]).map((c) => `${c.name}=${c.value}`).join('; ')
  return app.inject({
    method: 'POST',
    url: '/complaints/follow-up',
    remoteAddress: ip,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrf, receipt }).toString(),
  })
}

const wrongReceipt = (i: number) => `AAAA-BBBB-${String(1000 + (i % 9000)).padStart(4, '0')}-CCCC`

let t: TestApp
let receipt: string
beforeAll(async () => {
  t = await createTestApp()
  receipt = (await submitComplaint({ db: t.db, now: t.clock.now, baseUrl: 'http://localhost:3000' }, { organisationId: await t.orgId('wiang-thong'), draft, evidence: [], filer: { by: 'citizen' } })).receipt
})
afterAll(async () => {
  await t?.close()
})

describe('wrong receipts', () => {
  it('throttle the guessing source, while a citizen elsewhere with a valid receipt still gets in', async () => {
    for (let i = 0; i < 10; i++) expect((await tryReceipt(t.app, '203.0.113.10', wrongReceipt(i))).statusCode).toBe(422)
    const blocked = await tryReceipt(t.app, '203.0.113.10', wrongReceipt(11))
    expect(blocked.statusCode).toBe(429)
    expect(blocked.headers['x-error-code']).toBe('rate_limited')
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0)
    // Even the right receipt waits at the guessing source: the limit is checked before the receipt.
    expect((await tryReceipt(t.app, '203.0.113.10', receipt)).statusCode).toBe(429)

    const citizen = await tryReceipt(t.app, '198.51.100.20', receipt)
    expect(citizen.statusCode).toBe(303)
    expect(citizen.headers.location).toBe('/complaints/case')
  })

  it('have no overall limit: 63 wrong receipts in a minute from seven sources (past the old cap of 60) lock no one else out', async () => {
    for (let s = 0; s < 7; s++) {
      const answers = await Promise.all(Array.from({ length: 9 }, (_, i) => tryReceipt(t.app, `192.0.2.${s + 1}`, wrongReceipt(100 + s * 10 + i))))
      expect(answers.map((a) => a.statusCode)).toEqual(Array(9).fill(422))
    }
    const citizen = await tryReceipt(t.app, '198.51.100.21', receipt)
    expect(citizen.statusCode).toBe(303)
    const stranger = await tryReceipt(t.app, '198.51.100.22', wrongReceipt(5000))
    expect(stranger.statusCode).toBe(422)
  })

  it('keep no address in the database, only a keyed hash per window', async () => {
    const rows = await t.db.selectFrom('abuse_counters').select(['key', 'failures']).where('key', 'like', 'complaint-receipt:%').execute()
    // Nine sources gave wrong receipts above (one guesser, seven in the burst, one stranger).
    expect(rows.length).toBeGreaterThanOrEqual(9)
    expect(JSON.stringify(rows)).not.toMatch(/203\.0\.113|192\.0\.2|198\.51\.100/)
    expect(rows.some((r) => r.failures === 10)).toBe(true)
  })

  it('start again in the next window', async () => {
    const before = t.clock.now
    t.clock.now = new Date(before.getTime() + 16 * 60_000)
    try {
      expect((await tryReceipt(t.app, '203.0.113.10', wrongReceipt(1))).statusCode).toBe(422)
    } finally {
      t.clock.now = before
    }
  })
})

describe('two app instances on one database', () => {
  let second: FastifyInstance
  let secondHandle: DatabaseHandle | null = null

  beforeAll(async () => {
    // On PostgreSQL the second instance has its own connection pool, as another process would;
    // the embedded engine serves one process, so both instances share its handle there.
    const db = process.env.DATABASE_URL ? (secondHandle = connectToServer(await serverUrlOf(t), 4)).db : t.db
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'false', SIGN_IN_RATE_PER_MINUTE: '1000' })
    second = await createApp({ db, engine: t.engine, config, clock: () => t.clock.now })
    await second.ready()
  })
  afterAll(async () => {
    await second?.close()
    await secondHandle?.close()
  })

  it('share the count: five wrong receipts on each use up one source’s ten', async () => {
    const ip = '203.0.113.77'
    for (let i = 0; i < 5; i++) expect((await tryReceipt(t.app, ip, wrongReceipt(7000 + i))).statusCode).toBe(422)
    for (let i = 0; i < 5; i++) expect((await tryReceipt(second, ip, wrongReceipt(7100 + i))).statusCode).toBe(422)
    expect((await tryReceipt(t.app, ip, wrongReceipt(7200))).statusCode).toBe(429)
    expect((await tryReceipt(second, ip, wrongReceipt(7201))).statusCode).toBe(429)
    // And the citizen reaches their case through either instance.
    expect((await tryReceipt(second, '198.51.100.30', receipt)).statusCode).toBe(303)
  })
})

/** The URL of the test app's own database on the server (CI's PostgreSQL run). */
async function serverUrlOf(app: TestApp): Promise<string> {
  const r = await app.db.selectNoFrom((eb) => eb.fn<string>('current_database').as('name')).executeTakeFirstOrThrow()
  return serverUrlFor(process.env.DATABASE_URL!, r.name)
}
