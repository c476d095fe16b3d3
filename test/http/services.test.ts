import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { manualForm, publishedService } from './services-support.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t.close()
})

describe('keeping citizen manuals', () => {
  it('refuses a manual that neither lists documents nor declares "none", with 422 and the typed values kept', async () => {
    const c = await t.asUser('wt-officer@prongsai.test')
    const orgId = await t.orgId('wiang-thong')
    const res = await c.submit('/staff/services/new?org=wiang-thong', { organisation_id: orgId, action: 'save', ...manualForm({ doc_name: [''], doc_copies: [''], doc_note: [''], no_fee: '', fee_item: [''], fee_amount: [''], step_days: ['1', 'สาม', '2'] }) }, '/staff/services/new')
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('error-summary')
    expect(res.body).toContain('ไม่ต้องใช้เอกสาร')
    expect(res.body).toContain('ระบุค่าธรรมเนียม หรือเลือก')
    expect(res.body).toContain('href="#step_days_1"')
    expect(res.body).toContain('value="สาม"')
    expect(res.body).toContain('value="ตรวจสอบสถานที่และพิจารณาแบบแปลน"')
    const n = await t.db.selectFrom('services').select((eb) => eb.fn.countAll().as('n')).where('organisation_id', '=', orgId).executeTakeFirstOrThrow()
    expect(Number(n.n)).toBe(0)
  })

  it('adds an empty step row without JavaScript and without saving', async () => {
    const c = await t.asUser('wt-officer@prongsai.test')
    const orgId = await t.orgId('wiang-thong')
    const res = await c.submit('/staff/services/new?org=wiang-thong', { organisation_id: orgId, action: 'add_step', ...manualForm() }, '/staff/services/new')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('id="step_title_3"')
    expect(res.body).toContain('value="พิจารณาออกใบอนุญาตและแจ้งผล"')
  })

  it('publishes a version at a permanent link that keeps its words after a later version is published', async () => {
    const c = await t.asUser('wt-officer@prongsai.test')
    const { id, key } = await publishedService(t, c, 'wiang-thong')
    const list = await t.client().get('/o/wiang-thong/services')
    expect(list.statusCode).toBe(200)
    expect(list.body).toContain('การขออนุญาตก่อสร้างอาคาร')
    const page = await t.client().get(`/o/wiang-thong/services/${key}`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('ไม่มีค่าธรรมเนียม')
    expect(page.body).toContain('role="img"')
    expect(page.body).toContain('รวมระยะเวลาทั้งสิ้น 10 วันทำการ')

    // A second version, published: v1 still reads as it was, marked as earlier.
    const edited = await c.submit(`/staff/services/${id}`, { action: 'save', ...manualForm({ name_th: 'การขออนุญาตก่อสร้าง ดัดแปลง อาคาร', no_fee: '', fee_item: ['ใบอนุญาตก่อสร้าง'], fee_amount: ['20 บาท'] }) })
    expect(edited.statusCode).toBe(303)
    // Saved but not published: the public page still shows version 1.
    expect((await t.client().get(`/o/wiang-thong/services/${key}`)).body).not.toContain('ดัดแปลง')
    expect((await c.submit(`/staff/services/${id}`, {}, `/staff/services/${id}/publish`)).statusCode).toBe(303)
    const v2 = await t.client().get(`/o/wiang-thong/services/${key}`)
    expect(v2.body).toContain('ดัดแปลง')
    expect(v2.body).toContain('20 บาท')
    const v1 = await t.client().get(`/o/wiang-thong/services/${key}/v/1`)
    expect(v1.statusCode).toBe(200)
    expect(v1.body).toContain('ฉบับก่อนหน้า')
    expect(v1.body).not.toContain('ดัดแปลง')
    expect((await t.client().get(`/o/wiang-thong/services/${key}/v/9`)).statusCode).toBe(404)
    // History cannot be rewritten, not even by SQL.
    await expect(t.db.updateTable('service_versions').set({ name_th: 'x' }).where('service_id', '=', id).execute()).rejects.toThrow(/append-only/)

    const csv = await t.client().get('/o/wiang-thong/services.csv')
    expect(csv.statusCode).toBe(200)
    expect(csv.body).toContain(`/o/wiang-thong/services/${key}/v/2`)
    const json = await t.client().get('/api/v1/organisations/wiang-thong/services')
    expect(json.statusCode).toBe(200)
    const data = JSON.parse(json.body) as { services: { key: string; version: number; fees: string; total_days: number }[] }
    expect(data.services.find((s) => s.key === key)).toMatchObject({ version: 2, fees: 'ใบอนุญาตก่อสร้าง: 20 บาท', total_days: 10 })

    const docx = await c.get(`/staff/services/${id}/manual.docx`)
    expect(docx.statusCode).toBe(200)
    expect(docx.headers['content-type']).toContain('wordprocessingml')
  })

  it('keeps agencies apart: another agency’s officer gets 403 on the editor and cannot save a version', async () => {
    const c = await t.asUser('wt-officer@prongsai.test')
    const { id } = await publishedService(t, c, 'wiang-thong', { name_th: 'หนังสือรับรองการมีถิ่นที่อยู่' })
    const other = await t.asUser('nb-officer@prongsai.test')
    expect((await other.get(`/staff/services/${id}`)).statusCode).toBe(403)
    await other.get('/staff/services')
    const res = await other.post(`/staff/services/${id}`, { action: 'save', ...manualForm({ name_th: 'ถูกแก้' }) })
    expect(res.statusCode).toBe(403)
    const versions = await t.db.selectFrom('service_versions').select('name_th').where('service_id', '=', id).execute()
    expect(versions.map((v) => v.name_th)).toEqual(['หนังสือรับรองการมีถิ่นที่อยู่'])
    // Nong Bua's public list does not show Wiang Thong's services.
    expect((await t.client().get('/o/nong-bua/services')).body).not.toContain('หนังสือรับรองการมีถิ่นที่อยู่')
    // A citizen cannot open the staff pages.
    const anonymous = await t.client().get(`/staff/services/${id}`)
    expect(anonymous.statusCode).toBe(303)
    expect(String(anonymous.headers.location)).toContain('sign-in')
  })
})

describe('officer work-standard manuals', () => {
  function multipart(fields: Record<string, string>) {
    const boundary = `----prongsai-${Math.random().toString(16).slice(2)}`
    const parts = Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
    parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="manual_file"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n--${boundary}--\r\n`)
    return { payload: Buffer.from(parts.join('')), contentType: `multipart/form-data; boundary=${boundary}` }
  }
  async function post(email: string, pageUrl: string, url: string, fields: Record<string, string>) {
    const c = await t.asUser(email)
    const page = await c.get(pageUrl)
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? ''
    const { payload, contentType } = multipart({ _csrf: csrf, ...fields })
    return t.app.inject({ method: 'POST', url, headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': contentType }, payload })
  }

  it('saves structured fields, refuses an empty manual with 422, publishes, and keeps other agencies out', async () => {
    const orgId = await t.orgId('wiang-thong')
    const empty = await post('wt-officer@prongsai.test', '/staff/work-standards/new?org=wiang-thong', '/staff/work-standards/new', { organisation_id: orgId, title: 'การรับชำระภาษีป้าย' })
    expect(empty.statusCode).toBe(422)
    expect(empty.body).toContain('หรืออัปโหลดไฟล์ PDF')
    expect(empty.body).toContain('value="การรับชำระภาษีป้าย"')
    const saved = await post('wt-officer@prongsai.test', '/staff/work-standards/new?org=wiang-thong', '/staff/work-standards/new', { organisation_id: orgId, title: 'การรับชำระภาษีป้าย', purpose: 'ให้การรับชำระภาษีเป็นมาตรฐานเดียวกัน', steps: '1. ตรวจสอบแบบ ภ.ป.๑ (ภายใน 15 นาที)', published: 'yes' })
    expect(saved.statusCode).toBe(303)
    const pub = await t.client().get('/o/wiang-thong/work-standards')
    expect(pub.statusCode).toBe(200)
    expect(pub.body).toContain('ให้การรับชำระภาษีเป็นมาตรฐานเดียวกัน')
    const id = (await t.db.selectFrom('work_standards').select('id').where('title', '=', 'การรับชำระภาษีป้าย').executeTakeFirstOrThrow()).id
    expect((await (await t.asUser('nb-officer@prongsai.test')).get(`/staff/work-standards/${id}`)).statusCode).toBe(403)
  })
})
