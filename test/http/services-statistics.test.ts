import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serviceRemindersDaily } from '../../src/features/services/index.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { publishedService } from './services-support.ts'

let t: TestApp
let service: { id: string; key: string }
// Monday 2 March 2026 (fiscal year 2569), 10:00 in Bangkok.
const MONDAY = new Date('2026-03-02T03:00:00Z')

beforeAll(async () => {
  t = await createTestApp({ now: MONDAY })
  service = await publishedService(t, await t.asUser('wt-officer@prongsai.test'), 'wiang-thong', { name_th: 'การจดทะเบียนพาณิชย์', step_title: ['รับคำขอ', 'ออกใบทะเบียน'], step_days: ['1', '2'], step_unit: ['กองคลัง', 'นายทะเบียน'] })
})
afterAll(async () => {
  await t.close()
})

async function file(at: Date): Promise<string> {
  t.clock.now = at
  const c = await t.asUser('wt-officer@prongsai.test')
  const res = await c.submit('/staff/service-requests/new?org=wiang-thong', { organisation_id: await t.orgId('wiang-thong'), service_id: service.id, applicant_name: 'นายสถิติ ทดสอบ', applicant_contact: '0812345678', details: '', assigned_to: '' }, '/staff/service-requests/new')
  expect(res.statusCode).toBe(201)
  const reference = /คข-\d{4}-\d{5}/.exec(res.body)![0]
  return (await t.db.selectFrom('service_requests').select('id').where('reference', '=', reference).executeTakeFirstOrThrow()).id
}

async function act(id: string, at: Date, form: Record<string, string>) {
  t.clock.now = at
  const c = await t.asUser('wt-officer@prongsai.test')
  const res = await c.submit(`/staff/service-requests/${id}`, form, `/staff/service-requests/${id}/action`)
  expect(res.statusCode).toBe(303)
}

