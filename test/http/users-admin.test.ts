import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_USERS } from '../../src/features/demo-data/demo-dataset.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

async function rolesOf(email: string) {
  return t.db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['o.slug', 'm.role'])
    .where('u.email', '=', email)
    .execute()
}

async function lastAudit(action: string, entityId: string) {
  return t.db.selectFrom('audit_events').selectAll().where('action', '=', action).where('entity_id', '=', entityId).orderBy('seq', 'desc').executeTakeFirst()
}

async function sessionCount(userId: string) {
  const r = await t.db.selectFrom('sessions').select((eb) => eb.fn.countAll<string>().as('n')).where('user_id', '=', userId).executeTakeFirstOrThrow()
  return Number(r.n)
}

describe('the list of users', () => {
  it('shows an agency admin the people of their agency only, and their search stays inside it', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const res = await c.get('/admin/users')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('wt-officer@prongsai.test')
    expect(res.body).toContain('committee@prongsai.test')
    expect(res.body).not.toContain('nb-officer@prongsai.test')
    expect(res.body).not.toContain('>admin@prongsai.test<')
    expect(res.body).not.toContain('>province-admin@prongsai.test<')
    const search = await c.get('/admin/users?q=nb-officer')
    expect(search.body).not.toContain('nb-officer@prongsai.test')
  })

  it('lets a platform admin search everyone by name or e-mail', async () => {
    const c = await t.asUser('admin@prongsai.test')
    const byName = await c.get(`/admin/users?q=${encodeURIComponent('บัวขาว')}`)
    expect(byName.body).toContain('nb-officer@prongsai.test')
    expect(byName.body).not.toContain('wt-officer@prongsai.test')
    const byEmail = await c.get('/admin/users?q=WT-HEAD')
    expect(byEmail.body).toContain('wt-head@prongsai.test')
    expect(byEmail.body).not.toContain('nb-officer@prongsai.test')
  })

  it('pages a platform admin through everyone, fifty at a time', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ email: `zz-bulk-${String(i).padStart(2, '0')}@prongsai.test`, display_name: `ผู้ใช้ทดสอบ ${i}` }))
    await t.db.insertInto('users').values(rows).execute()
    const c = await t.asUser('admin@prongsai.test')
    const first = await c.get('/admin/users')
    const count = (html: string) => (html.match(/href="\/admin\/users\/[0-9a-f-]{36}"/g) ?? []).length
    expect(count(first.body)).toBe(50)
    expect(first.body).toContain('href="/admin/users?page=2"')
    const second = await c.get('/admin/users?page=2')
    expect(count(second.body)).toBe(DEMO_USERS.length + 60 - 50)
    expect(second.body).toContain('zz-bulk-59@prongsai.test')
    const searched = await c.get('/admin/users?q=zz-bulk&page=2')
    expect(count(searched.body)).toBe(10)
    expect(searched.body).toContain('href="/admin/users?q=zz-bulk"')
  })

  it('refuses people who administer nothing', async () => {
    expect((await (await t.asUser('oversight@prongsai.test')).get('/admin/users')).statusCode).toBe(403)
  })
})

describe('an agency admin and another agency’s people', () => {
  it('answers 403 for a person who holds roles only in agency B, and changes nothing', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const nbOfficer = await t.userId('nb-officer@prongsai.test')
    expect((await c.get(`/admin/users/${nbOfficer}`)).statusCode).toBe(403)
    await c.get('/admin/users')
    expect((await c.post(`/admin/users/${nbOfficer}/deactivate`, {})).statusCode).toBe(403)
    expect((await c.post(`/admin/users/${nbOfficer}/roles/revoke`, { organisation_id: await t.orgId('nong-bua'), role: 'officer' })).statusCode).toBe(403)
    expect((await c.post(`/admin/users/${nbOfficer}/roles`, { organisation_id: await t.orgId('wiang-thong'), role: 'officer' })).statusCode).toBe(403)
    expect(await rolesOf('nb-officer@prongsai.test')).toEqual([{ slug: 'nong-bua', role: 'officer' }])
    const u = await t.db.selectFrom('users').select('is_active').where('id', '=', nbOfficer).executeTakeFirstOrThrow()
    expect(u.is_active).toBe(true)
  })

  it('cannot grant a role in agency B to one of their own people', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const officer = await t.userId('wt-officer@prongsai.test')
    const res = await c.submit(`/admin/users/${officer}`, { organisation_id: await t.orgId('nong-bua'), role: 'admin' }, `/admin/users/${officer}/roles`)
    expect(res.statusCode).toBe(403)
    expect(await rolesOf('wt-officer@prongsai.test')).toEqual([{ slug: 'wiang-thong', role: 'officer' }])
  })
})

