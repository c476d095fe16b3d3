import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoBudget } from '../../src/features/budget/index.ts'
import type { FileService } from '../../src/platform/files/index.ts'
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts'
import { submitMultipart } from './portal-support.ts'

/**
 * The budget spending plan (C1): officers edit a year's plan as a table (or import it), every
 * save is a version, publication puts it at a stable public address with open data, and other
 * agencies' staff cannot touch it. The clock stands at 22 November 2026: fiscal year 2570 has
 * begun (quarter 1), 2569 is over.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t.close()
})

const EDITOR = '/staff/budget/wiang-thong/2569'
const PUBLIC = '/o/wiang-thong/budget/2569'
const plainText = (res: { body: string }) => res.body.replace(/<wbr>/g, '').replace(/<span class="tw">([^<]*)<\/span>/g, '$1').replace(/<[^>]+>/g, ' ').replace(/&#34;/g, '"').replace(/\s+/g, ' ')

type Row = Partial<Record<'name' | 'category' | 'allocated' | 'planned_q1' | 'planned_q2' | 'planned_q3' | 'planned_q4' | 'actual_q1' | 'actual_q2' | 'actual_q3' | 'actual_q4', string>>

function planForm(rows: Row[], extra: Record<string, string> = {}): Record<string, string> {
  const form: Record<string, string> = { line_count: String(rows.length), responsible: 'นางสาวกานดา ศรีสุข ผู้อำนวยการกองคลัง', notes: '', based_on_version: '0', action: 'save', ...extra }
  rows.forEach((r, i) => {
    for (const [k, v] of Object.entries(r)) form[`l${i + 1}_${k}`] = v
  })
  return form
}

const ROADS: Row = { name: 'ก่อสร้างถนน คสล. หมู่ที่ 3', category: 'งบลงทุน', allocated: '1,250,000.50', planned_q1: '250,000', planned_q2: '500,000', planned_q3: '500,000.50', actual_q1: '240,000', actual_q2: '410,000.25' }
const SCHOOL: Row = { name: 'แผนงานการศึกษา', allocated: '750,000', planned_q1: '187,500', planned_q2: '187,500', planned_q3: '187,500', planned_q4: '187,500', actual_q1: '180,000', actual_q2: '0' }

const versionsOf = async (fy: number) =>
  t.db
    .selectFrom('budget_plan_versions as v')
    .innerJoin('budget_plans as p', 'p.id', 'v.plan_id')
    .select(['v.version', 'v.source'])
    .where('p.fiscal_year', '=', fy)
    .orderBy('v.version')
    .execute()

let officer: Client

describe('editing a year’s plan', () => {
  beforeAll(async () => {
    officer = await t.asUser('wt-officer@prongsai.test')
  })

  it('opens a year from the staff page’s picker, with empty rows to fill in', async () => {
    const home = await officer.get('/staff/budget')
    expect(home.statusCode).toBe(200)
    expect(plainText(home)).toContain('ยังไม่มีแผนการใช้จ่ายงบประมาณ')
    const picked = await officer.get('/staff/budget?org=wiang-thong&year=2569')
    expect(picked.statusCode).toBe(303)
    expect(picked.headers.location).toBe(EDITOR)
    const editor = await officer.get(EDITOR)
    expect(editor.statusCode).toBe(200)
    expect(editor.body).toContain('name="line_count" value="3"')
    expect(editor.body).toContain('id="l3_allocated"')
  })

  it('adds empty rows without saving, keeping what was typed', async () => {
    await officer.get(EDITOR)
    const res = await officer.post(EDITOR, planForm([ROADS, {}, {}], { action: 'add_rows' }))
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('name="line_count" value="8"')
    expect(res.body).toContain('value="ก่อสร้างถนน คสล. หมู่ที่ 3"')
    expect(res.body).toContain('id="l8_name"')
    expect(await versionsOf(2569)).toEqual([])
  })

  it('refuses wrong amounts with 422, every problem in Thai by row, keeping the typed values; nothing is saved', async () => {
    await officer.get(EDITOR)
    const res = await officer.post(EDITOR, planForm([ROADS, { name: 'ซ่อมแซมอาคาร', allocated: '-5' }, { name: 'จัดซื้อครุภัณฑ์', allocated: '100', planned_q1: '80', planned_q2: '30', actual_q1: '12.345' }], { responsible: '' }))
    expect(res.statusCode).toBe(422)
    const text = plainText(res)
    expect(text).toContain('มีข้อผิดพลาด')
    expect(res.body).toContain('href="#l2_allocated"')
    expect(text).toContain('จำนวนเงินต้องไม่ติดลบ')
    expect(text).toContain('แผนการใช้จ่ายรวม 4 ไตรมาส (110.00 บาท) เกินงบประมาณที่ได้รับ (100.00 บาท)')
    expect(text).toContain('จำนวนเงินมีทศนิยมได้ไม่เกินสองตำแหน่ง (สตางค์)')
    expect(text).toContain('กรอกชื่อและตำแหน่งผู้รับผิดชอบข้อมูล')
    // Typed values come back as typed.
    expect(res.body).toContain('id="l2_allocated" name="l2_allocated" type="text" value="-5"')
    expect(res.body).toContain('value="12.345"')
    expect(res.body).toContain('aria-invalid="true"')
    expect(await versionsOf(2569)).toEqual([])
  })

  it('refuses actual spending for a quarter that has not begun', async () => {
    const editor = '/staff/budget/wiang-thong/2570'
    await officer.get(editor)
    const res = await officer.post(editor, planForm([{ name: 'แผนงานการศึกษา', allocated: '1000', actual_q1: '10', actual_q2: '10' }]))
    expect(res.statusCode).toBe(422)
    expect(plainText(res)).toContain('ไตรมาส 2 ของปีงบประมาณ 2570 ยังไม่เริ่ม จึงยังไม่มีผลการใช้จ่าย')
    expect(res.body).not.toContain('ไตรมาส 1 ของปีงบประมาณ 2570 ยังไม่เริ่ม')
  })

  it('saves the plan as version 1, with an audit event carrying its totals', async () => {
    await officer.get(EDITOR)
    const res = await officer.post(EDITOR, planForm([ROADS, SCHOOL, {}]))
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe(EDITOR)
    expect(await versionsOf(2569)).toEqual([{ version: 1, source: 'form' }])
    const lines = await t.db.selectFrom('budget_plan_lines').select(['position', 'allocated_satang', 'planned_q3_satang', 'actual_q2_satang', 'actual_q3_satang']).orderBy('position').execute()
    expect(lines).toEqual([
      { position: 1, allocated_satang: 125_000_050, planned_q3_satang: 50_000_050, actual_q2_satang: 41_000_025, actual_q3_satang: null },
      { position: 2, allocated_satang: 75_000_000, planned_q3_satang: 18_750_000, actual_q2_satang: 0, actual_q3_satang: null },
    ])
    const audit = await t.db.selectFrom('audit_events').select(['action', 'summary', 'actor_label']).where('action', 'like', 'budget.%').execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]!.action).toBe('budget.plan_saved')
    expect(audit[0]!.summary).toMatchObject({ before: null, after: { fiscal_year: 2569, version: 1, lines: 2, allocated: '2000000.50', actual: '830000.25', published: false } })
    const page = await officer.get(EDITOR)
    expect(page.body).toContain('value="1,250,000.50"')
    expect(page.body).toContain('name="based_on_version" id="based_on_version" value="1"')
  })
})

describe('publication and the public page', () => {
  it('is "not published yet" (404, Thai and English) until published', async () => {
    const anon = t.client()
    const res = await anon.get(PUBLIC)
    expect(res.statusCode).toBe(404)
    expect(plainText(res)).toContain('หน่วยงานยังไม่ได้เผยแพร่แผนการใช้จ่ายงบประมาณของปีงบประมาณ 2569')
    const en = await anon.get(PUBLIC, { cookie: 'lang=en' })
    expect(en.statusCode).toBe(404)
    expect(plainText(en)).toContain('The agency has not published its spending plan for fiscal year 2569 yet.')
    expect((await anon.get('/o/wiang-thong/budget')).statusCode).toBe(404)
    expect((await anon.get('/o/wiang-thong/budget/2569/budget.csv')).statusCode).toBe(404)
    expect((await anon.get('/api/v1/organisations/wiang-thong/budget/2569')).statusCode).toBe(404)
  })

  it('publishes: the stable address shows the table with totals, % spent and the infographic', async () => {
    await officer.get(EDITOR)
    const res = await officer.post(`${EDITOR}/publication`, { publish: 'yes' })
    expect(res.statusCode).toBe(303)
    const anon = t.client()
    const newest = await anon.get('/o/wiang-thong/budget')
    expect(newest.statusCode).toBe(303)
    expect(newest.headers.location).toBe(PUBLIC)
    const page = await anon.get(PUBLIC)
    expect(page.statusCode).toBe(200)
    const text = plainText(page)
    expect(text).toContain('แผนการใช้จ่ายงบประมาณและผลการใช้จ่าย ประจำปีงบประมาณ พ.ศ. 2569')
    expect(text).toContain('งบประมาณที่ได้รับทั้งสิ้น 2,000,000.50 บาท')
    // 830,000.25 of 2,000,000.50 is 41.50%.
    expect(text).toContain('830,000.25 บาท (41.50% ของงบประมาณ)')
    expect(text).toContain('รวมทั้งสิ้น 2,000,000.50 2,000,000.50 420,000.00 410,000.25 – – 830,000.25 41.50%')
    expect(text).toContain('ก่อสร้างถนน คสล. หมู่ที่ 3')
    expect(text).toContain('รายงานผลการใช้จ่ายถึง ไตรมาสที่ 2')
    expect(page.body).toContain('<svg')
    expect(page.body).toContain('id="budget-quarters-caption"')
    expect(page.body).toContain('id="budget-share-caption"')
    expect(page.body).not.toContain('<script')
    const audit = await t.db.selectFrom('audit_events').select('action').where('action', '=', 'budget.plan_published').execute()
    expect(audit).toHaveLength(1)
  })

  it('shows an edit at once through the page cache, and keeps the earlier version at /v/1', async () => {
    const anon = t.client()
    await anon.get(PUBLIC)
    const cached = await anon.get(PUBLIC)
    expect(cached.headers['x-page-cache']).toBe('hit')
    await officer.get(EDITOR)
    const saved = await officer.post(EDITOR, planForm([{ ...ROADS, actual_q3: '300,000' }, SCHOOL], { based_on_version: '1' }))
    expect(saved.statusCode).toBe(303)
    const fresh = await anon.get(PUBLIC)
    expect(fresh.headers['x-page-cache']).toBe('miss')
    expect(plainText(fresh)).toContain('1,130,000.25 บาท (56.50% ของงบประมาณ)')
    expect(plainText(fresh)).toContain('ฉบับที่ 1')
    const v1 = await anon.get(`${PUBLIC}/v/1`)
    expect(v1.statusCode).toBe(200)
    expect(plainText(v1)).toContain('นี่คือฉบับที่ 1 ซึ่งมีการปรับปรุงแล้ว ฉบับปัจจุบันคือฉบับที่ 2')
    expect(plainText(v1)).toContain('830,000.25 บาท (41.50% ของงบประมาณ)')
    expect((await anon.get(`${PUBLIC}/v/3`)).statusCode).toBe(404)
    expect(await versionsOf(2569)).toEqual([
      { version: 1, source: 'form' },
      { version: 2, source: 'form' },
    ])
    // History cannot be rewritten, even by the application.
    await expect(t.db.deleteFrom('budget_plan_lines').where('version', '=', 1).execute()).rejects.toThrow(/append-only/)
  })

  it('refuses a save based on a version someone else has since replaced, keeping the typed values', async () => {
    await officer.get(EDITOR)
    const res = await officer.post(EDITOR, planForm([{ ...SCHOOL, name: 'แผนงานการศึกษา (แก้ไข)' }], { based_on_version: '1' }))
    expect(res.statusCode).toBe(422)
    expect(plainText(res)).toContain('มีผู้บันทึกฉบับที่ 2 ระหว่างที่ท่านแก้ไข')
    expect(res.body).toContain('value="แผนงานการศึกษา (แก้ไข)"')
    expect(res.body).toContain('name="based_on_version" id="based_on_version" value="2"')
    expect(await versionsOf(2569)).toHaveLength(2)
  })

  it('unpublishes: the public sees "not published" at once', async () => {
    await officer.get(EDITOR)
    await officer.post(`${EDITOR}/publication`, { publish: 'no' })
    expect((await t.client().get(PUBLIC)).statusCode).toBe(404)
    await officer.get(EDITOR)
    await officer.post(`${EDITOR}/publication`, { publish: 'yes' })
    expect((await t.client().get(PUBLIC)).statusCode).toBe(200)
  })
})

describe('open data', () => {
  it('gives the lines as CSV, with exact amounts', async () => {
    const res = await t.client().get(`${PUBLIC}/budget.csv`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/csv')
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines[0]).toBe('ปีงบประมาณ (พ.ศ.),ฉบับที่,ลำดับ,แผนงาน/โครงการ/หมวดรายจ่าย,ประเภท,งบประมาณที่ได้รับ (บาท),แผนไตรมาส 1 (บาท),แผนไตรมาส 2 (บาท),แผนไตรมาส 3 (บาท),แผนไตรมาส 4 (บาท),ผลไตรมาส 1 (บาท),ผลไตรมาส 2 (บาท),ผลไตรมาส 3 (บาท),ผลไตรมาส 4 (บาท),ใช้จ่ายจริงรวม (บาท),ร้อยละที่ใช้จ่าย')
    expect(lines[1]).toBe('2569,2,1,ก่อสร้างถนน คสล. หมู่ที่ 3,งบลงทุน,1250000.5,250000,500000,500000.5,0,240000,410000.25,300000,,950000.25,0.76')
    expect(lines).toHaveLength(3)
  })

  it('gives the same lines as Excel', async () => {
    const res = await t.client().get(`${PUBLIC}/budget.xlsx`)
    expect(res.statusCode).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    const cells: unknown[] = []
    workbook.worksheets[0]!.eachRow((row) => cells.push(...(row.values as unknown[])))
    expect(cells).toContain('ก่อสร้างถนน คสล. หมู่ที่ 3')
    expect(cells).toContain(1250000.5)
    expect(cells).toContain(950000.25)
  })

  it('gives JSON with decimal strings and totals, described in the OpenAPI document', async () => {
    const res = await t.client().get('/api/v1/organisations/wiang-thong/budget/2569')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({
      organisation: { slug: 'wiang-thong' },
      fiscal_year: 2569,
      version: 2,
      responsible: 'นางสาวกานดา ศรีสุข ผู้อำนวยการกองคลัง',
      url: expect.stringMatching(/\/o\/wiang-thong\/budget\/2569$/),
      totals: { allocated: '2000000.50', actual: '1130000.25', remaining: '870000.25', percent_spent: 56.5, actual_by_quarter: ['420000.00', '410000.25', '300000.00', null] },
    })
    expect(body.lines[0]).toEqual({
      name: 'ก่อสร้างถนน คสล. หมู่ที่ 3',
      category: 'งบลงทุน',
      allocated: '1250000.50',
      planned: ['250000.00', '500000.00', '500000.50', '0.00'],
      actual: ['240000.00', '410000.25', '300000.00', null],
      actual_total: '950000.25',
      percent_spent: 76,
    })
    const openapi = (await t.client().get('/api/openapi.json')).json()
    expect(Object.keys(openapi.paths)).toContain('/api/v1/organisations/{slug}/budget/{fy}')
    expect((await t.client().get('/api/v1/organisations/wiang-thong/budget/2568')).statusCode).toBe(404)
  })
})

describe('who may edit', () => {
  it('refuses another agency’s officer, with a valid form token, and writes nothing', async () => {
    const before = await versionsOf(2569)
    const nb = await t.asUser('nb-officer@prongsai.test')
    // Their own agency's page works and gives them a genuine CSRF token.
    const own = await nb.get('/staff/budget')
    expect(own.statusCode).toBe(200)
    expect(plainText(own)).toContain('องค์การบริหารส่วนตำบลหนองบัว')
    expect((await nb.get(EDITOR)).statusCode).toBe(403)
    expect((await nb.get('/staff/budget?org=wiang-thong')).statusCode).toBe(403)
    expect((await nb.post(EDITOR, planForm([SCHOOL], { based_on_version: '2' }))).statusCode).toBe(403)
    expect((await nb.post(`${EDITOR}/publication`, { publish: 'no' })).statusCode).toBe(403)
    const imported = await submitMultipart(t, nb, '/staff/budget', `${EDITOR}/import`, { csv: 'name,allocated\nก,1' })
    expect(imported.statusCode).toBe(403)
    expect(await versionsOf(2569)).toEqual(before)
    expect((await t.client().get(PUBLIC)).statusCode).toBe(200)
  })

  it('refuses the agency’s staff without an editor role, and oversight', async () => {
    for (const email of ['wt-complaints@prongsai.test', 'wt-procurement@prongsai.test', 'oversight@prongsai.test']) {
      const c = await t.asUser(email)
      expect((await c.get(EDITOR)).statusCode, email).toBe(403)
      expect((await c.get('/staff/budget')).statusCode, email).toBe(403)
    }
  })

  it('lets the head and the ITA coordinator of the agency edit, and the province’s administrator step in', async () => {
    for (const email of ['wt-head@prongsai.test', 'wt-ita@prongsai.test', 'province-admin@prongsai.test', 'admin@prongsai.test']) {
      expect((await (await t.asUser(email)).get(EDITOR)).statusCode).toBe(200)
    }
  })

  it('sends a visitor who is not signed in to sign in', async () => {
    const res = await t.client().get(EDITOR)
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe(`/sign-in?next=${encodeURIComponent(EDITOR)}`)
  })
})

describe('importing from the template', () => {
  it('downloads the template holding the current lines', async () => {
    const res = await officer.get(`${EDITOR}/template.csv`)
    expect(res.statusCode).toBe(200)
    const rows = res.body.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(rows[0]).toContain('แผนงาน/โครงการ/หมวดรายจ่าย (name)')
    expect(rows[1]).toBe('ก่อสร้างถนน คสล. หมู่ที่ 3,งบลงทุน,"1,250,000.50","250,000.00","500,000.00","500,000.50",0.00,"240,000.00","410,000.25","300,000.00",')
    expect((await (await t.asUser('nb-officer@prongsai.test')).get(`${EDITOR}/template.csv`)).statusCode).toBe(403)
  })

  it('imports nothing when any row is wrong, listing each with its row and column', async () => {
    const csv = ['name,allocated,planned_q1,actual_q1', 'ก,1000,500,400', 'ข,abc,,', 'ค,100,50,200'].join('\n')
    const res = await submitMultipart(t, officer, EDITOR, `${EDITOR}/import`, { csv })
    expect(res.statusCode).toBe(422)
    const text = plainText(res)
    expect(text).toContain('ไม่ได้นำเข้าข้อมูล: พบข้อผิดพลาด 2 รายการ')
    expect(text).toContain('แถว 3 คอลัมน์ allocated: "abc" ไม่ใช่จำนวนเงิน')
    expect(text).toContain('แถว 4 คอลัมน์ actual_q1: ผลการใช้จ่ายรวม (200.00 บาท) เกินงบประมาณที่ได้รับ (100.00 บาท)')
    // The pasted text comes back for fixing.
    expect(res.body).toContain('ค,100,50,200')
    expect(await versionsOf(2569)).toHaveLength(2)
  })

  it('imports an edited Excel template as a new version, keeping the responsible person', async () => {
    const template = await officer.get(`${EDITOR}/template.xlsx`)
    expect(template.statusCode).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(2).getCell(1).text).toBe('ก่อสร้างถนน คสล. หมู่ที่ 3')
    sheet.getRow(3).getCell(10).value = '500,000'
    sheet.addRow(['จัดซื้อรถบรรทุกขยะ', 'งบลงทุน', '2,500,000', '0', '2,500,000', '0', '0', '0', '2,450,000'])
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
    const res = await submitMultipart(t, officer, EDITOR, `${EDITOR}/import`, { csv: '' }, [{ field: 'file', name: 'budget.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes }])
    expect(res.statusCode, plainText(res).slice(0, 2000)).toBe(303)
    expect(await versionsOf(2569)).toEqual([
      { version: 1, source: 'form' },
      { version: 2, source: 'form' },
      { version: 3, source: 'import' },
    ])
    const json = (await t.client().get('/api/v1/organisations/wiang-thong/budget/2569')).json()
    expect(json.version).toBe(3)
    expect(json.responsible).toBe('นางสาวกานดา ศรีสุข ผู้อำนวยการกองคลัง')
    expect(json.lines.map((l: { name: string }) => l.name)).toEqual(['ก่อสร้างถนน คสล. หมู่ที่ 3', 'แผนงานการศึกษา', 'จัดซื้อรถบรรทุกขยะ'])
    expect(json.lines[1].actual).toEqual(['180000.00', '0.00', '500000.00', null])
    expect(json.totals.allocated).toBe('4500000.50')
    const audit = await t.db.selectFrom('audit_events').select('action').where('action', '=', 'budget.plan_imported').execute()
    expect(audit).toHaveLength(1)
  })
})

describe('the demo', () => {
  it('publishes the municipality’s plans for this year and the two before, the last one in two versions', async () => {
    const demo = await createTestApp({ now: new Date('2026-12-04T03:00:00Z') })
    try {
      const made = await loadDemoBudget(demo.db, demo.clock.now, {} as FileService)
      expect(made).toBe(4)
      const c = demo.client()
      const newest = await c.get('/o/wiang-thong/budget')
      expect(newest.headers.location).toBe('/o/wiang-thong/budget/2570')
      const last = await c.get('/o/wiang-thong/budget/2569')
      expect(last.statusCode).toBe(200)
      expect(plainText(last)).toContain('รายงานผลการใช้จ่ายถึง ไตรมาสที่ 4')
      expect((await c.get('/o/wiang-thong/budget/2569/v/1')).statusCode).toBe(200)
      const older = (await c.get('/api/v1/organisations/wiang-thong/budget/2568')).json()
      expect(older.totals.allocated).toBe('52000000.00')
      expect(older.totals.percent_spent).toBeGreaterThan(85)
      expect(older.totals.percent_spent).toBeLessThan(100)
    } finally {
      await demo.close()
    }
  })
})
