import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  // 2026-12-07 in Bangkok.
  t = await createTestApp({ now: new Date('2026-12-07T03:00:00Z') })
})
afterAll(async () => {
  await t.close()
})

const OFFICER = 'wt-officer@prongsai.test'
const PROCUREMENT = 'wt-procurement@prongsai.test'
const HEAD = 'wt-head@prongsai.test'
const PRIVATE_ADDRESS = 'บ้านเลขที่ ๔๕ หมู่ที่ ๒ ตำบลเวียงทอง'
const auditActions = async (entityId: string) => (await t.db.selectFrom('audit_events').select('action').where('entity_id', '=', entityId).orderBy('seq').execute()).map((e) => e.action)

let procurementId = ''

describe('a staff member’s own interest record', () => {
  it('rejects a bad tax id with 422 keeping what was typed, then keeps the entries', async () => {
    const c = await t.asUser(OFFICER)
    const bad = await c.submit('/staff/conflict/my-record', { entry_type: 'firm:former_employer', text: 'หจก.เวียงทองก่อสร้าง', tax_id: '0105550123452' })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('เลขตรวจสอบ')
    expect(bad.body).toContain('หจก.เวียงทองก่อสร้าง')
    for (const form of [
      { entry_type: 'person:spouse', text: 'นายประสิทธิ์ ศรีสุข', tax_id: '' },
      { entry_type: 'address:home', text: PRIVATE_ADDRESS, tax_id: '' },
      { entry_type: 'firm:former_employer', text: 'หจก.เวียงทองก่อสร้าง', tax_id: '0105550123451' },
    ]) {
      expect((await c.submit('/staff/conflict/my-record', form)).statusCode).toBe(303)
    }
    const page = await c.get('/staff/conflict/my-record')
    expect(page.body).toContain(PRIVATE_ADDRESS)
    expect(await t.db.selectFrom('coi_interest_entries').select('id').where('user_id', '=', await t.userId(OFFICER)).execute()).toHaveLength(3)
  })

  it.each([PROCUREMENT, HEAD, 'wt-admin@prongsai.test', 'committee@prongsai.test', 'nb-officer@prongsai.test', 'oversight@prongsai.test'])('%s never sees it on any page', async (email) => {
    const c = await t.asUser(email)
    for (const url of ['/staff/conflict/my-record', '/staff/conflict', '/staff/conflict/reports']) {
      const res = await c.get(url)
      expect([200, 403]).toContain(res.statusCode)
      expect(res.body).not.toContain('๔๕ หมู่ที่ ๒')
      expect(res.body).not.toContain('ศรีสุข')
    }
  })

  it('cannot delete someone else’s entry (404) and the entry stays', async () => {
    const entry = await t.db.selectFrom('coi_interest_entries').select('id').where('user_id', '=', await t.userId(OFFICER)).executeTakeFirstOrThrow()
    const c = await t.asUser(HEAD)
    await c.get('/staff/conflict/my-record')
    expect((await c.post(`/staff/conflict/my-record/${entry.id}/delete`, {})).statusCode).toBe(404)
    expect(await t.db.selectFrom('coi_interest_entries').select('id').where('id', '=', entry.id).executeTakeFirst()).toBeDefined()
  })
})

