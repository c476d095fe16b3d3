import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { oitMonitoring } from '../../src/features/oit/index.ts'
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts'

/**
 * The daily OIT digest (C3), on a fixed clock in fiscal year 2569: one mail per responsible
 * person (the coordinator for items nobody holds), never twice a week for the same item and state.
 */
const BASE = 'https://prongsai.example.go.th'
const MONDAY = new Date('2026-03-02T00:00:00Z') // 07:00 in Bangkok, FY 2569
const day = (n: number) => new Date(MONDAY.getTime() + n * 86_400_000)
let t: TestApp
let coordinator: Client
let officerId: string
const OFFICER = 'wt-officer@prongsai.test'
const COORDINATOR = 'wt-ita@prongsai.test'

beforeAll(async () => {
  t = await createTestApp({ now: MONDAY, env: { BASE_URL: BASE } })
  officerId = await t.userId(OFFICER)
  coordinator = await t.asUser(COORDINATOR)
  const cat = await t.db.selectFrom('oit_catalogues').select('items').where('fiscal_year', '=', 2569).where('scheme', '=', 'nacc-ita').executeTakeFirst()
  if (!cat) await coordinator.get('/staff/oit?org=wiang-thong&year=2569') // seeds the catalogues
  const items = (await t.db.selectFrom('oit_catalogues').select('items').where('fiscal_year', '=', 2569).where('scheme', '=', 'nacc-ita').executeTakeFirstOrThrow()).items as { code: string; elements: string[] }[]
  const item = (code: string) => `/staff/oit/items/${code}?org=wiang-thong&year=2569`
  // O1: the officer's, due on Thursday. O2: finished, nothing to say. The rest: nobody's, missing.
  expect((await coordinator.submit(item('O1'), { status: 'draft', responsible_user_id: officerId, 'due-day': '5', 'due-month': '3', 'due-year': '2569' })).statusCode).toBe(303)
  const all = items.find((i) => i.code === 'O2')!.elements.map((_, i) => String(i))
  for (const status of ['draft', 'ready']) {
    expect((await coordinator.submit(item('O2'), { status, url: 'https://wiangthong.example.go.th/o2', elements: all, responsible_user_id: officerId })).statusCode).toBe(303)
  }
})
afterAll(async () => {
  await t.close()
})

const mailsTo = (email: string) => t.db.selectFrom('outbox').selectAll().where('to_address', '=', email).orderBy('created_at').execute()
const run = (now: Date) => oitMonitoring({ db: t.db, now, baseUrl: BASE })

describe('the daily OIT digest', () => {
  it('mails each responsible person one digest of their items, and the coordinator the items nobody holds', async () => {
    // Two instances at once send each mail once.
    await Promise.all([run(MONDAY), run(MONDAY)])
    const officer = await mailsTo(OFFICER)
    expect(officer).toHaveLength(1)
    expect(officer[0]!.body_text).toContain('O1')
    expect(officer[0]!.body_text).toContain('ใกล้ครบกำหนด กำหนด 5 มีนาคม 2569')
    expect(officer[0]!.body_text).not.toMatch(/ O2 /)
    expect(officer[0]!.body_text).toContain(`${BASE}/staff/oit?org=wiang-thong&scheme=nacc-ita&year=2569&mine=1`)

    const coord = await mailsTo(COORDINATOR)
    expect(coord).toHaveLength(1)
    expect(coord[0]!.subject).toContain('24 รายการ')
    expect(coord[0]!.body_text).toContain('O26')
    expect(coord[0]!.body_text).not.toMatch(/ O1 /)
    const audits = await t.db.selectFrom('audit_events').select('entity_id').where('action', '=', 'oit.monitoring_digest').execute()
    expect(audits).toHaveLength(2)
  })

  it('stays quiet about the same item in the same state for a week, but speaks when the state changes', async () => {
    await run(new Date(MONDAY.getTime() + 3600_000))
    await run(day(1))
    expect(await mailsTo(OFFICER)).toHaveLength(1)
    expect(await mailsTo(COORDINATOR)).toHaveLength(1)

    // Friday: O1 is now overdue, a new state, so its holder hears again; the coordinator does not.
    await run(day(4))
    const officer = await mailsTo(OFFICER)
    expect(officer).toHaveLength(2)
    expect(officer[1]!.body_text).toContain('เลยกำหนด')
    expect(await mailsTo(COORDINATOR)).toHaveLength(1)

    // A week after the first digest, the coordinator's unchanged items are mentioned again.
    await run(day(7))
    expect(await mailsTo(COORDINATOR)).toHaveLength(2)
    expect(await mailsTo(OFFICER)).toHaveLength(2)
  })

  it('flags the items in the person’s charge on the workspace, with an "assigned to me" filter', async () => {
    const officer = await t.asUser(OFFICER)
    const mine = await officer.get('/staff/oit?org=wiang-thong&year=2569&mine=1')
    expect(mine.statusCode).toBe(200)
    expect(mine.body.match(/id="item-O\d+"/g)).toEqual(['id="item-O1"', 'id="item-O2"'])
    // One state tag per row (issue 14): the person's own items are marked in the owner column instead.
    expect(mine.body).toContain('(ท่าน)')
    expect(mine.body).toContain('มี 1 รายการที่ท่านรับผิดชอบต้องดำเนินการ')

    const all = await coordinator.get('/staff/oit?org=wiang-thong&year=2569')
    expect(all.body.match(/id="item-O\d+"/g)).toHaveLength(26)
    expect(all.body).toContain('มี 24 รายการที่ท่านรับผิดชอบต้องดำเนินการ')
  })
})
