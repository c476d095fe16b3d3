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
const plainText = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

/** The weakest indicator (4, property) with two library measures and one of the agency's own. */
const planForm = {
  measures_4: ['s001-i4-1', 's003-4.1'],
  own_4: 'จัดทำทะเบียนยืมคืนพัสดุออนไลน์',
  owner_4: 'นายโปร่ง ใสสะอาด',
  'due_4-day': '30',
  'due_4-month': '6',
  'due_4-year': '2565',
  progress_4: '40',
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
    const res = await ita.submit(PLAN, { ...planForm, owner_4: '', 'due_4-year': '2566' })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('กรุณาระบุผู้รับผิดชอบ')
    expect(res.body).toContain('วันครบกำหนดต้องอยู่ในปีงบประมาณ 2565')
    expect(res.body).toContain('จัดทำทะเบียนยืมคืนพัสดุออนไลน์')
    expect(await t.db.selectFrom('ita_plans').select('fiscal_year').execute()).toEqual([])
  })

  it('saves the chosen and own measures with owner, due date and progress, and audits it', async () => {
    const ita = await t.asUser('wt-ita@prongsai.test')
    const res = await ita.submit(PLAN, planForm)
    expect(res.statusCode).toBe(303)
    const plan = await t.db.selectFrom('ita_plans').select('items').where('fiscal_year', '=', 2565).executeTakeFirstOrThrow()
    expect(plan.items.map((i) => [i.indicator, i.measureId, i.owner, i.dueDate, i.progress])).toEqual([
      [4, 's001-i4-1', 'นายโปร่ง ใสสะอาด', '2022-06-30', 40],
      [4, 's003-4.1', 'นายโปร่ง ใสสะอาด', '2022-06-30', 40],
      [4, null, 'นายโปร่ง ใสสะอาด', '2022-06-30', 40],
    ])
    const audit = await t.db.selectFrom('audit_events').select('summary').where('action', '=', 'ita.plan_saved').executeTakeFirstOrThrow()
    expect(audit.summary).toMatchObject({ before: null, after: { measures: 3 } })
    // The form shows the saved plan again.
    const page = await ita.get(PLAN)
    expect(page.body).toMatch(/value="s001-i4-1" checked/)
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
  })

  it('exports to Word in seed 001’s layout, Thai digits and BE year', async () => {
    const res = await (await t.asUser('oversight@prongsai.test')).get('/staff/ita/plan.docx?org=wiang-thong&year=2565')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('wordprocessingml')
    const xml = zipEntries(res.rawPayload).get('word/document.xml')!.toString('utf8')
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|')
    expect(text).toContain('ลำดับที่|ตัวชี้วัด|คะแนนที่ได้รับ|มาตรการที่ต้องดำเนินการ')
    expect(text).toContain('๑|การใช้ทรัพย์สินของราชการ|๗๙.๔๓|๑. ให้ความรู้บุคลากรทุกตำแหน่งเรื่องการใช้ทรัพย์สินของราชการ')
    expect(text).toContain('๓. จัดทำทะเบียนยืมคืนพัสดุออนไลน์')
    expect(text).toContain('๙|การเปิดเผยข้อมูล|๑๐๐.๐๐||๑๐|การป้องกันการทุจริต|๑๐๐.๐๐')
    expect(text).toContain('ประจำปีงบประมาณ พ.ศ. ๒๕๖๕')
    expect(xml).toContain('TH Sarabun New')
  })
})
