import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-08T03:00:00Z') })
})
afterAll(async () => t.close())

const form = (over: Record<string, string> = {}) => ({
  title: 'ปรับเส้นทางรถเก็บขยะ',
  question: 'ท่านเห็นด้วยกับเส้นทางใหม่หรือไม่',
  documents: 'https://prongsai.example/o/wiang-thong/portal/plans',
  'opens_on-day': '8',
  'opens_on-month': '12',
  'opens_on-year': '2569',
  'closes_on-day': '15',
  'closes_on-month': '12',
  'closes_on-year': '2569',
  ...over,
})

let id = ''

describe('a consultation', () => {
  it('is opened by an officer (422 for a closing date before the opening), and people comment while it is open', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    const bad = await officer.submit('/staff/consultations', form({ 'closes_on-day': '1' }))
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('วันปิดรับฟังต้องไม่ก่อนวันเปิด')
    const ok = await officer.submit('/staff/consultations', form())
    expect(ok.statusCode).toBe(303)
    id = String(ok.headers.location).split('/').pop()!

    const citizen = t.client()
    await citizen.get(`/o/wiang-thong/consultations/${id}`)
    expect((await citizen.post(`/o/wiang-thong/consultations/${id}/comment`, { name: 'ชาวบ้าน', body: 'เห็นด้วยครับ' })).statusCode).toBe(303)
    // A comment with a phone number is kept for staff, not shown.
    expect((await citizen.post(`/o/wiang-thong/consultations/${id}/comment`, { name: 'ชาวบ้าน 2', body: 'โทรคุยที่ 081-222-3333' })).statusCode).toBe(303)
    const page = await t.client().get(`/o/wiang-thong/consultations/${id}`)
    expect(page.body).toContain('เห็นด้วยครับ')
    expect(page.body).not.toContain('081-222-3333')
    const staffPage = await officer.get(`/staff/consultations/${id}`)
    expect(staffPage.body).toContain('มีหมายเลขโทรศัพท์')
  })

  it('a summary waits until it closes, needs both parts, then is published; other agencies get 404', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    await officer.get(`/staff/consultations/${id}`)
    expect((await officer.post(`/staff/consultations/${id}/summary`, { heard: 'ส่วนใหญ่เห็นด้วย', will_do: 'ใช้เส้นทางใหม่' })).statusCode).toBe(422)
    t.clock.now = new Date('2026-12-16T03:00:00Z')
    const later = await t.asUser('wt-officer@prongsai.test')
    await later.get(`/staff/consultations/${id}`)
    expect((await later.post(`/staff/consultations/${id}/summary`, { heard: 'ส่วนใหญ่เห็นด้วย', will_do: '' })).statusCode).toBe(422)
    expect((await later.post(`/staff/consultations/${id}/summary`, { heard: 'ส่วนใหญ่เห็นด้วย', will_do: 'ใช้เส้นทางใหม่ตั้งแต่มกราคม' })).statusCode).toBe(303)
    const page = await t.client().get(`/o/wiang-thong/consultations/${id}`)
    expect(page.body).toContain('ใช้เส้นทางใหม่ตั้งแต่มกราคม')
    expect(page.body).not.toContain('name="body"')
    const other = await t.asUser('nb-officer@prongsai.test')
    expect((await other.get(`/staff/consultations/${id}`)).statusCode).toBe(404)
    expect((await t.client().get(`/o/nong-bua/consultations/${id}`)).statusCode).toBe(404)
  })

  it('records a public hearing with date, place, attendance and minutes', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    const bad = await officer.submit('/staff/consultations', { subject: 'เวทีประชาคม', 'held_on-day': '1', 'held_on-month': '1', 'held_on-year': '2570', place: '', attendance: 'สิบ', minutes: '' }, '/staff/consultations/hearings')
    expect(bad.statusCode).toBe(422)
    const ok = await officer.submit('/staff/consultations', { subject: 'เวทีประชาคมแผนพัฒนาท้องถิ่น', 'held_on-day': '14', 'held_on-month': '12', 'held_on-year': '2569', place: 'ศาลาประชาคมหมู่ 1', attendance: '85', minutes: 'ประชาชนเสนอโครงการ 12 โครงการ' }, '/staff/consultations/hearings')
    expect(ok.statusCode).toBe(303)
    const pub = await t.client().get('/o/wiang-thong/consultations')
    expect(pub.body).toContain('ศาลาประชาคมหมู่ 1')
    expect(pub.body).toContain('ผู้เข้าร่วม 85 คน')
  })
})
