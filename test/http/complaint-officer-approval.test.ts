import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseDetail } from '../../src/features/complaints/complaint-handling.use-cases.ts'
import { submitComplaint } from '../../src/features/complaints/complaint-intake.use-cases.ts'
import type { ComplaintDraft } from '../../src/features/complaints/complaint-form.input.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/**
 * Finding 6: no single administrator reaches a complainant's identity. An agency admin (or a
 * platform admin) who gives themselves the complaint-officer role only asks; the head approves,
 * the current officers are told, and the newcomer reads older cases only after an explicit,
 * audited transfer from an officer who holds the key.
 */
let t: TestApp
const NAME = 'นางสาวลับ ผู้แจ้งก่อนหน้า'
const draft: ComplaintDraft = {
  intake: 'public',
  channel: 'web',
  kind: 'corruption',
  subjectText: 'งานพัสดุ',
  whatHappened: 'เรียกรับเงินเพื่อตรวจรับงานก่อสร้าง',
  happenedWhen: '',
  happenedWhere: '',
  request: '',
  anonymous: false,
  identity: { name: NAME, address: '', phone: '089 111 2222', email: '', witnesses: '' },
  wantsEmailUpdates: false,
}
const deps = () => ({ db: t.db, now: t.clock.now, baseUrl: 'http://localhost:3000' })
let wtId = ''
let adminId = ''
let oldCase = ''

beforeAll(async () => {
  t = await createTestApp()
  wtId = await t.orgId('wiang-thong')
  adminId = await t.userId('wt-admin@prongsai.test')
  oldCase = (await submitComplaint(deps(), { organisationId: wtId, draft, evidence: [], filer: { by: 'citizen' } })).id
})
afterAll(async () => {
  await t?.close()
})

const holdsRole = async (userId: string) =>
  !!(await t.db.selectFrom('memberships').select('user_id').where('user_id', '=', userId).where('organisation_id', '=', wtId).where('role', '=', 'complaint_officer').executeTakeFirst())

describe('granting the complaint-officer role', () => {
  it('an agency admin granting it to themselves only files a request: audited, and the officers and head are told', async () => {
    const admin = await t.asUser('wt-admin@prongsai.test')
    await admin.get(`/admin/users/${adminId}`)
    const res = await admin.post(`/admin/users/${adminId}/roles`, { organisation_id: wtId, role: 'complaint_officer' })
    expect(res.statusCode).toBe(303)
    expect(await holdsRole(adminId)).toBe(false)
    const pending = await t.db.selectFrom('role_approvals').selectAll().where('user_id', '=', adminId).executeTakeFirstOrThrow()
    expect(pending).toMatchObject({ status: 'pending', requested_by: adminId, role: 'complaint_officer', organisation_id: wtId })
    const audit = await t.db.selectFrom('audit_events').select(['action', 'actor_id']).where('action', '=', 'membership.approval_requested').where('entity_id', '=', adminId).execute()
    expect(audit).toEqual([{ action: 'membership.approval_requested', actor_id: adminId }])
    const told = (await t.db.selectFrom('outbox').select('to_address').where('subject', 'like', 'ขออนุมัติบทบาท%').execute()).map((r) => r.to_address).sort()
    expect(told).toEqual(['wt-complaints@prongsai.test', 'wt-head@prongsai.test', 'wt-investigator@prongsai.test'])
  })

  it('a platform admin cannot grant it to themselves either, nor approve their own request', async () => {
    const pa = await t.asUser('admin@prongsai.test')
    const paId = await t.userId('admin@prongsai.test')
    await pa.get(`/admin/users/${paId}`)
    expect((await pa.post(`/admin/users/${paId}/roles`, { organisation_id: wtId, role: 'complaint_officer' })).statusCode).toBe(303)
    expect(await holdsRole(paId)).toBe(false)
    const own = await t.db.selectFrom('role_approvals').select('id').where('user_id', '=', paId).executeTakeFirstOrThrow()
    await pa.get('/staff/role-approvals')
    const refused = await pa.post(`/staff/role-approvals/${own.id}/approve`, {})
    expect(refused.statusCode).toBe(403)
    expect(refused.headers['x-error-code']).toBe('forbidden')
    expect(await holdsRole(paId)).toBe(false)
  })

  it('the requesting admin cannot approve; another agency’s head does not even see the request', async () => {
    const req = await t.db.selectFrom('role_approvals').select('id').where('user_id', '=', adminId).executeTakeFirstOrThrow()
    const admin = await t.asUser('wt-admin@prongsai.test')
    await admin.get('/staff/role-approvals')
    expect((await admin.post(`/staff/role-approvals/${req.id}/approve`, {})).statusCode).toBe(403)
    const province = await t.asUser('province-admin@prongsai.test')
    await province.get('/staff/role-approvals')
    expect((await province.post(`/staff/role-approvals/${req.id}/approve`, {})).statusCode).toBe(404)
    expect(await holdsRole(adminId)).toBe(false)
  })

  it('the role cannot be given through an invitation, which would grant it on acceptance', async () => {
    const admin = await t.asUser('wt-admin@prongsai.test')
    await admin.get('/admin/users/invite')
    const res = await admin.post('/admin/users/invite', { email: 'sneaky@example.test', organisation_id: wtId, role: 'complaint_officer' })
    expect(res.statusCode).toBe(422)
    expect(await t.db.selectFrom('one_time_tokens').select('email').where('email', '=', 'sneaky@example.test').executeTakeFirst()).toBeUndefined()
  })

  it('the head approves: the role is granted, audited, and the officers are told', async () => {
    t.clock.now = new Date(t.clock.now.getTime() + 60_000)
    const req = await t.db.selectFrom('role_approvals').select('id').where('user_id', '=', adminId).executeTakeFirstOrThrow()
    const head = await t.asUser('wt-head@prongsai.test')
    const list = await head.get('/staff/role-approvals')
    expect(list.statusCode).toBe(200)
    expect(list.body).toContain('นายวิรัช ระบบดี')
    const res = await head.post(`/staff/role-approvals/${req.id}/approve`, {})
    expect(res.statusCode).toBe(303)
    expect(await holdsRole(adminId)).toBe(true)
    expect(await t.db.selectFrom('audit_events').select('action').where('action', '=', 'membership.approved').where('entity_id', '=', adminId).execute()).toHaveLength(1)
    const told = (await t.db.selectFrom('outbox').select('to_address').where('subject', 'like', 'อนุมัติบทบาท%').execute()).map((r) => r.to_address).sort()
    expect(told).toEqual(['wt-admin@prongsai.test', 'wt-complaints@prongsai.test', 'wt-investigator@prongsai.test'])
    // A decision is final, in the database too.
    await expect(t.db.updateTable('role_approvals').set({ status: 'refused' }).where('id', '=', req.id).execute()).rejects.toThrow()
  })
})

