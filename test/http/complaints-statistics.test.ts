import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadActor } from '../../src/platform/auth/sessions.ts'
import { hashPassword } from '../../src/platform/auth/passwords.ts'
import type { ComplaintDraft } from '../../src/features/complaints/complaint-form.input.ts'
import { submitComplaint } from '../../src/features/complaints/complaint-intake.use-cases.ts'
import type { ComplaintStatus } from '../../src/features/complaints/complaint-workflow.domain.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { zipEntries } from '../support/zip-entries.ts'
import { forceComplaintStatus } from '../support/complaint-status.ts'

let t: TestApp

const draft = (kind: string): ComplaintDraft => ({
  intake: 'public',
  channel: 'web',
  kind,
  subjectText: 'งานพัสดุ',
  whatHappened: 'เรียกรับเงินเพื่อตรวจรับงานก่อสร้าง',
  happenedWhen: '',
  happenedWhere: '',
  request: '',
  anonymous: true,
  identity: { name: '', address: '', phone: '', email: '', witnesses: '' },
  wantsEmailUpdates: false,
})

/**
 * Files a public complaint on the given Bangkok day (submitComplaint takes received_on from its
 * clock), then puts it in the wanted status with a direct UPDATE: walking every case through the
 * workflow would test the workflow, not the counting.
 */
async function file(slug: string, day: string, kind: string, status: ComplaintStatus): Promise<string> {
  const f = await submitComplaint(
    { db: t.db, now: new Date(`${day}T05:00:00Z`), baseUrl: 'http://test' },
    { organisationId: await t.orgId(slug), draft: draft(kind), evidence: [], filer: { by: 'citizen' } },
  )
  if (status !== 'received') await forceComplaintStatus(t.db, f.id, { status })
  return f.id
}

/** The page's text without markup, so a table row reads as one line of words and numbers. */
const text = (html: string) =>
  html
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<wbr>/g, '').replace(/<span class="tw">([^<]*)<\/span>/g, '$1').replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')

async function workbookRows(body: Buffer): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(body as unknown as ArrayBuffer)
  const rows: unknown[][] = []
  book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  return rows
}

beforeAll(async () => {
  t = await createTestApp() // 22 Nov 2026: fiscal year 2570
  // Fiscal year 2568 (ends 30 Sep 2025).
  await file('wiang-thong', '2025-09-30', 'corruption', 'closed')
  // Fiscal year 2569: the first and last day of each half.
  const reviewed = await file('wiang-thong', '2025-10-01', 'corruption', 'closed')
  // Its complainant asked for a review in the first half of 2569.
  await t.db.insertInto('complaint_reviews').values({ complaint_id: reviewed, requested_at: new Date('2026-02-10T03:00:00Z'), requested_on: '2026-02-10' }).execute()
  await file('wiang-thong', '2026-03-31', 'undue_delay', 'investigating')
  await file('wiang-thong', '2026-04-01', 'neglect_of_duty', 'not_accepted')
  await file('wiang-thong', '2026-09-30', 'corruption', 'received')
  // Fiscal year 2570, first half only so far.
  await file('wiang-thong', '2026-10-01', 'beyond_authority', 'received')
  await file('wiang-thong', '2026-11-20', 'corruption', 'closed')
  await file('nong-bua', '2026-11-20', 'undue_delay', 'received')
  // A report on the confidential internal channel: never published, never compared.
  const staff = (await loadActor(t.db, await t.userId('wt-officer@prongsai.test')))!
  await submitComplaint(
    { db: t.db, now: new Date('2026-11-21T05:00:00Z'), baseUrl: 'http://test' },
    { organisationId: await t.orgId('wiang-thong'), draft: { ...draft('gift_or_benefit'), intake: 'conflict_of_interest' }, evidence: [], filer: { by: 'staff', actor: staff } },
  )
}, 120_000)
afterAll(() => t.close())

