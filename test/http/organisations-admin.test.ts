import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const validForm = (over: Record<string, string> = {}) => ({
  name_th: 'องค์การบริหารส่วนตำบลทดสอบ',
  name_en: 'Thotsop SAO',
  kind: 'sao',
  parent_id: '',
  slug: 'thotsop',
  address: '1 หมู่ 1',
  phone: '0 9900 0000',
  email: 'saraban@thotsop.prongsai.test',
  website: 'https://thotsop.prongsai.test',
  ...over,
})

async function org(slug: string) {
  return t.db.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirst()
}

async function auditFor(action: string, entityId: string) {
  return t.db.selectFrom('audit_events').selectAll().where('action', '=', action).where('entity_id', '=', entityId).orderBy('seq', 'desc').execute()
}

describe('the organisation list', () => {
  it('shows a platform admin every organisation, as a tree', async () => {
    const res = await (await t.asUser('admin@prongsai.test')).get('/admin/organisations')
    expect(res.statusCode).toBe(200)
    for (const slug of ['suvarnabhumi', 'wiang-thong', 'nong-bua', 'bang-phra']) expect(res.body).toContain(`data-org="${slug}"`)
    expect(res.body).toContain('href="/admin/organisations/new"')
  })

  it('shows a province admin the province and the agencies below it, but no top-level creation', async () => {
    const res = await (await t.asUser('province-admin@prongsai.test')).get('/admin/organisations')
    expect(res.body).toContain('data-org="suvarnabhumi"')
    expect(res.body).toContain('data-org="nong-bua"')
    expect(res.body).not.toContain('href="/admin/organisations/new"')
  })

  it('shows an agency admin only their own agency', async () => {
    const res = await (await t.asUser('wt-admin@prongsai.test')).get('/admin/organisations')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('data-org="wiang-thong"')
    expect(res.body).not.toContain('data-org="nong-bua"')
    expect(res.body).not.toContain('data-org="suvarnabhumi"')
  })

  it('refuses staff who administer nothing, and sends visitors to sign in', async () => {
    expect((await (await t.asUser('wt-officer@prongsai.test')).get('/admin/organisations')).statusCode).toBe(403)
    const anon = await t.client().get('/admin/organisations')
    expect(anon.statusCode).toBe(303)
    expect(anon.headers.location).toMatch(/^\/sign-in/)
  })
})

describe('creating an organisation', () => {
  it('rejects bad input with Thai messages and keeps what was typed', async () => {
    const c = await t.asUser('admin@prongsai.test')
    const res = await c.submit('/admin/organisations/new', validForm({ name_th: '', slug: 'Bad Slug', email: 'not-an-email', website: 'javascript:alert(1)', kind: 'castle' }))
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('กรุณากรอกชื่อหน่วยงานภาษาไทย')
    expect(res.body).toContain('ชื่อย่อต้องมี')
    expect(res.body).toContain('กรุณากรอกอีเมลให้ถูกต้อง')
    expect(res.body).toContain('เว็บไซต์ต้องขึ้นต้นด้วย http:// หรือ https://')
    expect(res.body).toContain('กรุณาเลือกประเภทหน่วยงาน')
    expect(res.body).toContain('value="not-an-email"')
    expect(res.body).toContain('value="Thotsop SAO"')
    expect(res.body).toContain('value="javascript:alert(1)"')
    expect(await org('thotsop')).toBeUndefined()
  })

  it('lets a province admin add an agency below the province, and records it in the audit trail', async () => {
    const c = await t.asUser('province-admin@prongsai.test')
    const province = await t.orgId('suvarnabhumi')
    const res = await c.submit(`/admin/organisations/new?parent=${province}`, validForm({ parent_id: province }), '/admin/organisations/new')
    expect(res.statusCode).toBe(303)
    const created = await org('thotsop')
    expect(created).toMatchObject({ parent_id: province, name_th: 'องค์การบริหารส่วนตำบลทดสอบ', kind: 'sao' })
    expect(res.headers.location).toBe(`/admin/organisations/${created!.id}`)
    const [event] = await auditFor('organisation.created', created!.id)
    expect(event?.actor_label).toContain('province-admin@prongsai.test')
    expect(event?.summary.after).toMatchObject({ slug: 'thotsop', name_th: 'องค์การบริหารส่วนตำบลทดสอบ' })
  })

  it('keeps the top level for platform admins', async () => {
    const c = await t.asUser('province-admin@prongsai.test')
    const res = await c.submit('/admin/organisations/new', validForm({ slug: 'rogue-top' }))
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('เฉพาะผู้ดูแลระบบกลางเท่านั้นที่สร้างหรือย้ายหน่วยงานไปไว้ระดับบนสุดได้')
    expect(await org('rogue-top')).toBeUndefined()
  })

  it('refuses a short name another organisation already uses', async () => {
    const c = await t.asUser('admin@prongsai.test')
    const res = await c.submit('/admin/organisations/new', validForm({ slug: 'wiang-thong' }))
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('ชื่อย่อนี้มีหน่วยงานอื่นใช้แล้ว')
  })
})

