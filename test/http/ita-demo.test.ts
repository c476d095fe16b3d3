import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { DEMO_ITA_YEARS, loadDemoItaPlan, loadDemoItaResults } from '../../src/features/ita-results/demo-ita-results.ts'

/**
 * The demo's official ITA results (fictional scores, real scoring) and เวียงทอง's plan, loaded
 * through the real import and plan form; the public page picks a year and links onwards.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t.close()
})

const plainText = (res: { body: string }) => res.body.replace(/<wbr>/g, '').replace(/<span class="tw">([^<]*)<\/span>/g, '$1').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

describe('demo ITA results', () => {
  it('loads three years for every agency of the province once, audited as the working group', async () => {
    const loaded = await loadDemoItaResults(t.db, t.clock.now)
    const agencies = await t.db.selectFrom('organisations').select('id').where('parent_id', 'is not', null).execute()
    expect(loaded).toBe(agencies.length * DEMO_ITA_YEARS.length)
    const rows = await t.db.selectFrom('ita_results').select(['fiscal_year']).execute()
    expect(new Set(rows.map((r) => r.fiscal_year))).toEqual(new Set(DEMO_ITA_YEARS))
    const audits = await t.db.selectFrom('audit_events').select('action').where('action', '=', 'ita.results_imported').execute()
    expect(audits).toHaveLength(loaded)
    // A second run (a restart) adds nothing.
    expect(await loadDemoItaResults(t.db, t.clock.now)).toBe(0)
  })

  it('gives เวียงทอง a plan for the year after its latest results, weakest indicator first', async () => {
    expect(await loadDemoItaPlan(t.db, t.clock.now)).toBe(6)
    const res = await t.client().get('/o/wiang-thong/ita')
    expect(res.statusCode).toBe(200)
    const text = plainText(res)
    expect(text).toContain('ปีงบประมาณ 2568')
    expect(text).toContain('มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2569')
    // The weakest 2568 indicator of the demo shape is 9 (การเปิดเผยข้อมูล); it leads the plan.
    expect(text).toMatch(/ลำดับที่ ตัวชี้วัด คะแนนที่ได้รับ มาตรการที่ต้องดำเนินการ 1 การเปิดเผยข้อมูล/)
    expect(await loadDemoItaPlan(t.db, t.clock.now)).toBe(0)
  })
})

describe('the public ITA page', () => {
  it('shows an earlier year when asked, with the history table as the year picker', async () => {
    const res = await t.client().get('/o/wiang-thong/ita?year=2566')
    expect(res.statusCode).toBe(200)
    expect(plainText(res)).toContain('ปีงบประมาณ 2566')
    expect(res.body).toContain('href="/o/wiang-thong/ita?year=2568"')
    expect(res.body).toMatch(/<strong aria-current="true">2566<\/strong>/)
    // No plan answers 2566's results: the page says so instead of ending.
    expect(plainText(res)).toContain('หน่วยงานยังไม่ได้เผยแพร่มาตรการสำหรับปีงบประมาณ 2567')
  })

  it('refuses a year without results and a malformed year with 404', async () => {
    expect((await t.client().get('/o/wiang-thong/ita?year=2590')).statusCode).toBe(404)
    expect((await t.client().get('/o/wiang-thong/ita?year=abc')).statusCode).toBe(404)
  })

  it('links onwards: the agency’s disclosures, complaints and the open data', async () => {
    const res = await t.client().get('/o/wiang-thong/ita')
    for (const href of ['/o/wiang-thong/portal', '/o/wiang-thong/complaints', '/api/v1/organisations/wiang-thong/ita']) expect(res.body).toContain(`href="${href}"`)
  })
})
