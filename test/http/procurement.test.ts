import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { monthForm, monthRow, monthUrl, PLAN_URL, planForm, plainText, postMultipart } from './procurement-support.ts'

/**
 * The procurement plan and the monthly summaries (สขร.1): editing with versions, "no procurement"
 * as its own state, who may edit, and what the public reads (at once, through the page cache).
 */
let t: TestApp
beforeAll(async () => {
  // 20 Dec 2568: October and November 2568 are over and past their due dates; December is not over.
  t = await createTestApp({ now: new Date('2025-12-20T03:00:00Z') })
})
afterAll(async () => {
  await t.close()
})

const versions = (kind: string, month: number) =>
  t.db.selectFrom('procurement_record_versions').select(['version', 'content']).where('kind', '=', kind as 'plan').where('month', '=', month).orderBy('version').execute()

describe('the staff overview', () => {
  it('shows the twelve months: not reported, overdue after the 15th of the next month, not yet over', async () => {
    const officer = await t.asUser('wt-procurement@prongsai.test')
    const res = await officer.get('/staff/procurement?org=wiang-thong&year=2569')
    expect(res.statusCode).toBe(200)
    const text = plainText(res.body)
    expect(text).toContain('การจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. 2569')
    expect(text).toMatch(/ตุลาคม 2568 ยังไม่รายงาน เกินกำหนด 0 15 พ\.ย\. 2568/)
    expect(text).toMatch(/ธันวาคม 2568 ยังไม่สิ้นเดือน 0 15 ม\.ค\. 2569/)
    expect(text).toContain('ยังไม่ได้บันทึกแผนการจัดซื้อจัดจ้างของปีนี้')
  })
})

