import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { zipEntries } from '../support/zip-entries.ts'
import { agencyRows, csvOf, SEED_001 } from './ita-results-support.ts'

/**
 * Improvement plans (B2): the agency's ITA team plans measures for its weakest indicators,
 * oversight reads the plan, citizens see it on the agency's results page, Word has seed 001's table.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
  const oversight = await t.asUser('oversight@prongsai.test')
  const res = await oversight.submit('/staff/ita/results', { csv: csvOf(agencyRows('wiang-thong', 2564, SEED_001)) })
  expect(res.statusCode).toBe(303)
})
afterAll(async () => {
  await t.close()
})

const PLAN = '/staff/ita/plan?org=wiang-thong&year=2565'
const plainText = (html: string) => html.replace(/<wbr>/g, '').replace(/<span class="tw">([^<]*)<\/span>/g, '$1').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

/** One measure's fields as the form posts them. */
function measure(key: string, f: { owner?: string; due?: [string, string, string]; status?: string; progress?: string; note?: string }) {
  const [day, month, year] = f.due ?? ['', '', '']
  return {
    [`${key}_owner`]: f.owner ?? '',
    [`${key}_due-day`]: day,
    [`${key}_due-month`]: month,
    [`${key}_due-year`]: year,
    [`${key}_status`]: f.status ?? 'not_started',
    [`${key}_progress`]: f.progress ?? '',
    [`${key}_note`]: f.note ?? '',
  }
}

/**
 * The weakest indicator (4, property): two library measures (the form offers s001-i4-1 … -3,
 * then s003-4.1 …) and one of the agency's own, each with its own owner, date and progress.
 */
const planForm = {
  lib_4_0_id: 's001-i4-1',
  lib_4_0_pick: 'yes',
  ...measure('lib_4_0', { owner: 'นายโปร่ง ใสสะอาด', due: ['30', '6', '2565'], status: 'in_progress', progress: '40' }),
  lib_4_1_id: 's001-i4-2',
  ...measure('lib_4_1', {}),
  lib_4_3_id: 's003-4.1',
  lib_4_3_pick: 'yes',
  ...measure('lib_4_3', { owner: 'นายโปร่ง ใสสะอาด', due: ['31', '3', '2565'], status: 'done' }),
  own_4_0_th: 'จัดทำทะเบียนยืมคืนพัสดุออนไลน์',
  ...measure('own_4_0', { owner: 'นายโปร่ง ใสสะอาด', due: ['15', '9', '2565'], status: 'in_progress', note: 'ร่างแบบฟอร์มแล้ว' }),
}