describe('published complaint statistics of an agency', () => {
  it('counts a fiscal year and its halves, splitting at 1 April and starting the year on 1 October', async () => {
    const res = await t.client().get('/o/wiang-thong/complaints/statistics?fy=2569')
    expect(res.statusCode).toBe(200)
    const page = text(res.body)
    // Total, completed, %, in progress, %, review requests; percentages always with one decimal.
    expect(page).toContain('ทั้งปีงบประมาณ พ.ศ. 2569 1 ต.ค. 2568 – 30 ก.ย. 2569 4 2 50.0 2 50.0 1')
    expect(page).toContain('ครึ่งปีแรก 1 ต.ค. 2568 – 31 มี.ค. 2569 2 1 50.0 1 50.0 1')
    expect(page).toContain('ครึ่งปีหลัง 1 เม.ย. 2569 – 30 ก.ย. 2569 2 1 50.0 1 50.0 0')
    // By kind: year, completed, first half, second half.
    expect(page).toContain('กระทำการทุจริตต่อหน้าที่ราชการ 2 1 1 1')
    expect(page).toContain('ปฏิบัติหน้าที่ล่าช้าเกินสมควร 1 0 1 0')
    expect(page).toContain('ละเลยหน้าที่ตามที่กฎหมายกำหนดให้ต้องปฏิบัติ 1 1 0 1')
    expect(page).not.toContain('ไม่มีเรื่องร้องเรียน')
    expect(res.body).toContain('role="img"')
  })

  it('shows the current fiscal year by default, never counts the internal channels, and says when a half had none', async () => {
    const res = await t.client().get('/o/wiang-thong/complaints/statistics')
    const page = text(res.body)
    // Two public complaints in FY 2570; the conflict-of-interest report of 21 Nov is not one of them.
    expect(page).toContain('ทั้งปีงบประมาณ พ.ศ. 2570 1 ต.ค. 2569 – 30 ก.ย. 2570 2 1 50.0 1 50.0 0')
    // 22 Nov 2026: the second half has not started, which is not the same as "no complaints".
    expect(page).toContain('ครึ่งปีหลัง 1 เม.ย. 2570 – 30 ก.ย. 2570 ยังไม่ถึงช่วงเวลานี้ 0 0 – 0 – –')
    // The year chooser offers the years with complaints and the current one.
    const options = [...res.body.matchAll(/<option value="(\d{4})"/g)].map((m) => m[1])
    expect(options).toEqual(['2570', '2569', '2568'])
  })

  it('says "ไม่มีเรื่องร้องเรียน" for a year without complaints, in the page and in the chart’s place', async () => {
    const res = await t.client().get('/o/bang-phra/complaints/statistics')
    expect(res.statusCode).toBe(200)
    const page = text(res.body)
    expect(page).toContain('ไม่มีเรื่องร้องเรียนในปีงบประมาณ พ.ศ. 2570')
    expect(page).toContain('แผนภูมิ ไม่มีเรื่องร้องเรียน')
    expect(res.body).not.toContain('<svg')
  })

  it('reads in English for a reader who chose English', async () => {
    const page = text((await t.client().get('/o/bang-phra/complaints/statistics', { cookie: 'lang=en' })).body)
    expect(page).toContain('Complaint statistics')
    expect(page).toContain('Fiscal year 2570 (2026–27): no complaints')
    expect(page).toContain('First half 1 Oct 2569 BE – 31 Mar 2570 BE No complaints 0 0 – 0 – 0')
    expect(page).toContain('Second half 1 Apr 2570 BE – 30 Sep 2570 BE Not started yet 0 0 – 0 – –')
  })

  it('is public, works without JavaScript or sign-in, and is served from the page cache until a complaint moves', async () => {
    await t.client().get('/o/wiang-thong/complaints/statistics?fy=2569')
    const res = await t.client().get('/o/wiang-thong/complaints/statistics?fy=2569')
    expect(res.headers['x-page-cache']).toBe('hit')
    expect(res.headers['cache-control']).toBe('no-cache')
    expect(res.headers['vary']).toMatch(/cookie/i)
    expect(res.headers['set-cookie']).toBeUndefined()
    expect(res.body).not.toContain('<script')
    expect(res.body).toContain('<form method="get" action="/o/wiang-thong/complaints/statistics"')
  })

  it('refuses a future or malformed year and an unknown agency', async () => {
    const c = t.client()
    expect((await c.get('/o/wiang-thong/complaints/statistics?fy=2571')).statusCode).toBe(404)
    expect((await c.get('/o/wiang-thong/complaints/statistics?fy=25x9')).statusCode).toBe(404)
    expect((await c.get('/o/no-such-agency/complaints/statistics')).statusCode).toBe(404)
  })
})

