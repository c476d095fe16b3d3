import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { createItem, csrfOf, editFields, editItem, itemFields, PDF, publish, submitMultipart } from './portal-support.ts'

/**
 * The agency portal: officers publish items that citizens read at a permanent address; every save
 * is a version kept for good, and the public pages change the moment the content does.
 */
let t: TestApp
let filesDir: string
let officerId: string
beforeAll(async () => {
  filesDir = mkdtempSync(join(tmpdir(), 'prongsai-portal-files-'))
  t = await createTestApp({ env: { FILES_DIR: filesDir } })
  officerId = await t.userId('wt-officer@prongsai.test')
})
afterAll(async () => {
  await t.close()
  rmSync(filesDir, { recursive: true, force: true })
})

const versionsOf = async (id: string) => t.db.selectFrom('portal_item_versions').selectAll().where('item_id', '=', id).orderBy('version').execute()
const auditOf = async (id: string) => t.db.selectFrom('audit_events').selectAll().where('entity_id', '=', id).orderBy('seq').execute()

describe('an officer keeps the portal and citizens read it', () => {
  it('creates an item that stays private until published, then is readable at its permanent address', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    const { id, key } = await createItem(t, officer, 'wiang-thong', {
      section: 'news',
      title_th: 'ประกาศรับสมัครอาสาสมัครป้องกันภัย',
      body: 'เทศบาลรับสมัครอาสาสมัคร\n\nสมัครได้ที่สำนักปลัด',
      fiscal_year: '2570',
      responsible_user_id: officerId,
    })
    expect(key).toBe('news-1')
    const staffPage = await officer.get(`/staff/portal/items/${id}`)
    expect(staffPage.statusCode).toBe(200)
    expect(staffPage.body).toContain('ยังไม่เผยแพร่')
    expect(staffPage.body).toContain('/o/wiang-thong/p/news-1')

    const citizen = t.client()
    expect((await citizen.get('/o/wiang-thong/p/news-1')).statusCode).toBe(404)
    expect((await citizen.get('/o/wiang-thong/portal')).body).not.toContain('ประกาศรับสมัครอาสาสมัครป้องกันภัย')

    expect((await publish(officer, id)).statusCode).toBe(303)
    const page = await citizen.get('/o/wiang-thong/p/news-1')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('<h1 class="heading-xl">ประกาศรับสมัครอาสาสมัครป้องกันภัย</h1>')
    // Plain text became paragraphs.
    expect(page.body).toContain('<p>เทศบาลรับสมัครอาสาสมัคร</p>')
    expect(page.body).toContain('<p>สมัครได้ที่สำนักปลัด</p>')
    expect(page.body).toContain('ปีงบประมาณ พ.ศ. 2570')
    expect(page.body).toContain('นางสาวสมใจ ใจดี (เจ้าพนักงานธุรการ)')
    expect(page.body).toContain('http://localhost:3000/o/wiang-thong/p/news-1')
    const index = await citizen.get('/o/wiang-thong/portal')
    expect(index.body).toContain('href="/o/wiang-thong/p/news-1"')
    expect(index.body).toContain('ปีงบประมาณ พ.ศ. 2570')

    const english = await citizen.get('/o/wiang-thong/p/news-1', { cookie: 'lang=en' })
    expect(english.body).toContain('Fiscal year 2570 (2026–27)')
    expect(english.body).toContain('Permanent address')
    expect((await citizen.get('/o/wiang-thong/portal', { cookie: 'lang=en' })).body).toContain('<h1 class="heading-xl">Public disclosures</h1>')
    expect((await citizen.get('/o/wiang-thong/portal/news')).body).toContain('href="/o/wiang-thong/p/news-1"')
    expect((await citizen.get('/o/wiang-thong/portal/no-such-section')).statusCode).toBe(404)

    const actions = (await auditOf(id)).map((e) => e.action)
    expect(actions).toEqual(['portal.item_created', 'portal.item_published'])
    const created = (await auditOf(id))[0]!
    expect(created.summary).toMatchObject({ before: null, after: { item_key: 'news-1', version: 1, title_th: 'ประกาศรับสมัครอาสาสมัครป้องกันภัย', fiscal_year: 2570, responsible_user_id: officerId } })
  })

  it('keeps every version, and the address never changes when the title does', async () => {
    const officer = await t.asUser('wt-ita@prongsai.test')
    const { id, key } = await createItem(t, officer, 'wiang-thong', { section: 'plans', title_th: 'แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570)', body: 'ฉบับแรก', fiscal_year: '2570', responsible_user_id: officerId })
    await publish(officer, id)
    expect(key).toBe('plans-1')
    const edited = await editItem(t, officer, id, { title_th: 'แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570) เพิ่มเติม ฉบับที่ 1', body: 'ฉบับแก้ไข' })
    expect(edited.statusCode).toBe(303)

    const versions = await versionsOf(id)
    expect(versions.map((v) => [v.version, v.title_th])).toEqual([
      [1, 'แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570)'],
      [2, 'แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570) เพิ่มเติม ฉบับที่ 1'],
    ])
    const row = await t.db.selectFrom('portal_items').select(['item_key', 'current_version']).where('id', '=', id).executeTakeFirstOrThrow()
    expect(row).toEqual({ item_key: 'plans-1', current_version: 2 })

    const citizen = t.client()
    const current = await citizen.get('/o/wiang-thong/p/plans-1')
    expect(current.body).toContain('เพิ่มเติม ฉบับที่ 1')
    expect(current.body).toContain('ฉบับแก้ไข')
    expect(current.body).toContain('href="/o/wiang-thong/p/plans-1/v/1"')
    const first = await citizen.get('/o/wiang-thong/p/plans-1/v/1')
    expect(first.statusCode).toBe(200)
    expect(first.body).toContain('<h1 class="heading-xl">แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570)</h1>')
    expect(first.body).toContain('ฉบับแรก')
    expect(first.body).toContain('ฉบับก่อนหน้า')
    expect((await citizen.get('/o/wiang-thong/p/plans-1/v/3')).statusCode).toBe(404)
    expect((await citizen.get('/o/wiang-thong/p/plans-1/v/0')).statusCode).toBe(404)

    // Staff see the history and any version.
    const history = await officer.get(`/staff/portal/items/${id}`)
    expect(history.body).toContain(`href="/staff/portal/items/${id}/versions/1"`)
    const staffV1 = await officer.get(`/staff/portal/items/${id}/versions/1`)
    expect(staffV1.statusCode).toBe(200)
    expect(staffV1.body).toContain('ฉบับแรก')

    const edit = (await auditOf(id)).find((e) => e.action === 'portal.item_edited')!
    expect(edit.summary).toMatchObject({ before: { version: 1, title_th: 'แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570)' }, after: { version: 2, title_th: 'แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570) เพิ่มเติม ฉบับที่ 1' } })

    // History cannot be rewritten, even by the application's own database role.
    await expect(t.db.deleteFrom('portal_item_versions').where('item_id', '=', id).execute()).rejects.toThrow(/append-only/)
  })

  it('never gives a key twice: numbers run per section', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    const a = await createItem(t, officer, 'wiang-thong', { section: 'news', title_th: 'ข่าวที่สอง', body: 'x', fiscal_year: '2570', responsible_user_id: officerId })
    const b = await createItem(t, officer, 'wiang-thong', { section: 'authority', title_th: 'อำนาจหน้าที่', body: 'ตามพระราชบัญญัติเทศบาล', responsible_user_id: officerId })
    const c = await createItem(t, await t.asUser('nb-officer@prongsai.test'), 'nong-bua', { section: 'news', title_th: 'ข่าวหนองบัว', body: 'x', fiscal_year: '2570', responsible_user_id: await t.userId('nb-officer@prongsai.test') })
    expect([a.key, b.key, c.key]).toEqual(['news-2', 'authority-1', 'news-1'])
  })

  it('shows an edit to the public on the very next request, though the page was cached', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    const { id } = await createItem(t, officer, 'wiang-thong', { section: 'contact', title_th: 'ช่องทางติดต่อ', body: 'โทร 0 9912 0099', responsible_user_id: officerId })
    await publish(officer, id)
    const citizen = t.client()
    const url = '/o/wiang-thong/p/contact-1'
    await citizen.get(url)
    expect((await citizen.get(url)).headers['x-page-cache']).toBe('hit')
    await citizen.get('/o/wiang-thong/portal')
    expect((await citizen.get('/o/wiang-thong/portal')).headers['x-page-cache']).toBe('hit')

    expect((await editItem(t, officer, id, { title_th: 'ช่องทางติดต่อและสอบถาม', body: 'โทร 0 9912 0100' })).statusCode).toBe(303)
    const after = await citizen.get(url)
    expect(after.headers['x-page-cache']).toBe('miss')
    expect(after.body).toContain('โทร 0 9912 0100')
    const index = await citizen.get('/o/wiang-thong/portal')
    expect(index.headers['x-page-cache']).toBe('miss')
    expect(index.body).toContain('ช่องทางติดต่อและสอบถาม')

    // Unpublishing takes the page away at once, but the officer can still edit it.
    await publish(officer, id, false)
    expect((await citizen.get(url)).statusCode).toBe(404)
    expect((await citizen.get(`${url}/v/1`)).statusCode).toBe(404)
    expect((await citizen.get('/o/wiang-thong/portal')).body).not.toContain('ช่องทางติดต่อและสอบถาม')
    expect((await officer.get(`/staff/portal/items/${id}/edit`)).statusCode).toBe(200)
    expect((await editItem(t, officer, id, { body: 'โทร 0 9912 0101' })).statusCode).toBe(303)
    expect((await auditOf(id)).map((e) => e.action)).toEqual(['portal.item_created', 'portal.item_published', 'portal.item_edited', 'portal.item_unpublished', 'portal.item_edited'])
  })
})