describe('the improvement plan', () => {
  it('lists the indicators weakest first, as seed 001 does', async () => {
    const page = await (await t.asUser('wt-ita@prongsai.test')).get(PLAN)
    expect(page.statusCode).toBe(200)
    const headings = [...page.body.matchAll(/<h2 class="heading-m" id="indicator-(\d+)"/g)].map((m) => Number(m[1]))
    expect(headings).toEqual([4, 5, 2, 8, 3, 6, 7, 1, 9, 10])
    expect(plainText(page.body)).toContain('1. การใช้ทรัพย์สินของราชการ — 79.43')
  })

  it('refuses a measure without owner or with a due date outside the plan year, keeping what was typed', async () => {
    const ita = await t.asUser('wt-ita@prongsai.test')
    const res = await ita.submit(PLAN, { ...planForm, lib_4_0_owner: '', 'own_4_0_due-year': '2566', lib_4_3_status: 'in_progress' })
    expect(res.statusCode).toBe(422)
    // Each measure's own fields carry its own message.
    expect(res.body).toMatch(/id="lib_4_0_owner-error"[^>]*>[\s\S]*?กรุณาระบุผู้รับผิดชอบ/)
    expect(res.body).toMatch(/id="own_4_0_due-error"[^>]*>[\s\S]*?วันครบกำหนดต้องอยู่ในปีงบประมาณ 2565/)
    expect(res.body).toMatch(/id="lib_4_3_progress-error"[^>]*>[\s\S]*?ระบุร้อยละ 1–99 หรือบันทึกความคืบหน้า/)
    expect(res.body).not.toContain('id="lib_4_1_owner-error"')
    expect(res.body).toContain('จัดทำทะเบียนยืมคืนพัสดุออนไลน์')
    expect(res.body).toContain('ร่างแบบฟอร์มแล้ว')
    expect(await t.db.selectFrom('ita_plans').select('fiscal_year').execute()).toEqual([])
  })

  it('saves each chosen and own measure with its own owner, due date and progress, and audits it', async () => {
    const ita = await t.asUser('wt-ita@prongsai.test')
    const res = await ita.submit(PLAN, planForm)
    expect(res.statusCode).toBe(303)
    const rows = await t.db
      .selectFrom('ita_plan_measures')
      .select(['indicator', 'measure_id', 'owner', 'due_date', 'status', 'progress', 'note'])
      .where('fiscal_year', '=', 2565)
      .orderBy('position')
      .execute()
    expect(rows.map((r) => [r.indicator, r.measure_id, r.owner, r.due_date, r.status, r.progress, r.note])).toEqual([
      [4, 's001-i4-1', 'นายโปร่ง ใสสะอาด', '2022-06-30', 'in_progress', 40, ''],
      [4, 's003-4.1', 'นายโปร่ง ใสสะอาด', '2022-03-31', 'done', 100, ''],
      [4, null, 'นายโปร่ง ใสสะอาด', '2022-09-15', 'in_progress', 0, 'ร่างแบบฟอร์มแล้ว'],
    ])
    const audit = await t.db.selectFrom('audit_events').select('summary').where('action', '=', 'ita.plan_saved').executeTakeFirstOrThrow()
    expect(audit.summary).toMatchObject({ before: null, after: { measures: 3 } })
    // The form shows the saved plan again: each measure with its own values, and a blank row for another own measure.
    const page = await ita.get(PLAN)
    expect(page.body).toMatch(/id="lib_4_0_pick-input" name="lib_4_0_pick" type="checkbox" value="yes" checked/)
    expect(page.body).toMatch(/id="lib_4_3_due-month" name="lib_4_3_due-month" type="text" inputmode="numeric" value="3"/)
    expect(page.body).toMatch(/name="own_4_0_note" type="text" value="ร่างแบบฟอร์มแล้ว"/)
    expect(page.body).toContain('name="own_4_1_th"')
  })

  it('lets oversight read but not change it, and keeps other agencies’ staff out', async () => {
    const oversight = await t.asUser('oversight@prongsai.test')
    const page = await oversight.get(PLAN)
    expect(page.statusCode).toBe(200)
    expect(page.body).not.toContain('บันทึกแผน')
    expect(plainText(page.body)).toContain('จัดทำทะเบียนยืมคืนพัสดุออนไลน์')
    await oversight.get('/staff/ita/results')
    expect((await oversight.post(PLAN, planForm)).statusCode).toBe(403)
    const officer = await t.asUser('wt-officer@prongsai.test')
    expect((await officer.get(PLAN)).body).not.toContain('บันทึกแผน')
    expect((await (await t.asUser('nb-officer@prongsai.test')).get(PLAN)).statusCode).toBe(404)
  })

  it('is published on the agency’s public results page', async () => {
    const page = await t.client().get('/o/wiang-thong/ita')
    const text = plainText(page.body)
    expect(text).toContain('มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2565')
    expect(text).toContain('ลำดับที่ ตัวชี้วัด คะแนนที่ได้รับ มาตรการที่ต้องดำเนินการ')
    expect(text).toContain('จัดทำทะเบียนยืมคืนพัสดุออนไลน์')
    expect(text).toContain('ผู้รับผิดชอบ นายโปร่ง ใสสะอาด · ภายใน 30 มิ.ย. 2565 · กำลังดำเนินการ 40%')
    expect(text).toContain('ภายใน 31 มี.ค. 2565 · แล้วเสร็จ')
    expect(text).toContain('กำลังดำเนินการ – ร่างแบบฟอร์มแล้ว')
  })

  it('exports to Word in seed 001’s layout, Thai digits and BE year', async () => {
    const res = await (await t.asUser('oversight@prongsai.test')).get('/staff/ita/plan.docx?org=wiang-thong&year=2565')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('wordprocessingml')
    const xml = zipEntries(res.rawPayload).get('word/document.xml')!.toString('utf8')
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|')
    expect(text).toContain('ลำดับที่|ตัวชี้วัด|คะแนนที่ได้รับ|มาตรการที่ต้องดำเนินการ')
    expect(text).toContain('๑|การใช้ทรัพย์สินของราชการ|๗๙.๔๓|๑. ให้ความรู้บุคลากรทุกตำแหน่งเรื่องการใช้ทรัพย์สินของราชการ')
    expect(text).toContain('๒. วางแนวปฏิบัติการใช้ทรัพย์สินของราชการ')
    expect(text).toContain('๓. จัดทำทะเบียนยืมคืนพัสดุออนไลน์')
    expect(text).toContain('๙|การเปิดเผยข้อมูล|๑๐๐.๐๐||๑๐|การป้องกันการทุจริต|๑๐๐.๐๐')
    expect(text).toContain('ประจำปีงบประมาณ พ.ศ. ๒๕๖๕')
    expect(xml).toContain('TH Sarabun New')
  })
})
