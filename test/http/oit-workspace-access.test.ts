import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/**
 * Issue 11, finding 5: the OIT workspace's drafts, notes and assignments are for the ITA
 * coordinator, the item's owner, the head and the agency admin. The outside committee member,
 * other roles of the agency and oversight see only what was sent to the NACC.
 */
const BASE = 'https://prongsai.example.go.th'
const WS = '/staff/oit?org=wiang-thong&year=2569'
const ITEM = (code: string) => `/staff/oit/items/${code}?org=wiang-thong&year=2569`
const API = '/api/v1/organisations/wiang-thong/oit/2569'
const DRAFT_URL = 'https://www.wiangthong.go.th/draft-structure'
const NOTE = 'บันทึกภายใน ยังไม่ได้ตรวจ'
const SENT_URL = 'https://www.wiangthong.go.th/contact'
let t: TestApp
let ownerName: string

beforeAll(async () => {
  t = await createTestApp({ env: { BASE_URL: BASE } })
  const officerId = await t.userId('wt-officer@prongsai.test')
  ownerName = (await t.db.selectFrom('users').select('display_name').where('id', '=', officerId).executeTakeFirstOrThrow()).display_name
  const coordinator = await t.asUser('wt-ita@prongsai.test')
  // O1: a draft with a note, assigned to the officer (its owner).
  const draft = await coordinator.submit(ITEM('O1'), { url: DRAFT_URL, explanation: NOTE, method: 'ประชุมกอง', status: 'draft', responsible_user_id: officerId, 'due-day': '1', 'due-month': '3', 'due-year': '2570' })
  expect(draft.statusCode).toBe(303)
  // O3: sent to the NACC.
  expect((await coordinator.submit(ITEM('O3'), { url: SENT_URL, elements: ['0'], explanation: 'ดูหัวข้อติดต่อ', status: 'ready' })).statusCode).toBe(303)
  expect((await coordinator.submit(ITEM('O3'), { url: SENT_URL, elements: ['0'], explanation: 'ดูหัวข้อติดต่อ', status: 'submitted' })).statusCode).toBe(303)
  const committee = await t.db.insertInto('users').values({ email: 'wt-committee@prongsai.test', display_name: 'กรรมการภายนอก ทดสอบ', password_hash: null }).returning('id').executeTakeFirstOrThrow()
  await t.db.insertInto('memberships').values({ user_id: committee.id, organisation_id: await t.orgId('wiang-thong'), role: 'committee' }).execute()
})
afterAll(async () => {
  await t.close()
})

describe('the internal OIT workspace (issue 11, finding 5)', () => {
  it('is open in full to the ITA coordinator, the head and the agency admin', async () => {
    for (const email of ['wt-ita@prongsai.test', 'wt-head@prongsai.test', 'wt-admin@prongsai.test']) {
      const c = await t.asUser(email)
      const item = await c.get(ITEM('O1'))
      expect(item.statusCode, email).toBe(200)
      expect(item.body).toContain(NOTE)
      const ws = await c.get(WS)
      expect(ws.body).toContain(DRAFT_URL)
      expect(ws.body).toContain(ownerName)
      expect((await c.get(`/staff/oit/links.xlsx?org=wiang-thong&year=2569`)).statusCode).toBe(200)
    }
  })

  it('shows the committee member, other roles and oversight only what was sent to the NACC', async () => {
    for (const email of ['wt-committee@prongsai.test', 'wt-procurement@prongsai.test', 'wt-complaints@prongsai.test', 'oversight@prongsai.test']) {
      const c = await t.asUser(email)
      const ws = await c.get(WS)
      expect(ws.statusCode, email).toBe(200)
      expect(ws.body).toContain('id="published-only"')
      expect(ws.body).toContain(SENT_URL)
      expect(ws.body).not.toContain(DRAFT_URL)
      expect(ws.body).not.toContain(ownerName)
      expect(ws.body).not.toContain(`href="/staff/oit/items/O1?`)
      for (const code of ['O1', 'O3']) {
        const item = await c.get(ITEM(code))
        expect(item.statusCode, `${email} ${code}`).toBe(403)
        expect(item.headers['x-error-code']).toBe('forbidden')
        expect(item.body).not.toContain(NOTE)
      }
      expect((await c.get(`/staff/oit/links.xlsx?org=wiang-thong&year=2569`)).statusCode).toBe(403)
      const json = await c.get(API)
      expect(json.statusCode).toBe(200)
      const items = (json.json() as { items: { code: string; status: string; url: string | null; responsible: unknown; dueDate: unknown }[] }).items
      expect(items.find((i) => i.code === 'O1')).toMatchObject({ status: 'missing', url: null, responsible: null, dueDate: null })
      expect(items.find((i) => i.code === 'O3')).toMatchObject({ status: 'submitted', url: SENT_URL, responsible: null })
      expect(json.body).not.toContain(NOTE)
    }
  })

  it('opens an item to its owner, and only that item', async () => {
    const owner = await t.asUser('wt-officer@prongsai.test')
    const own = await owner.get(ITEM('O1'))
    expect(own.statusCode).toBe(200)
    expect(own.body).toContain(NOTE)
    expect((await owner.get(ITEM('O2'))).statusCode).toBe(403)
    const ws = await owner.get(WS)
    expect(ws.body).toContain(DRAFT_URL)
    expect(ws.body).toContain(`href="/staff/oit/items/O1?`)
    expect(ws.body).not.toContain(`href="/staff/oit/items/O2?`)
    // Reading is not editing: the owner's draft is still the coordinator's to save.
    expect((await owner.post(ITEM('O1'), { status: 'ready' })).statusCode).toBe(403)
  })
})
