import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import { connectToServer, type DatabaseHandle } from '../../src/db/connect.ts'
import { verifyAuditChain } from '../../src/platform/audit/audit-log.ts'
import { recordAudit } from '../../src/platform/audit/audit-log.ts'
import { DEMO_PASSWORD } from '../../src/features/demo-data/demo-dataset.ts'
import { Client } from '../support/test-app.ts'
import { createTestDb } from '../support/test-db.ts'

// Several instances can only share a PostgreSQL server (the embedded engine is single-process
// by design), so this file runs when DATABASE_URL names one — as CI does on every run.
const onServer = !!process.env.DATABASE_URL

// Skipped in the embedded-database run (one process owns a PGlite folder, so there is no second
// instance to share it with); CI's PostgreSQL run executes these, and `.ci/run` prints the skip count.
describe.runIf(onServer)('two app instances on one PostgreSQL server', () => {
  let primary: DatabaseHandle & { url?: string }
  let secondary: DatabaseHandle
  let a: Awaited<ReturnType<typeof createApp>>
  let b: Awaited<ReturnType<typeof createApp>>
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'false', SIGN_IN_RATE_PER_MINUTE: '1000' })

  beforeAll(async () => {
    primary = await createTestDb()
    secondary = connectToServer(primary.url!, 4)
    a = await createApp({ db: primary.db, engine: 'postgres', config, clock: () => new Date() })
    b = await createApp({ db: secondary.db, engine: 'postgres', config, clock: () => new Date() })
  })
  afterAll(async () => {
    await a.close()
    await b.close()
    await secondary.close()
    await primary.close()
  })

  it('keeps a session signed in on one instance valid on the other, and a sign-out on either ends it', async () => {
    const onA = new Client(a)
    await onA.get('/sign-in')
    expect((await onA.post('/sign-in', { email: 'wt-officer@prongsai.test', password: DEMO_PASSWORD })).statusCode).toBe(303)
    const onB = new Client(b)
    onB.cookies = new Map(onA.cookies)
    const home = await onB.get('/staff')
    expect(home.statusCode).toBe(200)
    expect(home.body).toContain('เทศบาลตำบลเวียงทอง')
    await onB.post('/sign-out', {})
    expect((await onA.get('/staff')).statusCode).toBe(303)
  })

  it('keeps one unbroken audit chain when both instances write at the same time', async () => {
    const write = (handle: DatabaseHandle, i: number) =>
      handle.db.transaction().execute((trx) =>
        recordAudit(trx, { actor: { id: null, label: `instance-${i % 2}` }, organisationId: null, action: 'test.concurrent', entityType: 'test', entityId: String(i), summary: { after: { i } }, at: new Date() }),
      )
    await Promise.all(Array.from({ length: 40 }, (_, i) => write(i % 2 ? secondary : primary, i)))
    const result = await verifyAuditChain(primary.db)
    expect(result.ok).toBe(true)
    const n = await primary.db.selectFrom('audit_events').select(({ fn }) => fn.countAll<number>().as('n')).where('action', '=', 'test.concurrent').executeTakeFirstOrThrow()
    expect(Number(n.n)).toBe(40)
  })
})
