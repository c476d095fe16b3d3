import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendInfoRequestReminders } from '../../src/features/information-requests/index.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp
// Monday 2026-12-07 (itself a substitution holiday), 10:00 in Bangkok; Thursday 10 December is
// Constitution Day, 31 December and 1 January are holidays.
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-07T03:00:00Z'), env: { BASE_URL: 'https://prongsai.example' } })
})
afterAll(async () => t.close())

const at = (iso: string) => {
  t.clock.now = new Date(iso)
}
const request = (over: Record<string, string> = {}) => ({ name: 'นางสาวขอข้อมูล ใฝ่รู้', contact: 'khor@example.test 089-111-2222', what: 'สำเนาสัญญาจ้างซ่อมถนนซอย 4 ปี 2569', delivery: 'email', ...over })
const rowOf = (id: string) => t.db.selectFrom('info_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow()

let id = ''
let number = ''
let code = ''

describe('a request made online', () => {
  it('rejects an incomplete request with 422 and keeps what was typed', async () => {
    const res = await t.client().submit('/o/wiang-thong/information/request', request({ what: '', delivery: '' }))
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('ระบุข้อมูลข่าวสารที่ต้องการ')
    expect(res.body).toContain('khor@example.test')
  })

  it('gets a number, a follow-up code shown once and a due date 15 business days away', async () => {
    const res = await t.client().submit('/o/wiang-thong/information/request', request())
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('no-store')
    number = /ขร\. \d+\/2569/.exec(res.body)![0]
    code = /<code>([0-9A-Z-]{19})<\/code>/.exec(res.body)![1]!
    const row = await t.db.selectFrom('info_requests').selectAll().where('number', '=', number).executeTakeFirstOrThrow()
    id = row.id
    expect(number).toBe('ขร. 1/2569')
    expect(row).toMatchObject({ status: 'received', channel: 'online', received_on: '2026-12-07', due_on: '2026-12-29', days_used: 0 })
    expect(row.follow_up_hash).not.toContain(code.replace(/-/g, ''))
  })

  it('pauses the clock while the requester clarifies and resumes it on the right business day', async () => {
    at('2026-12-09T03:00:00Z')
    const officer = await t.asUser('wt-officer@prongsai.test')
    await officer.get(`/staff/information-requests/${id}`)
    const noNote = await officer.post(`/staff/information-requests/${id}/step`, { to: 'clarification', note: '' })
    expect(noNote.statusCode).toBe(422)
    expect((await officer.post(`/staff/information-requests/${id}/step`, { to: 'clarification', note: 'ขอทราบเลขที่สัญญาหรือเดือนที่ทำสัญญา' })).statusCode).toBe(303)
    expect(await rowOf(id)).toMatchObject({ status: 'clarification', due_on: null, days_used: 2 })
    // The clarification arrives on Saturday: the thirteen days left count from Monday.
    at('2026-12-12T03:00:00Z')
    const weekend = await t.asUser('wt-officer@prongsai.test')
    await weekend.get(`/staff/information-requests/${id}`)
    expect((await weekend.post(`/staff/information-requests/${id}/step`, { to: 'in_progress', note: 'ผู้ขอแจ้งเลขที่สัญญาแล้ว' })).statusCode).toBe(303)
    expect(await rowOf(id)).toMatchObject({ status: 'in_progress', due_on: '2026-12-30', days_used: 2, clock_from: '2026-12-12' })
  })

  it('refuses a refusal without a legal ground (422), in the use case and in the database', async () => {
    at('2026-12-14T03:00:00Z')
    const officer = await t.asUser('wt-officer@prongsai.test')
    await officer.get(`/staff/information-requests/${id}`)
    const bad = await officer.post(`/staff/information-requests/${id}/step`, { to: 'refused', note: 'ไม่สะดวกเปิดเผย', ground: '' })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('การปฏิเสธต้องระบุเหตุตามกฎหมาย')
    expect(bad.body).toContain('ไม่สะดวกเปิดเผย')
    expect((await rowOf(id)).status).toBe('in_progress')
    await expect(t.db.updateTable('info_requests').set({ status: 'refused', closed_on: '2026-12-14' }).where('id', '=', id).execute()).rejects.toThrow(/info_requests_refusal_reasoned/)
  })

  it('refuses with s.15 (6): the appeal route and its 15-day limit go to the requester, whose contact never appears in public', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    await officer.get(`/staff/information-requests/${id}`)
    const ok = await officer.post(`/staff/information-requests/${id}/step`, { to: 'refused', ground: 's15_6', note: 'สัญญามีข้อตกลงห้ามเปิดเผยราคาต่อหน่วยของผู้รับจ้าง' })
    expect(ok.statusCode).toBe(303)
    expect(await rowOf(id)).toMatchObject({ status: 'refused', refusal_section: 's15_6', closed_on: '2026-12-14', appeal_until: '2026-12-29' })
    // No step leads out of a refusal, and the database agrees.
    await expect(t.db.updateTable('info_requests').set({ status: 'in_progress' }).where('id', '=', id).execute()).rejects.toThrow(/may not go from refused to in_progress/)

    const c = t.client()
    await c.get('/o/wiang-thong/information/follow-up')
    const wrong = await c.post('/o/wiang-thong/information/follow-up', { number, code: 'AAAA-BBBB-CCCC-DDDD' })
    expect(wrong.statusCode).toBe(422)
    const page = await c.post('/o/wiang-thong/information/follow-up', { number, code })
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('มาตรา 15 (6)')
    expect(page.body).toContain('ภายใน 15 วันนับแต่วันที่ได้รับแจ้งคำสั่ง')
    expect(page.body).toContain('29 ธันวาคม 2569')
    for (const url of ['/o/wiang-thong/information', '/o/wiang-thong/information/statistics']) {
      const res = await t.client().get(url)
      expect(res.statusCode).toBe(200)
      expect(res.body).not.toContain('khor@example.test')
      expect(res.body).not.toContain('นางสาวขอข้อมูล')
    }
    expect(page.body).not.toContain('khor@example.test')
    expect(page.body).not.toContain('นางสาวขอข้อมูล')
    expect(JSON.stringify(await t.db.selectFrom('audit_events').select('summary').where('entity_id', '=', id).execute())).not.toContain('khor@example.test')
  })
})