describe('screening a procurement', () => {
  it('only the procurement officer or the head opens one (403 for others)', async () => {
    const officer = await t.asUser(OFFICER)
    expect((await officer.get('/staff/conflict/procurements/new')).statusCode).toBe(403)
    const c = await t.asUser(PROCUREMENT)
    const bad = await c.submit('/staff/conflict/procurements/new', { title: '', reference: '', method: 'x', month: '2026-12' })
    expect(bad.statusCode).toBe(422)
    const ok = await c.submit('/staff/conflict/procurements/new', { title: 'จ้างก่อสร้างถนน คสล. หมู่ 4', reference: '69129000111', method: 'e_bidding', month: '2026-12' })
    expect(ok.statusCode).toBe(303)
    procurementId = String(ok.headers.location).split('/').pop()!
    const page = `/staff/conflict/procurements/${procurementId}`
    expect((await c.submit(page, { name: 'บริษัท ทองดี วัสดุ จำกัด', tax_id: '0105550123452', people: '', addresses: '' }, `${page}/bidders`)).statusCode).toBe(422)
    expect((await c.submit(page, { name: 'ห้างหุ้นส่วนจำกัด เวียงทองก่อสร้าง', tax_id: '0105550123451', people: 'นายมานพ ศรีสุข\nนางสาวกานดา ใจงาม', addresses: '45 ม.2 ต.เวียงทอง อ.เวียงทอง' }, `${page}/bidders`)).statusCode).toBe(303)
    expect((await c.submit(page, { name: 'บริษัท รุ่งเรืองการโยธา จำกัด', tax_id: '', people: 'นายสมบัติ มั่นคง', addresses: '9 หมู่ 1 ตำบลหนองบัว' }, `${page}/bidders`)).statusCode).toBe(303)
    for (const [email, duty] of [
      [OFFICER, 'committee_member'],
      [PROCUREMENT, 'officer'],
      [HEAD, 'approver'],
    ] as const) {
      expect((await c.submit(page, { user_id: await t.userId(email), duty }, `${page}/participants`)).statusCode).toBe(303)
    }
  })

  it('a stranger to the procurement gets 404; a participant files a declaration', async () => {
    const page = `/staff/conflict/procurements/${procurementId}`
    expect((await (await t.asUser('wt-ita@prongsai.test')).get(page)).statusCode).toBe(404)
    expect((await (await t.asUser('nb-officer@prongsai.test')).get(page)).statusCode).toBe(404)
    const c = await t.asUser(OFFICER)
    const missing = await c.submit(page, { has_relation: 'yes', bidder_id: '', relation_type: '', detail: '' }, `${page}/declaration`)
    expect(missing.statusCode).toBe(422)
    expect(missing.body).toContain('เลือกผู้เสนอราคาที่ท่านมีความสัมพันธ์ด้วย')
    const bidder = await t.db.selectFrom('coi_bidders').select('id').where('name', '=', 'ห้างหุ้นส่วนจำกัด เวียงทองก่อสร้าง').executeTakeFirstOrThrow()
    expect((await c.submit(page, { has_relation: 'yes', bidder_id: bidder.id, relation_type: 'former_employer', detail: 'เคยทำงานบัญชีถึงปี 2565' }, `${page}/declaration`)).statusCode).toBe(303)
    const d = await t.db.selectFrom('coi_declarations').selectAll().where('user_id', '=', await t.userId(OFFICER)).executeTakeFirstOrThrow()
    expect(d).toMatchObject({ has_relation: true, bidder_id: bidder.id, relation_type: 'former_employer' })
  })

  it('finds the seeded relationships with why, and leaves the unrelated bidder alone', async () => {
    const c = await t.asUser(PROCUREMENT)
    const page = `/staff/conflict/procurements/${procurementId}`
    expect((await c.submit(page, {}, `${page}/screen`)).statusCode).toBe(303)
    const hits = await t.db.selectFrom('coi_hits as h').innerJoin('coi_bidders as b', 'b.id', 'h.bidder_id').select(['b.name', 'h.entry_kind', 'h.reasons', 'h.status']).where('h.procurement_id', '=', procurementId).execute()
    expect(hits.map((h) => h.entry_kind).sort()).toEqual(['address', 'firm', 'person'])
    expect(new Set(hits.map((h) => h.name))).toEqual(new Set(['ห้างหุ้นส่วนจำกัด เวียงทองก่อสร้าง']))
    const reasons = hits.flatMap((h) => (h.reasons as { reason: string }[]).map((r) => r.reason)).sort()
    expect(reasons).toEqual(['address', 'firm_name', 'surname', 'tax_id'])
    // Screening again adds nothing.
    await c.submit(page, {}, `${page}/screen`)
    expect(await t.db.selectFrom('coi_hits').select('id').where('procurement_id', '=', procurementId).execute()).toHaveLength(3)
    expect(await auditActions(procurementId)).toContain('coi_screen.run')
  })

  it('the head sees the hits (why, not the whole record) and the reading is audited', async () => {
    const c = await t.asUser(HEAD)
    const res = await c.get(`/staff/conflict/procurements/${procurementId}`)
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('นามสกุลตรงกัน')
    expect(res.body).toContain('นายมานพ ศรีสุข')
    expect(await auditActions(procurementId)).toContain('coi_interest.hits_read')
  })

  it('a hit needs a reason (422), is resolved once (409), and not by the person it is about (403)', async () => {
    const hit = await t.db.selectFrom('coi_hits').select('id').where('procurement_id', '=', procurementId).where('entry_kind', '=', 'person').executeTakeFirstOrThrow()
    const c = await t.asUser(PROCUREMENT)
    const page = `/staff/conflict/procurements/${procurementId}`
    const noReason = await c.submit(page, { decision: 'cleared', reason: ' ' }, `/staff/conflict/hits/${hit.id}/resolve`)
    expect(noReason.statusCode).toBe(422)
    expect(noReason.body).toContain(`href="#reason-${hit.id}"`)
    expect((await c.submit(page, { decision: 'cleared', reason: 'นามสกุลซ้ำโดยบังเอิญ ไม่ใช่ญาติ' }, `/staff/conflict/hits/${hit.id}/resolve`)).statusCode).toBe(303)
    expect((await c.submit(page, { decision: 'confirmed', reason: 'เปลี่ยนใจ' }, `/staff/conflict/hits/${hit.id}/resolve`)).statusCode).toBe(409)
    const row = await t.db.selectFrom('coi_hits').select(['status', 'resolution_reason']).where('id', '=', hit.id).executeTakeFirstOrThrow()
    expect(row).toEqual({ status: 'cleared', resolution_reason: 'นามสกุลซ้ำโดยบังเอิญ ไม่ใช่ญาติ' })
    // The database itself refuses to reopen it.
    await expect(t.db.updateTable('coi_hits').set({ status: 'open', resolved_at: null }).where('id', '=', hit.id).execute()).rejects.toThrow()
    const firm = await t.db.selectFrom('coi_hits').select('id').where('procurement_id', '=', procurementId).where('entry_kind', '=', 'firm').executeTakeFirstOrThrow()
    expect((await c.submit(page, { decision: 'confirmed', reason: 'ผู้เกี่ยวข้องยื่นแบบว่าเคยทำงานกับผู้เสนอราคา ให้ถอนตัวจากคณะกรรมการ' }, `/staff/conflict/hits/${firm.id}/resolve`)).statusCode).toBe(303)
  })
})

