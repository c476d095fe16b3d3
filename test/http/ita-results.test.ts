import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { submitMultipart } from './portal-support.ts'
import { agencyRows, csvOf, same, SEED_001 } from './ita-results-support.ts'

/**
 * ITA results (B1): oversight imports a province's results; a file with any wrong row imports
 * nothing; totals and labels follow the year's rules; agencies are ranked; the public page follows.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t.close()
})

const plainText = (res: { body: string }) => res.body.replace(/<wbr>/g, '').replace(/<span class="tw">([^<]*)<\/span>/g, '$1').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
const storedResults = async () => t.db.selectFrom('ita_results').select(['organisation_id', 'fiscal_year']).execute()
const importCsv = async (email: string, csv: string) => (await t.asUser(email)).submit('/staff/ita/results', { csv })

describe('importing results', () => {
  it('reports every wrong row with its column in Thai and imports nothing, not even the good agency-years', async () => {
    const csv = csvOf(
      agencyRows('bang-phra', 2568, same(90)),
      agencyRows('wiang-thong', 2568, [90, 80, 70.555, 101, 'abc', 90, 90, 90, 90, 90]),
      agencyRows('no-such-agency', 2568, same(90)).slice(0, 1),
    )
    const res = await importCsv('oversight@prongsai.test', csv)
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('ไม่ได้นำเข้าข้อมูล: พบข้อผิดพลาด 4 รายการ')
    // Row numbers are the file's lines (the header is line 1).
    const text = res.body.replace(/<wbr>/g, '').replace(/<span class="tw">([^<]*)<\/span>/g, '$1').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
    expect(text).toContain('14 score แถว 14 คอลัมน์ score: คะแนน 70.555 มีทศนิยมเกินสองตำแหน่ง')
    expect(res.body).toContain('แถว 15 คอลัมน์ score: คะแนน 101 เกิน 100')
    expect(res.body).toContain('แถว 16 คอลัมน์ score: &#34;abc&#34; ไม่ใช่คะแนน')
    expect(res.body).toContain('แถว 22 คอลัมน์ agency: ไม่พบหน่วยงาน &#34;no-such-agency&#34;')
    // What was typed comes back for fixing.
    expect(res.body).toContain('no-such-agency,2568,1,90')
    expect(await storedResults()).toEqual([])
  })

  it('refuses a missing indicator, naming which', async () => {
    const res = await importCsv('oversight@prongsai.test', csvOf(agencyRows('bang-phra', 2568, same(90)).slice(0, 9)))
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('bang-phra ปี 2568 ขาดตัวชี้วัดที่ 10 (ต้องครบ 10 ตัวชี้วัด)')
    expect(await storedResults()).toEqual([])
  })

  it('scores seed 001 by hand: IIT 83.28, EIT 85.48, OIT 100.00, total 90.63, grade A (FY 2564 rules)', async () => {
    const res = await importCsv('oversight@prongsai.test', csvOf(agencyRows('wiang-thong', 2564, SEED_001)))
    expect(res.statusCode).toBe(303)
    const page = await (await t.asUser('oversight@prongsai.test')).get('/staff/ita/agencies/wiang-thong?year=2564')
    expect(page.statusCode).toBe(200)
    const text = page.body.replace(/<wbr>/g, '').replace(/<span class="tw">([^<]*)<\/span>/g, '$1').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
    expect(text).toContain('คะแนนรวม 90.63')
    expect(text).toContain('ผลการประเมิน A ')
    expect(text).toContain('(IIT) 83.28')
    expect(text).toContain('(EIT) 85.48')
    expect(text).toContain('(OIT) 100.00')
    expect(text).toContain('4. การใช้ทรัพย์สินของราชการ IIT 79.43')
    const audit = await t.db.selectFrom('audit_events').select(['action', 'summary']).where('action', '=', 'ita.results_imported').execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]!.summary).toMatchObject({ before: null, after: { fiscal_year: 2564, total: 90.63, indicator_4: 79.43 } })
  })

  it('replaces an agency-year imported again, keeping before and after in the audit trail', async () => {
    const again = [...SEED_001]
    again[3] = 89.43
    expect((await importCsv('oversight@prongsai.test', csvOf(agencyRows('wiang-thong', 2564, again)))).statusCode).toBe(303)
    const rows = await t.db.selectFrom('ita_results').select(['fiscal_year', 'scores']).where('organisation_id', '=', await t.orgId('wiang-thong')).execute()
    expect(rows).toHaveLength(1)
    expect(rows[0]!.scores['4']).toBe(8943)
    const audit = await t.db.selectFrom('audit_events').select('summary').where('action', '=', 'ita.results_replaced').executeTakeFirstOrThrow()
    expect(audit.summary).toMatchObject({ before: { indicator_4: 79.43, total: 90.63 }, after: { indicator_4: 89.43, total: 91.23 } })
  })

  it('reads an uploaded Excel file the same way, from the template’s indicator names', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('ITA')
    sheet.addRow(['agency', 'fiscal_year', 'indicator', 'score'])
    SEED_001.forEach((s, i) => sheet.addRow(['nong-bua', 2565, `${i + 1}. ตัวชี้วัด`, s]))
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
    const oversight = await t.asUser('oversight@prongsai.test')
    const res = await submitMultipart(t, oversight, '/staff/ita/results', '/staff/ita/results', { csv: '' }, [
      { field: 'file', name: 'ผล ITA.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes },
    ])
    expect(res.statusCode).toBe(303)
    const row = await t.db.selectFrom('ita_results').select('scores').where('organisation_id', '=', await t.orgId('nong-bua')).where('fiscal_year', '=', 2565).executeTakeFirstOrThrow()
    expect(row.scores['1']).toBe(9050)
  })

  it('offers the template as Excel and CSV, with a row per indicator for each agency overseen', async () => {
    const oversight = await t.asUser('oversight@prongsai.test')
    const csv = await oversight.get('/staff/ita/results/template.csv?year=2568')
    expect(csv.statusCode).toBe(200)
    expect(csv.body).toContain('agency,fiscal_year,indicator,score')
    expect(csv.body).toContain('wiang-thong,2568,4. การใช้ทรัพย์สินของราชการ,')
    const xlsx = await oversight.get('/staff/ita/results/template.xlsx?year=2568')
    expect(xlsx.headers['content-type']).toContain('spreadsheetml')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    expect(workbook.worksheets[0]!.getRow(1).values).toEqual([undefined, 'agency', 'fiscal_year', 'indicator', 'score'])
  })
})

describe('the province ranking', () => {
  it('ranks the agencies for a year, equal totals sharing a rank, and draws the bar chart', async () => {
    const csv = csvOf(agencyRows('bang-phra', 2568, same(90)), agencyRows('nong-bua', 2568, same(90)), agencyRows('wiang-thong', 2568, same(95)), agencyRows('suvarnabhumi-pao', 2568, same(80)))
    expect((await importCsv('oversight@prongsai.test', csv)).statusCode).toBe(303)
    const page = await (await t.asUser('oversight@prongsai.test')).get('/staff/ita/results?year=2568')
    const text = plainText(page)
    expect(text).toMatch(/อันดับ หน่วยงาน คะแนนรวม ผลการประเมิน 1 เทศบาลตำบลเวียงทอง 95.00 ผ่านดีเยี่ยม 2 เทศบาลเมืองบางพระ 90.00 ผ่านดี 2 องค์การบริหารส่วนตำบลหนองบัว 90.00 ผ่านดี 4 องค์การบริหารส่วนจังหวัดสุวรรณภูมิ 80.00 ไม่ผ่าน/)
    expect(page.body).toContain('<svg')
    expect(page.body).toContain('คะแนน ITA ปีงบประมาณ 2568 เรียงจากมากไปน้อย')
    // The ranking once: the chart points to the table instead of repeating it.
    expect(page.body).toContain('href="#ranking-table"')
    const figure = /<figure class="chart-figure"[\s\S]*?<\/figure>/.exec(page.body)![0]
    expect(figure).not.toContain('<table')
    // …and as Excel, with the same ranks, totals and labels.
    const xlsx = await (await t.asUser('oversight@prongsai.test')).get('/staff/ita/results/ranking.xlsx?year=2568')
    expect(xlsx.statusCode).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    const cells: unknown[][] = []
    book.worksheets[0]!.eachRow((row) => cells.push((row.values as unknown[]).slice(1)))
    expect(cells).toContainEqual([1, 'เทศบาลตำบลเวียงทอง', 95, 'ผ่านดีเยี่ยม'])
    expect(cells).toContainEqual([2, 'องค์การบริหารส่วนตำบลหนองบัว', 90, 'ผ่านดี'])
    expect(cells).toContainEqual([4, 'องค์การบริหารส่วนจังหวัดสุวรรณภูมิ', 80, 'ไม่ผ่าน'])
    expect((await (await t.asUser('wt-ita@prongsai.test')).get('/staff/ita/results/ranking.xlsx?year=2568')).statusCode).toBe(404)
    // An agency's page: its grade, and a year to choose.
    const agency = await (await t.asUser('oversight@prongsai.test')).get('/staff/ita/agencies/wiang-thong?year=2568')
    expect(plainText(agency)).toContain('ผลการประเมิน ผ่านดีเยี่ยม')
    expect(agency.body).toMatch(/<form method="get" action="\/staff\/ita\/agencies\/wiang-thong"[^>]*id="year-picker"/)
    // The province over the years: 2568's mean is (95 + 90 + 90 + 80) / 4 = 88.75.
    expect(text).toContain('คะแนน ITA เฉลี่ยของหน่วยงานในกำกับ รายปี')
    expect(text).toMatch(/ปีงบประมาณ คะแนนเฉลี่ย 2564 [0-9.]+ 2565 [0-9.]+ 2568 88.75/)
    const english = await t.asUser('oversight@prongsai.test')
    await english.get('/lang?to=en&back=/staff')
    const en = plainText(await english.get('/staff/ita/results?year=2568'))
    expect(en).toContain('Agency ranking, fiscal year 2568')
    expect(en).toMatch(/1 Wiang Thong Subdistrict Municipality 95.00 Excellent pass/)
  })
})

describe('who may import and see results', () => {
  it('does not let an agency’s ITA coordinator import: the page sends them to their own results', async () => {
    const ita = await t.asUser('wt-ita@prongsai.test')
    const page = await ita.get('/staff/ita/results')
    expect(page.statusCode).toBe(303)
    expect(page.headers.location).toBe('/staff/ita/agencies')
    const own = await ita.get('/staff/ita/agencies')
    expect(own.statusCode).toBe(200)
    expect(own.body).toContain('เทศบาลตำบลเวียงทอง')
    await ita.get('/staff/ita/agencies')
    const post = await ita.post('/staff/ita/results', { csv: csvOf(agencyRows('wiang-thong', 2569, same(100))) })
    expect(post.statusCode).toBe(403)
    expect(await t.db.selectFrom('ita_results').select('fiscal_year').where('fiscal_year', '=', 2569).execute()).toEqual([])
    // Another agency's results stay hidden from them.
    expect((await ita.get('/staff/ita/agencies/nong-bua')).statusCode).toBe(404)
  })

  it('keeps another province’s oversight out, and refuses its agencies in an import', async () => {
    const other = await t.db.insertInto('organisations').values({ slug: 'other-province', kind: 'province', name_th: 'จังหวัดอื่น', parent_id: null }).returning('id').executeTakeFirstOrThrow()
    const otherAgency = await t.db.insertInto('organisations').values({ slug: 'other-town', kind: 'town_municipality', name_th: 'เทศบาลเมืองอื่น', parent_id: other.id }).returning('id').executeTakeFirstOrThrow()
    await t.db.insertInto('memberships').values({ user_id: await t.userId('nb-officer@prongsai.test'), organisation_id: other.id, role: 'oversight' }).execute()
    const outsider = await t.asUser('nb-officer@prongsai.test')
    expect((await outsider.get('/staff/ita/agencies/wiang-thong')).statusCode).toBe(404)
    const page = await outsider.get('/staff/ita/results?year=2568')
    expect(page.statusCode).toBe(200)
    expect(page.body).not.toContain('เทศบาลตำบลเวียงทอง')
    expect(page.body).toContain('เทศบาลเมืองอื่น')
    const res = await outsider.submit('/staff/ita/results', { csv: csvOf(agencyRows('wiang-thong', 2568, same(10))) })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('ไม่พบหน่วยงาน &#34;wiang-thong&#34; ที่ท่านนำเข้าผลได้')
    // The province's own oversight cannot load the other province's agency either.
    const res2 = await importCsv('oversight@prongsai.test', csvOf(agencyRows('other-town', 2568, same(10))))
    expect(res2.statusCode).toBe(422)
    expect(await t.db.selectFrom('ita_results').select('fiscal_year').where('organisation_id', '=', otherAgency.id).execute()).toEqual([])
  })
})

describe('the public results page', () => {
  it('shows an agency’s new results right after an import, though it is cached', async () => {
    const citizen = t.client()
    const before = await citizen.get('/o/bang-phra/ita')
    expect(before.statusCode).toBe(200)
    expect(before.body).toContain('90.00')
    expect((await citizen.get('/o/bang-phra/ita')).headers['x-page-cache']).toBe('hit')
    expect((await importCsv('oversight@prongsai.test', csvOf(agencyRows('bang-phra', 2569, same(88.88))))).statusCode).toBe(303)
    const after = await citizen.get('/o/bang-phra/ita')
    expect(after.headers['x-page-cache']).toBe('miss')
    expect(after.body).toContain('ปีงบประมาณ 2569')
    expect(after.body).toContain('88.88')
    // History and trend across the years.
    expect(after.body).toContain('คะแนน ITA รายปี')
    expect((await citizen.get('/o/no-such-agency/ita')).statusCode).toBe(404)
  })
})