describe('granting and revoking roles', () => {
  it('grants a role that then shows among the person’s memberships, audited', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const officer = await t.userId('wt-officer@prongsai.test')
    const res = await c.submit(`/admin/users/${officer}`, { organisation_id: await t.orgId('wiang-thong'), role: 'procurement_officer' }, `/admin/users/${officer}/roles`)
    expect(res.statusCode).toBe(303)
    expect(await rolesOf('wt-officer@prongsai.test')).toContainEqual({ slug: 'wiang-thong', role: 'procurement_officer' })
    const page = await c.get(`/admin/users/${officer}`)
    expect(page.body).toContain('เจ้าหน้าที่พัสดุ')
    const event = await lastAudit('membership.granted', officer)
    expect(event?.summary).toEqual({ before: null, after: { organisation_id: await t.orgId('wiang-thong'), role: 'procurement_officer' } })
    expect(event?.actor_label).toContain('wt-admin@prongsai.test')
  })

  it('explains when the person already holds the role, keeping the choice', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const officer = await t.userId('wt-officer@prongsai.test')
    const res = await c.submit(`/admin/users/${officer}`, { organisation_id: await t.orgId('wiang-thong'), role: 'officer' }, `/admin/users/${officer}/roles`)
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('ผู้ใช้นี้มีบทบาทนี้ในหน่วยงานนี้อยู่แล้ว')
    const missing = await c.submit(`/admin/users/${officer}`, { organisation_id: '', role: '' }, `/admin/users/${officer}/roles`)
    expect(missing.statusCode).toBe(422)
    expect(missing.body).toContain('กรุณาเลือกหน่วยงาน')
  })

  it('revokes a role, audited', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const officer = await t.userId('wt-officer@prongsai.test')
    const res = await c.submit(`/admin/users/${officer}`, { organisation_id: await t.orgId('wiang-thong'), role: 'procurement_officer' }, `/admin/users/${officer}/roles/revoke`)
    expect(res.statusCode).toBe(303)
    expect(await rolesOf('wt-officer@prongsai.test')).toEqual([{ slug: 'wiang-thong', role: 'officer' }])
    const event = await lastAudit('membership.revoked', officer)
    expect(event?.summary).toMatchObject({ before: { role: 'procurement_officer' }, after: null })
  })

  it('lets a province admin grant roles in the agencies below the province', async () => {
    const c = await t.asUser('province-admin@prongsai.test')
    const officer = await t.userId('nb-officer@prongsai.test')
    const res = await c.submit(`/admin/users/${officer}`, { organisation_id: await t.orgId('nong-bua'), role: 'procurement_officer' }, `/admin/users/${officer}/roles`)
    expect(res.statusCode).toBe(303)
    expect(await rolesOf('nb-officer@prongsai.test')).toContainEqual({ slug: 'nong-bua', role: 'procurement_officer' })
  })
})

describe('deactivating people', () => {
  it('ends every session at once and keeps them out until reactivated, audited both ways', async () => {
    const head = await t.userId('wt-head@prongsai.test')
    const headClient = await t.asUser('wt-head@prongsai.test')
    await t.asUser('wt-head@prongsai.test')
    expect(await sessionCount(head)).toBe(2)

    const c = await t.asUser('wt-admin@prongsai.test')
    const res = await c.submit(`/admin/users/${head}`, {}, `/admin/users/${head}/deactivate`)
    expect(res.statusCode).toBe(303)
    expect(await sessionCount(head)).toBe(0)
    expect((await headClient.get('/admin/users')).headers.location).toMatch(/^\/sign-in/)
    expect((await lastAudit('user.deactivated', head))?.summary).toMatchObject({ before: { is_active: true }, after: { is_active: false } })

    expect((await c.submit(`/admin/users/${head}`, {}, `/admin/users/${head}/reactivate`)).statusCode).toBe(303)
    expect((await t.db.selectFrom('users').select('is_active').where('id', '=', head).executeTakeFirstOrThrow()).is_active).toBe(true)
    expect((await lastAudit('user.reactivated', head))?.summary).toMatchObject({ after: { is_active: true } })
  })

  it('does not let agency admin A deactivate someone who also works for agency B', async () => {
    const ita = await t.userId('wt-ita@prongsai.test')
    await t.db.insertInto('memberships').values({ user_id: ita, organisation_id: await t.orgId('nong-bua'), role: 'officer' }).execute()
    const c = await t.asUser('wt-admin@prongsai.test')
    const page = await c.get(`/admin/users/${ita}`)
    expect(page.statusCode).toBe(200)
    expect(page.body).not.toContain(`/admin/users/${ita}/deactivate`)
    expect(page.body).not.toContain('หนองบัว')
    expect((await c.post(`/admin/users/${ita}/deactivate`, {})).statusCode).toBe(403)
  })

  it('does not let an admin deactivate themselves', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const me = await t.userId('wt-admin@prongsai.test')
    await c.get(`/admin/users/${me}`)
    expect((await c.post(`/admin/users/${me}/deactivate`, {})).statusCode).toBe(403)
  })
})

describe('platform administrators', () => {
  it('can be made only by a platform admin, audited', async () => {
    const officer = await t.userId('wt-officer@prongsai.test')
    const province = await t.asUser('province-admin@prongsai.test')
    const page = await province.get(`/admin/users/${officer}`)
    expect(page.body).not.toContain('platform-admin')
    expect((await province.post(`/admin/users/${officer}/platform-admin`, { value: 'yes' })).statusCode).toBe(403)

    const admin = await t.asUser('admin@prongsai.test')
    expect((await admin.submit(`/admin/users/${officer}`, { value: 'yes' }, `/admin/users/${officer}/platform-admin`)).statusCode).toBe(303)
    expect((await t.db.selectFrom('users').select('is_platform_admin').where('id', '=', officer).executeTakeFirstOrThrow()).is_platform_admin).toBe(true)
    expect((await lastAudit('user.platform_admin_granted', officer))?.summary).toEqual({ before: { is_platform_admin: false }, after: { is_platform_admin: true } })
    expect((await admin.submit(`/admin/users/${officer}`, { value: 'no' }, `/admin/users/${officer}/platform-admin`)).statusCode).toBe(303)
    expect(await lastAudit('user.platform_admin_revoked', officer)).toBeDefined()
  })
})
