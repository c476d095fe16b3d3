import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import { DEMO_PASSWORD } from '../../src/features/demo-data/demo-dataset.ts'
import { Client } from '../support/test-app.ts'
import { ERASED_RECIPIENT, expirePrivateRecipients } from '../../src/platform/mail/outbox.ts'
import { deliverOutbox } from '../../src/platform/mail/outbox-delivery.ts'
import { MailSendError } from '../../src/platform/mail/smtp-transport.ts'
import { createTestDb } from '../support/test-db.ts'

/**
 * Who sees a named complainant's identity: only the complaint officers of the receiving agency,
 * each reading audited. Another agency's officer, the head, oversight and a staff member named as
 * the subject do not; and the identity and the thread never lie in the database or the logs in clear.
 * Everyone signs in through the real form, so sessions carry keys exactly as in production.
 */
const lines: string[] = []
const sink = new Writable({
  write(chunk, _enc, done) {
    lines.push(String(chunk))
    done()
  },
})
let handle: Awaited<ReturnType<typeof createTestDb>>
let app: Awaited<ReturnType<typeof createApp>>
let filesDir: string

const IDENTITY = {
  name: 'นางสาวลับเฉพาะ ปกปิดนาม',
  address: '77/7 ซอยเงียบสงบ ตำบลเวียงทอง',
  phone: '089 765 4321',
  email: 'hidden.complainant@example.test',
  witnesses: 'นายพยาน รู้เห็นเหตุการณ์ โทร 086 000 1111',
}
const MESSAGE = 'ขอให้ส่งสำเนาใบเสร็จที่ได้รับมาเพิ่มเติม-ข้อความลับ'
const NOTE = 'ตรวจสอบทะเบียนแผงตลาดแล้ว พบชื่อผู้เกี่ยวข้อง-บันทึกลับ'
let caseId = ''
let reference = ''
let receipt = ''

async function signIn(email: string): Promise<Client> {
  const c = new Client(app)
  await c.get('/sign-in')
  const res = await c.post('/sign-in', { email, password: DEMO_PASSWORD })
  expect(res.statusCode).toBe(303)
  expect(res.headers.location).toBe('/staff')
  return c
}

beforeAll(async () => {
  filesDir = mkdtempSync(join(tmpdir(), 'prongsai-confidential-'))
  handle = await createTestDb()
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug', DEMO_DATA: 'false', SIGN_IN_RATE_PER_MINUTE: '1000', FILES_DIR: filesDir })
  app = await createApp({ db: handle.db, engine: handle.engine, config, clock: () => new Date('2026-12-04T03:00:00Z'), logStream: sink })
  await app.ready()

  const officer = await signIn('wt-complaints@prongsai.test')
  await officer.get('/staff/complaints/new')
  const filed = await officer.post('/staff/complaints/new', {
    channel: 'walk_in',
    kind: 'beyond_authority',
    subject: 'เจ้าหน้าที่เก็บค่าธรรมเนียมตลาด',
    what_happened: 'เรียกเก็บค่าแผงเกินอัตราที่ประกาศ โดยไม่ออกใบเสร็จรับเงิน',
    identity: 'named',
    email_updates: 'yes',
    ...IDENTITY,
  })
  expect(filed.statusCode).toBe(200)
  reference = /<strong>(\d{4}\/\d{4})<\/strong>/.exec(filed.body)![1]!
  receipt = [.../id="receipt-code">([\s\S]*?)<\/p>/.exec(filed.body)![1]!.matchAll(/<code>([0-9A-Z]{4})<\/code>/g)].map((m) => m[1]).join('-')
  const row = await handle.db.selectFrom('complaints').select('id').where('reference', '=', reference).where('channel', '=', 'walk_in').orderBy('created_at', 'desc').executeTakeFirstOrThrow()
  caseId = row.id
  await officer.get(`/staff/complaints/${caseId}`)
  expect((await officer.post(`/staff/complaints/${caseId}/notes`, { note: NOTE })).statusCode).toBe(303)
  await officer.get(`/staff/complaints/${caseId}`)
  expect((await officer.post(`/staff/complaints/${caseId}/messages`, { message: MESSAGE })).statusCode).toBe(303)
  // The complainant asked for e-mail updates, and the case moves: update mail waits in the outbox (no SMTP here).
  expect((await handle.db.selectFrom('complaints').select('wants_email_updates').where('id', '=', caseId).executeTakeFirstOrThrow()).wants_email_updates).toBe(true)
  await officer.get(`/staff/complaints/${caseId}`)
  expect((await officer.post(`/staff/complaints/${caseId}/steps`, { to: 'screening' })).statusCode).toBe(303)
  const updates = await handle.db.selectFrom('outbox').select('id').where('erase_recipient', '=', true).where('status', '=', 'queued').execute()
  expect(updates.length).toBe(2)
})