describe('the monthly report to the head', () => {
  let reportId = ''
  it('the procurement officer submits it; others may not (403)', async () => {
    const officer = await t.asUser(OFFICER)
    expect((await officer.get('/staff/conflict/reports')).statusCode).toBe(403)
    const c = await t.asUser(PROCUREMENT)
    const res = await c.submit('/staff/conflict/reports', { month: '2026-12' })
    expect(res.statusCode).toBe(303)
    reportId = String(res.headers.location).split('/').pop()!
    const row = await t.db.selectFrom('coi_monthly_reports').selectAll().where('id', '=', reportId).executeTakeFirstOrThrow()
    const content = row.content as { procurements: { declared: number; participants: number; missing: string[]; cleared: number; confirmed: number; open: number }[] }
    expect(content.procurements).toEqual([expect.objectContaining({ declared: 1, participants: 3, cleared: 1, confirmed: 1, open: 1 })])
    expect(content.procurements[0]!.missing.sort()).toEqual(['นายกเทศมนตรี เวียงทอง', 'นายพัสดุ ถูกต้อง'])
  })

  it('comes as a Word memo, and the head acknowledges it once', async () => {
    const head = await t.asUser(HEAD)
    const docx = await head.get(`/staff/conflict/reports/${reportId}.docx`)
    expect(docx.statusCode).toBe(200)
    expect(docx.headers['content-type']).toContain('wordprocessingml')
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK')
    expect((await head.submit(`/staff/conflict/reports/${reportId}`, { head_note: 'ให้ถอนตัวตามที่เสนอ' }, `/staff/conflict/reports/${reportId}/acknowledge`)).statusCode).toBe(303)
    expect((await head.submit(`/staff/conflict/reports/${reportId}`, { head_note: '' }, `/staff/conflict/reports/${reportId}/acknowledge`)).statusCode).toBe(409)
    const row = await t.db.selectFrom('coi_monthly_reports').select(['status', 'head_note']).where('id', '=', reportId).executeTakeFirstOrThrow()
    expect(row).toEqual({ status: 'acknowledged', head_note: 'ให้ถอนตัวตามที่เสนอ' })
    const c = await t.asUser(PROCUREMENT)
    expect((await c.submit('/staff/conflict/reports', { month: '2026-12' })).statusCode).toBe(409)
    expect((await (await t.asUser('nb-officer@prongsai.test')).get(`/staff/conflict/reports/${reportId}`)).statusCode).toBe(404)
  })
})

