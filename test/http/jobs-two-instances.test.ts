import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import { connectToServer, type DatabaseHandle } from '../../src/db/connect.ts'
import { createSession } from '../../src/platform/auth/sessions.ts'
import { createSmtpTransport, type MailTransport } from '../../src/platform/mail/smtp-transport.ts'
import { SESSION_COOKIE } from '../../src/web/http/request-context.ts'
import { HOUSEKEEPING_JOB, MAIL_DELIVERY_JOB, createAppWorker } from '../../src/worker.ts'
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture.ts'
import { Client } from '../support/test-app.ts'
import { createTestDb } from '../support/test-db.ts'

// Exactly-once across instances needs instances that truly run at the same time on one database:
// only a PostgreSQL server allows that (the embedded engine is one process, one connection), so this
// file runs when DATABASE_URL names one, as CI does on every run.
const onServer = !!process.env.DATABASE_URL

// Skipped in the embedded-database run (one process owns a PGlite folder, so there is no second
// instance to share it with); CI's PostgreSQL run executes these, and `.ci/run` prints the skip count.
describe.runIf(onServer)('two app instances with their job workers on one PostgreSQL server', () => {
  let primary: DatabaseHandle & { url?: string }
  let secondary: DatabaseHandle
  let smtp: SmtpCapture
  let apps: Awaited<ReturnType<typeof createApp>>[]
  let workers: ReturnType<typeof createAppWorker>[]
  const sentBy = [0, 0]
  let now = new Date('2026-11-22T03:00:00Z')
  const clock = () => now

  /**
   * Each instance's sender counts what it sends, and the first send of each waits (briefly) until
   * the other instance is sending too: so both really deliver at the same time, each from mail
   * it claimed, rather than one finishing before the other starts.
   */
  const started: (() => void)[] = []
  const bothSending = [0, 1].map((i) => new Promise<void>((resolve) => (started[i] = resolve)))
  function countingTransport(i: number, real: MailTransport): MailTransport {
    return {
      async send(m) {
        started[i]!()
        await Promise.race([bothSending[1 - i], new Promise((r) => setTimeout(r, 5_000))])
        const info = await real.send(m)
        sentBy[i]!++
        return info
      },
      close: () => real.close(),
    }
  }

  beforeAll(async () => {
    smtp = await startSmtpCapture({ delayMs: 2 })
    primary = await createTestDb()
    secondary = connectToServer(primary.url!, 4)
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'false', SIGN_IN_RATE_PER_MINUTE: '1000', SMTP_URL: smtp.url })
    const handles = [primary, secondary]
    apps = await Promise.all(handles.map((h) => createApp({ db: h.db, engine: 'postgres', config, clock })))
    workers = handles.map((h, i) =>
      createAppWorker({ db: h.db, config, clock, workerId: `instance-${i}`, transport: countingTransport(i, createSmtpTransport(smtp.url)) }),
    )
    await Promise.all(workers.map((w) => w.drain()))
  })
  afterAll(async () => {
    for (const w of workers ?? []) await w.stop()
    for (const a of apps ?? []) await a.close()
    await secondary?.close()
    await primary?.close()
    await smtp?.close()
  })

  async function adminOn(i: number): Promise<Client> {
    const admin = await primary.db.selectFrom('users').select('id').where('email', '=', 'admin@prongsai.test').executeTakeFirstOrThrow()
    const c = new Client(apps[i]!)
    c.cookies.set(SESSION_COOKIE, await createSession(primary.db, { userId: admin.id, now, ttlHours: 12, secondFactorDone: true }))
    return c
  }

  it('delivers 30 mails queued on either instance exactly once, with both instances sending', async () => {
    const clients = [await adminOn(0), await adminOn(1)]
    const wiangThong = (await primary.db.selectFrom('organisations').select('id').where('slug', '=', 'wiang-thong').executeTakeFirstOrThrow()).id
    const addresses = Array.from({ length: 30 }, (_, i) => `person-${String(i).padStart(2, '0')}@example.test`)
    for (const [i, email] of addresses.entries()) {
      const res = await clients[i % 2]!.submit('/admin/users/invite', { email, organisation_id: wiangThong, role: 'officer' })
      expect(res.statusCode).toBe(303)
    }
    // The schedule's slot queues one delivery run; extra runs let both workers deliver at once.
    for (let i = 0; i < 3; i++) await workers[i % 2]!.enqueue(MAIL_DELIVERY_JOB)
    now = new Date(now.getTime() + 15_000)
    await Promise.all([workers[0]!.drain(), workers[1]!.drain()])

    const received = smtp.messages.flatMap((m) => m.envelopeTo).filter((a) => a.startsWith('person-'))
    expect(received.sort()).toEqual(addresses)
    expect(sentBy[0]! + sentBy[1]!).toBe(30)
    expect(sentBy[0]).toBeGreaterThan(0)
    expect(sentBy[1]).toBeGreaterThan(0)
    const rows = await primary.db.selectFrom('outbox').select(['status', 'attempts']).where('to_address', 'in', addresses).execute()
    expect(rows).toHaveLength(30)
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true)
    // the slot's job ran once
    const slotJobs = await primary.db.selectFrom('jobs').select('status').where('dedupe_key', 'like', 'mail-delivery@%').execute()
    expect(slotJobs).toEqual([{ status: 'done' }])
  })

  it('fires a schedule that is due once exactly once, whichever instances poll and how often', async () => {
    const schedule = await primary.db.selectFrom('job_schedules').select(['next_run_at']).where('name', '=', 'housekeeping').executeTakeFirstOrThrow()
    now = schedule.next_run_at
    await Promise.all([workers[0]!.drain(), workers[1]!.drain(), workers[0]!.runOnce(), workers[1]!.runOnce(), workers[1]!.drain()])
    await Promise.all(workers.map((w) => w.drain()))
    const jobs = await primary.db.selectFrom('jobs').select(['dedupe_key', 'status']).where('kind', '=', HOUSEKEEPING_JOB).execute()
    expect(jobs).toEqual([{ dedupe_key: `housekeeping@${schedule.next_run_at.toISOString()}`, status: 'done' }])
    const events = await primary.db.selectFrom('audit_events').select('summary').where('action', '=', 'system.housekeeping').execute()
    expect(events).toHaveLength(1)
    const next = await primary.db.selectFrom('job_schedules').select('next_run_at').where('name', '=', 'housekeeping').executeTakeFirstOrThrow()
    expect(next.next_run_at.getTime() - schedule.next_run_at.getTime()).toBe(86_400_000)
  })
})
