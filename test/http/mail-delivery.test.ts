import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../src/config.ts'
import type { JobLogger } from '../../src/platform/jobs/index.ts'
import { queueMail } from '../../src/platform/mail/outbox.ts'
import { createAppWorker } from '../../src/worker.ts'
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

// A real SMTP server (smtp-server on 127.0.0.1) receives what the app's worker sends.
// The worker is driven with drain() on the app's own clock: no timers, no sleeping.

function capturingLog() {
  const lines: string[] = []
  const at = (level: string) => (obj: Record<string, unknown>, msg: string) => void lines.push(JSON.stringify({ level, ...obj, msg }))
  const log: JobLogger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }
  return { log, lines }
}

const MAIL_FROM = 'โปร่งใส Prongsai <no-reply@prongsai.test>'

let smtp: SmtpCapture
let t: TestApp
let worker: ReturnType<typeof createAppWorker>
const logs = capturingLog()
let mailboxFixed = false

beforeAll(async () => {
  smtp = await startSmtpCapture({
    rules: (address, attempt) => {
      if (address.startsWith('defer-once@') && attempt === 1) return { code: 451, message: 'Greylisted, try again later' }
      if (address.startsWith('no-such-person@') && !mailboxFixed) return { code: 550, message: 'Mailbox unavailable: no-such-person' }
      return null
    },
  })
  const env = { SMTP_URL: smtp.url, MAIL_FROM }
  t = await createTestApp({ env })
  worker = createAppWorker({ db: t.db, config: loadConfig({ NODE_ENV: 'test', ...env }), clock: () => t.clock.now, log: logs.log, random: () => 1 })
  await worker.drain()
})
afterAll(async () => {
  await worker.stop()
  await t.close()
  await smtp.close()
})

const advance = (ms: number) => (t.clock.now = new Date(t.clock.now.getTime() + ms))
const mailTo = (address: string) => t.db.selectFrom('outbox').selectAll().where('to_address', '=', address).executeTakeFirstOrThrow()

async function invite(email: string) {
  const admin = await t.asUser('admin@prongsai.test')
  const res = await admin.submit('/admin/users/invite', { email, organisation_id: await t.orgId('wiang-thong'), role: 'officer' })
  expect(res.statusCode).toBe(303)
  return mailTo(email)
}