describe('the procurement plan', () => {
  it('refuses wrong input with Thai messages, keeps what was typed and saves nothing', async () => {
    const officer = await t.asUser('wt-procurement@prongsai.test')
    const res = await officer.submit(PLAN_URL, planForm({ 'announced-day': '30', 'announced-month': '9', 'line-0-budget': '-5', 'line-1-method': '', 'line-1-announce_month': '' }))
    expect(res.statusCode).toBe(422)
    const text = plainText(res.body)
    expect(text).toContain('วันที่ประกาศเผยแพร่แผนต้องไม่ก่อนวันที่ได้รับจัดสรรงบประมาณ')
    expect(text).toContain('วงเงินงบประมาณต้องเป็นจำนวนเงินตั้งแต่ 0 บาทขึ้นไป')
    expect(text).toContain('เลือกวิธีซื้อหรือจ้าง')
    expect(text).toContain('เลือกเดือนที่คาดว่าจะประกาศจัดซื้อจัดจ้าง')
    expect(res.body).toContain('value="-5"')
    expect(res.body).toMatch(/>\s*ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3\s*<\/textarea>/)
    expect(await versions('plan', 0)).toEqual([])
  })

  it('gives the messages in English too', async () => {
    const officer = await t.asUser('wt-procurement@prongsai.test')
    officer.cookies.set('lang', 'en')
    const res = await officer.submit(PLAN_URL, planForm({ 'line-0-budget': 'abc', 'allocated-year': '2025' }))
    expect(res.statusCode).toBe(422)
    const text = plainText(res.body)
    expect(text).toContain('the budget must be an amount of 0 baht or more')
    expect(text).toContain('Year must be in the Buddhist Era (BE), for example 2568 rather than 2025')
  })

  it('saves a version, audits it, and shows it publicly only once published, with both dates', async () => {
    const officer = await t.asUser('wt-procurement@prongsai.test')
    const citizen = t.client()
    expect(plainText((await citizen.get('/o/wiang-thong/procurement/plan/2569')).body)).toContain('ยังไม่ได้เผยแพร่แผนการจัดซื้อจัดจ้าง')
    const index = await citizen.get('/o/wiang-thong/procurement')
    expect(index.statusCode).toBe(200)
    expect(plainText(index.body)).toContain('หน่วยงานยังไม่ได้เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง')
    const res = await officer.submit(PLAN_URL, planForm())
    expect(res.statusCode).toBe(303)
    const [v1] = await versions('plan', 0)
    expect(v1!.content).toMatchObject({ allocatedOn: '2025-10-01', announcedOn: '2025-10-20', lines: [{ budget: 12_000_000, method: 'specific', announceMonth: 11 }, { egpId: '68109012345', budget: 125_000_050 }] })
    const audit = await t.db.selectFrom('audit_events').select(['summary', 'organisation_id']).where('action', '=', 'procurement.plan_saved').executeTakeFirstOrThrow()
    expect(audit.summary).toMatchObject({ before: null, after: { version: 1, lines: 2, budget_satang: 137_000_050 } })
    expect(audit.organisation_id).toBe(await t.orgId('wiang-thong'))
    // Saved but not published: still not public.
    expect(plainText((await citizen.get('/o/wiang-thong/procurement/plan/2569')).body)).toContain('ยังไม่ได้เผยแพร่แผนการจัดซื้อจัดจ้าง')
    await officer.get('/staff/procurement?org=wiang-thong&year=2569')
    expect((await officer.post(`${PLAN_URL}/publication`, { publish: 'yes' })).statusCode).toBe(303)
    // The agency's procurement address now leads to the newest published year.
    const moved = await citizen.get('/o/wiang-thong/procurement')
    expect(moved.statusCode).toBe(302)
    expect(moved.headers.location).toBe('/o/wiang-thong/procurement/plan/2569')
    const page = plainText((await citizen.get('/o/wiang-thong/procurement/plan/2569')).body)
    expect(page).toContain('วันที่ได้รับจัดสรรงบประมาณ 1 ตุลาคม 2568')
    expect(page).toContain('วันที่ประกาศเผยแพร่แผน 20 ตุลาคม 2568')
    // 1 → 20 Oct 2568: 13 weekdays, of which 13 Oct (King Bhumibol memorial day) is a holiday.
    expect(page).toMatch(/1[23] วันทำการ ภายใน 30 วันทำการ/)
    expect(page).toContain('1,250,000.50')
    expect(page).toContain('ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)')
    expect(page).toContain('มกราคม 2569')
  })

  it('keeps every save as a version; the public page shows an edit at once and the old version stays reachable', async () => {
    const officer = await t.asUser('wt-procurement@prongsai.test')
    const citizen = t.client()
    expect((await citizen.get('/o/wiang-thong/procurement/plan/2569')).body).not.toContain('รถบรรทุกขยะ')
    const res = await officer.submit(PLAN_URL, planForm({ based_on_version: '1', 'line-2-project': 'จัดซื้อรถบรรทุกขยะ', 'line-2-budget': '2500000', 'line-2-fund_source': 'เงินอุดหนุนเฉพาะกิจ', 'line-2-method': 'e_bidding', 'line-2-announce_month': '3' }))
    expect(res.statusCode).toBe(303)
    expect((await versions('plan', 0)).map((v) => v.version)).toEqual([1, 2])
    const now = await citizen.get('/o/wiang-thong/procurement/plan/2569')
    expect(now.body).toContain('รถบรรทุกขยะ')
    expect(plainText(now.body)).toContain('(ฉบับที่ 2)')
    const old = await citizen.get('/o/wiang-thong/procurement/plan/2569/v/1')
    expect(old.statusCode).toBe(200)
    expect(old.body).not.toContain('รถบรรทุกขยะ')
    expect(plainText(old.body)).toContain('นี่คือฉบับที่ 1')
    expect((await citizen.get('/o/wiang-thong/procurement/plan/2569/v/3')).statusCode).toBe(404)
  })

  it('refuses a save based on an older version, saying someone saved meanwhile', async () => {
    const officer = await t.asUser('wt-procurement@prongsai.test')
    const res = await officer.submit(PLAN_URL, planForm({ based_on_version: '1' }))
    expect(res.statusCode).toBe(422)
    expect(plainText(res.body)).toContain('มีผู้บันทึกฉบับที่ 2 ไปแล้ว')
    expect(res.body).toContain('name="based_on_version" value="2"')
  })

  it('adds empty rows without saving', async () => {
    const officer = await t.asUser('wt-procurement@prongsai.test')
    const page = await officer.get(PLAN_URL)
    const before = (page.body.match(/name="line-\d+-project"/g) ?? []).length
    // Three lines filled (the page's), three left empty, then "add rows".
    const res = await officer.post(PLAN_URL, { ...planForm({ based_on_version: '2', 'line-3-project': '', 'line-4-project': '', 'line-5-project': '' }), action: 'add_rows' })
    expect(res.statusCode).toBe(200)
    expect((res.body.match(/name="line-\d+-project"/g) ?? []).length).toBe(6 + 3)
    expect(res.body).toMatch(/>\s*ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3\s*<\/textarea>/)
    expect(before).toBe(3 + 3)
    expect((await versions('plan', 0)).length).toBe(2)
  })
})

