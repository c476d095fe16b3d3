import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoPerformanceEvaluation } from '../../src/features/performance-evaluation/index.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
  await loadDemoPerformanceEvaluation(t.db, t.clock.now)
}, 120_000)
afterAll(async () => {
  await t.close()
})

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? ''

describe('the demo evaluation of 2569', () => {
  it('is completed from three members’ sheets, with an outside chair, and published with its Word report', async () => {
    const e = await t.db.selectFrom('perf_evaluations').selectAll().where('year', '=', 2569).executeTakeFirstOrThrow()
    expect(e).toMatchObject({ status: 'completed', published: true })
    const result = e.result as { overall: number; members: number; outsideMembers: number; dimensions: { key: string; percent: number }[] }
    expect(result.members).toBe(3)
    expect(result.outsideMembers).toBe(2)
    expect(result.dimensions.map((d) => d.key)).toEqual(['mission', 'service', 'cost', 'satisfaction'])
    const page = await t.client().get('/o/wiang-thong/performance-evaluation/2569')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('มิติที่ 4 ความพึงพอใจของประชาชนผู้รับบริการ')
    expect(page.body).toContain('ศาสตราจารย์ประเมิน อิสระ')
    expect(page.body).toContain('href="/o/wiang-thong/services/statistics"')
    expect((await t.client().get('/o/wiang-thong/performance-evaluation')).headers.location).toBe('/o/wiang-thong/performance-evaluation/2569')
    const docx = await t.client().get('/o/wiang-thong/performance-evaluation/2569/report.docx')
    expect(docx.statusCode).toBe(200)
    // A completed evaluation's sheets are frozen by the database itself.
    await expect(t.db.updateTable('perf_eval_scores').set({ score: 1 }).where('evaluation_id', '=', e.id).execute()).rejects.toThrow(/completed evaluation/)
  })
})

describe('scoring', () => {
  let id: string
  let committeeId: string
  let itaId: string

  it('managers set up a year; refusals are exact for other agencies and for the committee member', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    const created = await officer.submit('/staff/performance-evaluation?org=wiang-thong', { year: '2570' }, '/staff/performance-evaluation/new?org=wiang-thong')
    expect(created.statusCode).toBe(303)
    id = created.headers.location!.split('/').pop()!
    const dup = await officer.submit('/staff/performance-evaluation?org=wiang-thong', { year: '2570' }, '/staff/performance-evaluation/new?org=wiang-thong')
    expect(dup.statusCode).toBe(422)
    expect(dup.body).toContain('value="2570"')

    const bad = await officer.submit(`/staff/performance-evaluation/${id}`, { dimension: 'service', indicator_name: 'ร้อยละงานเสร็จตามกำหนด', weight: '0', evidence_url: '/o/nong-bua/services/statistics', evidence_note: '' }, `/staff/performance-evaluation/${id}/indicators`)
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('value="ร้อยละงานเสร็จตามกำหนด"')
    expect(bad.body).toContain('น้ำหนักเป็นจำนวนเต็ม 1–100')
    for (const [i, d] of ['mission', 'service', 'cost', 'satisfaction'].entries()) {
      const r = await officer.submit(`/staff/performance-evaluation/${id}`, { dimension: d, indicator_name: `ตัวชี้วัด ${d}`, weight: String(i + 1), evidence_url: '/o/wiang-thong/services/statistics', evidence_note: '' }, `/staff/performance-evaluation/${id}/indicators`)
      expect(r.statusCode).toBe(303)
    }
    for (const [email, role, outside] of [['committee@prongsai.test', 'chair', 'yes'], ['wt-ita@prongsai.test', 'secretary', '']] as const) {
      const r = await officer.submit(`/staff/performance-evaluation/${id}`, { email, committee_role: role, ...(outside ? { outside } : {}) }, `/staff/performance-evaluation/${id}/members`)
      expect(r.statusCode).toBe(303)
    }
    committeeId = await t.userId('committee@prongsai.test')
    itaId = await t.userId('wt-ita@prongsai.test')

    const nb = await t.asUser('nb-officer@prongsai.test')
    expect((await nb.get(`/staff/performance-evaluation/${id}`)).statusCode).toBe(403)
    const committee = await t.asUser('committee@prongsai.test')
    expect((await committee.get(`/staff/performance-evaluation/${id}`)).statusCode).toBe(403)
    expect((await committee.get('/staff/performance-evaluation')).statusCode).toBe(200)
  })

  it('a member scores only their own sheet: another member’s is refused with 403, even to the agency’s manager', async () => {
    const committee = await t.asUser('committee@prongsai.test')
    expect((await committee.get(`/staff/performance-evaluation/${id}/sheets/${itaId}`)).statusCode).toBe(403)
    const own = await committee.get(`/staff/performance-evaluation/${id}/sheets/${committeeId}`)
    expect(own.statusCode).toBe(200)
    const indicators = await t.db.selectFrom('perf_eval_indicators').select('id').where('evaluation_id', '=', id).orderBy('position').execute()
    const sheet = (score: string) => Object.fromEntries(indicators.flatMap((i) => [[`score_${i.id}`, score], [`comment_${i.id}`, '']]))
    // Posting onto the other member's sheet, with a valid token, is refused and writes nothing.
    const forged = await committee.post(`/staff/performance-evaluation/${id}/sheets/${itaId}`, sheet('1'), { csrf: csrfOf(own.body) })
    expect(forged.statusCode).toBe(403)
    expect(await t.db.selectFrom('perf_eval_scores').select('score').where('evaluation_id', '=', id).where('user_id', '=', itaId).execute()).toHaveLength(0)
    const officer = await t.asUser('wt-officer@prongsai.test')
    expect((await officer.get(`/staff/performance-evaluation/${id}/sheets/${committeeId}`)).statusCode).toBe(403)

    // An incomplete sheet comes back 422 with what was chosen.
    const partial = await committee.post(`/staff/performance-evaluation/${id}/sheets/${committeeId}`, { ...sheet('5'), [`score_${indicators[0]!.id}`]: '' }, { csrf: csrfOf(own.body) })
    expect(partial.statusCode).toBe(422)
    expect(partial.body).toMatch(/value="5"\s+checked/)
    expect((await committee.post(`/staff/performance-evaluation/${id}/sheets/${committeeId}`, sheet('5'), { csrf: csrfOf(own.body) })).statusCode).toBe(303)

    // Not complete until every member has scored.
    const early = await officer.submit(`/staff/performance-evaluation/${id}`, {}, `/staff/performance-evaluation/${id}/complete`)
    expect(early.statusCode).toBe(422)
    const ita = await t.asUser('wt-ita@prongsai.test')
    expect((await ita.submit(`/staff/performance-evaluation/${id}/sheets/${itaId}`, sheet('3'))).statusCode).toBe(303)
    const done = await officer.submit(`/staff/performance-evaluation/${id}`, {}, `/staff/performance-evaluation/${id}/complete`)
    expect(done.statusCode).toBe(303)
    const e = await t.db.selectFrom('perf_evaluations').select(['status', 'result']).where('id', '=', id).executeTakeFirstOrThrow()
    // Each indicator's mean is (5 + 3) / 2 = 4 → 80% in every dimension.
    expect(e.status).toBe('completed')
    expect((e.result as { overall: number }).overall).toBe(80)
    // A sheet of a completed evaluation can no longer change: 409.
    expect((await ita.submit(`/staff/performance-evaluation/${id}/sheets/${itaId}`, sheet('1'))).statusCode).toBe(409)
  })
})
