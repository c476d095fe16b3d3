import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/** The workspace suggests the structured modules' public pages; nothing is linked until the officer saves. */
const BASE = 'https://prongsai.example.go.th'
let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ env: { BASE_URL: BASE } })
})
afterAll(async () => {
  await t.close()
})

describe('module pages as suggestions', () => {
  it('suggests the budget, procurement and executives pages for the content’s fiscal year', async () => {
    const coordinator = await t.asUser('wt-ita@prongsai.test')
    const page = await coordinator.get('/staff/oit?org=wiang-thong&year=2569')
    expect(page.body).toContain(`${BASE}/o/wiang-thong/procurement/monthly/2569`)
    expect(page.body).toContain(`${BASE}/o/wiang-thong/procurement/annual/2568`)
    expect(page.body).toContain(`${BASE}/o/wiang-thong/executives`)

    const o12 = await coordinator.get('/staff/oit/items/O12?org=wiang-thong&year=2569')
    // The module page is chosen in the picker (the address is stored under BASE when saved).
    expect(o12.body).toMatch(/<option value="page:\/o\/wiang-thong\/procurement\/annual\/2568" selected/)
    expect(await t.db.selectFrom('oit_entries').selectAll().execute()).toEqual([])

    const saved = await coordinator.submit('/staff/oit/items/O12?org=wiang-thong&year=2569', { portal_item_id: 'page:/o/wiang-thong/procurement/annual/2568', url: '', status: 'draft' })
    expect(saved.statusCode).toBe(303)
    const entry = await t.db.selectFrom('oit_entries').selectAll().where('item_code', '=', 'O12').executeTakeFirstOrThrow()
    expect(entry.url).toBe(`${BASE}/o/wiang-thong/procurement/annual/2568`)
    // A page of another agency is not in this agency's picker.
    const refused = await coordinator.submit('/staff/oit/items/O12?org=wiang-thong&year=2569', { portal_item_id: 'page:/o/nong-bua/budget/2569', url: '', status: 'draft' })
    expect(refused.statusCode).toBe(422)
  })

  it('suggests the budget page for the spending items of a list that has them', async () => {
    const coordinator = await t.asUser('wt-ita@prongsai.test')
    const page = await coordinator.get('/staff/oit?org=wiang-thong&year=2565')
    expect(page.body).toContain(`${BASE}/o/wiang-thong/budget/2565`)
    expect(page.body).toContain(`${BASE}/o/wiang-thong/procurement/plan/2565`)
  })
})
