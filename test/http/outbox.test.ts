import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queueMail } from '../../src/platform/mail/outbox.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp
let resetMailId: string

const RESET_BODY = [
  'เรียน คุณบัวขาว',
  '',
  'ตั้งรหัสผ่านใหม่ได้ที่ลิงก์นี้ภายใน 1 ชั่วโมง:',
  'http://localhost:3000/reset-password/abc123?x=1&y=<2>',
].join('\n')

beforeAll(async () => {
  t = await createTestApp()
  for (let i = 1; i <= 50; i++) {
    await queueMail(t.db, { to: `older${i}@prongsai.test`, subject: `จดหมายเก่า ${i}`, text: 'เนื้อหา' }, new Date(Date.UTC(2026, 10, 1, 3, i)))
  }
  resetMailId = await queueMail(
    t.db,
    { to: 'nb-officer@prongsai.test', subject: 'ตั้งรหัสผ่านใหม่ / Reset your password', text: RESET_BODY, organisationId: await t.orgId('nong-bua') },
    new Date('2026-11-22T02:00:00Z'),
  )
  const failed = await queueMail(t.db, { to: 'bounce@prongsai.test', subject: 'ส่งไม่ได้', text: 'x' }, new Date('2026-11-20T02:00:00Z'))
  await t.db.updateTable('outbox').set({ status: 'failed', attempts: 5, last_error: '550 <mailbox> unavailable' }).where('id', '=', failed).execute()
})
afterAll(() => t.close())

describe('the outbox', () => {
  it('lists queued mail newest first with status, recipient, subject, time and attempts, 50 a page', async () => {
    const admin = await t.asUser('admin@prongsai.test')
    const res = await admin.get('/admin/outbox')
    expect(res.statusCode).toBe(200)
    const subjects = [...res.body.matchAll(/href="\/admin\/outbox\/[0-9a-f-]{36}">([^<]+)</g)].map((m) => m[1])
    expect(subjects).toHaveLength(50)
    expect(subjects[0]).toBe('ตั้งรหัสผ่านใหม่ / Reset your password')
    expect(subjects[1]).toBe('ส่งไม่ได้')
    expect(res.body).toContain('nb-officer@prongsai.test')
    expect(res.body).toContain('รอส่ง')
    expect(res.body).toContain('ส่งไม่สำเร็จ')
    expect(res.body).toContain('550 &lt;mailbox> unavailable')
    expect(res.body).toContain('22 พ.ย. 2569 09:00 น.')
    expect(res.body).toContain('รายการที่ 1–50 จาก 52 ฉบับ')

    const second = await admin.get('/admin/outbox?page=2')
    const rest = [...second.body.matchAll(/href="\/admin\/outbox\/[0-9a-f-]{36}">([^<]+)</g)].map((m) => m[1])
    expect(rest).toEqual(['จดหมายเก่า 2', 'จดหมายเก่า 1'])
  })

  it('shows a mail’s full text, escaped and with its line breaks, so an admin can pass on a reset link', async () => {
    const admin = await t.asUser('admin@prongsai.test')
    const res = await admin.get(`/admin/outbox/${resetMailId}`)
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain(
      '<pre class="mail-body">เรียน คุณบัวขาว\n\nตั้งรหัสผ่านใหม่ได้ที่ลิงก์นี้ภายใน 1 ชั่วโมง:\nhttp://localhost:3000/reset-password/abc123?x=1&amp;y=&lt;2></pre>',
    )
    expect(res.body).toContain('nb-officer@prongsai.test')
  })

  it('records in the audit trail who opened a mail', async () => {
    const admin = await t.asUser('admin@prongsai.test')
    await admin.get(`/admin/outbox/${resetMailId}`)
    const event = await t.db
      .selectFrom('audit_events')
      .select(['actor_label', 'organisation_id', 'entity_id'])
      .where('action', '=', 'outbox.mail_read')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow()
    expect(event).toEqual({ actor_label: 'ผู้ดูแลระบบ โปร่งใส <admin@prongsai.test>', organisation_id: await t.orgId('nong-bua'), entity_id: resetMailId })
  })

  it('is for platform admins only: organisation admins and officers are refused', async () => {
    for (const email of ['nb-officer@prongsai.test', 'wt-admin@prongsai.test']) {
      const c = await t.asUser(email)
      expect((await c.get('/admin/outbox')).statusCode, email).toBe(403)
      const detail = await c.get(`/admin/outbox/${resetMailId}`)
      expect(detail.statusCode, email).toBe(403)
      expect(detail.body).not.toContain('reset-password')
    }
  })

  it('says at the top that mail is kept here, not sent, while no mail server is configured', async () => {
    const admin = await t.asUser('admin@prongsai.test')
    const res = await admin.get('/admin/outbox')
    expect(res.body).toContain('data-notice="mail-not-sent"')
    expect(res.body).toContain('อีเมลจึงถูกเก็บไว้ที่นี่ ไม่ได้ส่งออกไป')
    expect(res.body).toContain('เก็บไว้ในระบบ ไม่ได้ส่งออก')
    expect(res.body).toContain('หยุดส่งหลังพยายาม 5 ครั้ง')
    const queued = await admin.get(`/admin/outbox/${resetMailId}`)
    expect(queued.body).not.toContain('/send-again')
  })

  it('answers 404 for a mail that does not exist', async () => {
    const admin = await t.asUser('admin@prongsai.test')
    expect((await admin.get('/admin/outbox/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404)
    expect((await admin.get('/admin/outbox/not-an-id')).statusCode).toBe(404)
  })
})
