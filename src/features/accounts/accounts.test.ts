import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { totpCodeAt } from '../../platform/auth/totp.ts'
import { issueOneTimeToken } from '../../platform/auth/one-time-tokens.ts'
import { DEMO_PASSWORD } from '../demo-data/demo-dataset.ts'
import { loadConfig } from '../../config.ts'
import { createAppWorker } from '../../worker.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

async function signIn(email: string, password = DEMO_PASSWORD) {
  const c = t.client()
  await c.get('/sign-in')
  const res = await c.post('/sign-in', { email, password, next: '/staff' })
  return { c, res }
}

/** Reset links are mailed by a background job: run what is queued. */
async function runJobs() {
  const worker = createAppWorker({ db: t.db, config: loadConfig({ NODE_ENV: 'test' }), clock: () => t.clock.now })
  await worker.drain()
  await worker.stop()
}

async function lastMailTo(email: string) {
  return t.db.selectFrom('outbox').selectAll().where('to_address', '=', email).orderBy('created_at', 'desc').limit(1).executeTakeFirstOrThrow()
}

describe('signing in', () => {
  it('signs a demo officer in and shows their staff home', async () => {
    const { c, res } = await signIn('wt-officer@prongsai.test')
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/staff')
    const home = await c.get('/staff')
    expect(home.statusCode).toBe(200)
    expect(home.body).toContain('เทศบาลตำบลเวียงทอง')
    expect(home.body).toContain('เจ้าหน้าที่')
  })

  it('refuses a wrong password with a Thai message and keeps the email typed', async () => {
    const { res } = await signIn('wt-officer@prongsai.test', 'not-the-password')
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('อีเมลหรือรหัสผ่านไม่ถูกต้อง')
    expect(res.body).toContain('value="wt-officer@prongsai.test"')
  })

  it('asks for the missing fields instead of failing silently', async () => {
    const { res } = await signIn('', '')
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('กรุณาใส่อีเมล')
    expect(res.body).toContain('กรุณาใส่รหัสผ่าน')
  })

  it('slows a guesser down after four wrong passwords, with the same answer for an unknown address', async () => {
    for (let i = 0; i < 4; i++) expect((await signIn('wt-procurement@prongsai.test', 'wrong-wrong')).res.statusCode).toBe(422)
    const fifth = await signIn('wt-procurement@prongsai.test', 'wrong-wrong')
    expect(fifth.res.body).toContain('อีเมลหรือรหัสผ่านไม่ถูกต้อง')
    const right = await signIn('wt-procurement@prongsai.test')
    expect(right.res.statusCode).toBe(422)
    expect(right.res.body).toContain('กรุณารอ 1 นาที')
    for (let i = 0; i < 5; i++) await signIn('nobody-here@prongsai.test', 'wrong-wrong')
    const unknown = await signIn('nobody-here@prongsai.test')
    expect(unknown.res.body).toContain('กรุณารอ 1 นาที')
    t.clock.now = new Date(t.clock.now.getTime() + 31_000)
    expect((await signIn('wt-procurement@prongsai.test')).res.statusCode).toBe(303)
  })

  it('refuses a form posted without its CSRF token', async () => {
    const c = t.client()
    await c.get('/sign-in')
    const res = await c.post('/sign-in', { email: 'wt-officer@prongsai.test', password: DEMO_PASSWORD }, { csrf: false })
    expect(res.statusCode).toBe(403)
    expect(res.body).toContain('แบบฟอร์มหมดอายุ')
  })

  it('sends people who are not signed in to the sign-in page and back afterwards', async () => {
    const c = t.client()
    const res = await c.get('/account')
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/sign-in?next=%2Faccount')
    await c.get(res.headers.location as string)
    const after = await c.post('/sign-in', { email: 'wt-head@prongsai.test', password: DEMO_PASSWORD, next: '/account' })
    expect(after.headers.location).toBe('/account')
  })

  it('never redirects after sign-in to another site', async () => {
    const c = t.client()
    await c.get('/sign-in')
    const res = await c.post('/sign-in', { email: 'wt-head@prongsai.test', password: DEMO_PASSWORD, next: '//evil.example' })
    expect(res.headers.location).toBe('/staff')
  })

  it('signs out by ending the session in the database', async () => {
    const { c } = await signIn('wt-head@prongsai.test')
    await c.get('/staff')
    await c.post('/sign-out', {})
    expect((await c.get('/staff')).statusCode).toBe(303)
  })

  it('sets the session cookie HttpOnly and SameSite', async () => {
    const { res } = await signIn('wt-head@prongsai.test')
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((s) => s.startsWith('prongsai_session='))!
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })
})

