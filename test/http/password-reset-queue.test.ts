import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.ts'
import { PASSWORD_RESET_JOB } from '../../src/features/accounts/index.ts'
import { createAppWorker } from '../../src/worker.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/**
 * Finding 3 (rest): asking for a reset link does the same work whether or not the address has an
 * account (one sealed job); the job, later and off the request, mails only a real account. The
 * answer is the same; its timing is compared in bench/, not here.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t?.close()
})

const count = async (table: 'jobs' | 'outbox') => Number((await t.db.selectFrom(table).select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)

async function forgot(email: string) {
  const c = t.client()
  await c.get('/forgot-password')
  const res = await c.post('/forgot-password', { email })
  return { status: res.statusCode, body: res.body.replace(/name="_csrf" value="[^"]+"/g, ''), headers: res.headers }
}

describe('asking for a reset link', () => {
  it('answers a known and an unknown address alike, and queues exactly one job for each, mail for neither yet', async () => {
    const outboxBefore = await count('outbox')
    const jobsBefore = await count('jobs')
    const known = await forgot('wt-head@prongsai.test')
    expect(await count('jobs')).toBe(jobsBefore + 1)
    const unknown = await forgot('no-such-person@prongsai.test')
    expect(await count('jobs')).toBe(jobsBefore + 2)
    expect(known.status).toBe(200)
    expect(unknown.status).toBe(200)
    expect(unknown.body).toBe(known.body)
    expect(Object.keys(unknown.headers).sort()).toEqual(Object.keys(known.headers).sort())
    expect(known.body).toContain('หากอีเมลนี้มีบัญชีอยู่ในระบบ')
    // Nothing is decided during the request: no mail, no token, no audit line yet.
    expect(await count('outbox')).toBe(outboxBefore)
    const jobs = await t.db.selectFrom('jobs').select(['kind', 'payload']).where('kind', '=', PASSWORD_RESET_JOB).execute()
    expect(jobs).toHaveLength(2)
    // The typed addresses are sealed in the queue.
    expect(JSON.stringify(jobs)).not.toMatch(/prongsai\.test/)
  })

  it('the job mails the real account only, once', async () => {
    const worker = createAppWorker({ db: t.db, config: loadConfig({ NODE_ENV: 'test' }), clock: () => t.clock.now })
    const { runs } = await worker.drain()
    await worker.stop()
    const resets = runs.filter((r) => r.kind === PASSWORD_RESET_JOB)
    expect(resets.map((r) => r.outcome)).toEqual(['done', 'done'])
    const mails = await t.db.selectFrom('outbox').select(['to_address', 'body_text']).where('body_text', 'like', '%/reset-password/%').execute()
    expect(mails.map((m) => m.to_address)).toEqual(['wt-head@prongsai.test'])
    const audit = await t.db.selectFrom('audit_events').select('entity_id').where('action', '=', 'auth.password_reset_requested').execute()
    expect(audit.map((a) => a.entity_id)).toEqual([await t.userId('wt-head@prongsai.test')])
  })
})
