import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoRisks } from '../../src/features/risks/index.ts'
import { officeToPdf, pdfPageCount, pdfText, pdfToPngs } from '../support/libreoffice.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { zipEntries } from '../support/zip-entries.ts'

/**
 * The demo made through the use cases (2569 approved with its follow-ups, carried into 2570,
 * internal control reported), and the yearly report to the governor printed by LibreOffice the
 * way the governor's office opens it.
 */
let t: TestApp
const squeeze = (s: string) => s.replace(/\s+/g, '')
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-07T03:00:00Z'), env: { BASE_URL: 'https://prongsai.example' } })
  expect(await loadDemoRisks(t.db, t.clock.now, 'https://prongsai.example')).toBe(3)
}, 120_000)
afterAll(async () => {
  await t?.close()
})

describe('risks demo', () => {
  it('holds 2569 approved with a six-month and a yearly report, 2570 carried and approved, an internal-control evaluation and reviewed work outside the manual', async () => {
    const registers = await t.db.selectFrom('risk_registers').select(['fiscal_year', 'status', 'carried_from_id']).orderBy('fiscal_year').execute()
    expect(registers.map((r) => [r.fiscal_year, r.status, r.carried_from_id !== null])).toEqual([
      [2569, 'approved', false],
      [2570, 'approved', true],
    ])
    expect((await t.db.selectFrom('risk_followups').select('kind').orderBy('kind').execute()).map((f) => f.kind)).toEqual(['six_month', 'yearly'])
    expect(await t.db.selectFrom('ic_evaluations').select(['fiscal_year', 'status']).execute()).toEqual([{ fiscal_year: 2569, status: 'reported' }])
    expect((await t.db.selectFrom('outside_manual_reports').select('status').orderBy('status').execute()).map((r) => r.status)).toEqual(['reviewed', 'submitted'])
  })

  it('the province sees the roll-up with the carried treatments overdue', async () => {
    const page = await (await t.asUser('oversight@prongsai.test')).get('/staff/risks/province')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('การออกใบอนุญาตก่อสร้างอาคาร ขั้นตอนตรวจสถานที่')
    expect(page.body).toContain('ออกประกาศหลักเกณฑ์การลดหย่อนค่าธรรมเนียม')
    expect(page.body).not.toContain('มาตรการที่เกินกำหนด 0 รายการ')
  })

  it('the yearly report to the governor: a memo in TH Sarabun New with Thai digits, the heat map on page 1, at most 4 pages', async () => {
    const res = await (await t.asUser('wt-head@prongsai.test')).get('/staff/risks/2569/report.docx')
    expect(res.statusCode).toBe(200)
    const document = zipEntries(res.rawPayload).get('word/document.xml')!.toString('utf8')
    expect(document).toContain('TH Sarabun New')
    const { dir, pdf } = await officeToPdf(res.rawPayload, 'docx')
    try {
      // For a person to look at (RISKS_PNG=/tmp/prefix keeps the pages as PNG).
      if (process.env.RISKS_PNG) await pdfToPngs(pdf, process.env.RISKS_PNG, 80)
      const pages = await pdfPageCount(pdf)
      expect(pages).toBeGreaterThanOrEqual(1)
      expect(pages).toBeLessThanOrEqual(4)
      const text = await pdfText(pdf)
      const page1 = squeeze(text.split('\f')[0]!)
      expect(page1).toContain('บันทึกข้อความ')
      expect(page1).toContain(squeeze('ตารางที่ ๑ แผนผังความเสี่ยงคงเหลือหลังการควบคุม'))
      for (const h of ['โอกาส\\ผลกระทบ', '๑น้อยมาก', '๕สูงมาก']) expect(page1).toContain(h)
      expect(page1).toContain('ผู้ว่าราชการจังหวัด')
      expect(page1).toContain('ปีงบประมาณ๒๕๖๙')
      expect(squeeze(text)).toContain('ตรวจสถานที่เป็นทีมอย่างน้อย๒คน')
      expect(text.replace(/หน้า \d+/g, '')).not.toMatch(/2569/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 120_000)

  it('the internal-control report is a memo with the five components and the committee', async () => {
    const res = await (await t.asUser('wt-head@prongsai.test')).get('/staff/risks/internal-control/2569/report.docx')
    expect(res.statusCode).toBe(200)
    const document = zipEntries(res.rawPayload).get('word/document.xml')!.toString('utf8')
    for (const s of ['TH Sarabun New', 'สภาพแวดล้อมการควบคุม', 'กิจกรรมการติดตามผล', 'ผู้อำนวยการกองคลัง', 'ปีงบประมาณ ๒๕๖๙']) expect(document).toContain(s)
    expect((await (await t.asUser('nb-officer@prongsai.test')).get('/staff/risks/internal-control/2569/report.docx')).statusCode).toBe(404)
  })

  it('the public page links the approved 2570 assessment and hides the internal note', async () => {
    const page = await t.client().get('/o/wiang-thong/risks')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('ปีงบประมาณ 2570')
    expect(page.body).not.toContain('นายสมปอง')
    expect(page.body).not.toContain('นายช่างโยธา ใจตรง')
    expect((await t.client().get('/o/wiang-thong/risks')).statusCode).toBe(200)
  })
})
