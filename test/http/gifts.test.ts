import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { giftsDaily } from '../../src/features/gifts/index.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  // Monday 7 December 2026 in Bangkok (a substitute holiday for Father's Day).
  t = await createTestApp({ now: new Date('2026-12-07T03:00:00Z'), env: { BASE_URL: 'https://prongsai.example' } })
})
afterAll(async () => {
  await t.close()
})

const OFFICER = 'wt-officer@prongsai.test'
const HEAD = 'wt-head@prongsai.test'
const gift = (over: Record<string, string>) => ({
  donor_name: 'นายใจดี มีน้ำใจ',
  donor_type: 'person',
  relation: 'ผู้รับบริการ',
  occasion: 'ปีใหม่',
  description: 'กระเช้าของขวัญ',
  value: '500',
  'received_on-day': '1',
  'received_on-month': '12',
  'received_on-year': '2569',
  ...over,
})
const giftRow = (id: string) => t.db.selectFrom('gift_declarations').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
const idFrom = (location: unknown) => String(location).split('/').pop()!

describe('gifts', () => {
  let small = ''
  let late = ''
  let onTime = ''

  it('rejects bad input with 422 and keeps it; 3,000 baht or less is only recorded', async () => {
    const c = await t.asUser(OFFICER)
    const bad = await c.submit('/staff/gifts/new', gift({ value: 'สามพัน', 'received_on-day': '8' }), '/staff/gifts/new')
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('ระบุมูลค่าโดยประมาณเป็นบาท')
    expect(bad.body).toContain('วันที่ได้รับต้องไม่เป็นวันในอนาคต')
    expect(bad.body).toContain('นายใจดี มีน้ำใจ')
    const res = await c.submit('/staff/gifts/new', gift({ value: '3,000' }))
    expect(res.statusCode).toBe(303)
    small = idFrom(res.headers.location)
    expect(await giftRow(small)).toMatchObject({ status: 'recorded', due_on: null, value_satang: 300_000 })
  })

  it('over 3,000 baht is due within 30 days, moved past weekends and the stored holidays', async () => {
    const c = await t.asUser(OFFICER)
    late = idFrom((await c.submit('/staff/gifts/new', gift({ value: '5,000', description: 'นาฬิกาข้อมือ', 'received_on-day': '20', 'received_on-month': '10' }))).headers.location)
    onTime = idFrom((await c.submit('/staff/gifts/new', gift({ value: '๔,๕๐๐', description: 'ผ้าไหม', 'received_on-day': '5', 'received_on-month': '11' }))).headers.location)
    expect(await giftRow(late)).toMatchObject({ status: 'draft', due_on: '2026-11-19' })
    // 5 Nov + 30 days = Sat 5 Dec (Father's Day) → Mon 7 Dec is its substitute holiday → Tue 8 Dec.
    expect(await giftRow(onTime)).toMatchObject({ status: 'draft', due_on: '2026-12-08' })
  })

  it('reminds the declarant of drafts near or past the deadline, once', async () => {
    expect(await giftsDaily({ db: t.db, now: t.clock.now, baseUrl: 'https://prongsai.example' })).toEqual({ reminded: 2 })
    expect(await giftsDaily({ db: t.db, now: t.clock.now, baseUrl: 'https://prongsai.example' })).toEqual({ reminded: 0 })
    const mails = await t.db.selectFrom('outbox').select(['subject', 'body_text']).where('to_address', '=', OFFICER).execute()
    expect(mails.map((m) => m.subject.split(' / ')[0]).sort()).toEqual(['เกินกำหนดรายงานการรับทรัพย์สินต่อหัวหน้าส่วนราชการ', 'ใกล้ครบกำหนดรายงานการรับทรัพย์สินต่อหัวหน้าส่วนราชการ'])
    expect(mails.some((m) => m.body_text.includes(`https://prongsai.example/staff/gifts/${late}`))).toBe(true)
  })

  it('is sent to the head, flagged late after its due day; nobody else sees it', async () => {
    const c = await t.asUser(OFFICER)
    expect((await c.submit(`/staff/gifts/${late}`, {}, `/staff/gifts/${late}/submit`)).statusCode).toBe(303)
    expect((await c.submit(`/staff/gifts/${onTime}`, {}, `/staff/gifts/${onTime}/submit`)).statusCode).toBe(303)
    expect(await giftRow(late)).toMatchObject({ status: 'submitted', submitted_on: '2026-12-07', late: true })
    expect(await giftRow(onTime)).toMatchObject({ status: 'submitted', late: false })
    expect((await c.submit(`/staff/gifts/${late}`, {}, `/staff/gifts/${late}/submit`)).statusCode).toBe(409)
    const heads = await t.db.selectFrom('outbox').select('subject').where('to_address', '=', HEAD).execute()
    expect(heads).toHaveLength(2)
    for (const email of ['wt-ita@prongsai.test', 'nb-officer@prongsai.test']) {
      expect((await (await t.asUser(email)).get(`/staff/gifts/${late}`)).statusCode).toBe(404)
    }
    const list = await (await t.asUser('wt-ita@prongsai.test')).get('/staff/gifts')
    expect(list.body).not.toContain('นาฬิกาข้อมือ')
  })

  it('the declarant attaches the signed NACC form (PDF or image); the head reads it, nobody else', async () => {
    const c = await t.asUser(OFFICER)
    await c.get(`/staff/gifts/${onTime}`)
    const send = (name: string, bytes: Buffer) => {
      const boundary = '----prongsai-gifts'
      const body = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${c.lastCsrf}\r\n--${boundary}\r\nContent-Disposition: form-data; name="nacc_form"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)])
      return t.app.inject({ method: 'POST', url: `/staff/gifts/${onTime}/nacc-form`, headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body })
    }
    const text = await send('form.txt', Buffer.from('not a form'))
    expect(text.statusCode).toBe(422)
    expect(text.body).toContain('href="#nacc_form"')
    expect((await send('form.pdf', Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'))).statusCode).toBe(303)
    expect((await giftRow(onTime)).nacc_form_file_id).not.toBeNull()
    const head = await (await t.asUser(HEAD)).get(`/staff/gifts/${onTime}/nacc-form`)
    expect(head.statusCode).toBe(200)
    expect(head.headers['content-type']).toBe('application/pdf')
    expect((await (await t.asUser('wt-ita@prongsai.test')).get(`/staff/gifts/${onTime}/nacc-form`)).statusCode).toBe(404)
  })

  it('the head rules with a reason (422 without), once; the declarant may not rule (403)', async () => {
    const own = await t.asUser(OFFICER)
    expect((await own.submit(`/staff/gifts/${late}`, { ruling: 'keep', reason: 'x' }, `/staff/gifts/${late}/rule`)).statusCode).toBe(403)
    const head = await t.asUser(HEAD)
    const list = await head.get('/staff/gifts')
    expect(list.body).toContain('นาฬิกาข้อมือ')
    expect(list.body).toContain('รายงานเกินกำหนด')
    const noReason = await head.submit(`/staff/gifts/${late}`, { ruling: 'return', reason: '' }, `/staff/gifts/${late}/rule`)
    expect(noReason.statusCode).toBe(422)
    expect(noReason.body).toContain('ระบุเหตุผลของการวินิจฉัย')
    expect((await head.submit(`/staff/gifts/${late}`, { ruling: 'return', reason: 'มูลค่าสูงเกินกว่าการให้โดยธรรมจรรยา' }, `/staff/gifts/${late}/rule`)).statusCode).toBe(303)
    expect(await giftRow(late)).toMatchObject({ status: 'ruled', ruling: 'return' })
    expect((await head.submit(`/staff/gifts/${late}`, { ruling: 'keep', reason: 'เปลี่ยน' }, `/staff/gifts/${late}/rule`)).statusCode).toBe(409)
    await expect(t.db.updateTable('gift_declarations').set({ status: 'draft' }).where('id', '=', late).execute()).rejects.toThrow()
  })

  it('the yearly summary comes as Word and Excel, for the head only', async () => {
    const head = await t.asUser(HEAD)
    const docx = await head.get('/staff/gifts/summary/2570.docx')
    expect(docx.statusCode).toBe(200)
    expect(docx.headers['content-type']).toContain('wordprocessingml')
    expect((await head.get('/staff/gifts/summary/2570.xlsx')).statusCode).toBe(200)
    expect((await (await t.asUser(OFFICER)).get('/staff/gifts/summary/2570.docx')).statusCode).toBe(403)
  })
})

