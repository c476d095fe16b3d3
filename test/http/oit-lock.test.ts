import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts'

/** Once submitted, an item's link is what the NACC was given: frozen until reopened with a reason. */
let t: TestApp
let coordinator: Client
let elements: string[]
const ITEM = '/staff/oit/items/O1?org=wiang-thong&year=2569'
const REOPEN = '/staff/oit/items/O1/reopen?org=wiang-thong&year=2569'
const URL1 = 'https://wiangthong.example.go.th/structure'
const entry = () => t.db.selectFrom('oit_entries').selectAll().where('item_code', '=', 'O1').where('fiscal_year', '=', 2569).executeTakeFirstOrThrow()

beforeAll(async () => {
  t = await createTestApp()
  coordinator = await t.asUser('wt-ita@prongsai.test')
  await coordinator.get('/staff/oit?org=wiang-thong&year=2569')
  const cat = await t.db.selectFrom('oit_catalogues').select('items').where('scheme', '=', 'nacc-ita').where('fiscal_year', '=', 2569).executeTakeFirstOrThrow()
  const o1 = (cat.items as { code: string; elements: string[] }[]).find((i) => i.code === 'O1')!
  elements = o1.elements.map((_, i) => String(i))
  for (const status of ['draft', 'ready', 'submitted']) {
    const r = await coordinator.submit(ITEM, { url: URL1, elements, status })
    expect(r.statusCode).toBe(303)
  }
})
afterAll(async () => {
  await t.close()
})

describe('links of a submitted item', () => {
  it('shows the link read-only with the reason, and refuses a changed URL', async () => {
    const page = await coordinator.get(ITEM)
    expect(page.body).toContain('ส่งรายการนี้ให้ ป.ป.ช. แล้ว')
    expect(page.body).not.toMatch(/<input[^>]*id="url"/)
    expect(page.body).not.toMatch(/<select[^>]*id="portal_item_id"/)
    expect(page.body).toContain(URL1)

    const changed = await coordinator.submit(ITEM, { url: 'https://elsewhere.example.go.th/x', elements, status: 'submitted' })
    expect(changed.statusCode).toBe(422)
    expect(changed.body).toContain('แก้ไข URL และเนื้อหาที่เชื่อมไม่ได้')
    expect((await entry()).url).toBe(URL1)

    // Other fields still save; the frozen link stays as it was.
    const note = await coordinator.submit(ITEM, { elements, status: 'submitted', explanation: 'ดูแผนผังด้านบน' })
    expect(note.statusCode).toBe(303)
    const saved = await entry()
    expect(saved.url).toBe(URL1)
    expect(saved.explanation).toBe('ดูแผนผังด้านบน')
  })

  it('lets only the ITA coordinator or the head reopen it, with a reason, audited', async () => {
    const admin = await t.asUser('wt-admin@prongsai.test')
    const adminPage = await admin.get(ITEM)
    expect(adminPage.body).not.toContain('id="reason"')
    expect((await admin.submit(ITEM, { reason: 'แก้ไข', reopen_to: 'draft' }, REOPEN)).statusCode).toBe(403)

    const noReason = await coordinator.submit(ITEM, { reason: ' ', reopen_to: 'draft' }, REOPEN)
    expect(noReason.statusCode).toBe(422)
    expect(noReason.body).toContain('ระบุเหตุผลที่เปิดรายการอีกครั้ง')
    expect((await entry()).status).toBe('submitted')

    const head = await t.asUser('wt-head@prongsai.test')
    const reopened = await head.submit(ITEM, { reason: 'ย้ายหน้าเว็บไซต์ไปที่อยู่ใหม่', reopen_to: 'ready' }, REOPEN)
    expect(reopened.statusCode).toBe(303)
    expect((await entry()).status).toBe('ready')
    const audit = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'oit.entry_reopened').executeTakeFirstOrThrow()
    expect(audit.summary).toMatchObject({ before: { status: 'submitted' }, after: { status: 'ready', reason: 'ย้ายหน้าเว็บไซต์ไปที่อยู่ใหม่' } })

    // Reopened, the link can change again.
    const page = await coordinator.get(ITEM)
    expect(page.body).toMatch(/<input[^>]*id="url"/)
    const moved = await coordinator.submit(ITEM, { url: 'https://wiangthong.example.go.th/about/structure', elements, status: 'ready' })
    expect(moved.statusCode).toBe(303)
    expect((await entry()).url).toBe('https://wiangthong.example.go.th/about/structure')
    // Nothing to reopen any more.
    expect((await coordinator.submit(ITEM, { reason: 'อีกครั้ง', reopen_to: 'draft' }, REOPEN)).statusCode).toBe(422)
  })
})
