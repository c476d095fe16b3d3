import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  // Monday 7 December 2026 (fiscal year 2570), 10:00 in Bangkok.
  t = await createTestApp({ now: new Date('2026-12-07T03:00:00Z'), env: { BASE_URL: 'https://prongsai.example' } })
})
afterAll(async () => {
  await t.close()
})

const HEAD = 'wt-head@prongsai.test'
const DEPUTY = 'wt-deputy@prongsai.test'
const PROCUREMENT = 'wt-procurement@prongsai.test'
const ITA = 'wt-ita@prongsai.test'
const ACTING = 'รักษาราชการแทน นายกเทศมนตรีตำบลเวียงทอง (คำสั่งที่ 12/2570)'

const be = (name: string, iso: string) => {
  const [y, m, d] = iso.split('-')
  return { [`${name}-day`]: String(Number(d)), [`${name}-month`]: String(Number(m)), [`${name}-year`]: String(Number(y) + 543) }
}
const order = async (over: Record<string, string>) => ({
  kind: 'acting',
  order_no: '12/2570',
  ...be('order_date', '2026-12-04'),
  from_name: 'นายกเทศมนตรี เวียงทอง',
  from_position_th: 'นายกเทศมนตรีตำบลเวียงทอง',
  to_user_id: await t.userId(DEPUTY),
  to_position_th: 'รองนายกเทศมนตรีตำบลเวียงทอง',
  powers_th: 'รักษาราชการแทนระหว่างนายกเทศมนตรีไปราชการต่างประเทศ',
  grants_role: '',
  ...be('starts_on', '2026-12-05'),
  ...be('ends_on', '2026-12-08'),
  ...over,
})
const at = (iso: string) => {
  t.clock.now = new Date(iso)
}
const register = () => t.db.selectFrom('risk_registers').selectAll().where('fiscal_year', '=', 2570).executeTakeFirstOrThrow()


/** The order's scan, posted as a browser does (multipart, with the CSRF token of the last page). */
async function postFile(c: Client, url: string, bytes: Buffer, name = 'order.pdf', type = 'application/pdf') {
  const boundary = `----order${Math.random().toString(16).slice(2)}`
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${c.lastCsrf ?? ''}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="order_file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  return t.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body })
}
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n')

