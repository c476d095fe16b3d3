import { afterAll, beforeAll, expect, it } from 'vitest'
import type { FileService } from '../../src/platform/files/index.ts'
import { loadDemoProcurement } from '../../src/features/procurement/index.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { plainText } from './procurement-support.ts'

/** The demo: เวียงทอง's FY 2569 plan (two versions), October with purchases, November with none. */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-04T03:00:00Z') })
})
afterAll(async () => {
  await t.close()
})

it('publishes a plan with two versions and two months through the use cases', async () => {
  // The loader makes nothing with files; it takes the service only to share the demo loaders' shape.
  expect(await loadDemoProcurement(t.db, t.clock.now, {} as FileService)).toBe(3)
  const citizen = t.client()
  const index = await citizen.get('/o/wiang-thong/procurement')
  expect(index.statusCode).toBe(302)
  expect(index.headers.location).toBe('/o/wiang-thong/procurement/plan/2569')
  const plan = plainText((await citizen.get('/o/wiang-thong/procurement/plan/2569')).body)
  expect(plan).toContain('วันที่ได้รับจัดสรรงบประมาณ 1 ตุลาคม 2568')
  expect(plan).toContain('จัดซื้อรถบรรทุกขยะ')
  expect(plan).toContain('รวม 5,200,000.00')
  expect((await citizen.get('/o/wiang-thong/procurement/plan/2569/v/1')).body).not.toContain('จัดซื้อรถบรรทุกขยะ')
  const json = (await citizen.get('/api/v1/organisations/wiang-thong/procurement/monthly/2569')).json()
  expect(json.months.slice(0, 3).map((m: { state: string; purchases: unknown[] }) => [m.state, m.purchases.length])).toEqual([
    ['published', 3],
    ['no_procurement', 0],
    ['not_published', 0],
  ])
  expect(json.annual).toMatchObject({ count: 3, agreed_total: 555030 })
  const audit = await t.db.selectFrom('audit_events').select('action').where('action', 'like', 'procurement.%').execute()
  expect(audit.length).toBe(7)
})