describe('the counter, overdue flags, reminders and statistics', () => {
  let counterId = ''
  it('an officer records a counter request with a fee; another agency cannot see it (404)', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    const orgId = await t.orgId('wiang-thong')
    const res = await officer.submit(`/staff/information-requests/new?org=${orgId}`, request({ name: 'นายมาเอง ที่สำนักงาน', delivery: 'certified_copy', fee: '20' }))
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('ขร. 2/2569')
    const row = await t.db.selectFrom('info_requests').selectAll().where('number', '=', 'ขร. 2/2569').executeTakeFirstOrThrow()
    counterId = row.id
    expect(row).toMatchObject({ channel: 'counter', fee_baht: '20.00', due_on: '2027-01-06' })
    const other = await t.asUser('nb-officer@prongsai.test')
    expect((await other.get(`/staff/information-requests/${counterId}`)).statusCode).toBe(404)
    expect((await other.get(`/staff/information-requests?org=${orgId}`)).statusCode).toBe(403)
    await other.get('/staff/information-requests')
    expect((await other.post(`/staff/information-requests/${counterId}/step`, { to: 'in_progress' })).statusCode).toBe(404)
  })

  it('flags it overdue then very overdue; the agency’s officers are reminded (no one is assigned), and the head once it is very overdue', async () => {
    at('2027-01-07T03:00:00Z')
    const head = await t.asUser('wt-head@prongsai.test')
    const list = await head.get('/staff/information-requests')
    expect(list.statusCode).toBe(200)
    expect(list.body).toContain('คำขอที่เลยกำหนด (สำหรับหัวหน้าหน่วยงาน)')
    expect(list.body).toContain('เลยกำหนด')
    const deps = (iso: string) => ({ db: t.db, now: new Date(iso), baseUrl: 'https://prongsai.example' })
    expect(await sendInfoRequestReminders(deps('2027-01-06T00:00:00Z'))).toEqual({ info_request_reminders: 1 })
    expect(await sendInfoRequestReminders(deps('2027-01-06T05:00:00Z'))).toEqual({ info_request_reminders: 0 })
    expect(await sendInfoRequestReminders(deps('2027-01-07T00:00:00Z'))).toEqual({ info_request_reminders: 1 })
    expect(await sendInfoRequestReminders(deps('2027-01-20T00:00:00Z'))).toEqual({ info_request_reminders: 1 })
    const mails = await t.db.selectFrom('outbox').select(['to_address', 'subject', 'body_text']).where('subject', 'like', '%ขร. 2/2569%').orderBy('created_at').execute()
    expect(mails.filter((m) => m.subject.includes('เลยกำหนดมาก')).map((m) => m.to_address).sort()).toEqual(['wt-deputy@prongsai.test', 'wt-head@prongsai.test', 'wt-officer@prongsai.test'])
    for (const m of mails) expect(m.body_text).not.toContain('นายมาเอง')
  })

  it('publishes statistics by month and outcome with the median, also as Excel', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    await officer.get(`/staff/information-requests/${counterId}`)
    expect((await officer.post(`/staff/information-requests/${counterId}/step`, { to: 'answered_full', answer: 'ส่งสำเนารับรองแล้ว', publish: 'yes' })).statusCode).toBe(303)
    const stats = await t.client().get('/o/wiang-thong/information/statistics')
    expect(stats.statusCode).toBe(200)
    expect(stats.body).toContain('ธันวาคม 2569')
    // Four business days to the refusal, sixteen to this answer.
    expect(stats.body).toContain('10 วันทำการ')
    const xlsx = await t.client().get('/o/wiang-thong/information/statistics.xlsx')
    expect(xlsx.statusCode).toBe(200)
    expect(xlsx.headers['content-type']).toContain('spreadsheetml')
    const json = await t.client().get('/api/v1/organisations/wiang-thong/information/statistics')
    expect(json.statusCode).toBe(200)
    const api = json.json() as { total: number; median_business_days: number; by_outcome: { outcome: string; count: number }[]; by_month: { month: string; received: number }[] }
    expect(api.median_business_days).toBe(10)
    expect(api.by_outcome.find((o) => o.outcome === 'answered_full')!.count).toBeGreaterThanOrEqual(1)
    expect(api.by_month.find((m) => m.month === '2026-12')!.received).toBe(api.total)
    expect(json.body).not.toContain('นายมาเอง')
    const centre = await t.client().get('/o/wiang-thong/information')
    expect(centre.body).toContain('ส่งสำเนารับรองแล้ว')
    expect(centre.body).toContain('มาตรา 7(1)')
    expect(centre.body).not.toContain('นายมาเอง')
  })
})