describe('donations', () => {
  let id = ''
  it('are approved before they are accepted, then listed publicly with the No Gift policy', async () => {
    const c = await t.asUser(OFFICER)
    const res = await c.submit('/staff/gifts/donations/new', { donor_name: 'บริษัท เวียงทองพาณิชย์ จำกัด', donor_type: 'business', description: 'เครื่องปรับอากาศ ๒ เครื่อง', value: '36,000', purpose: 'ใช้ในศูนย์พัฒนาเด็กเล็ก', intended_use: 'ติดตั้งที่ศูนย์พัฒนาเด็กเล็กบ้านดอนแก้ว' })
    expect(res.statusCode).toBe(303)
    id = idFrom(res.headers.location)
    const accept = { 'accepted_on-day': '7', 'accepted_on-month': '12', 'accepted_on-year': '2569', receipt_number: 'อน 12/2569' }
    expect((await c.submit(`/staff/gifts/donations/${id}`, accept, `/staff/gifts/donations/${id}/accept`)).statusCode).toBe(409)
    expect((await c.submit(`/staff/gifts/donations/${id}`, { decision: 'approve', reason: 'x' }, `/staff/gifts/donations/${id}/decide`)).statusCode).toBe(403)
    const before = await t.client().get('/o/wiang-thong/donations')
    expect(before.statusCode).toBe(200)
    const apiBefore = await t.client().get('/api/v1/organisations/wiang-thong/donations')
    expect(apiBefore.statusCode).toBe(200)
    expect(apiBefore.json()).toMatchObject({ organisation: { slug: 'wiang-thong' }, url: 'https://prongsai.example/o/wiang-thong/donations', donations: [] })
    expect(apiBefore.json().no_gift_policy.th).toContain('เทศบาลตำบลเวียงทอง')
    expect((await t.client().get('/api/v1/organisations/no-such-agency/donations')).statusCode).toBe(404)
    expect(before.body).toContain('No Gift Policy')
    expect(before.body).not.toContain('เครื่องปรับอากาศ')
    const head = await t.asUser(HEAD)
    expect((await head.submit(`/staff/gifts/donations/${id}`, { decision: 'approve', reason: 'เป็นประโยชน์ต่อเด็กเล็ก ไม่มีส่วนได้เสียกับการจัดซื้อจัดจ้าง' }, `/staff/gifts/donations/${id}/decide`)).statusCode).toBe(303)
    expect((await c.submit(`/staff/gifts/donations/${id}`, accept, `/staff/gifts/donations/${id}/accept`)).statusCode).toBe(303)
    const after = await t.client().get('/o/wiang-thong/donations')
    expect(after.body).toContain('เครื่องปรับอากาศ ๒ เครื่อง')
    expect(after.body).toContain('36,000.00')
    expect((await t.client().get('/api/v1/organisations/wiang-thong/donations')).json().donations).toEqual([
      { accepted_on: '2026-12-07', donor_name: 'บริษัท เวียงทองพาณิชย์ จำกัด', donor_type: 'business', description: 'เครื่องปรับอากาศ ๒ เครื่อง', value: 36000, purpose: 'ใช้ในศูนย์พัฒนาเด็กเล็ก', intended_use: 'ติดตั้งที่ศูนย์พัฒนาเด็กเล็กบ้านดอนแก้ว' },
    ])
    const row = await t.db.selectFrom('gift_donations').select(['status', 'accepted_on']).where('id', '=', id).executeTakeFirstOrThrow()
    expect(row).toEqual({ status: 'accepted', accepted_on: '2026-12-07' })
  })
})

describe('the blank forms', () => {
  it('send a visitor who is not signed in to sign-in, and refuse the donation form to those who do not handle donations', async () => {
    for (const path of ['/staff/gifts/new', '/staff/gifts/donations/new']) {
      const res = await t.client().get(path)
      expect(res.statusCode, path).toBe(303)
      expect(String(res.headers.location)).toMatch(/^\/sign-in/)
    }
    const committee = await t.asUser('committee@prongsai.test')
    expect((await committee.get('/staff/gifts/new')).statusCode).toBe(403)
    expect((await (await t.asUser(OFFICER)).get('/staff/gifts/new')).statusCode).toBe(200)
  })
})
