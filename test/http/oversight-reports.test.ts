import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts'
import { officePrintAll, pdfToPngs } from '../support/libreoffice.ts'
import { zipEntries } from '../support/zip-entries.ts'

let t: TestApp
let filesDir: string
const BASE = 'https://prongsai.example'
beforeAll(async () => {
  filesDir = mkdtempSync(join(tmpdir(), 'prongsai-oversight-files-'))
  // 6 January 2026 in Bangkok: FY 2569, Q1 has ended (deadline 10 business days later), Q2 running.
  t = await createTestApp({ now: new Date('2026-01-06T03:00:00Z'), env: { FILES_DIR: filesDir, BASE_URL: BASE } })
})
afterAll(async () => {
  await t.close()
  rmSync(filesDir, { recursive: true, force: true })
})

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? ''

async function postMultipart(c: Client, url: string, fields: Record<string, string>, file: { field: string; name: string; bytes: Buffer; type: string } | null) {
  const token = csrfOf((await c.get(url)).body)
  const boundary = `----prongsai-${Math.random().toString(16).slice(2)}`
  const parts: Buffer[] = []
  for (const [k, v] of Object.entries({ _csrf: token, ...fields })) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`))
  if (file) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.bytes, Buffer.from('\r\n'))
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return t.app.inject({ method: 'POST', url, headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: Buffer.concat(parts) })
}

const yes = (id: string, how: string) => ({ [`a__${id}__answer`]: 'yes', [`a__${id}__how`]: how })
const complete = (over: Record<string, string> = {}) => ({
  a__agency_name: 'เทศบาลตำบลเวียงทอง',
  a__agency_phone: '0 9912 0099',
  a__responsible: 'นายโปร่ง ใสสะอาด',
  ...yes('i1_1', 'จัดทำคู่มือ 12 กระบวนงาน'),
  ...yes('i1_2_a', 'ติดประกาศที่จุดบริการ'),
  a__i1_2_b__answer: 'no',
  a__i1_2_b__how: '',
  ...yes('i1_2_c', 'แบบสอบถามทุกไตรมาส'),
  ...yes('i1_3', 'เผยแพร่บนเว็บไซต์'),
  a__i2_1: 'ปฏิบัติตาม พ.ร.บ. อำนวยความสะดวกฯ',
  ...yes('i2_2', 'e-Book'),
  a__i2_3__how: 'หน้าคู่มือบนเว็บไซต์เปิดเผยข้อมูล',
  a__i2_3__url: `${BASE}/o/wiang-thong`,
  a__photos__caption_0: 'ประชุมจัดทำคู่มือ',
  a__suggestions: '',
  a__reporter_name: 'นายโปร่ง ใสสะอาด',
  a__reporter_position: 'นักวิเคราะห์นโยบายและแผน',
  'a__report_date-day': '5',
  'a__report_date-month': '1',
  'a__report_date-year': '2569',
  ...over,
})

const reportOf = async (slug: string, period: string) =>
  t.db
    .selectFrom('oversight_reports as r')
    .innerJoin('oversight_periods as p', 'p.id', 'r.period_id')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .selectAll('r')
    .where('o.slug', '=', slug)
    .where('p.period_key', '=', period)
    .executeTakeFirstOrThrow()
const answersOf = async (responseId: string) => Object.fromEntries((await t.db.selectFrom('form_answers').select(['item_id', 'value']).where('response_id', '=', responseId).execute()).map((r) => [r.item_id, r.value as Record<string, unknown>]))
const mailsTo = (email: string) => t.db.selectFrom('outbox').select(['subject', 'body_text']).where('to_address', '=', email).orderBy('created_at').execute()

let reportId = ''

describe('a quarter of seed 000 reports', () => {
  it('oversight schedules the form quarterly; the periods begun open with their expected reports fixed', async () => {
    const o = await t.asUser('oversight@prongsai.test')
    const page = await o.get('/staff/oversight/reports/schedules/new')
    expect(page.statusCode).toBe(200)
    const formId = /name="form_definition_id"[\s\S]*?<option value="([0-9a-f-]{36})"/.exec(page.body)?.[1] ?? ''
    const bad = await o.post('/staff/oversight/reports/schedules', { organisation_id: await t.orgId('suvarnabhumi'), form_definition_id: formId, title_th: '', fiscal_year: '2569', frequency: 'quarterly', deadline_offset: '10', deadline_kind: 'business_days', audience: 'all' })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('ใส่ชื่อรายงาน')
    const ok = await o.post('/staff/oversight/reports/schedules', { organisation_id: await t.orgId('suvarnabhumi'), form_definition_id: formId, title_th: 'รายงาน EB12', title_en: 'EB12 report', fiscal_year: '2569', frequency: 'quarterly', deadline_offset: '10', deadline_kind: 'business_days', audience: 'all' })
    expect(ok.statusCode).toBe(303)
    const periods = await t.db.selectFrom('oversight_periods').select(['period_key', 'deadline']).orderBy('period_key').execute()
    expect(periods.map((p) => p.period_key)).toEqual(['2569-Q1', '2569-Q2'])
    // 31 Dec 2025 + 10 business days, 1 and 2 January being holidays.
    expect(String(periods[0]!.deadline)).toBe('2026-01-16')
    const expected = await t.db.selectFrom('oversight_reports').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    expect(Number(expected.n)).toBe(12)
    const mails = await mailsTo('wt-ita@prongsai.test')
    expect(mails.filter((m) => m.subject.includes('2569-Q2') || m.subject.includes('ไตรมาสที่ 2')).length).toBe(1)
  })

  it('an agency added mid-period does not join the periods already open', async () => {
    await t.db.insertInto('organisations').values({ slug: 'new-sao', parent_id: await t.orgId('suvarnabhumi'), kind: 'sao', name_th: 'อบต.ใหม่' }).execute()
    const o = await t.asUser('oversight@prongsai.test')
    const res = await o.get('/staff/oversight/reports')
    expect(res.statusCode).toBe(200)
    const count = await t.db.selectFrom('oversight_reports').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    expect(Number(count.n)).toBe(12)
    expect(res.body).toContain('0%')
  })

  it('keeps a draft and its photo after a validation error, and flags an off-site link', async () => {
    reportId = (await reportOf('wiang-thong', '2569-Q1')).id
    const c = await t.asUser('wt-ita@prongsai.test')
    expect((await c.get('/staff/reports')).body).toContain(`/staff/reports/${reportId}`)
    const photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } }).png().toBuffer()
    const res = await postMultipart(c, `/staff/reports/${reportId}`, { intent: 'send_to_head', ...yes('i1_1', 'มีคู่มือ'), a__i2_3__url: 'https://drive.google.com/file/x', a__photos__new_caption: 'ประชุม' }, { field: 'a__photos__new', name: 'meeting.png', bytes: photo, type: 'image/png' })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('มีคู่มือ')
    expect(res.body).toContain('ลิงก์ต้องอยู่บนเว็บไซต์ของหน่วยงานเอง')
    const row = await reportOf('wiang-thong', '2569-Q1')
    expect(row.status).toBe('draft')
    const answers = await answersOf(row.response_id!)
    expect(answers['i1_1']).toMatchObject({ answer: 'yes', how: 'มีคู่มือ' })
    expect((answers['photos'] as { files: unknown[] }).files).toHaveLength(1)
    expect(answers['i2_3']).toMatchObject({ check: { status: 'off_site' } })
    const history = await t.db.selectFrom('form_answer_history').select('item_id').where('response_id', '=', row.response_id!).execute()
    expect(history.map((h) => h.item_id)).toContain('i1_1')
  })

  it('sends a complete report to the head, with the link checked on the agency page', async () => {
    const c = await t.asUser('wt-ita@prongsai.test')
    const res = await postMultipart(c, `/staff/reports/${reportId}`, { intent: 'send_to_head', ...complete() }, null)
    expect(res.statusCode).toBe(303)
    const row = await reportOf('wiang-thong', '2569-Q1')
    expect(row.status).toBe('awaiting_head')
    expect((await answersOf(row.response_id!))['i2_3']).toMatchObject({ check: { status: 'ok', httpStatus: 200 } })
    expect((await mailsTo('wt-head@prongsai.test')).some((m) => m.subject.includes('รอท่านลงนาม'))).toBe(true)
  })

  it('no other agency sees it, nor oversight before it is submitted', async () => {
    expect((await (await t.asUser('nb-officer@prongsai.test')).get(`/staff/reports/${reportId}`)).statusCode).toBe(404)
    expect((await (await t.asUser('oversight@prongsai.test')).get(`/staff/oversight/reports/${reportId}`)).statusCode).toBe(404)
    expect((await (await t.asUser('wt-ita@prongsai.test')).post(`/staff/reports/${reportId}/sign`, { head_name: 'x', head_position: 'y', confirm: 'yes' })).statusCode).toBe(403)
  })

  it('the head signs with name, position and time, and it goes to the province', async () => {
    const h = await t.asUser('wt-head@prongsai.test')
    expect((await h.submit(`/staff/reports/${reportId}`, { head_name: 'นายกเทศมนตรี เวียงทอง', head_position: '' }, `/staff/reports/${reportId}/sign`)).statusCode).toBe(422)
    expect((await h.submit(`/staff/reports/${reportId}`, { head_name: 'นายกเทศมนตรี เวียงทอง', head_position: 'นายกเทศมนตรีตำบลเวียงทอง', confirm: 'yes' }, `/staff/reports/${reportId}/sign`)).statusCode).toBe(303)
    const row = await reportOf('wiang-thong', '2569-Q1')
    expect(row).toMatchObject({ status: 'submitted', submissions: 1, head_name: 'นายกเทศมนตรี เวียงทอง', head_position: 'นายกเทศมนตรีตำบลเวียงทอง' })
    expect(row.head_signed_at).not.toBeNull()
    expect((await mailsTo('oversight@prongsai.test')).some((m) => m.subject.includes('ส่งรายงาน'))).toBe(true)
  })

  it('oversight must give a reason to return it, item by item', async () => {
    const o = await t.asUser('oversight@prongsai.test')
    const page = await o.get(`/staff/oversight/reports/${reportId}`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('จัดทำคู่มือ 12 กระบวนงาน')
    expect((await o.post(`/staff/oversight/reports/${reportId}/return`, { reason__general: ' ' })).statusCode).toBe(422)
    expect((await o.submit(`/staff/oversight/reports/${reportId}`, { reason__i1_2_b: 'ระบุว่าใช้ระบบใดให้บริการออนไลน์' }, `/staff/oversight/reports/${reportId}/return`)).statusCode).toBe(303)
    expect((await reportOf('wiang-thong', '2569-Q1')).status).toBe('returned')
    const reasons = await t.db.selectFrom('oversight_return_reasons').select(['item_id', 'reason', 'submission']).where('report_id', '=', reportId).execute()
    expect(reasons).toEqual([{ item_id: 'i1_2_b', reason: 'ระบุว่าใช้ระบบใดให้บริการออนไลน์', submission: 1 }])
    expect((await mailsTo('wt-ita@prongsai.test')).some((m) => m.body_text.includes('ระบุว่าใช้ระบบใดให้บริการออนไลน์'))).toBe(true)
  })

  it('the resubmission is a new version and the reviewer sees what changed', async () => {
    const c = await t.asUser('wt-ita@prongsai.test')
    expect((await c.get(`/staff/reports/${reportId}`)).body).toContain('ระบุว่าใช้ระบบใดให้บริการออนไลน์')
    const res = await postMultipart(c, `/staff/reports/${reportId}`, { intent: 'send_to_head', ...complete({ a__i1_2_b__answer: 'yes', a__i1_2_b__how: 'จองคิวผ่าน LINE OA' }) }, null)
    expect(res.statusCode).toBe(303)
    const h = await t.asUser('wt-head@prongsai.test')
    expect((await h.submit(`/staff/reports/${reportId}`, { head_name: 'นายกเทศมนตรี เวียงทอง', head_position: 'นายกเทศมนตรีตำบลเวียงทอง', confirm: 'yes' }, `/staff/reports/${reportId}/sign`)).statusCode).toBe(303)
    expect(await reportOf('wiang-thong', '2569-Q1')).toMatchObject({ status: 'resubmitted', submissions: 2 })
    const o = await t.asUser('oversight@prongsai.test')
    const page = await o.get(`/staff/oversight/reports/${reportId}`)
    expect(page.body).toContain('เปลี่ยน 1 ข้อ')
    expect(page.body).toContain('จองคิวผ่าน LINE OA')
    expect((await o.post(`/staff/oversight/reports/${reportId}/accept`, {})).statusCode).toBe(303)
    expect((await reportOf('wiang-thong', '2569-Q1')).status).toBe('accepted')
  })

  it('the database refuses a move the workflow does not allow', async () => {
    await expect(sql`UPDATE oversight_reports SET status = 'draft' WHERE id = ${reportId}`.execute(t.db)).rejects.toThrow(/cannot go from accepted to draft/)
    await expect(sql`UPDATE form_definitions SET definition = '{}'::jsonb WHERE status = 'published'`.execute(t.db)).rejects.toThrow(/published/)
  })

  it('"nothing to report" is a counted submission, and the dashboard shows rates', async () => {
    const q2 = (await reportOf('wiang-thong', '2569-Q2')).id
    const c = await t.asUser('wt-ita@prongsai.test')
    expect((await c.submit(`/staff/reports/${q2}`, { nothing_reason: '' }, `/staff/reports/${q2}/nothing`)).statusCode).toBe(422)
    expect((await c.submit(`/staff/reports/${q2}`, { nothing_reason: 'ไตรมาสนี้ไม่มีการปรับปรุงคู่มือ' }, `/staff/reports/${q2}/nothing`)).statusCode).toBe(303)
    const h = await t.asUser('wt-head@prongsai.test')
    expect((await h.submit(`/staff/reports/${q2}`, { head_name: 'นายก', head_position: 'นายกเทศมนตรี', confirm: 'yes' }, `/staff/reports/${q2}/sign`)).statusCode).toBe(303)
    expect(await reportOf('wiang-thong', '2569-Q2')).toMatchObject({ status: 'submitted', nothing_to_report: true, submissions: 1 })
    const o = await t.asUser('oversight@prongsai.test')
    const dash = await o.get('/staff/oversight/reports')
    // 1 of the 6 expected in each quarter (the agency added later is not counted).
    expect(dash.body).toContain('16.7%')
    expect(dash.body).toContain('ไม่มีเรื่อง')
  })

  it('exports the report in the 000 layout as Word that LibreOffice prints, and the period as Excel for oversight only', async () => {
    const o = await t.asUser('oversight@prongsai.test')
    const word = await o.get(`/staff/reports/${reportId}/export.docx`)
    expect(word.statusCode).toBe(200)
    expect(word.headers['content-type']).toContain('wordprocessingml')
    const period = (await reportOf('wiang-thong', '2569-Q1')).period_id
    const consolidated = await o.get(`/staff/oversight/reports/periods/${period}/export.docx`)
    expect(consolidated.statusCode).toBe(200)
    const received = (await t.db.selectFrom('oversight_reports').select('id').where('period_id', '=', period).where('submissions', '>', 0).execute()).length
    expect(received).toBeGreaterThan(0)
    // Both files through one LibreOffice start.
    const { dir, printed } = await officePrintAll([
      { name: 'report', body: word.rawPayload, extension: 'docx' },
      { name: 'period', body: consolidated.rawPayload, extension: 'docx' },
    ])
    try {
      const one = printed.get('report')!
      // Lines wrap anywhere in a narrow column: compare without white space.
      const text = one.text.replace(/\s+/g, '')
      for (const s of ['ตัวชี้วัด', 'ผลการดำเนินงาน', '๑.๑', '๒.๓', 'จองคิวผ่าน LINE OA', 'คู่มือ ๑๒ กระบวนงาน', 'นายกเทศมนตรี เวียงทอง', 'ประชุมจัดทำคู่มือ']) expect(text).toContain(s.replace(/\s+/g, ''))
      // Seed 000's order: the table, then the photos, then suggestions and the reporter.
      expect(text.indexOf('๒.๓')).toBeLessThan(text.indexOf('ประชุมจัดทำคู่มือ'))
      expect(text.indexOf('ประชุมจัดทำคู่มือ')).toBeLessThan(text.indexOf('ข้อเสนอแนะ:'))
      expect(one.pages).toBeLessThanOrEqual(3)
      // The governor's Word: the summary on page 1, then each agency that reported from a new page.
      const all = printed.get('period')!
      const onPage = (n: number) => all.words.filter((w) => w.page === n).map((w) => w.text).join('')
      expect(onPage(1)).toContain('ได้รับ')
      expect(onPage(1)).toContain('หน่วยงาน')
      expect(onPage(1)).toContain('เทศบาลตำบลเวียงทอง')
      expect(onPage(1)).not.toContain('ผลการดำเนินงาน')
      expect(onPage(2)).toContain('ผลการดำเนินงาน')
      expect(all.text.replace(/\s+/g, '')).toContain('จองคิวผ่านLINEOA')
      expect(all.text).toContain('๑.๑')
      expect(all.pages).toBeGreaterThanOrEqual(1 + received)
      expect(all.pages).toBeLessThanOrEqual(1 + 3 * received)
      if (process.env.KEEP_EXPORT_PNG) {
        await pdfToPngs(one.pdf, `${process.env.KEEP_EXPORT_PNG}-report`, 60)
        await pdfToPngs(all.pdf, `${process.env.KEEP_EXPORT_PNG}-period`, 60)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    const xlsx = await o.get(`/staff/oversight/reports/periods/${period}/export.xlsx`)
    expect(xlsx.statusCode).toBe(200)
    const sheet = zipEntries(xlsx.rawPayload).get('xl/sharedStrings.xml')?.toString('utf8') ?? ''
    expect(sheet).toContain('เทศบาลตำบลเวียงทอง')
    expect(sheet).toContain('จองคิวผ่าน LINE OA')
    expect((await (await t.asUser('wt-ita@prongsai.test')).get(`/staff/oversight/reports/periods/${period}/export.xlsx`)).statusCode).toBe(403)
    expect((await (await t.asUser('nb-officer@prongsai.test')).get(`/staff/reports/${reportId}/export.docx`)).statusCode).toBe(404)
  })
})
