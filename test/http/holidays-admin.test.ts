import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deadlineAfterBusinessDays, loadHolidayDates, loadInitialHolidaysIfEmpty } from '../../src/features/holidays/index.ts'
import { addBusinessDays, isoDate, parseHolidayCsv } from '../../src/platform/thai-calendar/index.ts'
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts'

// The test clock is 22 Nov 2026 (2569 BE) and the template database already holds the government list.
let t: TestApp
let admin: Client
beforeAll(async () => {
  t = await createTestApp()
  admin = await t.asUser('admin@prongsai.test')
})
afterAll(() => t.close())

async function holidaysIn(ceYear: number) {
  return t.db.selectFrom('holidays').selectAll().where('date', '>=', `${ceYear}-01-01`).where('date', '<=', `${ceYear}-12-31`).orderBy('date').execute()
}

async function holiday(date: string) {
  return t.db.selectFrom('holidays').selectAll().where('date', '=', date).executeTakeFirst()
}

async function auditEvents(action: string, entityId?: string) {
  let q = t.db.selectFrom('audit_events').selectAll().where('action', '=', action)
  if (entityId !== undefined) q = q.where('entity_id', '=', entityId)
  return q.orderBy('seq').execute()
}

const form = (over: Record<string, string> = {}) => ({
  'date-day': '30',
  'date-month': '11',
  'date-year': '2569',
  name_th: 'วันหยุดราชการเพิ่มเป็นกรณีพิเศษ',
  name_en: 'Special government holiday',
  kind: 'special',
  ...over,
})

describe('the first start', () => {
  it('loads the 97 government holidays of 2024–2027 once, recorded as done by the system', async () => {
    const count = await t.db.selectFrom('holidays').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    expect(Number(count.n)).toBe(97)
    const [event, ...more] = await auditEvents('holidays.initial_load')
    expect(more).toHaveLength(0)
    expect(event).toMatchObject({ actor_id: null, actor_label: 'system', entity_type: 'holidays' })
    expect(event!.summary.after).toMatchObject({ count: 97, years_ce: [2024, 2025, 2026, 2027], years_be: [2567, 2568, 2569, 2570] })
  })

  it('leaves a calendar that already has holidays alone', async () => {
    expect(await loadInitialHolidaysIfEmpty(t.db)).toBe(0)
    expect(await auditEvents('holidays.initial_load')).toHaveLength(1)
  })

  it('does not make Labour Day a government holiday', async () => {
    expect(await holiday('2026-05-01')).toBeUndefined()
  })
})

describe('a year of holidays', () => {
  it('shows this year (2569) by default, with weekday, BE date, both names and the kind', async () => {
    const res = await admin.get('/admin/holidays')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('วันหยุดราชการ พ.ศ. 2569')
    expect(res.body).toContain('ศ. 23 ต.ค. 2569')
    expect(res.body).toContain('วันปิยมหาราช')
    expect(res.body).toContain('HM King Chulalongkorn Memorial Day')
    expect(res.body).toContain('วันหยุดตามวันที่ประจำปี')
    expect((await holidaysIn(2026)).every((h) => res.body.includes(`data-date="${h.date}"`))).toBe(true)
    expect(res.body).not.toContain('data-date="2027-01-01"')
  })

  it('links to the previous and next years and lists the years on record', async () => {
    const res = await admin.get('/admin/holidays?year=2569')
    expect(res.body).toContain('href="/admin/holidays?year=2568"')
    expect(res.body).toContain('href="/admin/holidays?year=2570"')
    expect(res.body).toContain('2567 (28 วัน)')
    expect(res.body).toContain('2570 (22 วัน)')
  })

  it('warns that the predicted 2570 list lacks the Royal Ploughing Day, and not for 2569', async () => {
    expect((await admin.get('/admin/holidays?year=2570')).body).toContain('data-warning="no-royal-ceremony"')
    expect((await admin.get('/admin/holidays?year=2569')).body).not.toContain('data-warning="no-royal-ceremony"')
  })

  it('takes a CE year in the address to its BE year, and refuses nonsense', async () => {
    const res = await admin.get('/admin/holidays?year=2026')
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/admin/holidays?year=2569')
    expect((await admin.get('/admin/holidays?year=abc')).statusCode).toBe(404)
  })

  it('shows the page in English with BE dates', async () => {
    const res = await admin.get('/admin/holidays?year=2569', { cookie: `${[...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ')}; lang=en` })
    expect(res.body).toContain('Government holidays 2569 BE')
    expect(res.body).toContain('Fri 23 Oct 2569 BE')
  })
})

