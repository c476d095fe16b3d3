import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { createItem, publish } from './portal-support.ts'

/** The portal index as open data: CSV for spreadsheets, JSON for programs, described by OpenAPI (C4). */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
  const officer = await t.asUser('wt-officer@prongsai.test')
  const me = await t.userId('wt-officer@prongsai.test')
  const plan = await createItem(t, officer, 'wiang-thong', { section: 'procurement-plan', title_th: 'แผนการจัดซื้อจัดจ้าง ปี 2570, ฉบับ "ปรับปรุง"', title_en: 'Procurement plan 2570', body: 'x', fiscal_year: '2570', responsible_user_id: me })
  const formula = await createItem(t, officer, 'wiang-thong', { section: 'news', title_th: '=HYPERLINK("https://evil.test","คลิก")', body: 'x', fiscal_year: '2570', responsible_user_id: me })
  const draft = await createItem(t, officer, 'wiang-thong', { section: 'news', title_th: 'ร่างข่าวที่ยังไม่เผยแพร่', body: 'x', fiscal_year: '2570', responsible_user_id: me })
  const structure = await createItem(t, officer, 'wiang-thong', { section: 'structure', title_th: 'โครงสร้างเทศบาล', body: 'x', responsible_user_id: me })
  for (const { id } of [plan, formula, structure]) await publish(officer, id)
  void draft
})
afterAll(() => t.close())

type ItemJson = { key: string; section: string; section_th: string; title_th: string; title_en: string; fiscal_year: number | null; version: number; updated_at: string; responsible: { name: string; position: string } | null; url: string }

describe('the portal as open data', () => {
  it('gives the published items as JSON, sections in portal order, with permanent addresses', async () => {
    const res = await t.client().get('/api/v1/organisations/wiang-thong/portal')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('application/json')
    const body = res.json() as { organisation: { slug: string; name_th: string; url: string }; items: ItemJson[] }
    expect(body.organisation).toEqual({ slug: 'wiang-thong', name_th: 'เทศบาลตำบลเวียงทอง', name_en: 'Wiang Thong Subdistrict Municipality', url: 'http://localhost:3000/o/wiang-thong/portal' })
    expect(body.items.map((i) => i.key)).toEqual(['structure-1', 'news-1', 'procurement-plan-1'])
    expect(body.items[2]).toEqual({
      key: 'procurement-plan-1',
      section: 'procurement-plan',
      section_th: 'แผนการจัดซื้อจัดจ้าง',
      section_en: 'Procurement plan',
      title_th: 'แผนการจัดซื้อจัดจ้าง ปี 2570, ฉบับ "ปรับปรุง"',
      title_en: 'Procurement plan 2570',
      fiscal_year: 2570,
      version: 1,
      updated_at: '2026-11-22T03:00:00.000Z',
      responsible: { name: 'นางสาวสมใจ ใจดี', position: 'เจ้าพนักงานธุรการ' },
      url: 'http://localhost:3000/o/wiang-thong/p/procurement-plan-1',
    })
    expect(body.items[0]!.fiscal_year).toBeNull()
    expect(JSON.stringify(body)).not.toContain('ร่างข่าวที่ยังไม่เผยแพร่')
  })

  it('answers an unknown agency with the 404 error envelope', async () => {
    const res = await t.client().get('/api/v1/organisations/no-such-agency/portal')
    expect(res.statusCode).toBe(404)
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'ไม่พบข้อมูล' } })
  })

  it('gives the same rows as CSV: UTF-8 with a BOM, quoted where needed, formulas defused', async () => {
    const res = await t.client().get('/o/wiang-thong/portal.csv')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(String(res.headers['content-disposition'])).toContain('attachment')
    const text = res.rawPayload.toString('utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const lines = text.slice(1).trimEnd().split('\r\n')
    expect(lines[0]).toBe('หมวด,รหัสรายการ,ชื่อเรื่อง (ภาษาไทย),ชื่อเรื่อง (ภาษาอังกฤษ),ปีงบประมาณ (พ.ศ.),ฉบับที่,ปรับปรุงล่าสุด,ผู้รับผิดชอบ,ที่อยู่ถาวร')
    expect(lines).toHaveLength(4)
    expect(lines[1]).toBe('โครงสร้างและผู้บริหาร,structure-1,โครงสร้างเทศบาล,,,1,2026-11-22T10:00:00+07:00,นางสาวสมใจ ใจดี,http://localhost:3000/o/wiang-thong/p/structure-1')
    // A title that would run as a spreadsheet formula is written as text.
    expect(lines[2]).toBe(`ข่าวประชาสัมพันธ์,news-1,"'=HYPERLINK(""https://evil.test"",""คลิก"")",,2570,1,2026-11-22T10:00:00+07:00,นางสาวสมใจ ใจดี,http://localhost:3000/o/wiang-thong/p/news-1`)
    expect(lines[3]).toContain('"แผนการจัดซื้อจัดจ้าง ปี 2570, ฉบับ ""ปรับปรุง"""')
    expect(text).not.toContain('ร่างข่าวที่ยังไม่เผยแพร่')
    // Headers follow the reader's language.
    const en = await t.client().get('/o/wiang-thong/portal.csv', { cookie: 'lang=en' })
    expect(en.rawPayload.toString('utf8').slice(1).split('\r\n')[0]).toBe('Section,Item key,Title (Thai),Title (English),Fiscal year (BE),Version,Last updated,Responsible,Permanent address')
  })

  it('is described in the OpenAPI document and linked from the public portal page', async () => {
    const doc = (await t.client().get('/api/openapi.json')).json() as { paths: Record<string, { get?: { tags?: string[]; summary?: string } }> }
    expect(doc.paths['/api/v1/organisations/{slug}/portal']?.get?.tags).toEqual(['portal'])
    const page = await t.client().get('/o/wiang-thong/portal')
    expect(page.body).toContain('href="/o/wiang-thong/portal.csv"')
    expect(page.body).toContain('href="/api/v1/organisations/wiang-thong/portal"')
  })
})
