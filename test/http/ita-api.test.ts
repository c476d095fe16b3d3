import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { agencyRows, csvOf, same, SEED_001 } from './ita-results-support.ts'

/** Open data (B1/B2): an agency's ITA results and published plan as JSON, described in the OpenAPI document. */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
  const oversight = await t.asUser('oversight@prongsai.test')
  const res = await oversight.submit('/staff/ita/results', { csv: csvOf(agencyRows('wiang-thong', 2564, SEED_001), agencyRows('wiang-thong', 2563, same(80))) })
  expect(res.statusCode).toBe(303)
})
afterAll(async () => {
  await t.close()
})

const URL = '/api/v1/organisations/wiang-thong/ita'

describe('GET /api/v1/organisations/:slug/ita', () => {
  it('gives each year’s indicator scores, tools, total and grade, oldest first, and no plan before one is saved', async () => {
    const res = await t.client().get(URL)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.organisation).toEqual({ slug: 'wiang-thong', name_th: 'เทศบาลตำบลเวียงทอง', name_en: expect.any(String) })
    expect(body.results.map((r: { fiscal_year: number }) => r.fiscal_year)).toEqual([2563, 2564])
    const y2564 = body.results[1]
    expect(y2564.indicators).toHaveLength(10)
    expect(y2564.indicators[3]).toEqual({ number: 4, name_th: 'การใช้ทรัพย์สินของราชการ', name_en: expect.any(String), tool: 'IIT', score: 79.43 })
    expect(y2564).toMatchObject({ total: 90.63, rating_th: 'A', meets_target: true, tools: { IIT: 83.28, EIT: 85.48, OIT: 100 } })
    expect(body.plan).toBeNull()
  })

  it('includes the published plan, weakest indicator first, each measure with owner, due date and progress', async () => {
    const ita = await t.asUser('wt-ita@prongsai.test')
    const saved = await ita.submit('/staff/ita/plan?org=wiang-thong&year=2565', {
      lib_4_0_id: 's001-i4-1',
      lib_4_0_pick: 'yes',
      lib_4_0_owner: 'นายโปร่ง ใสสะอาด',
      'lib_4_0_due-day': '30',
      'lib_4_0_due-month': '6',
      'lib_4_0_due-year': '2565',
      lib_4_0_status: 'in_progress',
      lib_4_0_progress: '60',
      lib_4_0_note: 'อบรมแล้ว 2 รุ่น',
    })
    expect(saved.statusCode).toBe(303)
    const body = (await t.client().get(URL)).json()
    expect(body.plan).toMatchObject({ fiscal_year: 2565, results_fiscal_year: 2564 })
    expect(body.plan.rows.map((r: { indicator: number }) => r.indicator)).toEqual([4, 5, 2, 8, 3, 6, 7, 1, 9, 10])
    expect(body.plan.rows[0]).toMatchObject({ order: 1, name_th: 'การใช้ทรัพย์สินของราชการ', score: 79.43 })
    expect(body.plan.rows[0].measures).toEqual([
      {
        text_th: 'ให้ความรู้บุคลากรทุกตำแหน่งเรื่องการใช้ทรัพย์สินของราชการ',
        library_measure_id: 's001-i4-1',
        owner: 'นายโปร่ง ใสสะอาด',
        due_date: '2022-06-30',
        status: 'in_progress',
        progress: 60,
        note: 'อบรมแล้ว 2 รุ่น',
      },
    ])
  })

  it('answers 404 for an unknown agency', async () => {
    const res = await t.client().get('/api/v1/organisations/no-such-agency/ita')
    expect(res.statusCode).toBe(404)
  })

  it('is described in /api/openapi.json', async () => {
    const doc = (await t.client().get('/api/openapi.json')).json()
    const op = doc.paths['/api/v1/organisations/{slug}/ita']?.get
    expect(op?.summary).toBe('An agency’s ITA results and improvement plan')
    const schema = op.responses['200'].content['application/json'].schema
    expect(Object.keys(schema.properties)).toEqual(['organisation', 'results', 'plan'])
    expect(schema.properties.plan.properties.rows.items.properties.measures.items.properties.status.enum).toEqual(['not_started', 'in_progress', 'done'])
  })
})