describe('adding, changing and deleting a holiday', () => {
  it('adds a cabinet special day and records it in the audit trail', async () => {
    const res = await admin.submit('/admin/holidays/new?year=2569', form(), '/admin/holidays/new')
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/admin/holidays?year=2569')
    expect(await holiday('2026-11-30')).toEqual({ date: '2026-11-30', name_th: 'วันหยุดราชการเพิ่มเป็นกรณีพิเศษ', name_en: 'Special government holiday', kind: 'special' })
    const [event] = await auditEvents('holiday.created', '2026-11-30')
    expect(event!.summary).toEqual({ before: null, after: { date: '2026-11-30', name_th: 'วันหยุดราชการเพิ่มเป็นกรณีพิเศษ', name_en: 'Special government holiday', kind: 'special' } })
    expect(event!.actor_label).toContain('admin@prongsai.test')
    const page = await admin.get(res.headers.location as string)
    expect(page.body).toContain('จ. 30 พ.ย. 2569')
    expect(page.body).toContain('เพิ่มวันหยุด “วันหยุดราชการเพิ่มเป็นกรณีพิเศษ” แล้ว')
  })

  it('refuses a day that already has a holiday, naming it', async () => {
    const res = await admin.submit('/admin/holidays/new', form({ 'date-day': '23', 'date-month': '10', name_th: 'ซ้ำ' }))
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('มีวันหยุดในวันที่ 23 ต.ค. 2569 อยู่แล้ว (วันปิยมหาราช)')
    expect(res.body).toContain('value="ซ้ำ"')
    expect((await holiday('2026-10-23'))!.name_th).toBe('วันปิยมหาราช')
  })

  it('rejects 31 February, keeping what was typed', async () => {
    const res = await admin.submit('/admin/holidays/new', form({ 'date-day': '31', 'date-month': '2', name_th: 'วันทดสอบ' }))
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('เดือนกุมภาพันธ์ พ.ศ. 2569 มี 28 วัน')
    expect(res.body).toMatch(/name="date-day"[^>]*value="31"/)
    expect(res.body).toContain('value="วันทดสอบ"')
  })

  it('tells someone who typed the CE year 2026 to use 2569', async () => {
    const res = await admin.submit('/admin/holidays/new', form({ 'date-day': '1', 'date-month': '12', 'date-year': '2026' }))
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('ปีต้องเป็นปีพุทธศักราช (พ.ศ.) เช่น 2569 ไม่ใช่ ค.ศ. 2026')
    expect(res.body).toContain('value="2026"')
    expect(await holiday('2026-12-01')).toBeUndefined()
  })

  it('requires both names and a kind', async () => {
    const res = await admin.submit('/admin/holidays/new', form({ 'date-day': '1', 'date-month': '12', name_th: '  ', name_en: '', kind: '' }))
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('กรอกชื่อวันหยุดภาษาไทย')
    expect(res.body).toContain('กรอกชื่อวันหยุดภาษาอังกฤษ')
    expect(res.body).toContain('เลือกประเภทวันหยุด')
    expect(res.body).toContain('value="1"')
    expect(await holiday('2026-12-01')).toBeUndefined()
  })

  it('moves and renames a holiday, recording before and after', async () => {
    const page = await admin.get('/admin/holidays/day/2026-11-30')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('value="วันหยุดราชการเพิ่มเป็นกรณีพิเศษ"')
    const res = await admin.post('/admin/holidays/day/2026-11-30', form({ 'date-day': '27', name_en: 'Special holiday (moved)' }))
    expect(res.statusCode).toBe(303)
    expect(await holiday('2026-11-30')).toBeUndefined()
    expect((await holiday('2026-11-27'))!.name_en).toBe('Special holiday (moved)')
    const [event] = await auditEvents('holiday.updated', '2026-11-27')
    expect(event!.summary).toMatchObject({
      before: { date: '2026-11-30', name_en: 'Special government holiday' },
      after: { date: '2026-11-27', name_en: 'Special holiday (moved)' },
    })
  })

  it('will not move a holiday onto a day that already has one', async () => {
    await admin.get('/admin/holidays/day/2026-11-27')
    const res = await admin.post('/admin/holidays/day/2026-11-27', form({ 'date-day': '10', 'date-month': '12' }))
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('(วันรัฐธรรมนูญ)')
    expect(await holiday('2026-11-27')).toBeDefined()
  })

  it('deletes a holiday only after confirmation, and records what it was', async () => {
    const confirm = await admin.get('/admin/holidays/day/2026-11-27/delete')
    expect(confirm.statusCode).toBe(200)
    expect(confirm.body).toContain('ลบวันหยุดนี้หรือไม่')
    expect(await holiday('2026-11-27')).toBeDefined()
    const res = await admin.post('/admin/holidays/day/2026-11-27/delete', {})
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/admin/holidays?year=2569')
    expect(await holiday('2026-11-27')).toBeUndefined()
    const [event] = await auditEvents('holiday.deleted', '2026-11-27')
    expect(event!.summary).toEqual({ before: { date: '2026-11-27', name_th: 'วันหยุดราชการเพิ่มเป็นกรณีพิเศษ', name_en: 'Special holiday (moved)', kind: 'special' }, after: null })
  })

  it('answers 404 for a day that is not a holiday', async () => {
    expect((await admin.get('/admin/holidays/day/2026-11-27')).statusCode).toBe(404)
    expect((await admin.get('/admin/holidays/day/not-a-date/delete')).statusCode).toBe(404)
  })
})