describe('rich text', () => {
  it('drops scripts, event handlers and javascript: links, and keeps tables, lists and safe links', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    const body = [
      '<h1>ผลการใช้จ่ายงบประมาณ</h1>',
      '<p style="color:red" onclick="steal()">ไตรมาสที่ 1 <script>alert(1)</script><img src=x onerror="alert(2)"></p>',
      '<table border="1"><thead><tr><th>รายการ</th><th>บาท</th></tr></thead><tbody><tr><td>ครุภัณฑ์</td><td>120,000</td></tr></tbody></table>',
      '<ul><li><a href="javascript:alert(3)">กดที่นี่</a></li><li><a href="https://www.gprocurement.go.th/" target="_blank" onmouseover="x()">e-GP</a></li></ul>',
      '<iframe src="https://evil.test"></iframe><style>body{display:none}</style>',
    ].join('\n')
    const { id } = await createItem(t, officer, 'wiang-thong', { section: 'budget', title_th: 'ผลการใช้จ่ายงบประมาณ ไตรมาส 1', body, fiscal_year: '2570', responsible_user_id: officerId })
    const [v] = await versionsOf(id)
    expect(v!.body_source).toBe(body)
    const html = v!.body_html
    for (const bad of ['<script', 'alert(', 'onerror', 'onclick', 'onmouseover', 'javascript:', 'style', '<iframe', '<img', 'target=', 'border=']) expect(html).not.toContain(bad)
    expect(html).toContain('<h2>ผลการใช้จ่ายงบประมาณ</h2>')
    expect(html).toContain('<table><thead><tr><th>รายการ</th><th>บาท</th></tr></thead><tbody><tr><td>ครุภัณฑ์</td><td>120,000</td></tr></tbody></table>')
    expect(html).toContain('<a href="https://www.gprocurement.go.th/" rel="noopener nofollow">e-GP</a>')
    expect(html).toContain('<a>กดที่นี่</a>')

    await publish(officer, id)
    const page = await t.client().get('/o/wiang-thong/p/budget-1')
    expect(page.body).toContain('<td>ครุภัณฑ์</td>')
    expect(page.body).toContain('role="region" aria-label="ตาราง"><table class="table">')
    expect(page.body).not.toContain('alert(')
    // The editor shows what the officer typed, escaped, not the cleaned HTML.
    const form = await officer.get(`/staff/portal/items/${id}/edit`)
    expect(form.body).toContain('&lt;script>alert(1)&lt;/script>')
  })
})

