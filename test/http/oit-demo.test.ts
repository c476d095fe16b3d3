import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoOit } from '../../src/features/oit/index.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/** The demo fills Wiang Thong's FY 2569 workspace through the use cases, once. */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t.close()
})

describe('demo OIT entries', () => {
  it('makes a realistic mix of submitted, ready, draft and missing items, audited, and only once', async () => {
    const now = new Date('2026-12-04T03:00:00Z')
    expect(await loadDemoOit(t.db, now)).toBe(11)
    const rows = await t.db.selectFrom('oit_entries').selectAll().where('fiscal_year', '=', 2569).execute()
    const count = (status: string) => rows.filter((r) => r.status === status).length
    expect(count('submitted')).toBe(4)
    expect(count('ready')).toBe(3)
    expect(count('draft')).toBe(4)
    for (const d of rows.filter((r) => r.status === 'draft')) {
      expect(d.responsible_user_id).not.toBeNull()
      expect(d.due_date).not.toBeNull()
    }
    const audits = await t.db.selectFrom('audit_events').select('action').where('action', '=', 'oit.entry_saved').execute()
    expect(audits.length).toBe(4 * 3 + 3 * 2 + 4)
    expect(await loadDemoOit(t.db, now)).toBe(0)

    const coordinator = await t.asUser('wt-ita@prongsai.test')
    const page = await coordinator.get('/staff/oit?org=wiang-thong&year=2569')
    expect(page.body).toContain('26% — พร้อมส่งหรือส่งแล้ว 7 จาก 26 ข้อ (กำลังจัดทำ 4 ข้อ และยังไม่เริ่ม 15 ข้อ ยังไม่นับ)')
    // No stored address points at the server's own local name (issue 14): demo links use the public base.
    expect(rows.filter((r) => r.url?.includes('localhost'))).toEqual([])
  })
})
