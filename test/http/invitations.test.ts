import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashToken } from '../../src/platform/auth/tokens.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

async function mailTo(address: string) {
  return t.db.selectFrom('outbox').selectAll().where('to_address', '=', address).execute()
}

async function invitationsFor(email: string) {
  return t.db.selectFrom('one_time_tokens').selectAll().where('purpose', '=', 'invitation').where('email', '=', email).execute()
}

describe('inviting people', () => {
  it('e-mails a bilingual invitation with a single-use link, lists it as pending and audits it', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const wiangThong = await t.orgId('wiang-thong')
    const res = await c.submit('/admin/users/invite', { email: 'New.Person@Example.test', organisation_id: wiangThong, role: 'ita_coordinator' })
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/admin/users')

    const [mail] = await mailTo('new.person@example.test')
    expect(mail?.subject).toContain('เทศบาลตำบลเวียงทอง')
    expect(mail?.body_text).toContain('ผู้รับผิดชอบ ITA')
    expect(mail?.body_text).toContain('ITA coordinator')
    const link = /http:\/\/localhost:3000\/invitations\/([A-Za-z0-9_-]{20,})/.exec(mail!.body_text)
    expect(link).not.toBeNull()

    const [invitation] = await invitationsFor('new.person@example.test')
    expect(invitation).toMatchObject({ organisation_id: wiangThong, role: 'ita_coordinator', used_at: null })
    expect(invitation!.token_hash).toBe(hashToken(link![1]!))

    const list = await c.get('/admin/users')
    expect(list.body).toContain('new.person@example.test')
    expect(list.body).toContain(`/admin/users/invitations/${invitation!.token_hash}/cancel`)

    const event = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'invitation.created').where('entity_id', '=', invitation!.token_hash).executeTakeFirstOrThrow()
    expect(event.summary.after).toMatchObject({ email: 'new.person@example.test', role: 'ita_coordinator', organisation_id: wiangThong })
    expect(JSON.stringify(event.summary)).not.toContain(link![1]!)
  })

  it('still sends the invitation when the address already has an account', async () => {
    const c = await t.asUser('province-admin@prongsai.test')
    const res = await c.submit('/admin/users/invite', { email: 'nb-officer@prongsai.test', organisation_id: await t.orgId('wiang-thong'), role: 'committee' })
    expect(res.statusCode).toBe(303)
    expect(await mailTo('nb-officer@prongsai.test')).toHaveLength(1)
  })

  it('rejects a bad address with a Thai message and keeps the choices', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const wiangThong = await t.orgId('wiang-thong')
    const res = await c.submit('/admin/users/invite', { email: 'somchai at example', organisation_id: wiangThong, role: '' })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('กรุณากรอกอีเมลให้ถูกต้อง')
    expect(res.body).toContain('กรุณาเลือกบทบาท')
    expect(res.body).toContain('value="somchai at example"')
    expect(res.body).toContain(`<option value="${wiangThong}" selected`)
    expect(await mailTo('somchai at example')).toHaveLength(0)
  })

  it('does not let agency admin A invite people into agency B', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const res = await c.submit('/admin/users/invite', { email: 'intruder@example.test', organisation_id: await t.orgId('nong-bua'), role: 'admin' })
    expect(res.statusCode).toBe(403)
    expect(await invitationsFor('intruder@example.test')).toHaveLength(0)
    expect(await mailTo('intruder@example.test')).toHaveLength(0)
  })
})

describe('cancelling invitations', () => {
  it('shows agency B’s admin none of agency A’s invitations and refuses to cancel them', async () => {
    const [invitation] = await invitationsFor('new.person@example.test')
    const c = await t.asUser('nb-admin@prongsai.test')
    const list = await c.get('/admin/users')
    expect(list.body).not.toContain('new.person@example.test')
    expect((await c.post(`/admin/users/invitations/${invitation!.token_hash}/cancel`, {})).statusCode).toBe(403)
    expect(await invitationsFor('new.person@example.test')).toHaveLength(1)
  })

  it('deletes the invitation so its link stops working, audited', async () => {
    const [invitation] = await invitationsFor('new.person@example.test')
    const c = await t.asUser('wt-admin@prongsai.test')
    const res = await c.submit('/admin/users', {}, `/admin/users/invitations/${invitation!.token_hash}/cancel`)
    expect(res.statusCode).toBe(303)
    expect(await invitationsFor('new.person@example.test')).toHaveLength(0)
    expect((await c.get('/admin/users')).body).not.toContain('new.person@example.test')
    const event = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'invitation.cancelled').where('entity_id', '=', invitation!.token_hash).executeTakeFirstOrThrow()
    expect(event.summary).toMatchObject({ before: { email: 'new.person@example.test' }, after: null })
  })

  it('no longer lists an invitation once it has expired', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    await c.submit('/admin/users/invite', { email: 'late@example.test', organisation_id: await t.orgId('wiang-thong'), role: 'officer' })
    expect((await c.get('/admin/users')).body).toContain('late@example.test')
    const saved = t.clock.now
    t.clock.now = new Date(saved.getTime() + 8 * 24 * 3600_000)
    try {
      const later = await t.asUser('wt-admin@prongsai.test')
      expect((await later.get('/admin/users')).body).not.toContain('late@example.test')
    } finally {
      t.clock.now = saved
    }
  })
})