describe('editing an organisation', () => {
  async function editForm(c: Client, id: string, over: Record<string, string> = {}) {
    const o = (await t.db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirstOrThrow())!
    const form: Record<string, string> = { name_th: o.name_th, name_en: o.name_en, kind: o.kind, parent_id: o.parent_id ?? '', address: o.address, phone: o.phone, email: o.email, website: o.website, ...over }
    return c.submit(`/admin/organisations/${id}`, form)
  }

  it('lets a province admin edit one of its agencies, auditing before and after', async () => {
    const c = await t.asUser('province-admin@prongsai.test')
    const id = await t.orgId('wiang-thong')
    const page = await c.get(`/admin/organisations/${id}`)
    expect(page.statusCode).toBe(200)
    expect(page.body).not.toContain('name="slug"')
    const res = await editForm(c, id, { phone: '0 9912 1234', require_staff_totp: 'yes' })
    expect(res.statusCode).toBe(303)
    expect(await org('wiang-thong')).toMatchObject({ phone: '0 9912 1234', require_staff_totp: true })
    const [event] = await auditFor('organisation.updated', id)
    expect(event?.summary).toEqual({ before: { phone: '0 9912 0099', require_staff_totp: false }, after: { phone: '0 9912 1234', require_staff_totp: true } })
  })

  it('shows the errors and keeps the values when an edit is invalid', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const id = await t.orgId('wiang-thong')
    const res = await editForm(c, id, { name_th: '', email: 'saraban(at)wiangthong' })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('กรุณากรอกชื่อหน่วยงานภาษาไทย')
    expect(res.body).toContain('value="saraban(at)wiangthong"')
    expect((await org('wiang-thong'))?.name_th).toBe('เทศบาลตำบลเวียงทอง')
  })

  it('never lets an organisation sit below itself or one of its own agencies', async () => {
    const c = await t.asUser('admin@prongsai.test')
    const province = await t.orgId('suvarnabhumi')
    const below = await editForm(c, province, { parent_id: await t.orgId('wiang-thong') })
    expect(below.statusCode).toBe(422)
    expect(below.body).toContain('จะทำให้เกิดวงวน')
    const itself = await editForm(c, province, { parent_id: province })
    expect(itself.statusCode).toBe(422)
    expect(itself.body).toContain('หน่วยงานเป็นต้นสังกัดของตัวเองไม่ได้')
    expect((await org('suvarnabhumi'))?.parent_id).toBeNull()
  })

  it('lets only platform admins change the public address, and still checks it is unique', async () => {
    const id = await t.orgId('nong-bua')
    const province = await t.asUser('province-admin@prongsai.test')
    expect((await editForm(province, id, { slug: 'nong-bua-new' })).statusCode).toBe(403)
    expect(await org('nong-bua')).toBeDefined()

    const admin = await t.asUser('admin@prongsai.test')
    const page = await admin.get(`/admin/organisations/${id}`)
    expect(page.body).toContain('name="slug"')
    expect(page.body).toContain('ลิงก์ คิวอาร์โค้ด และเอกสารที่พิมพ์ไว้แล้วจะใช้ไม่ได้')
    const taken = await editForm(admin, id, { slug: 'wiang-thong' })
    expect(taken.statusCode).toBe(422)
    expect(taken.body).toContain('ชื่อย่อนี้มีหน่วยงานอื่นใช้แล้ว')
    expect((await editForm(admin, id, { slug: 'nong-bua-sao' })).statusCode).toBe(303)
    expect((await t.client().get('/o/nong-bua-sao')).statusCode).toBe(200)
    expect((await editForm(admin, id, { slug: 'nong-bua' })).statusCode).toBe(303)
  })

  it('keeps agency admin A out of agency B entirely', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const nongBua = await t.orgId('nong-bua')
    expect((await c.get(`/admin/organisations/${nongBua}`)).statusCode).toBe(403)
    await c.get(`/admin/organisations/${await t.orgId('wiang-thong')}`)
    const res = await c.post(`/admin/organisations/${nongBua}`, { name_th: 'ยึดแล้ว', kind: 'sao', parent_id: await t.orgId('suvarnabhumi') })
    expect(res.statusCode).toBe(403)
    expect((await org('nong-bua'))?.name_th).toBe('องค์การบริหารส่วนตำบลหนองบัว')
  })

  it('does not let an agency admin move their agency under another agency', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    const id = await t.orgId('wiang-thong')
    const res = await editForm(c, id, { parent_id: await t.orgId('nong-bua') })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('เลือกได้เฉพาะหน่วยงานที่คุณเป็นผู้ดูแลระบบ')
  })
})