describe('the statistics as open data (JSON)', () => {
  it('gives the same figures as the page, by half and by kind, and nothing of any complaint', async () => {
    const res = await t.client().get('/api/v1/organisations/wiang-thong/complaints/statistics?fy=2569')
    expect(res.statusCode).toBe(200)
    const body = res.json() as { fiscal_year: number; years: number[]; year: { total: number; completed: number; in_progress: number; completed_pct: number; by_kind: { kind: string; count: number }[] }; first_half: { total: number; review_requests: number }; second_half: { total: number; none: boolean }; url: string }
    expect(body.fiscal_year).toBe(2569)
    expect(body.year).toMatchObject({ total: 4, completed: 2, in_progress: 2, completed_pct: 50 })
    expect(body.first_half).toMatchObject({ total: 2, review_requests: 1 })
    expect(body.second_half).toMatchObject({ total: 2, none: false })
    expect(body.year.by_kind.find((k) => k.kind === 'corruption')?.count).toBe(2)
    expect(body.years).toEqual(expect.arrayContaining([2570, 2569, 2568]))
    expect(body.url).toBe('http://localhost:3000/o/wiang-thong/complaints/statistics?fy=2569')
    expect(res.body).not.toContain('เรียกรับเงิน')
    // The current year by default; the internal channel is not counted there either.
    const current = (await t.client().get('/api/v1/organisations/wiang-thong/complaints/statistics')).json() as { fiscal_year: number; year: { total: number }; second_half: { none: boolean; not_started: boolean } }
    expect(current).toMatchObject({ fiscal_year: 2570, year: { total: 2 }, second_half: { none: true, not_started: true } })
  })

  it('refuses a future year and an unknown agency with 404, and is in the OpenAPI document', async () => {
    expect((await t.client().get('/api/v1/organisations/wiang-thong/complaints/statistics?fy=2599')).statusCode).toBe(404)
    expect((await t.client().get('/api/v1/organisations/no-such/complaints/statistics')).statusCode).toBe(404)
    const doc = (await t.client().get('/api/openapi.json')).json() as { paths: Record<string, { get?: { tags?: string[] } }> }
    expect(doc.paths['/api/v1/organisations/{slug}/complaints/statistics']?.get?.tags).toEqual(['complaints'])
  })
})

describe('downloading the statistics', () => {
  it('gives Excel with the same figures, percentages as real percentages', async () => {
    const res = await t.client().get('/o/wiang-thong/complaints/statistics.xlsx?fy=2569')
    expect(res.statusCode).toBe(200)
    const rows = await workbookRows(res.rawPayload)
    const row = (period: string, kind: string) => rows.find((r) => String(r[0]).startsWith(period) && r[1] === kind)
    expect(row('ทั้งปีงบประมาณ พ.ศ. 2569', 'รวมทุกลักษณะ')?.slice(2)).toEqual([4, 2, 0.5, 2, 0.5, 1])
    expect(row('ครึ่งปีแรก', 'ปฏิบัติหน้าที่ล่าช้าเกินสมควร')?.slice(2, 7)).toEqual([1, 0, 0, 1, 1])
    expect(row('ครึ่งปีหลัง', 'ละเลยหน้าที่ตามที่กฎหมายกำหนดให้ต้องปฏิบัติ')?.slice(2, 7)).toEqual([1, 1, 1, 0, 0])
    const flat = rows.flat().join(' ')
    expect(flat).toContain('เทศบาลตำบลเวียงทอง')
  })

  it('says "ไม่มีเรื่องร้องเรียน" in every file for a period without complaints', async () => {
    const c = t.client()
    const xlsx = await workbookRows((await c.get('/o/wiang-thong/complaints/statistics.xlsx?fy=2570')).rawPayload)
    expect(xlsx.find((r) => String(r[0]).startsWith('ครึ่งปีหลัง'))?.[1]).toBe('ยังไม่ถึงช่วงเวลานี้')
    const csv = (await c.get('/o/bang-phra/complaints/statistics.csv')).rawPayload.toString('utf8')
    expect(csv).toContain('ไม่มีเรื่องร้องเรียน')
    const docx = await c.get('/o/bang-phra/complaints/statistics.docx')
    expect(docx.statusCode).toBe(200)
    expect(docx.headers['content-disposition']).toMatch(/^attachment;/)
    const xml = zipEntries(docx.rawPayload).get('word/document.xml')!.toString('utf8')
    expect(xml).toContain('ไม่มีเรื่องร้องเรียน')
  })

  it('writes Word in the official style: letterhead, Buddhist-era year in Thai digits, the chart', async () => {
    const docx = await t.client().get('/o/wiang-thong/complaints/statistics.docx?fy=2569')
    const entries = zipEntries(docx.rawPayload)
    const xml = entries.get('word/document.xml')!.toString('utf8')
    expect(xml).toContain('เทศบาลตำบลเวียงทอง')
    expect(xml).toContain('รายงานสถิติเรื่องร้องเรียน ปีงบประมาณ พ.ศ. ๒๕๖๙')
    expect(xml).toContain('ครึ่งปีแรก (๑ ต.ค. ๒๕๖๘ – ๓๑ มี.ค. ๒๕๖๙)')
    expect([...entries.keys()].some((k) => k.startsWith('word/media/'))).toBe(true)
  })
})