describe('mail delivery through SMTP', () => {
  it('delivers an invitation made in the app: Thai subject, the link, UTF-8 intact, and marks it sent', async () => {
    const queued = await invite('somsri@example.test')
    expect(queued.status).toBe('queued')
    // nothing goes before the delivery schedule's slot comes round
    await worker.drain()
    expect(smtp.messages).toHaveLength(0)

    advance(15_000)
    const run = await worker.drain()
    expect(run.runs.map((r) => [r.kind, r.outcome])).toEqual([['mail.deliver', 'done']])
    const received = smtp.messages.filter((m) => m.envelopeTo.includes('somsri@example.test'))
    expect(received).toHaveLength(1)
    const mail = received[0]!
    expect(mail.headers.get('to')).toBe('somsri@example.test')
    expect(mail.subject).toBe(queued.subject)
    expect(mail.subject).toMatch(/^คำเชิญเข้าร่วม เทศบาลตำบลเวียงทอง ในระบบโปร่งใส \/ Invitation to join/)
    const link = /http:\/\/localhost:3000\/invitations\/[A-Za-z0-9_-]{20,}/.exec(queued.body_text)![0]
    expect(mail.text).toContain(link)
    expect(mail.text).toContain('เชิญคุณเข้าร่วม เทศบาลตำบลเวียงทอง ในระบบโปร่งใส ในบทบาท "เจ้าหน้าที่"')
    expect(mail.text.trimEnd()).toBe(queued.body_text.trimEnd())
    expect(mail.headers.get('content-type')).toMatch(/charset=utf-8/i)
    expect(mail.envelopeFrom).toBe('no-reply@prongsai.test')
    expect(mail.headers.get('from')).toContain('no-reply@prongsai.test')
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated')

    const sent = await mailTo('somsri@example.test')
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, sent_at: t.clock.now })
    expect(sent.smtp_message_id).toBe(mail.headers.get('message-id'))
  })

  it('retries a mail the server deferred (451) and sends it once on the next try', async () => {
    await invite('defer-once@example.test')
    advance(15_000)
    await worker.drain()
    let row = await mailTo('defer-once@example.test')
    expect(row).toMatchObject({ status: 'queued', attempts: 1 })
    expect(row.last_error).toContain('451 Greylisted, try again later')
    expect(row.next_attempt_at).toEqual(new Date(t.clock.now.getTime() + 2 * 60_000))
    expect(smtp.messages.filter((m) => m.envelopeTo.includes('defer-once@example.test'))).toHaveLength(0)

    const admin = await t.asUser('admin@prongsai.test')
    const page = await admin.get('/admin/outbox')
    expect(page.body).toContain('ส่งไม่สำเร็จ 1 ครั้ง จะลองอีกครั้ง')

    // the next delivery run before the retry time leaves it alone
    advance(15_000)
    await worker.drain()
    expect((await mailTo('defer-once@example.test')).attempts).toBe(1)

    advance(2 * 60_000)
    await worker.drain()
    row = await mailTo('defer-once@example.test')
    expect(row).toMatchObject({ status: 'sent', attempts: 2 })
    expect(smtp.messages.filter((m) => m.envelopeTo.includes('defer-once@example.test'))).toHaveLength(1)
  })

  it('gives up on a mail the server refused (550), shows why on the outbox page, and sends it again when asked', async () => {
    await invite('no-such-person@example.test')
    advance(15_000)
    await worker.drain()
    const failed = await mailTo('no-such-person@example.test')
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 })
    expect(failed.last_error).toContain('550 Mailbox unavailable: no-such-person')

    const admin = await t.asUser('admin@prongsai.test')
    const list = await admin.get('/admin/outbox')
    expect(list.body).not.toContain('data-notice="mail-not-sent"')
    expect(list.body).toContain('หยุดส่งหลังพยายาม 1 ครั้ง')
    expect(list.body).toContain('550 Mailbox unavailable')
    const detail = await admin.get(`/admin/outbox/${failed.id}`)
    expect(detail.body).toContain(`action="/admin/outbox/${failed.id}/send-again"`)
    expect(detail.body).toContain('ส่งอีกครั้ง')

    // a later run does not try it again by itself
    advance(60 * 60_000)
    await worker.drain()
    expect((await mailTo('no-such-person@example.test')).attempts).toBe(1)

    mailboxFixed = true
    const res = await admin.post(`/admin/outbox/${failed.id}/send-again`, {})
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/admin/outbox')
    expect(await mailTo('no-such-person@example.test')).toMatchObject({ status: 'queued', attempts: 0, next_attempt_at: t.clock.now })
    const event = await t.db.selectFrom('audit_events').select(['actor_label', 'entity_id', 'summary']).where('action', '=', 'outbox.mail_requeued').executeTakeFirstOrThrow()
    expect(event.entity_id).toBe(failed.id)
    expect(event.actor_label).toContain('admin@prongsai.test')
    expect(event.summary).toMatchObject({ before: { status: 'failed', attempts: 1 }, after: { status: 'queued', attempts: 0 } })
    expect((await admin.get('/admin/outbox')).body).toContain('นำจดหมายกลับเข้าคิวส่งแล้ว')

    advance(15_000)
    await worker.drain()
    expect(await mailTo('no-such-person@example.test')).toMatchObject({ status: 'sent', attempts: 1 })
    expect(smtp.messages.filter((m) => m.envelopeTo.includes('no-such-person@example.test'))).toHaveLength(1)
  })

  it('sends again only failed mail, only for platform admins, only with the form’s token', async () => {
    const sent = await mailTo('somsri@example.test')
    const admin = await t.asUser('admin@prongsai.test')
    await admin.get(`/admin/outbox/${sent.id}`)
    expect((await admin.post(`/admin/outbox/${sent.id}/send-again`, {})).statusCode).toBe(409)
    expect((await admin.post(`/admin/outbox/${sent.id}/send-again`, {}, { csrf: false })).statusCode).toBe(403)
    const orgAdmin = await t.asUser('wt-admin@prongsai.test')
    await orgAdmin.get('/staff')
    expect((await orgAdmin.post(`/admin/outbox/${sent.id}/send-again`, {})).statusCode).toBe(403)
    expect((await admin.post('/admin/outbox/00000000-0000-4000-8000-000000000000/send-again', {})).statusCode).toBe(404)
    expect((await mailTo('somsri@example.test')).status).toBe('sent')
  })

  it('logs one line per delivery run and a warning per refused mail, with no address or mail text in them', () => {
    const text = logs.lines.join('\n')
    expect(logs.lines.filter((l) => l.includes('"job done"') && l.includes('mail.deliver')).length).toBeGreaterThanOrEqual(5)
    expect(logs.lines.some((l) => l.includes('"level":"warn"') && l.includes('"responseCode":550'))).toBe(true)
    for (const personal of ['somsri', 'defer-once', 'no-such-person', 'invitations/', 'เทศบาล']) expect(text).not.toContain(personal)
  })
})

