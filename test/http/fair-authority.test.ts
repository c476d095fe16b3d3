import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoDelegations } from '../../src/features/delegations/index.ts'
import { loadDemoFairAuthority } from '../../src/features/fair-authority/index.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/** Fair use of authority (G3) on the demo records, and the demo's acting head deciding as such (G4). */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-07T03:00:00Z'), env: { BASE_URL: 'https://prongsai.example' } })
  expect(await loadDemoFairAuthority(t.db, t.clock.now)).toBe(4)
  expect(await loadDemoDelegations(t.db, t.clock.now)).toBe(3)
}, 120_000)
afterAll(async () => {
  await t?.close()
})

const decision = (over: Record<string, string> = {}) => ({ kind: 'training', round_th: 'อบรมการเขียนหนังสือราชการ', subject_user_id: '', scores: '30, 30, 20', outcome: 'selected', reason: 'งานสารบรรณโดยตรง', ...over })

describe('fair use of authority', () => {
  it('staff see the criteria, the summary and the selections; evaluation scores only their own; the internal channel to question them', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    const page = await officer.get('/staff/fair-authority')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('การให้บริการประชาชน (ผลสำรวจความพึงพอใจ) (คะแนนเต็ม 10)')
    expect(page.body).toContain('มีฉบับก่อนหน้า 1 ฉบับ')
    // Own evaluation in full; a colleague's not; the selection for training in full with both names.
    expect(page.body).toContain('52/60, 27/30, 9/10 = 88')
    expect(page.body).not.toContain('56/60')
    expect(page.body).toContain('(เฉพาะเจ้าของ)')
    expect(page.body).toContain('40/40, 30/30, 25/30 = 95')
    expect(page.body).toContain('นายพัสดุ ถูกต้อง')
    // Summary: two evaluations averaging 90 % of the maximum, two selections averaging 80 %.
    expect(page.body).toMatch(/ดีเด่น 1 · ดีมาก 1[\s\S]*?90%/)
    expect(page.body).toContain('80%')
    expect(page.body).toContain('href="/staff/report"')
    expect(page.body).not.toContain('action="/staff/fair-authority/decisions')
    expect((await officer.post('/staff/fair-authority/decisions', decision({ subject_user_id: await t.userId('wt-officer@prongsai.test') }))).statusCode).toBe(403)
    expect((await officer.post('/staff/fair-authority/criteria', { kind: 'assignment', title_th: 'x', items: 'a | 1' })).statusCode).toBe(403)
    const head = await t.asUser('wt-head@prongsai.test')
    expect((await head.get('/staff/fair-authority')).body).toContain('56/60, 28/30, 8/10 = 92')
    expect((await (await t.asUser('nb-officer@prongsai.test')).get('/staff/fair-authority?org=wiang-thong')).statusCode).toBe(403)
    expect((await (await t.asUser('committee@prongsai.test')).get('/staff/fair-authority')).statusCode).toBe(403)
  })

  it('a decision follows the criteria in force (422 keeps what was typed); new criteria make a new version and leave earlier decisions on theirs', async () => {
    const head = await t.asUser('wt-head@prongsai.test')
    await head.get('/staff/fair-authority')
    const officerId = await t.userId('wt-officer@prongsai.test')
    const bad = await head.post('/staff/fair-authority/decisions', decision({ subject_user_id: officerId, scores: '30, 31', outcome: 'excellent' }))
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('ใส่คะแนน 3 ค่า')
    expect(bad.body).toContain('เลือกผลที่ตรงกับเรื่อง')
    expect(bad.body).toContain('อบรมการเขียนหนังสือราชการ')
    expect((await head.post('/staff/fair-authority/decisions', decision({ kind: 'assignment', subject_user_id: officerId, outcome: 'assigned' }))).statusCode).toBe(422)
    expect((await head.post('/staff/fair-authority/criteria', { kind: 'training', title_th: 'หลักเกณฑ์คัดเลือก (ปรับปรุง)', items: 'ความเกี่ยวข้องกับงาน | 50\nไม่มีเลขคะแนน' })).statusCode).toBe(422)
    expect((await head.post('/staff/fair-authority/criteria', { kind: 'training', title_th: 'หลักเกณฑ์คัดเลือก (ปรับปรุง)', items: 'ความเกี่ยวข้องกับงาน | 50\nยังไม่เคยอบรม | 50' })).statusCode).toBe(303)
    const versions = await t.db.selectFrom('authority_criteria').select(['kind', 'version']).orderBy('kind').orderBy('version').execute()
    expect(versions).toEqual([
      { kind: 'evaluation', version: 1 },
      { kind: 'evaluation', version: 2 },
      { kind: 'training', version: 1 },
      { kind: 'training', version: 2 },
    ])
    expect((await head.post('/staff/fair-authority/decisions', decision({ subject_user_id: officerId, scores: '45, 40' }))).statusCode).toBe(303)
    const rows = await t.db.selectFrom('authority_decisions as d').innerJoin('authority_criteria as c', 'c.id', 'd.criteria_id').select(['c.version', 'd.total', 'd.decided_by_label']).where('c.kind', '=', 'training').orderBy('d.created_at').execute()
    expect(rows.map((r) => [r.version, r.total])).toEqual([
      [1, 95],
      [1, 65],
      [2, 85],
    ])
    expect(rows[2]!.decided_by_label).toBe('นายกเทศมนตรี เวียงทอง')
    await expect(t.db.updateTable('authority_decisions').set({ total: 100 }).execute()).rejects.toThrow(/records/)
  })

  it('the demo’s acting mayor decides and the record says so', async () => {
    const deputy = await t.asUser('wt-deputy@prongsai.test')
    const page = await deputy.get('/staff/fair-authority')
    expect(page.body).toContain('action="/staff/fair-authority/decisions')
    expect((await deputy.post('/staff/fair-authority/decisions', decision({ subject_user_id: await t.userId('wt-ita@prongsai.test'), scores: '40, 30' }))).statusCode).toBe(303)
    const last = await t.db.selectFrom('authority_decisions').select('decided_by_label').where('subject_user_id', '=', await t.userId('wt-ita@prongsai.test')).where('round_th', '=', 'อบรมการเขียนหนังสือราชการ').executeTakeFirstOrThrow()
    expect(last.decided_by_label).toBe('นายรองพล ช่วยราชการ รักษาราชการแทน นายกเทศมนตรีตำบลเวียงทอง (คำสั่งที่ 12/2570)')
    const pub = await t.client().get('/o/wiang-thong/delegations')
    expect(pub.body).toContain('คำสั่งที่ 215/2569')
    expect(pub.body).toContain('คำสั่งที่ 216/2569')
    expect(pub.body).toContain('คำสั่งที่ 12/2570')
  })
})