describe('the form', () => {
  it('comes back with every value and the uploaded file when something is wrong, and saves them once corrected', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    const orgId = await t.orgId('wiang-thong')
    const fields = itemFields(orgId, {
      section: 'procurement-plan',
      title_th: '',
      body: 'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2570',
      fiscal_year: '2570',
      responsible_user_id: officerId,
      links: [{ label: 'ระบบ e-GP', url: 'ftp://egp.test' }],
    })
    const rejected = await submitMultipart(t, officer, '/staff/portal/new?org=wiang-thong&section=procurement-plan', '/staff/portal/new', fields, [{ field: 'file1', name: 'แผนจัดซื้อ 2570.pdf', type: 'application/pdf', bytes: PDF }])
    expect(rejected.statusCode).toBe(422)
    expect(rejected.body).toContain('กรอกชื่อเรื่องภาษาไทย')
    expect(rejected.body).toContain('ที่อยู่ลิงก์ต้องขึ้นต้นด้วย https:// หรือ http://')
    expect(rejected.body).toContain('แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2570</textarea>')
    expect(rejected.body).toContain('value="ftp://egp.test"')
    expect(rejected.body).toContain('value="ระบบ e-GP"')
    expect(rejected.body).toContain('แผนจัดซื้อ 2570.pdf')
    const pending = /name="pending" value="([^"]+)"/.exec(rejected.body)?.[1]
    expect(pending).toBeDefined()
    expect(await t.db.selectFrom('portal_items').select('id').where('section', '=', 'procurement-plan').execute()).toEqual([])

    const saved = await submitMultipart(t, officer, null, '/staff/portal/new', { ...fields, title_th: 'แผนการจัดซื้อจัดจ้าง ประจำปี 2570', link_url_1: 'https://egp.test/plan', pending: pending! }, [], csrfOf(rejected.body))
    expect(saved.statusCode).toBe(303)
    const id = /items\/(.+)$/.exec(String(saved.headers.location))![1]!
    const files = await t.db.selectFrom('portal_version_files as pf').innerJoin('files as f', 'f.id', 'pf.file_id').select(['f.original_name', 'f.purpose', 'f.organisation_id']).where('pf.item_id', '=', id).execute()
    expect(files).toEqual([{ original_name: 'แผนจัดซื้อ 2570.pdf', purpose: 'portal_attachment', organisation_id: orgId }])
    const [v] = await versionsOf(id)
    expect(v!.links).toEqual([{ label: 'ระบบ e-GP', url: 'https://egp.test/plan' }])

    // The file is the public's only once the item is published.
    const fileId = (await t.db.selectFrom('portal_version_files').select('file_id').where('item_id', '=', id).executeTakeFirstOrThrow()).file_id
    const fileUrl = `/o/wiang-thong/p/procurement-plan-1/files/${fileId}`
    expect((await t.client().get(fileUrl)).statusCode).toBe(404)
    await publish(officer, id)
    const download = await t.client().get(fileUrl)
    expect(download.statusCode).toBe(200)
    expect(download.headers['content-type']).toBe('application/pdf')
    expect(download.rawPayload.equals(PDF)).toBe(true)
    // Removing the file in a new version keeps it reachable through the version that had it.
    expect((await editItem(t, officer, id, { remove_file: fileId })).statusCode).toBe(303)
    expect((await t.client().get('/o/wiang-thong/p/procurement-plan-1')).body).not.toContain(fileId)
    expect((await t.client().get('/o/wiang-thong/p/procurement-plan-1/v/1')).body).toContain(fileUrl)
    expect((await t.client().get(fileUrl)).statusCode).toBe(200)
  })

  it('takes several files at once, refuses a file that is not a document, and removes several at once', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    const orgId = await t.orgId('wiang-thong')
    const fields = itemFields(orgId, { section: 'officer-manuals', title_th: 'คู่มือการปฏิบัติงาน', body: 'คู่มือ', responsible_user_id: officerId })
    const page = '/staff/portal/new?org=wiang-thong'
    const refused = await submitMultipart(t, officer, page, '/staff/portal/new', fields, [
      { field: 'file1', name: 'คู่มือ.pdf', type: 'application/pdf', bytes: PDF },
      { field: 'file2', name: 'page.pdf', type: 'application/pdf', bytes: Buffer.from('<html><script>alert(1)</script></html>') },
    ])
    expect(refused.statusCode).toBe(422)
    expect(refused.body).toContain('href="#file2"')
    expect(refused.body).toContain('คู่มือ.pdf')
    const pending = /name="pending" value="([^"]+)"/.exec(refused.body)![1]!
    const saved = await submitMultipart(t, officer, null, '/staff/portal/new', { ...fields, pending }, [{ field: 'file3', name: 'ภาคผนวก.pdf', type: 'application/pdf', bytes: Buffer.concat([PDF, Buffer.from('%appendix\n')]) }], csrfOf(refused.body))
    expect(saved.statusCode).toBe(303)
    const id = /items\/(.+)$/.exec(String(saved.headers.location))![1]!
    const fileIds = (await t.db.selectFrom('portal_version_files').select('file_id').where('item_id', '=', id).orderBy('position').execute()).map((r) => r.file_id)
    expect(fileIds).toHaveLength(2)
    expect((await t.db.selectFrom('files').select('original_name').where('id', 'in', fileIds).execute()).map((f) => f.original_name).sort()).toEqual(['คู่มือ.pdf', 'ภาคผนวก.pdf'])
    expect((await editItem(t, officer, id, { remove_file: fileIds })).statusCode).toBe(303)
    const v2 = await t.db.selectFrom('portal_version_files').select('file_id').where('item_id', '=', id).where('version', '=', 2).execute()
    expect(v2).toEqual([])
  })

  it('asks for a fiscal year in yearly sections, a responsible person from the agency, and some content', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    const orgId = await t.orgId('wiang-thong')
    const outsider = await t.userId('nb-officer@prongsai.test')
    const res = await submitMultipart(t, officer, '/staff/portal/new?org=wiang-thong', '/staff/portal/new', itemFields(orgId, { section: 'reports', title_th: 'รายงานผลการดำเนินงาน', responsible_user_id: outsider }))
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('เลือกปีงบประมาณของข้อมูลนี้')
    expect(res.body).toContain('ผู้รับผิดชอบต้องเป็นบุคลากรของหน่วยงานนี้')
    expect(res.body).toContain('ใส่เนื้อหา แนบไฟล์ หรือใส่ลิงก์อย่างน้อยหนึ่งอย่าง')
  })

  it('warns when someone else saved a newer version meanwhile, and lets a second save go through', async () => {
    const a = await t.asUser('wt-officer@prongsai.test')
    const b = await t.asUser('wt-ita@prongsai.test')
    const { id } = await createItem(t, a, 'wiang-thong', { section: 'laws', title_th: 'พระราชบัญญัติเทศบาล', body: 'ฉบับ 1', responsible_user_id: officerId })
    const stale = await editFields(t, id, { body: 'ฉบับของ ก' })
    expect((await editItem(t, b, id, { body: 'ฉบับของ ข' })).statusCode).toBe(303)
    const clash = await submitMultipart(t, a, `/staff/portal/items/${id}/edit`, `/staff/portal/items/${id}/edit`, stale)
    expect(clash.statusCode).toBe(422)
    expect(clash.body).toContain('มีผู้บันทึกฉบับที่ 2 ระหว่างที่คุณแก้ไข')
    expect(clash.body).toContain('name="based_on_version" value="2"')
    expect(clash.body).toContain('ฉบับของ ก</textarea>')
    const again = await submitMultipart(t, a, null, `/staff/portal/items/${id}/edit`, { ...stale, based_on_version: '2' }, [], csrfOf(clash.body))
    expect(again.statusCode).toBe(303)
    expect((await versionsOf(id)).map((v) => v.body_source)).toEqual(['ฉบับ 1', 'ฉบับของ ข', 'ฉบับของ ก'])
  })
})