describe('two-step verification', () => {
  it('enrols with an authenticator code, then asks for a code at every sign-in and refuses a replayed one', async () => {
    const { c } = await signIn('wt-ita@prongsai.test')
    const page = await c.get('/account/two-factor')
    expect(page.body).toContain('data:image/svg+xml;base64,')
    const user = await t.db.selectFrom('users').select(['totp_secret']).where('email', '=', 'wt-ita@prongsai.test').executeTakeFirstOrThrow()
    const secret = user.totp_secret!
    expect((await c.post('/account/two-factor', { code: '000000' })).statusCode).toBe(422)
    const ok = await c.post('/account/two-factor', { code: totpCodeAt(secret, t.clock.now) })
    expect(ok.statusCode).toBe(303)

    t.clock.now = new Date(t.clock.now.getTime() + 60_000)
    const second = await signIn('wt-ita@prongsai.test')
    expect(second.res.headers.location).toMatch(/^\/sign-in\/two-factor/)
    // Signed in with the password only: staff pages stay closed.
    expect((await second.c.get('/staff')).statusCode).toBe(303)
    await second.c.get('/sign-in/two-factor')
    const code = totpCodeAt(secret, t.clock.now)
    expect((await second.c.post('/sign-in/two-factor', { code })).statusCode).toBe(303)
    expect((await second.c.get('/staff')).statusCode).toBe(200)

    const third = await signIn('wt-ita@prongsai.test')
    await third.c.get('/sign-in/two-factor')
    const replay = await third.c.post('/sign-in/two-factor', { code })
    expect(replay.statusCode).toBe(422)
    expect(replay.body).toContain('รหัสยืนยันไม่ถูกต้อง')
  })

  it('makes staff of an organisation that requires it enrol before they get in', async () => {
    await t.db.updateTable('organisations').set({ require_staff_totp: true }).where('slug', '=', 'bang-phra').execute()
    const userId = await t.userId('nb-officer@prongsai.test')
    await t.db.insertInto('memberships').values({ user_id: userId, organisation_id: await t.orgId('bang-phra'), role: 'officer' }).execute()
    const { c, res } = await signIn('nb-officer@prongsai.test')
    expect(res.headers.location).toMatch(/^\/sign-in\/two-factor\/setup/)
    expect((await c.get('/staff')).statusCode).toBe(303)
    const setup = await c.get(res.headers.location as string)
    expect(setup.body).toContain('หน่วยงานของคุณกำหนดให้เจ้าหน้าที่ใช้การยืนยันตัวตนสองขั้นตอน')
    const { totp_secret } = await t.db.selectFrom('users').select('totp_secret').where('id', '=', userId).executeTakeFirstOrThrow()
    const done = await c.post(res.headers.location as string, { code: totpCodeAt(totp_secret!, t.clock.now) })
    expect(done.statusCode).toBe(303)
    expect((await c.get('/staff')).statusCode).toBe(200)
  })
})

describe('forgotten password', () => {
  it('mails a single-use link that sets a new password and ends every session', async () => {
    const old = await signIn('wt-complaints@prongsai.test')
    const c = t.client()
    const sent = await c.submit('/forgot-password', { email: 'wt-complaints@prongsai.test' })
    expect(sent.statusCode).toBe(200)
    await runJobs()
    const mail = await lastMailTo('wt-complaints@prongsai.test')
    const link = /http:\/\/localhost:3000(\/reset-password\/[A-Za-z0-9_-]+)/.exec(mail.body_text)![1]!
    expect((await c.submit(link, { password: 'short', confirm: 'short' })).statusCode).toBe(422)
    const done = await c.submit(link, { password: 'a-new-long-password', confirm: 'a-new-long-password' })
    expect(done.headers.location).toBe('/sign-in')
    expect((await old.c.get('/staff')).statusCode).toBe(303)
    expect((await signIn('wt-complaints@prongsai.test', 'a-new-long-password')).res.statusCode).toBe(303)
    expect((await c.get(link)).statusCode).toBe(404)
  })

  it('answers the same for an unknown address and sends nothing', async () => {
    const before = await t.db.selectFrom('outbox').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    const res = await t.client().submit('/forgot-password', { email: 'nobody@nowhere.test' })
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('หากอีเมลนี้มีบัญชีอยู่ในระบบ')
    await runJobs()
    const after = await t.db.selectFrom('outbox').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    expect(Number(after.n)).toBe(Number(before.n))
  })

  it('refuses a link older than one hour', async () => {
    const token = await issueOneTimeToken(t.db, { purpose: 'password_reset', email: 'wt-head@prongsai.test', userId: await t.userId('wt-head@prongsai.test'), now: new Date(t.clock.now.getTime() - 61 * 60_000) })
    const res = await t.client().get(`/reset-password/${token}`)
    expect(res.statusCode).toBe(404)
    expect(res.body).toContain('ลิงก์นี้ใช้ไม่ได้แล้ว')
  })
})

describe('invitations', () => {
  it('lets an invited person create an account with the role they were invited to', async () => {
    const orgId = await t.orgId('nong-bua')
    const token = await issueOneTimeToken(t.db, { purpose: 'invitation', email: 'new.person@nongbua.test', organisationId: orgId, role: 'complaint_officer', now: t.clock.now })
    const c = t.client()
    const page = await c.get(`/invitations/${token}`)
    expect(page.body).toContain('เจ้าหน้าที่รับเรื่องร้องเรียน')
    const bad = await c.post(`/invitations/${token}`, { displayName: '', position: 'นิติกร', password: 'long-enough-pass', confirm: 'long-enough-pass' })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('value="นิติกร"')
    const ok = await c.post(`/invitations/${token}`, { displayName: 'นางสาวใหม่ ใจดี', position: 'นิติกร', password: 'long-enough-pass', confirm: 'long-enough-pass' })
    expect(ok.headers.location).toBe('/staff')
    const me = await c.get('/api/v1/me')
    expect(me.json()).toMatchObject({ email: 'new.person@nongbua.test', roles: [{ organisationId: orgId, role: 'complaint_officer' }] })
    expect((await t.client().get(`/invitations/${token}`)).statusCode).toBe(404)
  })
})

describe('the /api/v1/me endpoint', () => {
  it('answers 401 with a stable code when nobody is signed in', async () => {
    const res = await t.client().get('/api/v1/me')
    expect(res.statusCode).toBe(401)
    expect(res.json().error.code).toBe('unauthenticated')
  })
})
