import ExcelJS from 'exceljs'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { provinceCompleteness } from '../../src/features/oit/oit-report.use-cases.ts'
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts'
import { createItem, publish } from './portal-support.ts'

/**
 * An agency's OIT workspace: items linked to its portal (suggested where obvious), statuses that
 * move only as the workflow allows, completeness across fiscal years, and the link sheet.
 */
const BASE = 'https://prongsai.example.go.th'
let t: TestApp
let filesDir: string
let officerId: string
let coordinatorId: string
let coordinator: Client
const items: Record<string, { id: string; key: string }> = {}

beforeAll(async () => {
  filesDir = mkdtempSync(join(tmpdir(), 'prongsai-oit-ws-'))
  t = await createTestApp({ env: { FILES_DIR: filesDir, BASE_URL: BASE } })
  officerId = await t.userId('wt-officer@prongsai.test')
  coordinatorId = await t.userId('wt-ita@prongsai.test')
  coordinator = await t.asUser('wt-ita@prongsai.test')
  const officer = await t.asUser('wt-officer@prongsai.test')
  const make = async (name: string, section: string, title: string, fiscalYear = '') => {
    items[name] = await createItem(t, officer, 'wiang-thong', { section, title_th: title, body: `${title}: เนื้อหา`, fiscal_year: fiscalYear, responsible_user_id: officerId })
    await publish(officer, items[name]!.id)
  }
  await make('guideline', 'complaints', 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต')
  await make('summary2569', 'procurement-summary', 'สรุปผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2569', '2569')
  await make('summary2568', 'procurement-summary', 'สรุปผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2568', '2568')
  await make('hr2567', 'hr', 'รายงานผลการบริหารทรัพยากรบุคคล 2567', '2567')
})
afterAll(async () => {
  await t.close()
  rmSync(filesDir, { recursive: true, force: true })
})

const ITEM = (code: string) => `/staff/oit/items/${code}?org=wiang-thong&year=2569`
const entry = (code: string) =>
  t.db.selectFrom('oit_entries').selectAll().where('item_code', '=', code).where('fiscal_year', '=', 2569).executeTakeFirst()
const allElements = (n: number) => Array.from({ length: n }, (_, i) => String(i))

describe('the OIT workspace of an agency', () => {
  it('lists every item of the year and suggests links from the portal and the complaint statistics page', async () => {
    const page = await coordinator.get('/staff/oit?org=wiang-thong&year=2569')
    expect(page.statusCode).toBe(200)
    expect(page.body.match(/id="item-O\d+"/g)).toHaveLength(26)
    expect(page.body).toContain(`${BASE}/o/wiang-thong/p/${items.guideline!.key}`)
    expect(page.body).toContain(`${BASE}/o/wiang-thong/complaints/statistics`)

    // The monthly summary (current-year data) suggests this year's summary, not last year's.
    const o11 = await coordinator.get(ITEM('O11'))
    expect(o11.statusCode).toBe(200)
    expect(o11.body).toMatch(new RegExp(`<option value="${items.summary2569!.id}" selected`))
  })

  it('moves an item only as the workflow allows and records each save', async () => {
    const o16 = ITEM('O16')
    const draft = await coordinator.submit(o16, { portal_item_id: items.guideline!.id, elements: ['0', '1'], status: 'draft', responsible_user_id: officerId, 'due-day': '1', 'due-month': '12', 'due-year': '2569' })
    expect(draft.statusCode).toBe(303)
    expect((await entry('O16'))?.status).toBe('draft')

    const jump = await coordinator.submit(o16, { portal_item_id: items.guideline!.id, elements: ['0', '1'], status: 'submitted' })
    expect(jump.statusCode).toBe(422)
    expect((await entry('O16'))?.status).toBe('draft')

    const incomplete = await coordinator.submit(o16, { portal_item_id: items.guideline!.id, elements: ['0', '1'], status: 'ready' })
    expect(incomplete.statusCode).toBe(422)
    expect(incomplete.body).toContain('ยังขาดองค์ประกอบ 2 ข้อ')

    const ready = await coordinator.submit(o16, { portal_item_id: items.guideline!.id, elements: allElements(4), status: 'ready', explanation: 'ดูหัวข้อ "ขั้นตอน"' })
    expect(ready.statusCode).toBe(303)
    const saved = await entry('O16')
    expect(saved?.status).toBe('ready')
    expect(saved?.url).toBe(`${BASE}/o/wiang-thong/p/${items.guideline!.key}`)
    const audits = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'oit.entry_saved').orderBy('seq').execute()
    expect(audits).toHaveLength(2)
    expect(audits[1]?.summary).toMatchObject({ before: { status: 'draft' }, after: { status: 'ready' } })
  })

  it('counts content of the wrong fiscal year as stale', async () => {
    // O11 needs current-year data (2569); O14 the previous year's report (2568) but links 2567.
    expect((await coordinator.submit(ITEM('O11'), { portal_item_id: items.summary2568!.id, elements: allElements(10), status: 'draft' })).statusCode).toBe(303)
    const dueIn9Days = { 'due-day': '1', 'due-month': '12', 'due-year': '2569' }
    expect((await coordinator.submit(ITEM('O14'), { portal_item_id: items.hr2567!.id, elements: ['0'], status: 'draft', ...dueIn9Days })).statusCode).toBe(303)
    const oversight = await t.reader('oversight@prongsai.test')
    const now = t.clock.now
    let report = await provinceCompleteness({ db: t.db, actor: oversight.actor, now }, undefined, '2569')
    let wt = report.rows.find((r) => r.slug === 'wiang-thong')!
    // O16 is due on the same day but finished: only the unfinished O14 is "due soon".
    expect(wt).toMatchObject({ total: 26, finished: 1, stale: 2, dueSoon: 1, overdue: 0 })

    expect((await coordinator.submit(ITEM('O11'), { portal_item_id: items.summary2569!.id, elements: allElements(10), status: 'ready' })).statusCode).toBe(303)
    report = await provinceCompleteness({ db: t.db, actor: oversight.actor, now }, undefined, '2569')
    wt = report.rows.find((r) => r.slug === 'wiang-thong')!
    expect(wt).toMatchObject({ finished: 2, stale: 1, percentFinished: 7 })
    // Least complete first: the agency that has started comes last.
    expect(report.rows.at(-1)?.slug).toBe('wiang-thong')
    expect(report.rows.length).toBeGreaterThan(3)

    const page = await (await t.asUser('oversight@prongsai.test')).get('/staff/oversight/oit?year=2569')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('เทศบาลตำบลเวียงทอง')
  })

  it('exports the link sheet as agencies submit it', async () => {
    const res = await coordinator.get('/staff/oit/links.xlsx?org=wiang-thong&year=2569')
    expect(res.statusCode).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    const rows: string[][] = []
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))))
    const byCode = (code: string) => rows.find((r) => r[0] === code)
    expect(rows.some((r) => r.join('|') === 'ข้อ|รายการ|มี/ไม่มี|URL|คำอธิบายเพิ่มเติม')).toBe(true)
    expect(byCode('O16')).toEqual(['O16', 'แนวปฏิบัติการจัดการเรื่องร้องเรียน', 'มี', `${BASE}/o/wiang-thong/p/${items.guideline!.key}`, 'ดูหัวข้อ "ขั้นตอน"'])
    expect(byCode('O14')?.slice(2, 4)).toEqual(['ไม่มี', ''])
    expect(byCode('O1')?.slice(0, 4)).toEqual(['O1', 'โครงสร้างและอำนาจหน้าที่', 'ไม่มี', ''])
    expect(rows.filter((r) => /^O\d+$/.test(r[0] ?? ''))).toHaveLength(26)
  })
})