describe('substitute days', () => {
  it('proposes the missing substitute for a weekend holiday and adds it with one button', async () => {
    await admin.submit('/admin/holidays/day/2024-05-06/delete', {})
    const page = await admin.get('/admin/holidays?year=2567')
    expect(page.body).toContain('data-proposal="2024-05-06"')
    expect(page.body).toContain('value="วันหยุดชดเชยวันฉัตรมงคล"')
    expect((await admin.get('/admin/holidays?year=2569')).body).toContain('data-proposals="none"')

    const res = await admin.post('/admin/holidays/new', form({ 'date-day': '6', 'date-month': '5', 'date-year': '2567', name_th: 'วันหยุดชดเชยวันฉัตรมงคล', name_en: 'Substitution day for Coronation Day', kind: 'substitution' }))
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/admin/holidays?year=2567')
    expect((await holiday('2024-05-06'))!.kind).toBe('substitution')
    expect((await admin.get('/admin/holidays?year=2567')).body).not.toContain('data-proposal="2024-05-06"')
  })
})

describe('the deadline check', () => {
  it('counts 10 business days from Thu 3 Dec 2569 past the weekend, the 7 Dec substitute and Constitution Day', async () => {
    // Fri 4 (1), Tue 8 (2), Wed 9 (3), Fri 11 (4), 14–18 (5–9), Mon 21 (10): 5–6 and 12–13 are weekends, 7 and 10 holidays.
    const res = await admin.get('/admin/holidays?year=2569&start-day=3&start-month=12&start-year=2569&days=10')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('data-due="2026-12-21"')
    expect(res.body).toContain('จ. 21 ธ.ค. 2569')
    for (const d of ['2026-12-05', '2026-12-07', '2026-12-10']) expect(res.body).toContain(`data-skipped="${d}"`)
  })

  it('carries on over New Year: 20 business days from 3 Dec 2569 skip 31 Dec and 1 Jan', async () => {
    // After Mon 21 (10): 22–25 (11–14), 28–30 (15–17), 31 Dec and 1 Jan off, Mon 4 (18), Tue 5 (19), Wed 6 Jan 2570 (20).
    const res = await admin.get('/admin/holidays?year=2569&start-day=3&start-month=12&start-year=2569&days=20')
    expect(res.body).toContain('data-due="2027-01-06"')
    expect(res.body).toContain('data-skipped="2026-12-31"')
    expect(res.body).toContain('data-skipped="2027-01-01"')
    expect(res.body).not.toContain('data-warning="years-without-data"')
  })

  it('warns when the count runs into a year with no holidays on record', async () => {
    const res = await admin.get('/admin/holidays?year=2570&start-day=20&start-month=12&start-year=2570&days=15')
    expect(res.body).toContain('data-warning="years-without-data"')
    expect(res.body).toContain('2571')
  })

  it('gives other features the same answer with holidays loaded only for the days it needs, however long the count', async () => {
    const everything = await loadHolidayDates(t.db, isoDate('2024-01-01'), isoDate('2027-12-31'))
    expect(everything.size).toBe((await t.db.selectFrom('holidays').select('date').execute()).length)
    for (const [start, n] of [['2026-12-03', 10], ['2024-01-01', 365], ['2024-04-12', 3], ['2027-01-06', -20]] as const) {
      expect(await deadlineAfterBusinessDays(t.db, isoDate(start), n), `${start} + ${n}`).toBe(addBusinessDays(isoDate(start), n, everything))
    }
  })

  it('explains bad input and keeps it', async () => {
    const res = await admin.get('/admin/holidays?year=2569&start-day=3&start-month=12&start-year=2026&days=0')
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('ไม่ใช่ ค.ศ. 2026')
    expect(res.body).toContain('จำนวนวันทำการต้องเป็นจำนวนเต็ม 1 ถึง 365')
    expect(res.body).toContain('value="2026"')
    expect(res.body).not.toContain('data-due=')
  })
})

