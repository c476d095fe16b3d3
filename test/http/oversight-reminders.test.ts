import { afterAll, beforeAll, expect, it } from 'vitest'
import { oversightReportsDaily } from '../../src/features/oversight-reports/index.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/** The daily job run every day of a quarter on a clock the test moves: each reminder goes once, on the right business day. */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2025-09-25T03:00:00Z'), env: { BASE_URL: 'https://prongsai.example' } })
})
afterAll(async () => {
  await t.close()
})

it('reminds three business days before, on the day and after the deadline, once each, however often the job runs', async () => {
  const o = await t.asUser('oversight@prongsai.test')
  const page = await o.get('/staff/oversight/reports/schedules/new')
  const formId = /name="form_definition_id"[\s\S]*?<option value="([0-9a-f-]{36})"/.exec(page.body)?.[1] ?? ''
  expect((await o.post('/staff/oversight/reports/schedules', { organisation_id: await t.orgId('suvarnabhumi'), form_definition_id: formId, title_th: 'รายงาน EB12', fiscal_year: '2569', frequency: 'quarterly', deadline_offset: '10', deadline_kind: 'business_days', audience: 'all' })).statusCode).toBe(303)
  // Nothing has begun yet on 25 September: no period, no reports.
  expect(await t.db.selectFrom('oversight_periods').select('id').execute()).toHaveLength(0)

  const sentOn = new Map<string, string[]>()
  for (let day = Date.UTC(2025, 9, 1); day <= Date.UTC(2026, 0, 31); day += 86_400_000) {
    const now = new Date(day + 3 * 3600_000)
    // Twice a day: reruns send nothing new.
    await oversightReportsDaily({ db: t.db, now, baseUrl: 'https://prongsai.example' })
    await oversightReportsDaily({ db: t.db, now, baseUrl: 'https://prongsai.example' })
  }
  const mails = await t.db.selectFrom('outbox').select(['subject', 'created_at']).where('to_address', '=', 'wt-ita@prongsai.test').where('subject', 'like', '%2569-Q1%').orderBy('created_at').execute()
  for (const m of mails) sentOn.set(m.subject.split(':')[0]!, [...(sentOn.get(m.subject.split(':')[0]!) ?? []), new Date(m.created_at).toISOString().slice(0, 10)])
  // Q1 ends Wed 31 Dec 2025; 1–2 Jan are holidays: deadline Fri 16 Jan; 3 business days before is Tue 13 Jan.
  expect(Object.fromEntries(sentOn)).toEqual({
    ใกล้ถึงกำหนดส่งรายงาน: ['2026-01-13'],
    วันนี้เป็นวันกำหนดส่งรายงาน: ['2026-01-16'],
    เลยกำหนดส่งรายงานแล้ว: ['2026-01-17'],
  })
  // Q2 opened on 1 January, with its own expected reports.
  expect((await t.db.selectFrom('oversight_periods').select('period_key').orderBy('period_key').execute()).map((p) => p.period_key)).toEqual(['2569-Q1', '2569-Q2'])
  const claims = await t.db.selectFrom('oversight_reminders').select('kind').execute()
  expect(claims).toHaveLength(6 * 3)
  // Oversight gets one summary of late agencies each Monday after the deadline (Q1: Mon 19 and 26 Jan), however often the job runs.
  const weekly = await t.db.selectFrom('outbox').select(['subject', 'body_text', 'created_at']).where('to_address', '=', 'oversight@prongsai.test').where('subject', 'like', 'สรุปหน่วยงานที่ยังไม่ส่งรายงาน%').orderBy('created_at').execute()
  expect(weekly.map((m) => [new Date(m.created_at).toISOString().slice(0, 10), m.subject.split(' / ')[0]])).toEqual([
    ['2026-01-19', 'สรุปหน่วยงานที่ยังไม่ส่งรายงานตามกำหนด 6 รายการ'],
    ['2026-01-26', 'สรุปหน่วยงานที่ยังไม่ส่งรายงานตามกำหนด 6 รายการ'],
  ])
  expect(weekly[0]!.body_text).toContain('เทศบาลตำบลเวียงทอง: รายงาน EB12 2569-Q1')
})
