import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { saveCatalogue } from '../../src/features/oit/oit.repository.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/** Pages that imply a scheme let the user choose among the schemes that exist. */
let t: TestApp
const SCHOOLS = 'obec-ita-online'
beforeAll(async () => {
  t = await createTestApp()
  const admin = await t.asUser('admin@prongsai.test')
  expect((await admin.get('/admin/oit')).statusCode).toBe(200) // seeds the shipped NACC lists
  const item = (code: string, nameEn: string) => ({ code, nameTh: `ข้อ ${code} ของโรงเรียน`, nameEn, indicator: null, subIndicator: null, elements: ['มีข้อมูล'], dataYear: 'current' as const, publicationWindow: null })
  await saveCatalogue(t.db, { scheme: SCHOOLS, fiscalYear: 2569, source: 'test', verified: false, items: [item('S1', 'School structure'), item('S2', 'School budget')] }, t.clock.now)
})
afterAll(async () => {
  await t.close()
})

const schemeOf = (code: string) => t.db.selectFrom('oit_entries').select(['scheme', 'status']).where('item_code', '=', code).execute()

describe('choosing the scheme', () => {
  it('shows the NACC scheme by default and another when chosen, in the workspace and its item forms', async () => {
    const coordinator = await t.asUser('wt-ita@prongsai.test')
    const first = await coordinator.get('/staff/oit?org=wiang-thong&year=2569')
    expect(first.body).toMatch(/<select[^>]*id="scheme"/)
    expect(first.body).toContain(`<option value="${SCHOOLS}"`)
    expect(first.body.match(/id="item-O\d+"/g)).toHaveLength(26)

    const schools = await coordinator.get(`/staff/oit?org=wiang-thong&year=2569&scheme=${SCHOOLS}`)
    expect(schools.body.match(/id="item-S\d+"/g)).toHaveLength(2)
    expect(schools.body).toContain(`/staff/oit/items/S1?org=wiang-thong&scheme=${SCHOOLS}&year=2569`)

    const saved = await coordinator.submit(`/staff/oit/items/S1?org=wiang-thong&scheme=${SCHOOLS}&year=2569`, { status: 'draft', url: 'https://school.example.go.th/structure' })
    expect(saved.statusCode).toBe(303)
    expect(saved.headers.location).toContain(`scheme=${SCHOOLS}`)
    expect(await schemeOf('S1')).toEqual([{ scheme: SCHOOLS, status: 'draft' }])

    // The agency now works in that scheme: it is what the workspace opens with.
    const again = await coordinator.get('/staff/oit?org=wiang-thong&year=2569')
    expect(again.body.match(/id="item-S\d+"/g)).toHaveLength(2)
    // An unknown scheme falls back to the default rather than failing.
    expect((await coordinator.get('/staff/oit?org=wiang-thong&year=2569&scheme=nope')).statusCode).toBe(200)
  })

  it('lets oversight see the completeness of the chosen scheme', async () => {
    const oversight = await t.asUser('oversight@prongsai.test')
    const nacc = await oversight.get('/staff/oversight/oit?year=2569')
    expect(nacc.body).toContain('0/26')
    const schools = await oversight.get(`/staff/oversight/oit?year=2569&scheme=${SCHOOLS}`)
    expect(schools.statusCode).toBe(200)
    expect(schools.body).toContain('0/2')
    expect(schools.body).toContain(`scheme=${SCHOOLS}`)
  })

  it('starts a new year of the chosen scheme from the admin page', async () => {
    const admin = await t.asUser('admin@prongsai.test')
    const list = await admin.get('/admin/oit')
    expect(list.body).toMatch(/<select[^>]*id="scheme"/)
    const started = await admin.submit('/admin/oit', { scheme: SCHOOLS, fiscal_year: '2570' }, '/admin/oit/new-year')
    expect(started.statusCode).toBe(303)
    expect(started.headers.location).toBe(`/admin/oit/${SCHOOLS}/2570`)
    const copy = await t.db.selectFrom('oit_catalogues').select('items').where('scheme', '=', SCHOOLS).where('fiscal_year', '=', 2570).executeTakeFirst()
    expect((copy?.items as { code: string }[]).map((i) => i.code)).toEqual(['S1', 'S2'])
    const unknown = await admin.submit('/admin/oit', { scheme: 'made-up', fiscal_year: '2571' }, '/admin/oit/new-year')
    expect(unknown.statusCode).toBe(422)
  })
})