describe('oversight comparing its agencies', () => {
  it('lists every agency below the province with its figures and overdue cases, and links to it from the oversight page', async () => {
    const oversight = await t.asUser('oversight@prongsai.test')
    expect((await oversight.get('/staff/oversight')).body).toContain('href="/staff/oversight/complaints"')
    const res = await oversight.get('/staff/oversight/complaints?fy=2570')
    expect(res.statusCode).toBe(200)
    const page = text(res.body)
    // Wiang Thong's case of 1 October is long past its screening time; Nong Bua's of 20 November is not.
    expect(page).toContain('เทศบาลตำบลเวียงทอง 2 1 1 50.0 1')
    expect(page).toContain('องค์การบริหารส่วนตำบลหนองบัว 1 0 1 0.0 0')
    expect(page).toMatch(/เทศบาลเมืองบางพระ ไม่มีเรื่องร้องเรียน 0 0 0 – 0/)
    // Most overdue first.
    expect(page.indexOf('เทศบาลตำบลเวียงทอง 2')).toBeLessThan(page.indexOf('องค์การบริหารส่วนตำบลหนองบัว 1'))
    expect(res.body).toContain('role="img"')
  })

  it('downloads the comparison as Excel', async () => {
    const oversight = await t.asUser('oversight@prongsai.test')
    const res = await oversight.get('/staff/oversight/complaints.xlsx?fy=2570')
    expect(res.statusCode).toBe(200)
    const rows = await workbookRows(res.rawPayload)
    expect(rows.find((r) => r[0] === 'เทศบาลตำบลเวียงทอง')?.slice(1, 6)).toEqual([2, 1, 1, 0.5, 1])
    expect(rows.find((r) => r[0] === 'เทศบาลเมืองบางพระ')?.[6]).toBe('ไม่มีเรื่องร้องเรียน')
  })

  it('is refused to staff without oversight and to another province’s oversight', async () => {
    const officer = await t.asUser('nb-complaints@prongsai.test')
    expect((await officer.get('/staff/oversight/complaints')).statusCode).toBe(403)
    expect((await officer.get('/staff/oversight/complaints.xlsx')).statusCode).toBe(403)

    const province = await t.db.insertInto('organisations').values({ slug: 'other-province', parent_id: null, kind: 'province', name_th: 'จังหวัดอื่น', name_en: 'Another Province', address: '', phone: '', email: '' }).returning('id').executeTakeFirstOrThrow()
    const user = await t.db.insertInto('users').values({ email: 'other-oversight@prongsai.test', display_name: 'ผู้กำกับจังหวัดอื่น', position: '', password_hash: await hashPassword('another-password-2569') }).returning('id').executeTakeFirstOrThrow()
    await t.db.insertInto('memberships').values({ user_id: user.id, organisation_id: province.id, role: 'oversight' }).execute()
    const other = await t.asUser('other-oversight@prongsai.test')
    const suvarnabhumi = await t.orgId('suvarnabhumi')
    expect((await other.get(`/staff/oversight/complaints?org=${suvarnabhumi}`)).statusCode).toBe(403)
    expect((await other.get(`/staff/oversight/complaints.xlsx?org=${suvarnabhumi}`)).statusCode).toBe(403)
    // Their own province has no agencies yet, so none of Suvarnabhumi's appear.
    const own = await other.get('/staff/oversight/complaints')
    expect(own.statusCode).toBe(200)
    expect(own.body).not.toContain('เวียงทอง')
  })

  it('sends a visitor who is not signed in to sign in', async () => {
    const res = await t.client().get('/staff/oversight/complaints')
    expect([302, 303]).toContain(res.statusCode)
    expect(res.headers.location).toMatch(/^\/sign-in/)
  })
})