describe('a mail server that will not take our login', () => {
  let refusing: SmtpCapture
  let other: TestApp
  let w: ReturnType<typeof createAppWorker>
  const log = capturingLog()

  beforeAll(async () => {
    // Over STARTTLS, as every login must be (the test certificate is named as the CA).
    const tls = { key: readFileSync(new URL('../support/tls/test-only-localhost.key.pem', import.meta.url), 'utf8'), cert: readFileSync(new URL('../support/tls/test-only-localhost.cert.pem', import.meta.url), 'utf8') }
    refusing = await startSmtpCapture({ login: { user: 'prongsai', pass: 'not-this-one', refuse: true }, tls: { mode: 'starttls', ...tls } })
    other = await createTestApp()
    const url = `smtp://prongsai:Hunter2%2Fsecret@127.0.0.1:${refusing.port}?tls.ca=${encodeURIComponent(tls.cert)}`
    w = createAppWorker({ db: other.db, config: loadConfig({ NODE_ENV: 'test', SMTP_URL: url }), clock: () => other.clock.now, log: log.log, random: () => 0 })
    await w.drain()
  })
  afterAll(async () => {
    await w.stop()
    await other.close()
    await refusing.close()
  })

  it('keeps the mail queued for later, stops the run at the first refusal, and never records the password', async () => {
    const first = await queueMail(other.db, { to: 'a@example.test', subject: 'ก', text: 'หนึ่ง' }, other.clock.now)
    const second = await queueMail(other.db, { to: 'b@example.test', subject: 'ข', text: 'สอง' }, new Date(other.clock.now.getTime() + 1))
    other.clock.now = new Date(other.clock.now.getTime() + 15_000)
    await w.drain()
    const rows = await other.db.selectFrom('outbox').select(['id', 'status', 'attempts', 'last_error', 'next_attempt_at']).where('id', 'in', [first, second]).execute()
    const a = rows.find((r) => r.id === first)!
    const b = rows.find((r) => r.id === second)!
    expect(a).toMatchObject({ status: 'queued', attempts: 1 })
    expect(a.last_error).toMatch(/535/)
    // the second was never offered to the server, so it was not counted as an attempt
    expect(b).toMatchObject({ status: 'queued', attempts: 0, last_error: null })
    expect(b.next_attempt_at).toEqual(a.next_attempt_at)
    expect(refusing.messages).toHaveLength(0)
    expect(refusing.logins).toEqual([{ user: 'prongsai', secure: true }])
    const everything = JSON.stringify(rows) + log.lines.join('\n')
    for (const secret of ['Hunter2', 'Hunter2/secret', 'Hunter2%2Fsecret', Buffer.from('Hunter2/secret').toString('base64')]) expect(everything).not.toContain(secret)
  })
})

describe('mail and job settings', () => {
  it('run jobs by default, send from no-reply at the public host, and keep mail in the outbox without SMTP_URL', () => {
    const c = loadConfig({ BASE_URL: 'https://prongsai.example.go.th' })
    expect(c).toMatchObject({ jobs: true, jobsPollIntervalMs: 5_000, smtpUrl: undefined, mailFrom: 'Prongsai <no-reply@prongsai.example.go.th>' })
    expect(loadConfig({ JOBS: 'off', JOBS_POLL_SECONDS: '0.5' })).toMatchObject({ jobs: false, jobsPollIntervalMs: 500 })
  })

  it('refuse a mail server address that is not SMTP without repeating it, since it may hold the password', () => {
    let problems: string[] = []
    try {
      loadConfig({ SMTP_URL: 'http://mailer:hunter2@mail.example.go.th', MAIL_FROM: 'nobody', JOBS: 'maybe' })
    } catch (e) {
      if (e instanceof ConfigError) problems = e.problems
    }
    expect(problems.map((p) => p.split(':')[0])).toEqual(expect.arrayContaining(['SMTP_URL', 'MAIL_FROM', 'JOBS']))
    expect(problems.join('\n')).not.toContain('hunter2')
  })
})