describe('bidders from the procurement register', () => {
  it('opens a screen from a สขร.1 row with its bidders by name, once', async () => {
    const org = await t.orgId('wiang-thong')
    const now = t.clock.now
    const key = { organisation_id: org, fiscal_year: 2570, kind: 'month' as const, month: 11 }
    const rowOf = (item: string, bidders: string) => ({ item, budget: 100000_00, referencePrice: null, method: 'price_inquiry', bidders, winner: 'ห้างหุ้นส่วนจำกัด สะอาดบริการ', agreedPrice: 99000_00, reason: 'ราคาต่ำสุด', contractNo: 'สัญญาจ้าง 9/2570', contractDate: null })
    await t.db.insertInto('procurement_records').values({ ...key, current_version: 1, published: false, created_at: now, updated_at: now }).execute()
    const content = { noProcurement: false, responsibleName: 'นายพัสดุ ถูกต้อง', responsiblePosition: 'เจ้าพนักงานพัสดุ', rows: [rowOf('จ้างเหมาเก็บขยะ', 'ห้างหุ้นส่วนจำกัด สะอาดบริการ 99,000.00 บาท\nบริษัท กรีนเวสต์ จำกัด 99,500.00 บาท')] }
    await t.db.insertInto('procurement_record_versions').values({ ...key, version: 1, content: JSON.stringify(content), created_by: null, created_at: now }).execute()

    const c = await t.asUser(PROCUREMENT)
    const page = await c.get('/staff/conflict/procurements/new')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('จ้างเหมาเก็บขยะ')
    expect(page.body).toContain('บริษัท กรีนเวสต์ จำกัด')
    const res = await c.submit('/staff/conflict/procurements/new', { month: '2026-11', row: '0' }, '/staff/conflict/procurements/from-register')
    expect(res.statusCode).toBe(303)
    const id = String(res.headers.location).split('/').pop()!
    const p = await t.db.selectFrom('coi_procurements').select(['title', 'reference', 'month', 'method']).where('id', '=', id).executeTakeFirstOrThrow()
    expect(p).toEqual({ title: 'จ้างเหมาเก็บขยะ', reference: 'สัญญาจ้าง 9/2570', month: '2026-11-01', method: 'selection' })
    expect((await t.db.selectFrom('coi_bidders').select('name').where('procurement_id', '=', id).orderBy('name').execute()).map((b) => b.name)).toEqual(['บริษัท กรีนเวสต์ จำกัด', 'ห้างหุ้นส่วนจำกัด สะอาดบริการ'])
    // Once taken, the row is no longer offered and cannot be taken twice.
    expect((await c.get('/staff/conflict/procurements/new')).body).not.toContain('จ้างเหมาเก็บขยะ')
    expect((await c.submit('/staff/conflict/procurements/new', { month: '2026-11', row: '0' }, '/staff/conflict/procurements/from-register')).statusCode).toBe(409)
    // Only those who open screens may take rows.
    expect((await (await t.asUser(OFFICER)).submit('/staff/conflict', { month: '2026-11', row: '0' }, '/staff/conflict/procurements/from-register')).statusCode).toBe(403)
  })
})
