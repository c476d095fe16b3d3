import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { propertyDaily } from '../../src/features/property/index.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-07T03:00:00Z') })
})
afterAll(async () => {
  await t.close()
})

const OFFICER = 'wt-officer@prongsai.test'
const ITA = 'wt-ita@prongsai.test'
const HEAD = 'wt-head@prongsai.test'
const days = (name: string, d: number, m = 12, y = 2569) => ({ [`${name}-day`]: String(d), [`${name}-month`]: String(m), [`${name}-year`]: String(y) })
const request = (from: number, to: number) => ({ purpose: 'ใช้ถ่ายภาพกิจกรรมวันเด็กของเทศบาล', agree: 'yes', ...days('start_on', from), ...days('end_on', to) })
let itemId = ''
let firstId = ''

describe('the register and borrowing', () => {
  it('keeps a numbered register; a duplicate number is refused with 422', async () => {
    const c = await t.asUser(OFFICER)
    const item = { number: '416-66-0001', name: 'กล้องถ่ายภาพดิจิทัล', kind: 'equipment', location: 'กองสาธารณสุข', condition: 'good', source: 'งบประมาณ 2566', price: '25,900', custodian_id: await t.userId(OFFICER), ...days('acquired_on', 15, 3, 2566) }
    const res = await c.submit('/staff/property', item)
    expect(res.statusCode).toBe(303)
    itemId = String(res.headers.location).split('/').pop()!
    const dup = await c.submit('/staff/property', item)
    expect(dup.statusCode).toBe(422)
    expect(dup.body).toContain('หมายเลขนี้มีในทะเบียนแล้ว')
    expect((await (await t.asUser('nb-officer@prongsai.test')).get(`/staff/property/${itemId}`)).statusCode).toBe(404)
  })

  it('refuses a second booking of overlapping days (422, decided by the database) and accepts adjacent ones', async () => {
    const ita = await t.asUser(ITA)
    const page = `/staff/property/${itemId}`
    const noAgree = await ita.submit(page, { ...request(10, 12), agree: '' }, `${page}/borrow`)
    expect(noAgree.statusCode).toBe(422)
    expect((await ita.submit(page, request(10, 12), `${page}/borrow`)).statusCode).toBe(303)
    const officer = await t.asUser(OFFICER)
    const overlap = await officer.submit(page, request(12, 14), `${page}/borrow`)
    expect(overlap.statusCode).toBe(422)
    expect(overlap.body).toContain('มีผู้จองหรือยืมในช่วงวันดังกล่าวแล้ว')
    expect((await officer.submit(page, request(13, 14), `${page}/borrow`)).statusCode).toBe(303)
    const rows = await t.db.selectFrom('property_borrowings').select(['id', 'start_on']).where('item_id', '=', itemId).orderBy('start_on').execute()
    expect(rows.map((r) => r.start_on)).toEqual(['2026-12-10', '2026-12-13'])
    firstId = rows[0]!.id
    // Straight into the database, too: the trigger refuses it whatever the application does.
    await expect(
      t.db
        .insertInto('property_borrowings')
        .values({ organisation_id: await t.orgId('wiang-thong'), item_id: itemId, borrower_id: await t.userId(HEAD), purpose: 'x', start_on: '2026-12-11', end_on: '2026-12-11', status: 'requested', created_at: new Date() })
        .execute(),
    ).rejects.toThrow(/already booked/)
  })

  it('goes request → approval by the head → issue → return with inspection; damage needs a description', async () => {
    const officer = await t.asUser(OFFICER)
    const page = `/staff/property/${itemId}`
    expect((await officer.submit(page, { step: 'approve', note: '' }, `/staff/property/borrowings/${firstId}/decide`)).statusCode).toBe(403)
    const head = await t.asUser(HEAD)
    expect((await head.submit(page, { step: 'approve', note: 'อนุมัติ' }, `/staff/property/borrowings/${firstId}/decide`)).statusCode).toBe(303)
    expect((await officer.submit(page, { issue_condition: 'ดี ครบชุด' }, `/staff/property/borrowings/${firstId}/issue`)).statusCode).toBe(303)
    // Not back by the 12th: on the 14th the borrower is reminded, once.
    const later = new Date('2026-12-14T03:00:00Z')
    expect(await propertyDaily({ db: t.db, now: later, baseUrl: 'https://prongsai.example' })).toEqual({ reminded: 1 })
    expect(await propertyDaily({ db: t.db, now: later, baseUrl: 'https://prongsai.example' })).toEqual({ reminded: 0 })
    expect(await t.db.selectFrom('outbox').select('subject').where('to_address', '=', ITA).execute()).toHaveLength(1)
    t.clock.now = later
    const back = await t.asUser(OFFICER)
    const noNote = await back.submit(page, { ...days('returned_on', 14), return_condition: 'damaged', damage_note: '' }, `/staff/property/borrowings/${firstId}/return`)
    expect(noNote.statusCode).toBe(422)
    expect(noNote.body).toContain(`href="#damage_note-${firstId}"`)
    expect((await back.submit(page, { ...days('returned_on', 14), return_condition: 'damaged', damage_note: 'เลนส์มีรอยขีดข่วน' }, `/staff/property/borrowings/${firstId}/return`)).statusCode).toBe(303)
    const row = await t.db.selectFrom('property_borrowings').select(['status', 'returned_on', 'return_condition']).where('id', '=', firstId).executeTakeFirstOrThrow()
    expect(row).toEqual({ status: 'returned', returned_on: '2026-12-14', return_condition: 'damaged' })
    expect((await t.db.selectFrom('property_items').select('condition').where('id', '=', itemId).executeTakeFirstOrThrow()).condition).toBe('damaged')
    expect((await back.submit(page, { ...days('returned_on', 14), return_condition: 'good' }, `/staff/property/borrowings/${firstId}/return`)).statusCode).toBe(409)
  })

  it('reports the use of property for the half-year as a Word memo', async () => {
    const res = await (await t.asUser(OFFICER)).get('/staff/property/monitoring/2570-1.docx')
    expect(res.statusCode).toBe(200)
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK')
    expect((await (await t.asUser('committee@prongsai.test')).get('/staff/property/monitoring/2570-1.docx')).statusCode).toBe(403)
  })
})
