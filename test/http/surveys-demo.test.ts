import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoSurveys } from '../../src/features/surveys/index.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-07T03:00:00Z') })
})
afterAll(async () => {
  await t.close()
})

describe('the surveys demo', () => {
  it('gives เวียงทอง an EIT-style survey at 45 of 60, an IIT-style survey and two published satisfaction half-years, once', async () => {
    expect(await loadDemoSurveys(t.db, t.clock.now, 'https://prongsai.example')).toBe(4)
    expect(await loadDemoSurveys(t.db, t.clock.now, 'https://prongsai.example')).toBe(0)
    const c = await t.asUser('wt-ita@prongsai.test')
    // Both half-years published, the second closing in this half: the next result is due by the end of the next half-year.
    const list = await c.get('/staff/surveys?org=wiang-thong')
    expect(list.statusCode).toBe(200)
    expect(list.body).toContain('ผลสำรวจความพึงพอใจของครึ่งปีนี้เผยแพร่แล้ว ครั้งถัดไปเผยแพร่ภายใน 30 กันยายน 2570')
    const sa = await c.get('/staff/surveys/self-assessment?org=wiang-thong')
    expect(sa.statusCode).toBe(200)
    expect(sa.body).toContain('45 จากขั้นต่ำ 60')
    const published = await t.client().get('/o/wiang-thong/surveys')
    expect(published.statusCode).toBe(200)
    expect((published.body.match(/งานขออนุญาตก่อสร้างอาคาร รอบที่/g) ?? []).length).toBe(2)
  })
})