describe('keys of a newly approved officer', () => {
  it('gets no key to a case filed before approval, even when a colleague opens it', async () => {
    const newcomer = await t.reader('wt-admin@prongsai.test')
    expect((await caseDetail(deps(), newcomer, oldCase)).canRead).toBe(false)
    await caseDetail(deps(), await t.reader('wt-complaints@prongsai.test'), oldCase)
    expect((await caseDetail(deps(), newcomer, oldCase)).canRead).toBe(false)
    await expect(caseDetail(deps(), newcomer, oldCase, { revealIdentity: true })).rejects.toThrow('no key to this complaint')
    expect(await t.db.selectFrom('complaint_keys').select('user_id').where('complaint_id', '=', oldCase).where('user_id', '=', adminId).executeTakeFirst()).toBeUndefined()
  })

  it('gets it by an explicit, audited transfer from an officer who holds it', async () => {
    const officer = await t.asUser('wt-complaints@prongsai.test')
    const page = await officer.get(`/staff/complaints/${oldCase}`)
    expect(page.body).toContain(`/staff/complaints/${oldCase}/key-transfers`)
    const unconfirmed = await officer.post(`/staff/complaints/${oldCase}/key-transfers`, { officer: adminId })
    expect(unconfirmed.statusCode).toBe(422)
    expect(unconfirmed.body).toContain('href="#key_confirm"')
    expect(await t.db.selectFrom('complaint_keys').select('user_id').where('complaint_id', '=', oldCase).where('user_id', '=', adminId).executeTakeFirst()).toBeUndefined()
    const res = await officer.post(`/staff/complaints/${oldCase}/key-transfers`, { officer: adminId, confirm: 'yes' })
    expect(res.statusCode).toBe(303)
    const detail = await caseDetail(deps(), await t.reader('wt-admin@prongsai.test'), oldCase, { revealIdentity: true })
    expect(detail.identity?.name).toBe(NAME)
    expect(await t.db.selectFrom('audit_events').select('action').where('action', '=', 'complaint.key_transferred').where('entity_id', '=', oldCase).execute()).toHaveLength(1)
  })

  it('the newcomer cannot transfer a key to a non-handler', async () => {
    const admin = await t.asUser('wt-admin@prongsai.test')
    await admin.get(`/staff/complaints/${oldCase}`)
    const res = await admin.post(`/staff/complaints/${oldCase}/key-transfers`, { officer: await t.userId('wt-officer@prongsai.test'), confirm: 'yes' })
    expect(res.statusCode).toBe(422)
  })

  it('gets keys to cases filed after approval like every officer', async () => {
    t.clock.now = new Date(t.clock.now.getTime() + 60_000)
    const later = await submitComplaint(deps(), { organisationId: wtId, draft, evidence: [], filer: { by: 'citizen' } })
    expect((await caseDetail(deps(), await t.reader('wt-admin@prongsai.test'), later.id, { revealIdentity: true })).identity?.name).toBe(NAME)
  })
})