describe('completion-time statistics and reminders', () => {
  it('gives the head median, 90th percentile and the share on time, and the public the count by month', async () => {
    // Three requests on Monday 2 March; Tuesday 3 March is Makha Bucha, so 3 business days run to Friday 6 March.
    // Results on 3 March (the holiday: 0 business days), 5 March (2) and, after a delay notice, 9 March (4).
    const a = await file(MONDAY)
    const b = await file(MONDAY)
    const c = await file(MONDAY)
    await act(a, new Date('2026-03-03T03:00:00Z'), { act: 'approved', result_channel: 'counter' })
    await act(b, new Date('2026-03-05T03:00:00Z'), { act: 'approved', result_channel: 'phone' })
    await act(c, new Date('2026-03-04T03:00:00Z'), { act: 'delay_notice', delay_reason: 'รอเอกสารจากกรมพัฒนาธุรกิจการค้า', 'new_due_on-day': '10', 'new_due_on-month': '3', 'new_due_on-year': '2569', delay_channel: 'letter' })
    await act(c, new Date('2026-03-09T03:00:00Z'), { act: 'refused', result_note: 'ชื่อซ้ำกับที่จดทะเบียนไว้แล้ว', result_channel: 'letter' })

    t.clock.now = new Date('2026-03-10T03:00:00Z')
    const head = await t.asUser('wt-head@prongsai.test')
    const page = await head.get('/staff/service-requests/statistics?org=wiang-thong&fy=2569')
    expect(page.statusCode).toBe(200)
    const row = /การจดทะเบียนพาณิชย์[\s\S]*?<\/tr>/.exec(page.body)![0]
    const cells = [...row.matchAll(/<span>([^<]*)<\/span>/g)].map((m) => m[1])
    // Closed 3, median 2, p90 4, 100% by the deadline in force, one with a delay notice, none late.
    expect(cells.slice(1)).toEqual(['3', '2', '4', '100%', '1', '0'])
    expect((await t.db.selectFrom('service_requests').select('original_due_on').where('id', '=', a).executeTakeFirstOrThrow()).original_due_on).toBe('2026-03-06')
    // Each closed request keeps the business days it took (the holiday not counted).
    const took = await t.db.selectFrom('service_requests').select(['id', 'took_days']).where('id', 'in', [a, b, c]).execute()
    expect(Object.fromEntries(took.map((r) => [r.id, r.took_days]))).toEqual({ [a]: 0, [b]: 2, [c]: 4 })

    // Another agency's head may not read them.
    const other = await t.asUser('nb-officer@prongsai.test')
    expect((await other.get('/staff/service-requests/statistics?org=wiang-thong')).statusCode).toBe(403)

    const pub = await t.client().get('/o/wiang-thong/services/statistics?fy=2569')
    expect(pub.statusCode).toBe(200)
    expect(pub.body).toContain('การจดทะเบียนพาณิชย์')
    expect(pub.body).not.toContain('นายสถิติ')
    // The chart: March 2569 holds the three requests.
    expect(pub.body).toContain('id="service-requests-by-month-caption"')
    expect(pub.body).toContain('เดือนที่มีคำขอมากที่สุดคือ มี.ค. 2569 (3 คำขอ)')
    const api = await t.client().get('/api/v1/organisations/wiang-thong/services/statistics?fy=2569')
    expect(api.statusCode).toBe(200)
    const json = api.json() as { fiscal_year: number; months: string[]; services: { key: string; by_month: number[]; filed: number; closed: number }[] }
    expect(json.fiscal_year).toBe(2569)
    expect(json.months[5]).toBe('2026-03')
    const mine = json.services.find((r) => r.key === service.key)!
    expect([mine.by_month[5], mine.filed, mine.closed]).toEqual([3, 3, 3])
    expect(JSON.stringify(json)).not.toContain('นายสถิติ')
    expect((await t.client().get('/api/v1/organisations/wiang-thong/services/statistics?fy=abc')).statusCode).toBe(400)
    expect((await t.client().get('/api/v1/organisations/no-such-agency/services/statistics')).statusCode).toBe(404)
    const openapi = (await t.client().get('/api/openapi.json')).json() as { paths: Record<string, unknown> }
    expect(Object.keys(openapi.paths)).toContain('/api/v1/organisations/{slug}/services/statistics')
    const xlsx = await t.client().get('/o/wiang-thong/services/statistics.xlsx?fy=2569')
    expect(xlsx.statusCode).toBe(200)
    expect(xlsx.headers['content-type']).toContain('spreadsheetml')
  })

  it('reminds the officer and the head once, two business days before the deadline', async () => {
    const id = await file(new Date('2026-03-16T03:00:00Z'))
    const r = await t.db.selectFrom('service_requests').select('due_on').where('id', '=', id).executeTakeFirstOrThrow()
    expect(r.due_on).toBe('2026-03-19')
    const mails = () => t.db.selectFrom('outbox').select(['to_address', 'subject']).where('subject', 'like', '%คำขอเลขที่%').execute()
    const before = (await mails()).length
    // Monday 06:30 in Bangkok: three business days left, nothing yet.
    const quiet = await serviceRemindersDaily({ db: t.db, now: new Date('2026-03-15T23:30:00Z'), baseUrl: 'https://prongsai.example' })
    expect(quiet.service_reminders).toBe(0)
    // Tuesday 06:30: two business days left.
    const tuesday = new Date('2026-03-16T23:30:00Z')
    const first = await serviceRemindersDaily({ db: t.db, now: tuesday, baseUrl: 'https://prongsai.example' })
    expect(first.service_reminders).toBeGreaterThanOrEqual(1)
    const sent = (await mails()).slice(before)
    expect(sent.map((m) => m.to_address).sort()).toEqual(['wt-head@prongsai.test', 'wt-officer@prongsai.test'])
    // Run again: nothing more for the same deadline.
    const again = await serviceRemindersDaily({ db: t.db, now: tuesday, baseUrl: 'https://prongsai.example' })
    expect(again.service_reminders).toBe(0)
    expect((await mails()).length).toBe(before + 2)
  })
})
