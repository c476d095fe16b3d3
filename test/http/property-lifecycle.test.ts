import { rmSync } from 'node:fs'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { officeToPdf, pdfPageCount, pdfText, pdfToPngs } from '../support/libreoffice.ts'
import { postMultipart } from './procurement-support.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-07T03:00:00Z') })
})
afterAll(async () => {
  await t.close()
})

const OFFICER = 'wt-officer@prongsai.test'
const HEAD = 'wt-head@prongsai.test'
const ITA = 'wt-ita@prongsai.test'
const PROCUREMENT = 'wt-procurement@prongsai.test'
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

async function addItem(number: string, name: string, condition = 'good'): Promise<string> {
  const c = await t.asUser(OFFICER)
  const res = await c.submit('/staff/property', { number, name, kind: 'equipment', location: 'สำนักปลัด', condition, source: '', price: '', custodian_id: '', 'acquired_on-day': '', 'acquired_on-month': '', 'acquired_on-year': '' })
  expect(res.statusCode).toBe(303)
  return String(res.headers.location).split('/').pop()!
}
const events = async (itemId: string) => (await t.db.selectFrom('property_item_events').select('event').where('item_id', '=', itemId).orderBy('seq').execute()).map((e) => e.event)

describe('transfers and disposal', () => {
  let chair = ''
  let printer = ''
  it('moves an item only once the head approves; the history is written with the move', async () => {
    chair = await addItem('401-67-0001', 'เก้าอี้สำนักงาน')
    const officer = await t.asUser(OFFICER)
    const page = `/staff/property/${chair}`
    const blank = await officer.submit(page, { kind: 'transfer', to_location: '', reason: '' }, `${page}/movements`)
    expect(blank.statusCode).toBe(422)
    expect(blank.body).toContain('href="#to_location"')
    expect((await officer.submit(page, { kind: 'transfer', to_location: 'กองคลัง ห้อง 2', to_custodian_id: await t.userId(ITA), reason: 'ย้ายไปใช้ที่กองคลัง' }, `${page}/movements`)).statusCode).toBe(303)
    const m = await t.db.selectFrom('property_movements').select(['id', 'status']).where('item_id', '=', chair).executeTakeFirstOrThrow()
    expect(m.status).toBe('requested')
    expect((await t.db.selectFrom('property_items').select('location').where('id', '=', chair).executeTakeFirstOrThrow()).location).toBe('สำนักปลัด')
    // The officer asked; only the head decides.
    expect((await officer.submit(page, { step: 'approve', note: '' }, `/staff/property/movements/${m.id}/decide`)).statusCode).toBe(403)
    const head = await t.asUser(HEAD)
    const noReason = await head.submit(page, { step: 'reject', note: '' }, `/staff/property/movements/${m.id}/decide`)
    expect(noReason.statusCode).toBe(422)
    expect(noReason.body).toContain(`href="#note-${m.id}"`)
    expect((await head.submit(page, { step: 'approve', note: 'อนุมัติ' }, `/staff/property/movements/${m.id}/decide`)).statusCode).toBe(303)
    const item = await t.db.selectFrom('property_items').select(['location', 'custodian_id']).where('id', '=', chair).executeTakeFirstOrThrow()
    expect(item).toEqual({ location: 'กองคลัง ห้อง 2', custodian_id: await t.userId(ITA) })
    expect(await events(chair)).toEqual(['registered', 'transfer_requested', 'transferred'])
    expect((await head.submit(page, { step: 'approve', note: '' }, `/staff/property/movements/${m.id}/decide`)).statusCode).toBe(409)
    // A decided request is frozen in the database too.
    await expect(sql`UPDATE property_movements SET status = 'rejected' WHERE id = ${m.id}`.execute(t.db)).rejects.toThrow(/frozen/)
  })

  it('disposes of an item with the head’s approval only; a disposed item is frozen and lent no more', async () => {
    printer = await addItem('416-60-0007', 'เครื่องพิมพ์เลเซอร์', 'unusable')
    await expect(sql`UPDATE property_items SET status = 'disposed', disposed_on = '2026-12-07' WHERE id = ${printer}`.execute(t.db)).rejects.toThrow(/approval/)
    const officer = await t.asUser(OFFICER)
    const page = `/staff/property/${printer}`
    expect((await officer.submit(page, { kind: 'disposal', method: '', reason: 'ชำรุดซ่อมไม่คุ้ม' }, `${page}/movements`)).statusCode).toBe(422)
    expect((await officer.submit(page, { kind: 'disposal', method: 'auction', reason: 'ชำรุดซ่อมไม่คุ้ม' }, `${page}/movements`)).statusCode).toBe(303)
    const second = await officer.submit(page, { kind: 'transfer', to_location: 'โกดัง', reason: 'เก็บ' }, `${page}/movements`)
    expect(second.statusCode).toBe(422)
    const m = await t.db.selectFrom('property_movements').select('id').where('item_id', '=', printer).executeTakeFirstOrThrow()
    expect((await (await t.asUser(HEAD)).submit(page, { step: 'approve', note: 'ขายทอดตลาด' }, `/staff/property/movements/${m.id}/decide`)).statusCode).toBe(303)
    expect(await t.db.selectFrom('property_items').select(['status', 'disposed_on', 'borrowable']).where('id', '=', printer).executeTakeFirstOrThrow()).toEqual({ status: 'disposed', disposed_on: '2026-12-07', borrowable: false })
    await expect(sql`UPDATE property_items SET location = 'x' WHERE id = ${printer}`.execute(t.db)).rejects.toThrow(/frozen/)
    expect((await officer.submit(page, { kind: 'transfer', to_location: 'โกดัง', reason: 'เก็บ' }, `${page}/movements`)).statusCode).toBe(409)
  })

  it('keeps photos and documents on the file service, for the agency only', async () => {
    const officer = await t.asUser(OFFICER)
    await officer.get(`/staff/property/${chair}`)
    const wrong = await postMultipart(t, officer, `/staff/property/${chair}/files`, { file_kind: 'photo', label: '' }, { name: 'front.png', type: 'image/png', bytes: PNG })
    expect(wrong.statusCode).toBe(422)
    expect(wrong.body).toContain('href="#label"')
    await officer.get(`/staff/property/${chair}`)
    const ok = await postMultipart(t, officer, `/staff/property/${chair}/files`, { file_kind: 'photo', label: 'ภาพด้านหน้า' }, { name: 'front.png', type: 'image/png', bytes: PNG })
    expect(ok.statusCode).toBe(303)
    const f = await t.db.selectFrom('property_files').select(['id', 'kind']).where('item_id', '=', chair).executeTakeFirstOrThrow()
    expect(f.kind).toBe('photo')
    const page = await officer.get(`/staff/property/${chair}`)
    expect(page.body).toContain(`src="/staff/property/files/${f.id}"`)
    const file = await officer.get(`/staff/property/files/${f.id}`)
    expect(file.statusCode).toBe(200)
    expect(file.headers['content-type']).toBe('image/png')
    expect((await (await t.asUser('nb-officer@prongsai.test')).get(`/staff/property/files/${f.id}`)).statusCode).toBe(404)
  })

  it('the yearly stock-take: the head appoints, the committee counts and explains differences, the chair reports, the head acknowledges', async () => {
    const head = await t.asUser(HEAD)
    const list = '/staff/property/stocktakes'
    const members = { fiscal_year: '2569', chair_id: await t.userId(PROCUREMENT), members: [await t.userId(ITA)] }
    expect((await head.submit(list, members, list)).statusCode).toBe(422)
    expect((await (await t.asUser(OFFICER)).submit(list, { ...members, members: [await t.userId(ITA), await t.userId(OFFICER)] }, list)).statusCode).toBe(403)
    const appointed = await head.submit(list, { ...members, members: [await t.userId(ITA), await t.userId(OFFICER)] }, list)
    expect(appointed.statusCode).toBe(303)
    const url = String(appointed.headers.location)
    const id = url.split('/').pop()!
    const ita = await t.asUser(ITA)
    const page = await ita.get(url)
    expect(page.statusCode).toBe(200)
    // The disposed printer is not counted; the chair is.
    expect(page.body).not.toContain('เครื่องพิมพ์เลเซอร์')
    const missingNote = await ita.submit(url, { found: 'no', condition: '', note: '' }, `${url}/items/${chair}`)
    expect(missingNote.statusCode).toBe(422)
    expect(missingNote.body).toContain(`href="#note-${chair}"`)
    const chairReport = await t.asUser(PROCUREMENT)
    const early = await chairReport.submit(url, {}, `${url}/submit`)
    expect(early.statusCode).toBe(422)
    expect((await ita.submit(url, { found: 'yes', condition: 'fair', note: 'ขาเก้าอี้หลวม' }, `${url}/items/${chair}`)).statusCode).toBe(303)
    expect((await (await t.asUser(HEAD)).submit(url, { found: 'yes', condition: 'good', note: '' }, `${url}/items/${chair}`)).statusCode).toBe(403)
    expect((await chairReport.submit(url, {}, `${url}/submit`)).statusCode).toBe(303)
    expect((await ita.submit(url, { found: 'yes', condition: 'good', note: '' }, `${url}/items/${chair}`)).statusCode).toBe(409)
    await expect(sql`UPDATE property_stocktake_lines SET note = 'x' WHERE stocktake_id = ${id}`.execute(t.db)).rejects.toThrow(/frozen/)
    expect((await head.submit(url, { head_note: 'ให้ซ่อมเก้าอี้' }, `${url}/acknowledge`)).statusCode).toBe(303)
    expect((await head.submit(url, { head_note: '' }, `${url}/acknowledge`)).statusCode).toBe(409)
    expect((await t.db.selectFrom('property_stocktakes').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('acknowledged')
    expect((await t.asUser('nb-officer@prongsai.test').then((c) => c.get(url))).statusCode).toBe(404)

    // The report as LibreOffice lays it out: memo heading, the counts in Thai digits, the explanation, the head's note; one page.
    const docx = await head.get(`${url}/report.docx`)
    expect(docx.statusCode).toBe(200)
    const { dir, pdf } = await officeToPdf(docx.rawPayload, 'docx')
    try {
      const text = await pdfText(pdf)
      expect(text).toContain('บันทึกข้อความ')
      expect(text).toContain('รายงานผลการตรวจสอบพัสดุประจำปีงบประมาณ ๒๕๖๙')
      expect(text).toContain('ขาเก้าอี้หลวม')
      expect(text).toContain('ให้ซ่อมเก้าอี้')
      expect(text).toContain('(นายพัสดุ ถูกต้อง)')
      if (process.env.KEEP_PNG) await pdfToPngs(pdf, process.env.KEEP_PNG, 80)
      expect(await pdfPageCount(pdf)).toBeLessThanOrEqual(2)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
