import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts'
import { publishedService } from './services-support.ts'

let t: TestApp
let officer: Client
let service: { id: string; key: string }
// Thursday 9 April 2026, 10:00 in Bangkok: Songkran (13–15 April) is ahead.
const THURSDAY = new Date('2026-04-09T03:00:00Z')

beforeAll(async () => {
  t = await createTestApp({ now: THURSDAY })
  officer = await t.asUser('wt-officer@prongsai.test')
  // Three steps of one business day each.
  service = await publishedService(t, officer, 'wiang-thong', { name_th: 'การขอหนังสือรับรองการมีถิ่นที่อยู่', step_title: ['รับคำขอ', 'ตรวจสอบ', 'ออกหนังสือรับรอง'], step_days: ['1', '1', '1'], step_unit: ['งานทะเบียน', 'งานทะเบียน', 'ปลัดเทศบาล'] })
})
afterAll(async () => {
  await t.close()
})

async function fileRequest(name = 'นางสาวผู้ยื่น ทดสอบ'): Promise<{ id: string; reference: string; code: string }> {
  const orgId = await t.orgId('wiang-thong')
  officer = await t.asUser('wt-officer@prongsai.test')
  const res = await officer.submit('/staff/service-requests/new?org=wiang-thong', { organisation_id: orgId, service_id: service.id, applicant_name: name, applicant_contact: '081 234 5678', details: 'ขอหนังสือรับรอง', assigned_to: '' }, '/staff/service-requests/new')
  expect(res.statusCode).toBe(201)
  const reference = /คข-\d{4}-\d{5}/.exec(res.body)![0]
  const code = /[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(res.body)![0]
  const row = await t.db.selectFrom('service_requests').select('id').where('reference', '=', reference).executeTakeFirstOrThrow()
  return { id: row.id, reference, code }
}

// A fresh session each time: the test clock jumps days ahead, past a session's lifetime.
const act = async (id: string, form: Record<string, string>) => (await t.asUser('wt-officer@prongsai.test')).submit(`/staff/service-requests/${id}`, form, `/staff/service-requests/${id}/action`)
const request = (id: string) => t.db.selectFrom('service_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow()

describe('requests and their statutory deadline', () => {
  it('files at the counter with a number and a deadline that skips the Songkran holidays', async () => {
    t.clock.now = THURSDAY
    const { id, reference } = await fileRequest()
    expect(reference).toMatch(/^คข-2569-\d{5}$/)
    const r = await request(id)
    expect(r.due_on).toBe('2026-04-17')
    expect(r.status).toBe('received')
    expect(r.assigned_to).toBe(await t.userId('wt-officer@prongsai.test'))
    const events = await t.db.selectFrom('service_request_events').select(['kind', 'to_status']).where('request_id', '=', id).execute()
    expect(events).toEqual([{ kind: 'filed', to_status: 'received' }])
  })

  it('refuses a counter filing without a name, with 422 and the typed values kept', async () => {
    const orgId = await t.orgId('wiang-thong')
    const res = await officer.submit('/staff/service-requests/new?org=wiang-thong', { organisation_id: orgId, service_id: service.id, applicant_name: '', applicant_contact: 'line: abc', details: '', assigned_to: '' }, '/staff/service-requests/new')
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('กรอกชื่อผู้ยื่นคำขอ')
    expect(res.body).toContain('value="line: abc"')
  })

  it('stops the clock while documents are awaited and restarts it with the days that were left', async () => {
    t.clock.now = THURSDAY
    const { id } = await fileRequest()
    expect((await act(id, { act: 'more_documents', more_note: 'สำเนาทะเบียนบ้าน', more_channel: 'phone' })).statusCode).toBe(303)
    let r = await request(id)
    expect(r).toMatchObject({ status: 'awaiting_documents', due_on: null, paused_on: '2026-04-09', days_left_at_pause: 3 })
    // A delay notice makes no sense while the clock is stopped.
    expect((await act(id, { act: 'delay_notice', delay_reason: 'x', 'new_due_on-day': '30', 'new_due_on-month': '4', 'new_due_on-year': '2569' })).statusCode).toBe(422)
    t.clock.now = new Date('2026-04-20T03:00:00Z')
    expect((await act(id, { act: 'documents_received', received_note: 'ได้รับครบ' })).statusCode).toBe(303)
    r = await request(id)
    expect(r).toMatchObject({ status: 'in_progress', due_on: '2026-04-23', paused_on: null, days_left_at_pause: null })
  })

  it('takes a delay notice before the deadline, and after it only with the late flag', async () => {
    t.clock.now = THURSDAY
    const { id } = await fileRequest()
    t.clock.now = new Date('2026-04-16T03:00:00Z')
    const noReason = await act(id, { act: 'delay_notice', delay_reason: '', 'new_due_on-day': '24', 'new_due_on-month': '4', 'new_due_on-year': '2569', delay_channel: 'letter' })
    expect(noReason.statusCode).toBe(422)
    expect(noReason.body).toContain('ระบุเหตุที่ดำเนินการไม่ทันกำหนด')
    expect((await act(id, { act: 'delay_notice', delay_reason: 'รอความเห็นจากอำเภอ', 'new_due_on-day': '24', 'new_due_on-month': '4', 'new_due_on-year': '2569', delay_channel: 'letter' })).statusCode).toBe(303)
    expect(await request(id)).toMatchObject({ due_on: '2026-04-24', original_due_on: '2026-04-17', delay_notices: 1 })

    // After the new deadline has passed: refused without the flag, recorded as late with it.
    t.clock.now = new Date('2026-04-27T03:00:00Z')
    const late = await act(id, { act: 'delay_notice', delay_reason: 'ผู้ลงนามไปราชการ', 'new_due_on-day': '30', 'new_due_on-month': '4', 'new_due_on-year': '2569', delay_channel: 'phone' })
    expect(late.statusCode).toBe(422)
    expect(late.body).toContain('ยืนยันว่าเป็นการแจ้งล่าช้า')
    expect((await request(id)).delay_notices).toBe(1)
    expect((await act(id, { act: 'delay_notice', delay_reason: 'ผู้ลงนามไปราชการ', 'new_due_on-day': '30', 'new_due_on-month': '4', 'new_due_on-year': '2569', delay_channel: 'phone', late: 'yes' })).statusCode).toBe(303)
    const notices = await t.db.selectFrom('service_request_events').select(['late', 'new_due_on']).where('request_id', '=', id).where('kind', '=', 'delay_notice').orderBy('at').execute()
    expect(notices).toEqual([
      { late: false, new_due_on: '2026-04-24' },
      { late: true, new_due_on: '2026-04-30' },
    ])
    // The result, with its date and channel; then the request is closed for good.
    t.clock.now = new Date('2026-04-29T03:00:00Z')
    expect((await act(id, { act: 'approved', result_note: '', result_channel: 'counter' })).statusCode).toBe(303)
    expect(await request(id)).toMatchObject({ status: 'approved', completed_on: '2026-04-29', result_channel: 'counter' })
    await expect(t.db.updateTable('service_requests').set({ status: 'in_progress', completed_on: null }).where('id', '=', id).execute()).rejects.toThrow(/closed|may not go/)
  })

  it('records the day the result actually went out: not after today, not before filing or the last step', async () => {
    t.clock.now = THURSDAY
    const { id } = await fileRequest()
    t.clock.now = new Date('2026-04-10T03:00:00Z')
    expect((await act(id, { act: 'start' })).statusCode).toBe(303)
    t.clock.now = new Date('2026-04-21T03:00:00Z')
    const on = (day: string) => ({ act: 'approved', result_note: 'ออกหนังสือรับรองแล้ว', result_channel: 'letter', 'result_on-day': day, 'result_on-month': '4', 'result_on-year': '2569' })
    const future = await act(id, on('22'))
    expect(future.statusCode).toBe(422)
    expect(future.body).toContain('วันที่แจ้งผลต้องไม่เกินวันนี้')
    expect(future.body).toContain('ออกหนังสือรับรองแล้ว')
    expect((await act(id, on('8'))).body).toContain('วันที่แจ้งผลต้องไม่ก่อนวันที่ยื่นคำขอ')
    const beforeStart = await act(id, on('9'))
    expect(beforeStart.statusCode).toBe(422)
    expect(beforeStart.body).toContain('วันที่แจ้งผลต้องไม่ก่อนขั้นตอนล่าสุดที่บันทึกไว้')
    expect((await request(id)).status).toBe('in_progress')
    // Posted on Monday 20 April, recorded on Tuesday: late against the deadline of Friday 17 April.
    expect((await act(id, on('20'))).statusCode).toBe(303)
    expect(await request(id)).toMatchObject({ status: 'approved', completed_on: '2026-04-20', due_on: '2026-04-17' })
    const result = await t.db.selectFrom('service_request_events').select(['on_date', 'late']).where('request_id', '=', id).where('kind', '=', 'approved').executeTakeFirstOrThrow()
    expect(result).toEqual({ on_date: '2026-04-20', late: true })
  })

  it('lets the database refuse a jump the workflow does not allow', async () => {
    t.clock.now = THURSDAY
    const { id } = await fileRequest()
    await act(id, { act: 'more_documents', more_note: 'ภาพถ่าย', more_channel: 'phone' })
    await expect(t.db.updateTable('service_requests').set({ status: 'approved', completed_on: '2026-04-10', due_on: '2026-04-17', paused_on: null, days_left_at_pause: null }).where('id', '=', id).execute()).rejects.toThrow(/may not go/)
  })
})

describe('the applicant follows their own request', () => {
  it('shows the request for its number and code, and nothing for a wrong code or another agency', async () => {
    t.clock.now = THURSDAY
    const mine = await fileRequest('นายเจ้าของ คำขอ')
    const other = await fileRequest('นางผู้อื่น ไม่เกี่ยว')
    const citizen = t.client()
    const ok = await citizen.submit('/o/wiang-thong/services/follow-up', { reference: mine.reference, code: mine.code.toLowerCase() })
    expect(ok.statusCode).toBe(200)
    expect(ok.body).toContain(mine.reference)
    expect(ok.body).toContain('การขอหนังสือรับรองการมีถิ่นที่อยู่')
    // Nothing personal, nothing of the other request.
    expect(ok.body).not.toContain('นายเจ้าของ')
    expect(ok.body).not.toContain('081 234 5678')
    expect(ok.body).not.toContain(other.reference)
    expect(ok.body).not.toContain('นางสาวสมใจ')
    expect(ok.headers['cache-control']).toContain('no-store')

    const wrong = await citizen.submit('/o/wiang-thong/services/follow-up', { reference: mine.reference, code: other.code })
    expect(wrong.statusCode).toBe(422)
    expect(wrong.body).not.toContain('การขอหนังสือรับรองการมีถิ่นที่อยู่')
    const elsewhere = await citizen.submit('/o/nong-bua/services/follow-up', { reference: mine.reference, code: mine.code })
    expect(elsewhere.statusCode).toBe(422)
  })

  it('files online only where the manual allows it, without an officer assigned', async () => {
    t.clock.now = THURSDAY
    const citizen = t.client()
    const res = await citizen.submit(`/o/wiang-thong/services/${service.key}/apply`, { applicant_name: 'นายออนไลน์ ยื่นเอง', applicant_contact: 'online@example.com', details: '' })
    expect(res.statusCode).toBe(201)
    const reference = /คข-\d{4}-\d{5}/.exec(res.body)![0]
    const r = await t.db.selectFrom('service_requests').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow()
    expect(r).toMatchObject({ channel: 'online', assigned_to: null, due_on: '2026-04-17' })
  })
})

describe('isolation across agencies', () => {
  it('gives another agency’s officer 403 on the request and its actions', async () => {
    t.clock.now = THURSDAY
    const { id } = await fileRequest()
    const other = await t.asUser('nb-officer@prongsai.test')
    expect((await other.get(`/staff/service-requests/${id}`)).statusCode).toBe(403)
    await other.get('/staff/service-requests')
    expect((await other.post(`/staff/service-requests/${id}/action`, { act: 'approved', result_channel: 'counter' })).statusCode).toBe(403)
    expect((await request(id)).status).toBe('received')
    const list = await other.get('/staff/service-requests')
    expect(list.statusCode).toBe(200)
    expect(list.body).not.toContain('การขอหนังสือรับรองการมีถิ่นที่อยู่')
  })
})
