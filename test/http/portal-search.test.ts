import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { createItem, editItem, publish } from './portal-support.ts'

/**
 * Thai search: Thai has no spaces between words, so the text is cut into words when saved and
 * the query is cut the same way; a substring search catches what the word cutter splits differently.
 */
let t: TestApp
let wtPlan: string
beforeAll(async () => {
  t = await createTestApp()
  const wt = await t.asUser('wt-officer@prongsai.test')
  const nb = await t.asUser('nb-officer@prongsai.test')
  const wtMe = await t.userId('wt-officer@prongsai.test')
  const nbMe = await t.userId('nb-officer@prongsai.test')
  wtPlan = (await createItem(t, wt, 'wiang-thong', { section: 'procurement-plan', title_th: 'แผนการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. 2570', body: 'ประกาศเผยแพร่แผนการจัดซื้อครุภัณฑ์สำนักงานและการก่อสร้างถนนคอนกรีตเสริมเหล็ก', fiscal_year: '2570', responsible_user_id: wtMe })).id
  const wtSummary = await createItem(t, wt, 'wiang-thong', { section: 'procurement-summary', title_th: 'สรุปผลการจัดซื้อจัดจ้าง เดือนตุลาคม 2569 (สขร.1)', body: 'ไม่มีการจัดซื้อจัดจ้างในเดือนนี้', fiscal_year: '2570', responsible_user_id: wtMe })
  const wtDraft = await createItem(t, wt, 'wiang-thong', { section: 'news', title_th: 'ร่างประกาศจัดซื้อที่ยังไม่เผยแพร่', body: 'ลับ', fiscal_year: '2570', responsible_user_id: wtMe })
  const nbPlan = await createItem(t, nb, 'nong-bua', { section: 'procurement-plan', title_th: 'แผนจัดซื้อจัดจ้าง อบต.หนองบัว', body: 'Annual Procurement Plan', fiscal_year: '2570', responsible_user_id: nbMe })
  for (const { id } of [{ id: wtPlan }, wtSummary, nbPlan]) await publish(id === nbPlan.id ? nb : wt, id)
  void wtDraft
})
afterAll(() => t.close())

const titles = (html: string) => [...html.matchAll(/<h2 class="heading-s"><a href="([^"]+)">([^<]+)<\/a><\/h2>/g)].map((m) => m[1])

describe('searching an agency’s portal', () => {
  it('finds Thai words inside run-together text, and only published items', async () => {
    const res = await t.client().get(`/o/wiang-thong/search?q=${encodeURIComponent('จัดซื้อ')}`)
    expect(res.statusCode).toBe(200)
    expect(titles(res.body).sort()).toEqual(['/o/wiang-thong/p/procurement-plan-1', '/o/wiang-thong/p/procurement-summary-1'])
    expect(res.body).toContain('พบ 2 รายการที่ตรงกับ “จัดซื้อ”')
    expect(res.body).not.toContain('ร่างประกาศจัดซื้อ')
  })

  it('matches every word of a multi-word query, in the body too', async () => {
    const res = await t.client().get(`/o/wiang-thong/search?q=${encodeURIComponent('ถนนคอนกรีต')}`)
    expect(titles(res.body)).toEqual(['/o/wiang-thong/p/procurement-plan-1'])
    expect(res.body).toContain('ถนนคอนกรีตเสริมเหล็ก')
    const none = await t.client().get(`/o/wiang-thong/search?q=${encodeURIComponent('ถนนลูกรัง')}`)
    expect(titles(none.body)).toEqual([])
    expect(none.body).toContain('ไม่พบข้อมูลที่ตรงกับ “ถนนลูกรัง”')
  })

  it('finds a code with punctuation and a piece of a word', async () => {
    expect(titles((await t.client().get(`/o/wiang-thong/search?q=${encodeURIComponent('สขร.1')}`)).body)).toEqual(['/o/wiang-thong/p/procurement-summary-1'])
    expect(titles((await t.client().get(`/o/wiang-thong/search?q=${encodeURIComponent('รุภัณฑ์')}`)).body)).toEqual(['/o/wiang-thong/p/procurement-plan-1'])
  })

  it('follows edits: the old words no longer match, the new ones do', async () => {
    const wt = await t.asUser('wt-officer@prongsai.test')
    expect((await editItem(t, wt, wtPlan, { body: 'จัดซื้อรถบรรทุกขยะ' })).statusCode).toBe(303)
    expect(titles((await t.client().get(`/o/wiang-thong/search?q=${encodeURIComponent('คอนกรีต')}`)).body)).toEqual([])
    expect(titles((await t.client().get(`/o/wiang-thong/search?q=${encodeURIComponent('รถบรรทุกขยะ')}`)).body)).toEqual(['/o/wiang-thong/p/procurement-plan-1'])
  })

  it('shows an empty form for an empty query, and survives LIKE wildcards', async () => {
    const empty = await t.client().get('/o/wiang-thong/search')
    expect(empty.statusCode).toBe(200)
    expect(titles(empty.body)).toEqual([])
    const wild = await t.client().get(`/o/wiang-thong/search?q=${encodeURIComponent('%_\\')}`)
    expect(wild.statusCode).toBe(200)
    expect(titles(wild.body)).toEqual([])
  })
})

describe('searching across a province', () => {
  it('finds every agency’s published items, named by agency, and English case-insensitively', async () => {
    const res = await t.client().get(`/search?province=suvarnabhumi&q=${encodeURIComponent('จัดจ้าง')}`)
    expect(res.statusCode).toBe(200)
    expect(titles(res.body).sort()).toEqual(['/o/nong-bua/p/procurement-plan-1', '/o/wiang-thong/p/procurement-plan-1', '/o/wiang-thong/p/procurement-summary-1'])
    expect(res.body).toContain('องค์การบริหารส่วนตำบลหนองบัว')
    const english = await t.client().get(`/search?q=${encodeURIComponent('procurement PLAN')}`)
    expect(titles(english.body)).toEqual(['/o/nong-bua/p/procurement-plan-1'])
  })

  it('answers an unknown province with 404', async () => {
    expect((await t.client().get('/search?province=atlantis&q=x')).statusCode).toBe(404)
  })
})
