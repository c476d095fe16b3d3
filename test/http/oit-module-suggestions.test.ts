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
    expect(o12.body).toMatch(new RegExp(`<input[^>]*id="url"[^>]*value="${BASE}/o/wiang-thong/procurement/annual/2568"`))
    expect(await t.db.selectFrom('oit_entries').selectAll().execute()).toEqual([])

    const saved = await coordinator.submit('/staff/oit/items/O12?org=wiang-thong&year=2569', { url: `${BASE}/o/wiang-thong/procurement/annual/2568`, status: 'draft' })
    expect(saved.statusCode).toBe(303)
    const entry = await t.db.selectFrom('oit_entries').selectAll().where('item_code', '=', 'O12').executeTakeFirstOrThrow()
    expect(entry.url).toBe(`${BASE}/o/wiang-thong/procurement/annual/2568`)
  })

  it('suggests the budget page for the spending items of a list that has them', async () => {
    const coordinator = await t.asUser('wt-ita@prongsai.test')
    const page = await coordinator.get('/staff/oit?org=wiang-thong&year=2565')
    expect(page.body).toContain(`${BASE}/o/wiang-thong/budget/2565`)
    expect(page.body).toContain(`${BASE}/o/wiang-thong/procurement/plan/2565`)
  })
})