describe('monthly summaries (สขร.1)', () => {
  it('refuses a month with neither purchases nor "no procurement", and one with both', async () => {
    const officer = await t.asUser('wt-procurement@prongsai.test')
    const empty = await officer.submit(monthUrl(10), monthForm([]))
    expect(empty.statusCode).toBe(422)
    expect(plainText(empty.body)).toContain('เพิ่มรายการจัดซื้อจัดจ้างอย่างน้อยหนึ่งรายการ')
    const both = await officer.submit(monthUrl(10), monthForm([monthRow(0)], { no_procurement: 'yes' }))
    expect(both.statusCode).toBe(422)
    expect(plainText(both.body)).toContain('เลือก "ไม่มีการจัดซื้อจัดจ้าง" แต่ยังมีรายการอยู่')
    const bad = await officer.submit(monthUrl(10), monthForm([monthRow(0, { agreed_price: '-1', winner: '', 'contract_date-day': '32' })]))
    expect(bad.statusCode).toBe(422)
    const text = plainText(bad.body)
    expect(text).toContain('ราคาที่ตกลงซื้อหรือจ้างต้องเป็นจำนวนเงินตั้งแต่ 0 บาทขึ้นไป')
    expect(text).toContain('กรอกผู้ได้รับการคัดเลือก')
    expect(text).toContain('วันต้องเป็นตัวเลข 1 ถึง 31')
    expect(bad.body).toContain('value="-1"')
    expect(await versions('month', 10)).toEqual([])
  })

  it('tells "no procurement" apart from "not reported", publicly and in JSON', async () => {
    const officer = await t.asUser('wt-procurement@prongsai.test')
    expect((await officer.submit(monthUrl(11), monthForm([], { no_procurement: 'yes' }))).statusCode).toBe(303)
    const citizen = t.client()
    // Saved but not published: the public still sees nothing for November.
    let json = (await citizen.get('/api/v1/organisations/wiang-thong/procurement/monthly/2569')).json()
    expect(json.months[1]).toMatchObject({ month: 11, state: 'not_published' })
    await officer.get('/staff/procurement?org=wiang-thong&year=2569')
    expect((await officer.post(`${monthUrl(11)}/publication`, { publish: 'yes' })).statusCode).toBe(303)
    json = (await citizen.get('/api/v1/organisations/wiang-thong/procurement/monthly/2569')).json()
    expect(json.months.map((m: { month: number; state: string }) => [m.month, m.state]).slice(0, 3)).toEqual([
      [10, 'not_published'],
      [11, 'no_procurement'],
      [12, 'not_published'],
    ])
    const page = plainText((await citizen.get('/o/wiang-thong/procurement/monthly/2569')).body)
    expect(page).toMatch(/ตุลาคม 2568 ยังไม่ได้เผยแพร่ พฤศจิกายน 2568 ไม่มีการจัดซื้อจัดจ้างในเดือนนี้ ธันวาคม 2568 ยังไม่ได้เผยแพร่/)
    const overview = plainText((await officer.get('/staff/procurement?org=wiang-thong&year=2569')).body)
    expect(overview).toMatch(/พฤศจิกายน 2568 ไม่มีการจัดซื้อจัดจ้าง 0/)
    expect(overview).toMatch(/ตุลาคม 2568 ยังไม่รายงาน เกินกำหนด/)
  })

  it('saves and publishes a month with purchases; the public month, year and annual pages show it at once', async () => {
    const officer = await t.asUser('wt-procurement@prongsai.test')
    const citizen = t.client()
    expect(plainText((await citizen.get('/o/wiang-thong/procurement/monthly/2569/10')).body)).toContain('ยังไม่ได้เผยแพร่สรุปผลของเดือนนี้')
    const second = monthRow(1, { item: 'จ้างเหมาเก็บขยะ', budget: '120000', reference_price: '-', method: 'e_market', bidders: 'หจก.สะอาดบริการ 118,000.00 บาท\nบริษัท กรีนเวสต์ จำกัด 119,500.00 บาท', winner: 'หจก.สะอาดบริการ', agreed_price: '118,000', contract_no: 'สัญญาจ้าง 2/2569', 'contract_date-day': '24' })
    expect((await officer.submit(monthUrl(10), monthForm([monthRow(0), second]))).statusCode).toBe(303)
    await officer.get('/staff/procurement?org=wiang-thong&year=2569')
    expect((await officer.post(`${monthUrl(10)}/publication`, { publish: 'yes' })).statusCode).toBe(303)
    const month = plainText((await citizen.get('/o/wiang-thong/procurement/monthly/2569/10')).body)
    expect(month).toContain('สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนตุลาคม พ.ศ. 2568')
    expect(month).toContain('1 จัดซื้อวัสดุสำนักงาน 12,500.00 12,500.00 เฉพาะเจาะจง ร้านเวียงทองพาณิชย์ 12,350.00 บาท ร้านเวียงทองพาณิชย์ ราคา 12,350.00 บาท เสนอราคาต่ำสุด ใบสั่งซื้อ 5/2569 ลงวันที่ 28 ต.ค. 2568')
    expect(month).toContain('2 จ้างเหมาเก็บขยะ 120,000.00 – ตลาดอิเล็กทรอนิกส์ (e-market)')
    const annual = plainText((await citizen.get('/o/wiang-thong/procurement/annual/2569')).body)
    expect(annual).toContain('รวบรวมจากสรุปผลรายเดือนที่เผยแพร่แล้ว 2 จาก 12 เดือน: 2 รายการ ราคาที่ตกลงรวม 130,350.00 บาท')
    expect(annual).toContain('ตลาดอิเล็กทรอนิกส์ (e-market) 1 120,000.00 118,000.00')
    expect(annual).toContain('เฉพาะเจาะจง 1 12,500.00 12,350.00')
    expect(annual).toContain('พฤศจิกายน 2568 ไม่มีการจัดซื้อจัดจ้าง')
    // An edit of a published month shows at once, and the first version stays at its address.
    expect((await officer.submit(monthUrl(10), monthForm([monthRow(0, { agreed_price: '12,000' }), second], { based_on_version: '1' }))).statusCode).toBe(303)
    expect(plainText((await citizen.get('/o/wiang-thong/procurement/monthly/2569/10')).body)).toContain('ราคา 12,000.00 บาท')
    expect(plainText((await citizen.get('/o/wiang-thong/procurement/monthly/2569/10/v/1')).body)).toContain('ราคา 12,350.00 บาท')
    expect(plainText((await citizen.get('/o/wiang-thong/procurement/annual/2569')).body)).toContain('ราคาที่ตกลงรวม 130,000.00 บาท')
  })

  it('serves the month as CSV, JSON, Excel and Word', async () => {
    const citizen = t.client()
    const csv = await citizen.get('/o/wiang-thong/procurement/monthly/2569/10.csv')
    expect(csv.statusCode).toBe(200)
    expect(csv.headers['content-type']).toContain('text/csv')
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split(/\r?\n/)
    expect(lines[0]).toContain('ลำดับที่,งานที่จัดซื้อหรือจัดจ้าง,วงเงินที่จะซื้อหรือจ้าง (บาท),ราคากลาง (บาท),วิธีซื้อหรือจ้าง')
    expect(csv.body).toContain('1,จัดซื้อวัสดุสำนักงาน,12500,12500,เฉพาะเจาะจง,"ร้านเวียงทองพาณิชย์ 12,350.00 บาท",ร้านเวียงทองพาณิชย์,12000,เสนอราคาต่ำสุด,ใบสั่งซื้อ 5/2569,2025-10-28')
    expect(csv.body).toContain('2,จ้างเหมาเก็บขยะ,120000,,ตลาดอิเล็กทรอนิกส์ (e-market),"หจก.สะอาดบริการ 118,000.00 บาท')
    expect(csv.body).toContain('2025-10-28')

    const json = (await citizen.get('/api/v1/organisations/wiang-thong/procurement/monthly/2569/10')).json()
    expect(json.summary).toMatchObject({ fiscal_year: 2569, month: 10, state: 'published', version: 2 })
    expect(json.summary.purchases[1]).toMatchObject({ no: 2, item: 'จ้างเหมาเก็บขยะ', budget: 120000, reference_price: null, method: 'e_market', agreed_price: 118000, contract_date: '2025-10-24' })
    expect((await citizen.get('/api/v1/organisations/wiang-thong/procurement/monthly/2569/12')).statusCode).toBe(404)
    const openapi = (await citizen.get('/api/openapi.json')).json()
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/api/v1/organisations/{slug}/procurement/plan/{fy}', '/api/v1/organisations/{slug}/procurement/monthly/{fy}/{month}']))

    const xlsx = await citizen.get('/o/wiang-thong/procurement/monthly/2569/10.xlsx')
    expect(xlsx.statusCode).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    const sheet = book.worksheets[0]!
    const values: unknown[][] = []
    sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)))
    const first = values.find((r) => r[1] === 'จัดซื้อวัสดุสำนักงาน')!
    expect(first.slice(0, 5)).toEqual([1, 'จัดซื้อวัสดุสำนักงาน', 12500, 12500, 'เฉพาะเจาะจง'])
    expect(first[7]).toBe(12000)
    const second = values.find((r) => r[1] === 'จ้างเหมาเก็บขยะ')!
    expect(second[3] ?? null).toBe(null)

    // The whole year as Excel too: every month's rows under their month, and the annual report.
    const year = await citizen.get('/o/wiang-thong/procurement/monthly/2569.xlsx')
    expect(year.statusCode).toBe(200)
    const yearBook = new ExcelJS.Workbook()
    await yearBook.xlsx.load(year.rawPayload as unknown as ArrayBuffer)
    const yearRows: unknown[][] = []
    yearBook.worksheets[0]!.eachRow((row) => yearRows.push((row.values as unknown[]).slice(1)))
    expect(yearRows.find((r) => r.includes('จัดซื้อวัสดุสำนักงาน'))?.[0]).toBe('2568-10')
    expect((await citizen.get('/o/wiang-thong/procurement/annual/2569.xlsx')).statusCode).toBe(200)
    expect((await citizen.get('/o/wiang-thong/procurement/annual/2569.docx')).statusCode).toBe(404)
    expect(second[9]).toBe('สัญญาจ้าง 2/2569')

    const docx = await citizen.get('/o/wiang-thong/procurement/monthly/2569/10.docx')
    expect(docx.statusCode).toBe(200)
    expect(docx.headers['content-disposition']).toContain('skr1-wiang-thong-2568-10.docx')
    const { zipEntries } = await import('../support/zip-entries.ts')
    const xml = zipEntries(docx.rawPayload).get('word/document.xml')!.toString('utf8')
    expect(xml).toContain('TH Sarabun New')
    expect(xml).toMatch(/w:orient="landscape"/)
    expect(xml).toContain('สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนตุลาคม พ.ศ. ๒๕๖๘')
    expect(xml).toContain('๑๒,๕๐๐.๐๐')
    expect(xml).toContain('ลงวันที่ ๒๘/๑๐/๒๕๖๘')
    // Opened the way a person would: LibreOffice prints it, landscape, with the table's Thai text.
    const { officeToPdf, pdfText, pdfWords } = await import('../support/libreoffice.ts')
    const { pdf, dir } = await officeToPdf(docx.rawPayload, 'docx')
    try {
      const printed = await pdfText(pdf)
      expect(printed).toContain('เทศบาลตำบลเวียงทอง')
      // Narrow columns wrap words across lines: compared without the line breaks.
      const joined = printed.replace(/\s+/g, '')
      expect(joined).toContain('จัดซื้อวัสดุสำนักงาน')
      expect(joined).toContain('๑๒,๕๐๐.๐๐')
      expect(joined).toContain('ราคา๑๒,๐๐๐.๐๐บาท')
      expect(joined).toContain('(นายพัสดุถูกต้อง)')
      const words = await pdfWords(pdf)
      expect(words[0]!.pageWidth).toBeGreaterThan(800)
    } finally {
      const { rm } = await import('node:fs/promises')
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('imports rows from CSV all-or-nothing, naming each wrong row, and from Excel', async () => {
    const officer = await t.asUser('wt-procurement@prongsai.test')
    await officer.get(monthUrl(12))
    const header = 'งานที่จัดซื้อหรือจัดจ้าง,วงเงิน,ราคากลาง,วิธี,ผู้เสนอราคา,ผู้ได้รับคัดเลือก,ราคาที่ตกลง,เหตุผล,เลขที่สัญญา,วันที่สัญญา'
    const bad = [header, 'จัดซื้อน้ำมัน,5000,5000,เฉพาะเจาะจง,ปั๊มเวียงทอง 4900,ปั๊มเวียงทอง,4900,ราคาต่ำสุด,PO 9/2569,3/12/2568', 'จัดซื้อกระดาษ,abc,,วิธีพิเศษ,ร้าน ก 100,ร้าน ก,100,ต่ำสุด,PO 10/2569,31/11/2568'].join('\n')
    const res = await postMultipart(t, officer, `${monthUrl(12)}/import`, { csv: bad })
    expect(res.statusCode).toBe(422)
    const text = plainText(res.body)
    expect(text).toContain('นำเข้าไม่สำเร็จ ไม่มีการบันทึก')
    expect(text).toContain('แถวที่ 3 (วงเงินที่จะซื้อหรือจ้าง (บาท) / Budget (baht))')
    expect(text).toContain('แถวที่ 3 (วิธีซื้อหรือจ้าง / Method): เลือกวิธีซื้อหรือจ้าง')
    expect(text).toContain('เดือนพฤศจิกายน พ.ศ. 2568 มี 30 วัน')
    expect(text).not.toContain('แถวที่ 2')
    expect(await versions('month', 12)).toEqual([])

    const good = [header, 'จัดซื้อน้ำมัน,"5,000",5000,เฉพาะเจาะจง,ปั๊มเวียงทอง 4900,ปั๊มเวียงทอง,4900,ราคาต่ำสุด,PO 9/2569,3/12/2568', 'จัดซื้อกระดาษ,1000,,e-market,"ร้าน ก 950\nร้าน ข 990",ร้าน ก,950,ต่ำสุด,PO 10/2569,5/12/2568'].join('\n')
    const ok = await postMultipart(t, officer, `${monthUrl(12)}/import`, { csv: good })
    expect(ok.statusCode).toBe(303)
    const [v] = await versions('month', 12)
    expect(v!.content).toMatchObject({ noProcurement: false, rows: [{ item: 'จัดซื้อน้ำมัน', budget: 500_000, method: 'specific', contractDate: '2025-12-03' }, { item: 'จัดซื้อกระดาษ', method: 'e_market', referencePrice: null, bidders: 'ร้าน ก 950\nร้าน ข 990' }] })
    const audit = await t.db.selectFrom('audit_events').select('summary').where('action', '=', 'procurement.month_imported').executeTakeFirstOrThrow()
    expect(audit.summary).toMatchObject({ after: { version: 1, rows: 2 } })

    // The Excel template, filled in, imports the same way.
    const template = await officer.get('/staff/procurement/template.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(template.rawPayload as unknown as ArrayBuffer)
    const sheet = book.worksheets[0]!
    sheet.getRow(3).values = ['จัดซื้อหมึกพิมพ์', '3,200', '3,200', 'เฉพาะเจาะจง', 'ร้าน ค 3,150', 'ร้าน ค', '3,150', 'ต่ำสุด', 'PO 11/2569', '8/12/2568']
    const bytes = Buffer.from(await book.xlsx.writeBuffer())
    await officer.get(monthUrl(12))
    const fromExcel = await postMultipart(t, officer, `${monthUrl(12)}/import`, { csv: '' }, { name: 'skr1.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes })
    expect(fromExcel.statusCode).toBe(303)
    const all = await versions('month', 12)
    expect(all.length).toBe(2)
    expect((all[1]!.content as { rows: { item: string }[] }).rows.map((r) => r.item)).toEqual(['จัดซื้อวัสดุสำนักงาน', 'จัดซื้อหมึกพิมพ์'])
  })
})

describe('who may do what', () => {
  it('lets the head edit; the agency’s officer reads without a form; other agencies and citizens are kept out', async () => {
    const head = await t.asUser('wt-head@prongsai.test')
    const form = await head.get(monthUrl(1))
    expect(form.statusCode).toBe(200)
    expect(form.body).toContain('name="row-0-item"')

    const officer = await t.asUser('wt-officer@prongsai.test')
    const read = await officer.get(monthUrl(10))
    expect(read.statusCode).toBe(200)
    expect(read.body).not.toContain('name="row-0-item"')
    expect(plainText(read.body)).toContain('จ้างเหมาเก็บขยะ')
    expect((await officer.post(monthUrl(10), monthForm([monthRow(0)], { based_on_version: '2' }))).statusCode).toBe(403)
    expect((await officer.post(`${PLAN_URL}/publication`, { publish: 'no' })).statusCode).toBe(403)

    const other = await t.asUser('nb-officer@prongsai.test')
    expect((await other.get(PLAN_URL)).statusCode).toBe(403)
    expect((await other.get('/staff/procurement?org=wiang-thong')).statusCode).toBe(403)
    await other.get('/staff/procurement')
    expect((await other.post(monthUrl(10), monthForm([monthRow(0)], { based_on_version: '2' }))).statusCode).toBe(403)
    expect((await versions('month', 10)).length).toBe(2)

    const anonymous = t.client()
    const res = await anonymous.get(PLAN_URL)
    expect(res.statusCode).toBe(303)
    expect(res.headers['x-error-code']).toBe('unauthenticated')
    expect(String(res.headers.location)).toMatch(/^\/sign-in\?next=/)
  })

  it('unpublishing hides a month from the public at once', async () => {
    const officer = await t.asUser('wt-procurement@prongsai.test')
    const citizen = t.client()
    expect(plainText((await citizen.get('/o/wiang-thong/procurement/monthly/2569/11')).body)).toContain('ไม่มีการจัดซื้อจัดจ้างในเดือนนี้')
    await officer.get('/staff/procurement?org=wiang-thong&year=2569')
    expect((await officer.post(`${monthUrl(11)}/publication`, { publish: 'no' })).statusCode).toBe(303)
    expect(plainText((await citizen.get('/o/wiang-thong/procurement/monthly/2569/11')).body)).toContain('ยังไม่ได้เผยแพร่สรุปผลของเดือนนี้')
    const audit = await t.db.selectFrom('audit_events').select('action').where('action', 'like', 'procurement.%').orderBy('seq').execute()
    expect(audit.map((a) => a.action)).toContain('procurement.month_unpublished')
  })
})