describe('who may see and change a workspace', () => {
  it('lets the agency’s officers see what is published but not change it, and keeps other agencies out', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    expect((await officer.get('/staff/oit?org=wiang-thong&year=2569')).statusCode).toBe(200)
    // Not the owner of O1: its internal record is closed (issue 11, finding 5; test/http/oit-workspace-access.test.ts).
    expect((await officer.get(ITEM('O1'))).statusCode).toBe(403)
    expect((await officer.post(ITEM('O1'), { status: 'draft' })).statusCode).toBe(403)

    const other = await t.asUser('nb-officer@prongsai.test')
    expect((await other.get('/staff/oit?org=wiang-thong&year=2569')).statusCode).toBe(403)
    expect((await other.get('/staff/oit/links.xlsx?org=wiang-thong&year=2569')).statusCode).toBe(403)
    const own = await other.get('/staff/oit?year=2569')
    expect(own.statusCode).toBe(200)
    expect(own.body).toContain('องค์การบริหารส่วนตำบลหนองบัว')
    expect((await entry('O1'))).toBeUndefined()
  })

  it('lets oversight read its province but not edit, and not another province', async () => {
    const oversight = await t.asUser('oversight@prongsai.test')
    expect((await oversight.get('/staff/oit?org=wiang-thong&year=2569')).statusCode).toBe(200)
    await oversight.get(ITEM('O2'))
    expect((await oversight.post(ITEM('O2'), { status: 'draft' })).statusCode).toBe(403)

    const province = await t.db.insertInto('organisations').values({ slug: 'another-province', kind: 'province', name_th: 'จังหวัดอื่น' }).returning('id').executeTakeFirstOrThrow()
    const user = await t.db.insertInto('users').values({ email: 'other-oversight@prongsai.test', display_name: 'ผู้กำกับ จังหวัดอื่น', password_hash: null }).returning('id').executeTakeFirstOrThrow()
    await t.db.insertInto('memberships').values({ user_id: user.id, organisation_id: province.id, role: 'oversight' }).execute()
    const stranger = await t.asUser('other-oversight@prongsai.test')
    expect((await stranger.get('/staff/oit?org=wiang-thong&year=2569')).statusCode).toBe(403)
    expect((await stranger.get(`/staff/oversight/oit?org=${await t.orgId('suvarnabhumi')}&year=2569`)).statusCode).toBe(403)
    const own = await stranger.get('/staff/oversight/oit?year=2569')
    expect(own.statusCode).toBe(200)
    expect(own.body).not.toContain('เวียงทอง')
    expect((await coordinator.get('/staff/oversight/oit')).statusCode).toBe(403)
  })
})
