import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/** The workspace and oversight's completeness as JSON, scoped to the signed-in caller. */
let t: TestApp
let officerId: string
beforeAll(async () => {
  t = await createTestApp()
  officerId = await t.userId('wt-officer@prongsai.test')
  const coordinator = await t.asUser('wt-ita@prongsai.test')
  const saved = await coordinator.submit('/staff/oit/items/O3?org=wiang-thong&year=2569', {
    status: 'draft',
    url: 'https://wiangthong.example.go.th/contact',
    responsible_user_id: officerId,
    'due-day': '15',
    'due-month': '1',
    'due-year': '2570',
  })
  expect(saved.statusCode).toBe(303)
})
afterAll(async () => {
  await t.close()
})

describe('OIT JSON API', () => {
  it('returns an agency’s items with status, URL, responsible person and due date', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    const res = await officer.get('/api/v1/organisations/wiang-thong/oit/2569')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ organisation: { slug: 'wiang-thong' }, scheme: 'nacc-ita', fiscalYear: 2569, summary: { total: 26, finished: 0 } })
    expect(body.items).toHaveLength(26)
    expect(body.items.find((i: { code: string }) => i.code === 'O3')).toMatchObject({
      status: 'draft',
      url: 'https://wiangthong.example.go.th/contact',
      responsible: { id: officerId },
      dueDate: '2027-01-15',
      missing: false,
    })
    expect(body.items.find((i: { code: string }) => i.code === 'O4')).toMatchObject({ status: 'missing', url: null, responsible: null })
  })

  it('keeps other agencies and strangers out, and says when there is no catalogue', async () => {
    const other = await t.asUser('nb-officer@prongsai.test')
    expect((await other.get('/api/v1/organisations/wiang-thong/oit/2569')).statusCode).toBe(403)
    const anonymous = await t.client().get('/api/v1/organisations/wiang-thong/oit/2569')
    expect(anonymous.statusCode).toBe(401)
    expect(anonymous.json().error.code).toBe('unauthenticated')
    const officer = await t.asUser('wt-officer@prongsai.test')
    expect((await officer.get('/api/v1/organisations/wiang-thong/oit/2599')).statusCode).toBe(404)
  })

  it('gives oversight its province’s completeness, and no one else', async () => {
    const oversight = await t.asUser('oversight@prongsai.test')
    const res = await oversight.get('/api/v1/oversight/oit/2569')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.fiscalYear).toBe(2569)
    const wt = body.agencies.find((a: { slug: string }) => a.slug === 'wiang-thong')
    expect(wt).toMatchObject({ total: 26, finished: 0, missing: 25 })
    const officer = await t.asUser('wt-officer@prongsai.test')
    expect((await officer.get('/api/v1/oversight/oit/2569')).statusCode).toBe(403)
  })

  it('appears in the OpenAPI description', async () => {
    const spec = (await t.client().get('/api/openapi.json')).json()
    expect(spec.paths['/api/v1/organisations/{slug}/oit/{fy}'].get.responses['200']).toBeDefined()
    expect(spec.paths['/api/v1/oversight/oit/{fy}'].get.responses['200']).toBeDefined()
  })
})