describe('who may do what', () => {
  it('lets the agency’s officer, ITA coordinator, administrator and head in, and no one else', async () => {
    const { id } = await createItem(t, await t.asUser('wt-officer@prongsai.test'), 'wiang-thong', { section: 'ethics', title_th: 'ประมวลจริยธรรม', body: 'x', responsible_user_id: officerId })
    for (const email of ['wt-officer@prongsai.test', 'wt-ita@prongsai.test', 'wt-admin@prongsai.test', 'wt-head@prongsai.test', 'province-admin@prongsai.test', 'admin@prongsai.test']) {
      const c = await t.asUser(email)
      expect((await c.get(`/staff/portal/items/${id}/edit`)).statusCode, email).toBe(200)
    }
    for (const email of ['nb-officer@prongsai.test', 'wt-complaints@prongsai.test', 'wt-procurement@prongsai.test', 'committee@prongsai.test', 'oversight@prongsai.test']) {
      const c = await t.asUser(email)
      expect((await c.get(`/staff/portal/items/${id}`)).statusCode, email).toBe(403)
      expect((await c.get(`/staff/portal/items/${id}/edit`)).statusCode, email).toBe(403)
      expect((await c.get('/staff/portal?org=wiang-thong')).statusCode, email).toBe(403)
    }
  })

  it('refuses another agency’s officer who posts an edit, a new item or a publication, and stores nothing', async () => {
    const { id } = await createItem(t, await t.asUser('wt-officer@prongsai.test'), 'wiang-thong', { section: 'hr', title_th: 'นโยบายบริหารทรัพยากรบุคคล', body: 'x', fiscal_year: '2570', responsible_user_id: officerId })
    const nb = await t.asUser('nb-officer@prongsai.test')
    const token = csrfOf((await nb.get('/staff/portal')).body)!
    const fields = await editFields(t, id, { title_th: 'ถูกแก้โดยคนนอก' })
    const filesBefore = await t.db.selectFrom('files').select('id').execute()
    expect((await submitMultipart(t, nb, null, `/staff/portal/items/${id}/edit`, fields, [{ field: 'file1', name: 'x.pdf', type: 'application/pdf', bytes: PDF }], token)).statusCode).toBe(403)
    expect((await submitMultipart(t, nb, null, '/staff/portal/new', itemFields(await t.orgId('wiang-thong'), { section: 'news', title_th: 'ข่าวปลอม', body: 'x', fiscal_year: '2570', responsible_user_id: officerId }), [], token)).statusCode).toBe(403)
    expect((await nb.post(`/staff/portal/items/${id}/publication`, { publish: 'yes' }, { csrf: token })).statusCode).toBe(403)
    expect(await versionsOf(id)).toHaveLength(1)
    expect(await t.db.selectFrom('files').select('id').execute()).toEqual(filesBefore)
    expect((await t.db.selectFrom('portal_items').select('published').where('id', '=', id).executeTakeFirstOrThrow()).published).toBe(false)
  })

  it('sends a citizen who opens a staff page to sign in', async () => {
    const res = await t.client().get('/staff/portal')
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/sign-in?next=%2Fstaff%2Fportal')
    expect((await t.client().get('/staff/portal/new?org=wiang-thong')).statusCode).toBe(303)
  })
})

