import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { HOME_FULL_TREE_LIMIT } from '../../src/features/public-site/public-site.use-cases.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
  const province = await t.orgId('suvarnabhumi')
  const rows = Array.from({ length: HOME_FULL_TREE_LIMIT }, (_, i) => ({ slug: `sao-${i}`, parent_id: province, kind: 'sao', name_th: `องค์การบริหารส่วนตำบลทดสอบ ${i}` }))
  await t.db.insertInto('organisations').values(rows).execute()
})
afterAll(() => t.close())

it('lists only the top-level bodies with their agency counts once there are too many organisations for one page', async () => {
  const res = await t.client().get('/')
  expect(res.statusCode).toBe(200)
  expect(res.body).toContain('จังหวัดสุวรรณภูมิ')
  // 6 demo agencies + the added ones, written the Thai way with a thousands separator.
  expect(res.body).toContain(`หน่วยงานในกำกับ ${HOME_FULL_TREE_LIMIT + 6} แห่ง`)
  expect(res.body).not.toContain('องค์การบริหารส่วนตำบลทดสอบ 1')
  expect(res.body.length).toBeLessThan(20_000)
  const province = await t.client().get('/o/suvarnabhumi')
  expect(province.body).toContain('องค์การบริหารส่วนตำบลทดสอบ 1')
})