afterAll(async () => {
  await app?.close()
  await handle?.close()
  rmSync(filesDir, { recursive: true, force: true })
})

const SECRETS = () => [...Object.values(IDENTITY), MESSAGE, NOTE, receipt]

function expectNoIdentity(html: string) {
  for (const s of [...Object.values(IDENTITY), MESSAGE, NOTE]) expect(html).not.toContain(s)
}

describe('the complaint officers of the receiving agency', () => {
  it('read the identity only on request, and every reading is audited', async () => {
    const officer = await signIn('wt-complaints@prongsai.test')
    const page = await officer.get(`/staff/complaints/${caseId}`)
    expect(page.statusCode).toBe(200)
    expect(page.body).not.toContain(IDENTITY.name)
    expect(page.body).toContain(NOTE)
    const before = await handle.db.selectFrom('audit_events').select('seq').where('action', '=', 'complaint.identity_read').where('entity_id', '=', caseId).execute()
    for (const who of ['wt-complaints@prongsai.test', 'wt-investigator@prongsai.test']) {
      const c = await signIn(who)
      await c.get(`/staff/complaints/${caseId}`)
      const shown = await c.post(`/staff/complaints/${caseId}/identity`, {})
      expect(shown.statusCode).toBe(200)
      expect(shown.headers['cache-control']).toBe('no-store')
      for (const v of Object.values(IDENTITY)) expect(shown.body).toContain(v)
    }
    const after = await handle.db.selectFrom('audit_events').select(['actor_label', 'summary']).where('action', '=', 'complaint.identity_read').where('entity_id', '=', caseId).execute()
    expect(after.length - before.length).toBe(2)
    expect(JSON.stringify(after)).not.toContain(IDENTITY.name)
  })
})

