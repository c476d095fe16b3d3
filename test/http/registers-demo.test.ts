import { afterAll, beforeAll, expect, it } from 'vitest'
import { loadDemoGifts } from '../../src/features/gifts/index.ts'
import { loadDemoMeetings } from '../../src/features/meetings/index.ts'
import { loadDemoProperty } from '../../src/features/property/index.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-07T03:00:00Z') })
  await loadDemoGifts(t.db, t.clock.now, 'https://prongsai.example')
  await loadDemoProperty(t.db, t.clock.now, 'https://prongsai.example')
  await loadDemoMeetings(t.db, t.clock.now)
})
afterAll(async () => {
  await t.close()
})

it('the demo agency has gifts under and over 3,000 baht (one late), a donation, loans (one overdue) and a meeting with a recusal', async () => {
  const gifts = await t.db.selectFrom('gift_declarations').select(['status', 'late', 'ruling']).orderBy('value_satang').execute()
  expect(gifts).toEqual([
    { status: 'recorded', late: false, ruling: null },
    { status: 'ruled', late: true, ruling: 'return' },
    { status: 'draft', late: false, ruling: null },
  ])
  expect((await t.db.selectFrom('gift_donations').select('status').execute()).map((d) => d.status)).toEqual(['accepted'])
  const loans = (await t.db.selectFrom('property_borrowings').select(['status', 'end_on']).orderBy('start_on').execute()).map((b) => `${b.status}:${b.end_on}`)
  expect(loans).toEqual(['returned:2026-11-12', 'issued:2026-12-02', 'requested:2026-12-11'])
  expect(await t.db.selectFrom('meeting_interests').select('nature').execute()).toHaveLength(1)
  // The tent moved with the head's approval; last year's stock-take awaits the head, every item counted.
  expect(await t.db.selectFrom('property_items').select('location').where('number', '=', '420-64-0002').executeTakeFirstOrThrow()).toEqual({ location: 'ศาลาประชาคมหมู่ ๓' })
  expect(await t.db.selectFrom('property_stocktakes').select(['fiscal_year', 'status']).execute()).toEqual([{ fiscal_year: 2569, status: 'submitted' }])
  expect(await t.db.selectFrom('property_stocktake_lines').select('found').execute()).toHaveLength(3)
  const head = await t.asUser('wt-head@prongsai.test')
  for (const url of ['/staff/gifts', '/staff/property', '/staff/meetings']) expect((await head.get(url)).statusCode).toBe(200)
  expect((await head.get('/staff/property')).body).toContain('เกินกำหนดคืน 1 รายการ')
})