describe('delegation and acting officials', () => {
  let actingId = ''

  it('the head records orders; bad input is 422 with the values kept; staff only read; other agencies are refused', async () => {
    const head = await t.asUser(HEAD)
    const bad = await head.submit('/staff/delegations', await order({ ...be('ends_on', '2026-12-01'), order_no: 'ทดสอบ/2570', powers_th: '' }), '/staff/delegations/new')
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('วันสิ้นสุดต้องไม่ก่อนวันเริ่ม')
    expect(bad.body).toContain('ระบุอำนาจหน้าที่ที่มอบ')
    expect(bad.body).toContain('ทดสอบ/2570')
    expect((await head.submit('/staff/delegations', await order({}), '/staff/delegations/new')).statusCode).toBe(303)
    const expired = await order({ kind: 'delegation', order_no: '215/2569', to_user_id: await t.userId(PROCUREMENT), to_position_th: 'เจ้าพนักงานพัสดุ', grants_role: 'head', ...be('starts_on', '2026-10-01'), ...be('ends_on', '2026-12-06') })
    expect((await head.submit('/staff/delegations', expired, '/staff/delegations/new')).statusCode).toBe(303)
    const rows = await t.db.selectFrom('delegation_orders').select(['id', 'order_no', 'grants_role', 'to_name', 'status']).orderBy('order_no').execute()
    // An acting appointment always lends the head's role, whatever the form said.
    expect(rows.map((r) => [r.order_no, r.grants_role, r.status])).toEqual([
      ['12/2570', 'head', 'in_force'],
      ['215/2569', 'head', 'in_force'],
    ])
    actingId = rows[0]!.id
    expect(await t.db.selectFrom('delegation_history').select(['to_status']).where('order_id', '=', actingId).execute()).toEqual([{ to_status: 'in_force' }])

    const officer = await t.asUser('wt-officer@prongsai.test')
    const read = await officer.get('/staff/delegations')
    expect(read.statusCode).toBe(200)
    expect(read.body).toContain('12/2570')
    expect(read.body).not.toContain('action="/staff/delegations/new')
    expect((await officer.post('/staff/delegations/new', await order({ order_no: '99/2570' }))).statusCode).toBe(403)
    const stranger = await t.asUser('nb-admin@prongsai.test')
    expect((await stranger.get('/staff/delegations?org=wiang-thong')).statusCode).toBe(403)
    await stranger.get('/staff/delegations')
    expect((await stranger.post(`/staff/delegations/${actingId}/revoke`, { revoke_reason: 'x' })).statusCode).toBe(404)
  })

  it('the public page shows the orders in force today, not the ended one', async () => {
    const page = await t.client().get('/o/wiang-thong/delegations')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('คำสั่งที่ 12/2570')
    expect(page.body).toContain('นายรองพล ช่วยราชการ')
    expect(page.body).not.toContain('215/2569')
  })

  it('an approval by an expired delegation, or by the acting official the day after the end, is refused with 403', async () => {
    const ita = await t.asUser(ITA)
    expect((await ita.submit('/staff/risks?year=2570', {}, '/staff/risks/2570/start')).statusCode).toBe(303)
    const risk = { process: 'การออกใบอนุญาตก่อสร้าง', service_key: '', risk_type: 'bribery', description: 'เรียกรับเงิน', causes: 'ผู้ตรวจคนเดียว', existing_controls: 'คู่มือ', inherent_likelihood: '4', inherent_impact: '4', residual_likelihood: '2', residual_impact: '2', internal_note: '' }
    expect((await ita.submit('/staff/risks/2570/new', risk)).statusCode).toBe(303)

    const procurement = await t.asUser(PROCUREMENT)
    expect((await procurement.submit('/staff/risks?year=2570', {}, '/staff/risks/2570/approve')).statusCode).toBe(403)

    // 9 December, 00:30 in Bangkok: the acting appointment ended with the 8th.
    at('2026-12-08T17:30:00Z')
    const dayAfter = await t.asUser(DEPUTY)
    expect((await dayAfter.submit('/staff/risks?year=2570', {}, '/staff/risks/2570/approve')).statusCode).toBe(403)
    expect(await register()).toMatchObject({ status: 'draft' })
  })

  it('the acting official approves on the dates, and the register, its history and the audit trail say in whose place', async () => {
    // 8 December, 23:30 in Bangkok: the last day of the order.
    at('2026-12-08T16:30:00Z')
    const deputy = await t.asUser(DEPUTY)
    expect((await deputy.submit('/staff/risks?year=2570', {}, '/staff/risks/2570/approve')).statusCode).toBe(303)
    const r = await register()
    expect(r.status).toBe('approved')
    expect(r.approved_by_label).toBe(`นายรองพล ช่วยราชการ ${ACTING}`)
    expect(await t.db.selectFrom('risk_history').select('actor_label').where('entity_id', '=', r.id).where('to_status', '=', 'approved').executeTakeFirstOrThrow()).toEqual({ actor_label: `นายรองพล ช่วยราชการ ${ACTING}` })
    const event = await t.db.selectFrom('audit_events').select('actor_label').where('action', '=', 'risk_register.approved').executeTakeFirstOrThrow()
    expect(event.actor_label).toContain(ACTING)
    expect((await deputy.get('/staff/risks?year=2570')).body).toContain(ACTING)
  })

  it('a revoked order lends nothing from that moment; it is revoked once; the database refuses any other change', async () => {
    const head = await t.asUser(HEAD)
    await head.get('/staff/delegations')
    expect((await head.post(`/staff/delegations/${actingId}/revoke`, { revoke_reason: '' })).statusCode).toBe(422)
    expect((await head.post(`/staff/delegations/${actingId}/revoke`, { revoke_reason: 'นายกเทศมนตรีกลับมาปฏิบัติราชการ' })).statusCode).toBe(303)
    expect((await head.post(`/staff/delegations/${actingId}/revoke`, { revoke_reason: 'อีกครั้ง' })).statusCode).toBe(409)
    expect(await t.db.selectFrom('delegation_history').select(['from_status', 'to_status']).where('order_id', '=', actingId).orderBy('at').execute()).toEqual([
      { from_status: null, to_status: 'in_force' },
      { from_status: 'in_force', to_status: 'revoked' },
    ])
    const deputy = await t.asUser(DEPUTY)
    await deputy.get('/staff/risks/outside-manual')
    // No longer the acting head: the register of orders is read-only and issuing one is refused.
    expect((await deputy.post('/staff/delegations/new', await order({ order_no: '13/2570' }))).statusCode).toBe(403)
    await expect(t.db.updateTable('delegation_orders').set({ to_name: 'คนอื่น' }).where('id', '=', actingId).execute()).rejects.toThrow(/only be revoked/)
    await expect(t.db.deleteFrom('delegation_orders').where('id', '=', actingId).execute()).rejects.toThrow(/revoke it instead/)
    const page = await t.client().get('/o/wiang-thong/delegations')
    expect(page.statusCode).toBe(200)
    expect(page.body).not.toContain('12/2570')
  })

  it('the scanned order is attached once and is public; a file that is not a PDF or picture is refused with 422', async () => {
    const head = await t.asUser(HEAD)
    const [expired] = await t.db.selectFrom('delegation_orders').select('id').where('order_no', '=', '215/2569').execute()
    await head.get('/staff/delegations')
    const bad = await postFile(head, `/staff/delegations/${expired!.id}/file`, Buffer.from('MZ not a document'), 'order.exe', 'application/octet-stream')
    expect(bad.statusCode).toBe(422)
    await head.get('/staff/delegations')
    expect((await postFile(head, `/staff/delegations/${expired!.id}/file`, PDF)).statusCode).toBe(303)
    await head.get('/staff/delegations')
    expect((await postFile(head, `/staff/delegations/${expired!.id}/file`, PDF)).statusCode).toBe(409)
    const officer = await t.asUser('wt-officer@prongsai.test')
    await officer.get('/staff/delegations')
    expect((await postFile(officer, `/staff/delegations/${expired!.id}/file`, PDF)).statusCode).toBe(403)
    const file = await t.client().get(`/o/wiang-thong/delegations/${expired!.id}/file`)
    expect(file.statusCode).toBe(200)
    expect(file.headers['content-type']).toContain('pdf')
    expect((await t.client().get(`/o/nong-bua/delegations/${expired!.id}/file`)).statusCode).toBe(404)
  })
})
