import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoBudget } from '../../src/features/budget/index.ts'
import { loadDemoDevelopmentPlan } from '../../src/features/development-plan/index.ts'
import { loadDemoPerformanceEvaluation } from '../../src/features/performance-evaluation/index.ts'
import type { FileService } from '../../src/platform/files/index.ts'
import { officePrintAll, pdfToPngs, type PrintedFile } from '../support/libreoffice.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/**
 * The development plan's monitoring report and the four-dimension evaluation report, printed
 * the way the head prints them (LibreOffice → PDF): landscape, within their pages, the title
 * and the table's header and first row on page 1, Thai digits, and page 1 as a picture
 * (pdftoppm) that a person can look at.
 */
const CASES = [
  { name: 'devplan-monitoring', url: '/o/wiang-thong/development-plan/monitoring/2569/report.docx', maxPages: 3, title: 'รายงานการติดตามและประเมินผลแผนพัฒนาท้องถิ่น', firstRow: 'โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก' },
  { name: 'four-dimension', url: '/o/wiang-thong/performance-evaluation/2569/report.docx', maxPages: 3, title: 'รายงานผลการประเมินผลการปฏิบัติราชการ', firstRow: 'มิติที่๑ผลสัมฤทธิ์ตามพันธกิจ' },
]

let t: TestApp
let dir: string
let printed: Map<string, PrintedFile>

beforeAll(async () => {
  t = await createTestApp()
  await loadDemoBudget(t.db, t.clock.now, {} as FileService)
  await loadDemoDevelopmentPlan(t.db, t.clock.now, {} as FileService)
  await loadDemoPerformanceEvaluation(t.db, t.clock.now)
  const files = []
  for (const c of CASES) {
    const res = await t.client().get(c.url)
    expect(res.statusCode, c.url).toBe(200)
    files.push({ name: c.name, body: res.rawPayload, extension: 'docx' })
  }
  ;({ dir, printed } = await officePrintAll(files))
}, 240_000)

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
  await t?.close()
})

const squeeze = (s: string) => s.replace(/\s+/g, '')

describe('governance reports printed through LibreOffice', () => {
  for (const c of CASES) {
    it(`${c.name}: landscape, at most ${c.maxPages} pages, title and first row on page 1, Thai digits`, async () => {
      const pdf = printed.get(c.name)!
      expect(pdf.pages).toBeGreaterThanOrEqual(1)
      expect(pdf.pages).toBeLessThanOrEqual(c.maxPages)
      expect(pdf.words[0]!.pageWidth).toBeGreaterThan(700)
      const page1 = squeeze(pdf.text.split('\f')[0]!)
      expect(page1).toContain(squeeze(c.title))
      expect(page1).toContain(squeeze(c.firstRow))
      expect(page1).toContain('๒๕๖๙')
      // Figures in Thai digits; only the evidence's web addresses keep Arabic ones.
      expect(page1.replace(/\/o\/[a-z0-9/.-]*/g, '')).not.toContain('2569')
      await pdfToPngs(pdf.pdf, join(dir, c.name))
      expect(existsSync(join(dir, `${c.name}-1.png`))).toBe(true)
    })
  }

  it('the evaluation report names the committee with its outside members and each dimension’s result', () => {
    const text = squeeze(printed.get('four-dimension')!.text)
    expect(text).toContain('ศาสตราจารย์ประเมินอิสระประธานกรรมการ(ภายนอก)')
    expect(text).toContain('มิติที่๔ความพึงพอใจของประชาชนผู้รับบริการร้อยละ')
  })
})