describe('CSV export and import', () => {
  it('exports a year as a UTF-8 CSV with a BOM that reads back to the same holidays', async () => {
    const res = await admin.get('/admin/holidays/2569.csv')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(res.headers['content-disposition']).toBe('attachment; filename="thai-government-holidays-2569.csv"')
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    const parsed = parseHolidayCsv(res.body)
    expect(parsed.ok).toBe(true)
    const stored = await holidaysIn(2026)
    expect(parsed.ok && parsed.holidays).toEqual(stored.map((h) => ({ date: h.date, nameTh: h.name_th, nameEn: h.name_en, kind: h.kind })))
  })

  it('changes nothing when one line is bad, and names the line', async () => {
    const before = await holidaysIn(2027)
    const good = (await admin.get('/admin/holidays/2570.csv')).body.replace(/^\uFEFF/, '')
    const lines = good.split('\n')
    lines[2] = '2027-02-30,วันผิด,Wrong day,lunar'
    const res = await admin.submit('/admin/holidays/import?year=2570', { csv: lines.join('\n') })
    expect(res.statusCode).toBe(422)
    expect(res.body).toMatch(/<li id="csv-line-3-1" class="error-message">บรรทัด 3: วันที่ &#34;2027-02-30&#34; ไม่ถูกต้อง/)
    expect(res.body).toContain('ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ')
    expect(res.body).toContain('วันผิด')
    expect(await holidaysIn(2027)).toEqual(before)
    expect(await auditEvents('holidays.year_imported')).toHaveLength(0)
  })

  it('refuses rows of another year', async () => {
    const before = await holidaysIn(2027)
    const csv = 'date,name_th,name_en,kind\n2027-01-01,วันขึ้นปีใหม่,New Year\'s Day,fixed\n2028-01-01,วันขึ้นปีใหม่,New Year\'s Day,fixed\n'
    const res = await admin.submit('/admin/holidays/import?year=2570', { csv })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('2028-01-01 (วันขึ้นปีใหม่) ไม่อยู่ในปี พ.ศ. 2570')
    expect(await holidaysIn(2027)).toEqual(before)
  })

  it('replaces the whole year in one go and records the counts before and after', async () => {
    const exported = (await admin.get('/admin/holidays/2570.csv')).body
    const withPloughing = exported.replace(/^\uFEFF/, '') + '2027-05-12,วันพืชมงคล (วันพระราชพิธีพืชมงคลจรดพระนังคัลแรกนาขวัญ),Royal Ploughing Ceremony Day,royal_ceremony\n'
    const res = await admin.submit('/admin/holidays/import?year=2570', { csv: withPloughing })
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/admin/holidays?year=2570')
    expect(await holidaysIn(2027)).toHaveLength(23)
    expect((await holiday('2027-05-12'))!.kind).toBe('royal_ceremony')
    const [event] = await auditEvents('holidays.year_imported', '2570')
    expect(event!.summary).toMatchObject({ before: { year_be: 2570, count: 22 }, after: { year_be: 2570, count: 23 } })
    const page = await admin.get('/admin/holidays?year=2570')
    expect(page.body).toContain('นำเข้าวันหยุดปี พ.ศ. 2570 แล้ว: 23 วัน (เดิม 22 วัน)')
    expect(page.body).not.toContain('data-warning="no-royal-ceremony"')
  })
})

describe('who may manage holidays', () => {
  it('refuses an agency admin, who is not a platform admin, everywhere', async () => {
    const c = await t.asUser('wt-admin@prongsai.test')
    for (const url of ['/admin/holidays', '/admin/holidays?year=2569&start-day=3&start-month=12&start-year=2569&days=10', '/admin/holidays/new', '/admin/holidays/day/2026-10-23', '/admin/holidays/day/2026-10-23/delete', '/admin/holidays/import?year=2569', '/admin/holidays/2569.csv']) {
      expect((await c.get(url)).statusCode, url).toBe(403)
    }
    await c.get('/staff')
    expect((await c.post('/admin/holidays/new', form({ 'date-day': '1', 'date-month': '12' }))).statusCode).toBe(403)
    expect((await c.post('/admin/holidays/day/2026-10-23/delete', {})).statusCode).toBe(403)
    expect((await c.post('/admin/holidays/import?year=2569', { csv: 'date,name_th,name_en,kind\n2026-01-01,ก,A,fixed\n' })).statusCode).toBe(403)
    expect(await holiday('2026-12-01')).toBeUndefined()
    expect(await holiday('2026-10-23')).toBeDefined()
    expect(await holidaysIn(2026)).toHaveLength(22)
  })

  it('sends visitors to sign in', async () => {
    const res = await t.client().get('/admin/holidays')
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toMatch(/^\/sign-in/)
  })
})