describe('the staff list', () => {
  it('shows every item by section with status, fiscal year, responsible person and last update, and flags stale ones', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    await createItem(t, officer, 'wiang-thong', { section: 'participation', title_th: 'ผลการมีส่วนร่วม ปี 2568', body: 'x', fiscal_year: '2568', responsible_user_id: officerId })
    const page = await officer.get('/staff/portal')
    expect(page.statusCode).toBe(200)
    const row = /<tr>(?:(?!<\/tr>).)*ผลการมีส่วนร่วม ปี 2568(?:(?!<\/tr>).)*<\/tr>/s.exec(page.body)?.[0] ?? ''
    expect(row).toContain('ยังไม่เผยแพร่')
    expect(row).toContain('ไม่เป็นปัจจุบัน')
    expect(row).toContain('2568')
    expect(row).toContain('นางสาวสมใจ ใจดี')
    expect(row).toContain('/o/wiang-thong/p/participation-1')
    // A current one is not flagged.
    const current = /<tr>(?:(?!<\/tr>).)*ประกาศรับสมัครอาสาสมัครป้องกันภัย(?:(?!<\/tr>).)*<\/tr>/s.exec(page.body)?.[0] ?? ''
    expect(current).toContain('เผยแพร่แล้ว')
    expect(current).not.toContain('ไม่เป็นปัจจุบัน')
  })
})