describe('people who may not see the identity', () => {
  it('another agency’s complaint officer is told the case does not exist', async () => {
    const nb = await signIn('nb-complaints@prongsai.test')
    expect((await nb.get(`/staff/complaints/${caseId}`)).statusCode).toBe(404)
    await nb.get('/staff/complaints')
    expect((await nb.post(`/staff/complaints/${caseId}/identity`, {})).statusCode).toBe(404)
    expect((await nb.post(`/staff/complaints/${caseId}/steps`, { to: 'screening' })).statusCode).toBe(404)
    const wiangThong = (await handle.db.selectFrom('organisations').select('id').where('slug', '=', 'wiang-thong').executeTakeFirstOrThrow()).id
    expect((await nb.get(`/staff/complaints?org=${wiangThong}`)).statusCode).toBe(404)
    expect((await nb.get('/staff/complaints?view=all')).body).not.toContain(reference)
  })

  it('the head sees the facts and history but is refused the identity, and never sees the name', async () => {
    const head = await signIn('wt-head@prongsai.test')
    const page = await head.get(`/staff/complaints/${caseId}`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('เรียกเก็บค่าแผงเกินอัตราที่ประกาศ')
    expect(page.body).toContain('ประวัติการดำเนินการ')
    expect(page.body).not.toContain('แสดงข้อมูลผู้ร้องเรียน')
    expect(page.body).not.toContain('ขั้นตอนถัดไป')
    expectNoIdentity(page.body)
    const refused = await head.post(`/staff/complaints/${caseId}/identity`, {})
    expect(refused.statusCode).toBe(403)
    expectNoIdentity(refused.body)
    expect((await head.post(`/staff/complaints/${caseId}/steps`, { to: 'screening' })).statusCode).toBe(403)
    const list = await head.get('/staff/complaints')
    expect(list.body).toContain(reference)
    expectNoIdentity(list.body)
  })

  it('provincial oversight lists and opens the public cases of an agency below, without identity or thread', async () => {
    const oversight = await signIn('oversight@prongsai.test')
    const wiangThong = (await handle.db.selectFrom('organisations').select('id').where('slug', '=', 'wiang-thong').executeTakeFirstOrThrow()).id
    const list = await oversight.get(`/staff/complaints?org=${wiangThong}`)
    expect(list.statusCode).toBe(200)
    expect(list.body).toContain(reference)
    expectNoIdentity(list.body)
    const page = await oversight.get(`/staff/complaints/${caseId}`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('เรียกเก็บค่าแผงเกินอัตราที่ประกาศ')
    expect(page.body).not.toContain('แสดงข้อมูลผู้ร้องเรียน')
    expectNoIdentity(page.body)
    expect((await oversight.post(`/staff/complaints/${caseId}/identity`, {})).statusCode).toBe(403)
    expect((await oversight.post(`/staff/complaints/${caseId}/notes`, { note: 'ลองเขียน' })).statusCode).toBe(403)
    expect((await oversight.get('/staff/complaints/new')).statusCode).toBe(403)
  })

  it('oversight does not see an agency’s internal channels', async () => {
    const staff = await signIn('wt-officer@prongsai.test')
    await staff.get('/staff/report/budget_objection')
    const sent = await staff.post('/staff/report/budget_objection', { kind: 'procurement', subject: 'งานพัสดุ', what_happened: 'จัดซื้อครุภัณฑ์ราคาสูงกว่าราคากลางมาก', identity: 'anonymous' })
    expect(sent.statusCode).toBe(200)
    const internal = await handle.db.selectFrom('complaints').select(['id', 'reference']).where('intake', '=', 'budget_objection').orderBy('created_at', 'desc').executeTakeFirstOrThrow()
    const oversight = await signIn('oversight@prongsai.test')
    expect((await oversight.get(`/staff/complaints/${internal.id}`)).statusCode).toBe(404)
    const wiangThong = (await handle.db.selectFrom('organisations').select('id').where('slug', '=', 'wiang-thong').executeTakeFirstOrThrow()).id
    expect((await oversight.get(`/staff/complaints?org=${wiangThong}&view=all`)).body).not.toContain(`>${internal.reference}<`)
  })

  it('a staff member recorded as the subject loses the case, from the list, and their key', async () => {
    const officer = await signIn('wt-complaints@prongsai.test')
    const investigator = (await handle.db.selectFrom('users').select('id').where('email', '=', 'wt-investigator@prongsai.test').executeTakeFirstOrThrow()).id
    expect(await handle.db.selectFrom('complaint_keys').select('user_id').where('complaint_id', '=', caseId).where('user_id', '=', investigator).executeTakeFirst()).toBeDefined()
    await officer.get(`/staff/complaints/${caseId}`)
    const unconfirmed = await officer.post(`/staff/complaints/${caseId}/subjects`, { subject_user: investigator })
    expect(unconfirmed.statusCode).toBe(422)
    expect(unconfirmed.body).toContain('ยืนยันการบันทึกผู้ถูกร้องเรียน')
    await officer.get(`/staff/complaints/${caseId}`)
    const recorded = await officer.post(`/staff/complaints/${caseId}/subjects`, { subject_user: investigator, confirm: 'yes' })
    expect(recorded.statusCode).toBe(303)

    expect(await handle.db.selectFrom('complaint_keys').select('user_id').where('complaint_id', '=', caseId).where('user_id', '=', investigator).executeTakeFirst()).toBeUndefined()
    const subject = await signIn('wt-investigator@prongsai.test')
    expect((await subject.get(`/staff/complaints/${caseId}`)).statusCode).toBe(404)
    expect((await subject.post(`/staff/complaints/${caseId}/identity`, {})).statusCode).toBe(404)
    expect((await subject.get('/staff/complaints?view=all')).body).not.toContain(`>${reference}<`)
    // Nor does opening the case again give them a new copy.
    await officer.get(`/staff/complaints/${caseId}`)
    expect(await handle.db.selectFrom('complaint_keys').select('user_id').where('complaint_id', '=', caseId).where('user_id', '=', investigator).executeTakeFirst()).toBeUndefined()
    // Nor can the case be assigned to them.
    await officer.post(`/staff/complaints/${caseId}/steps`, { to: 'screening' })
    await officer.get(`/staff/complaints/${caseId}`)
    expect((await officer.post(`/staff/complaints/${caseId}/steps`, { to: 'awaiting_order', proposal: 'investigate', committee: 'นางรับเรื่อง ทันใจ', reason: 'มีมูล' })).statusCode).toBe(303)
    const head = await signIn('wt-head@prongsai.test')
    await head.get(`/staff/complaints/${caseId}`)
    expect((await head.post(`/staff/complaints/${caseId}/orders`, { decision: 'ordered', order_note: 'อนุมัติ', confirm: 'yes' })).statusCode).toBe(303)
    await officer.get(`/staff/complaints/${caseId}`)
    const assign = await officer.post(`/staff/complaints/${caseId}/steps`, { to: 'assigned', officer: investigator })
    expect(assign.statusCode).toBe(422)
    expect(assign.body).toContain('มอบหมายให้ผู้ถูกร้องเรียนไม่ได้')
  })
})

async function dumpEveryTable(): Promise<string> {
  const tables = await sql<{ table_name: string }>`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`.execute(handle.db)
  let dump = ''
  for (const { table_name } of tables.rows) {
    const rows = await sql<{ j: string }>`SELECT row_to_json(t)::text AS j FROM ${sql.table(table_name)} t`.execute(handle.db)
    dump += rows.rows.map((r) => r.j).join('\n')
  }
  return dump
}

function expectNoSecrets(text: string) {
  for (const s of SECRETS()) expect(text).not.toContain(s)
  expect(text).not.toContain(receipt.replaceAll('-', ''))
}

describe('the complainant’s e-mail address in the outbox', () => {
  it('without SMTP: an admin sees the update mail addressed to a withheld complainant, in the list, the mail page and the audit trail', async () => {
    const admin = await signIn('admin@prongsai.test')
    const list = await admin.get('/admin/outbox')
    expect(list.statusCode).toBe(200)
    expect(list.body).toContain('ผู้ร้องเรียน (ปกปิด)')
    expect(list.body).not.toContain(IDENTITY.email)
    const mail = await handle.db.selectFrom('outbox').select('id').where('erase_recipient', '=', true).where('status', '=', 'queued').executeTakeFirstOrThrow()
    const page = await admin.get(`/admin/outbox/${mail.id}`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('ผู้ร้องเรียน (ปกปิด)')
    expectNoIdentity(page.body)
    const audited = await handle.db.selectFrom('audit_events').select('summary').where('action', '=', 'outbox.mail_read').where('entity_id', '=', mail.id).executeTakeFirstOrThrow()
    expect(JSON.stringify(audited.summary)).toContain('ผู้ร้องเรียน (ปกปิด)')
    expectNoSecrets(await dumpEveryTable())
    expectNoSecrets(lines.join(''))
  })

  it('with SMTP: the mail goes to the real address, which is then erased; a server refusal naming it is scrubbed', async () => {
    const sent: string[] = []
    let refuseNext = true
    const log = (obj: Record<string, unknown>, msg: string) => lines.push(JSON.stringify({ ...obj, msg }))
    const report = await deliverOutbox({
      db: handle.db,
      clock: () => new Date('2026-12-04T03:00:00Z'),
      from: 'test@prongsai.test',
      log: { warn: log },
      transport: {
        async send(m) {
          if (refuseNext && m.to === IDENTITY.email) {
            refuseNext = false
            throw new MailSendError(`550 5.1.1 <${m.to}>: mailbox unavailable`, { responseCode: 550, command: 'RCPT TO' })
          }
          sent.push(m.to)
          return { messageId: 'm' }
        },
        close: () => undefined,
      },
    })
    expect(report.failed).toBe(1)
    expect(sent).toContain(IDENTITY.email)
    const rows = await handle.db.selectFrom('outbox').select(['to_address', 'sealed_recipient', 'status', 'last_error']).where('erase_recipient', '=', true).execute()
    // One refused for good, every other update (messages and steps of the earlier tests) sent.
    expect(rows.filter((r) => r.status === 'failed')).toHaveLength(1)
    expect(rows.filter((r) => r.status === 'sent').length).toBe(rows.length - 1)
    expect(rows.length).toBeGreaterThanOrEqual(3)
    for (const r of rows) {
      expect(r.to_address).toBe(ERASED_RECIPIENT)
      expect(r.sealed_recipient).toBeNull()
    }
    expect(rows.find((r) => r.status === 'failed')!.last_error).toContain('550 5.1.1 <***>')
    const admin = await signIn('admin@prongsai.test')
    await admin.get('/admin/outbox')
    const failed = await handle.db.selectFrom('outbox').select('id').where('erase_recipient', '=', true).where('status', '=', 'failed').executeTakeFirstOrThrow()
    await admin.get(`/admin/outbox/${failed.id}`)
    // Nobody can send it again: the address is gone.
    expect((await admin.post(`/admin/outbox/${failed.id}/send-again`, {})).statusCode).toBe(409)
    expectNoSecrets(await dumpEveryTable())
    expectNoSecrets(lines.join(''))
  })

  it('without delivery: the nightly clean-up gives up private mail after a week and erases its address', async () => {
    const officer = await signIn('wt-complaints@prongsai.test')
    await officer.get(`/staff/complaints/${caseId}`)
    expect((await officer.post(`/staff/complaints/${caseId}/messages`, { message: 'อีกข้อความหนึ่ง' })).statusCode).toBe(303)
    const waiting = await handle.db.selectFrom('outbox').select(['id', 'sealed_recipient']).where('erase_recipient', '=', true).where('status', '=', 'queued').executeTakeFirstOrThrow()
    expect(waiting.sealed_recipient).not.toBeNull()
    expect(await expirePrivateRecipients(handle.db, new Date('2026-12-10T03:00:00Z'))).toBe(0)
    expect(await expirePrivateRecipients(handle.db, new Date('2026-12-12T03:00:01Z'))).toBe(1)
    const after = await handle.db.selectFrom('outbox').select(['status', 'to_address', 'sealed_recipient']).where('id', '=', waiting.id).executeTakeFirstOrThrow()
    expect(after).toEqual({ status: 'failed', to_address: ERASED_RECIPIENT, sealed_recipient: null })
  })
})

describe('nothing in clear', () => {
  it('the identity, the messages and the receipt are absent from a dump of every table', async () => {
    const tables = await sql<{ table_name: string }>`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`.execute(handle.db)
    expect(tables.rows.map((r) => r.table_name)).toEqual(expect.arrayContaining(['complaints', 'complaint_messages', 'audit_events', 'outbox']))
    let dump = ''
    for (const { table_name } of tables.rows) {
      const rows = await sql<{ j: string }>`SELECT row_to_json(t)::text AS j FROM ${sql.table(table_name)} t`.execute(handle.db)
      dump += rows.rows.map((r) => r.j).join('\n')
    }
    // The dump does hold the facts of the case, so a search that finds nothing means something.
    expect(dump).toContain('เรียกเก็บค่าแผงเกินอัตราที่ประกาศ')
    for (const s of SECRETS()) expect(dump).not.toContain(s)
    // JSON escapes nothing in Thai, but the receipt might be stored without its dashes.
    expect(dump).not.toContain(receipt.replaceAll('-', ''))
  })

  it('the identity, the messages and the receipt are absent from the log lines', async () => {
    const log = lines.join('')
    expect(log).toContain("/staff/complaints/***/identity")
    for (const s of SECRETS()) expect(log).not.toContain(s)
  })
})
