import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoBudget } from '../../src/features/budget/index.ts'
import { loadDemoComplaints } from '../../src/features/complaints/index.ts'
import { DEMO_PASSWORD } from '../../src/features/demo-data/demo-dataset.ts'
import { loadDemoOit } from '../../src/features/oit/index.ts'
import { loadDemoProcurement } from '../../src/features/procurement/index.ts'
import type { FileService } from '../../src/platform/files/index.ts'
import { officePrintAll, type PrintedFile } from '../support/libreoffice.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { zipEntries } from '../support/zip-entries.ts'
import { agencyRows, csvOf, SEED_001 } from './ita-results-support.ts'

/**
 * Every Word and Excel download of the app, made from the demo's records and opened the way
 * the head and the governor's office open them: printed to PDF by LibreOffice. One soffice
 * start converts them all (starting it is most of a conversion's cost).
 *
 * Word: the pages stay within a bound, page 1 holds the title and the start of the table
 * (its header row and its first row), no Thai word of the table is split letter by letter
 * (a column narrower than a word), the columns add up to the text width and the digits are Thai.
 * Excel: LibreOffice opens the workbook and prints the cells expected.
 */
type WordCase = { name: string; url: string; user?: string; maxPages: number; landscape: boolean; firstRow: string }
type ExcelCase = { name: string; url: string; user?: string; maxPages: number; cells: string[] }

const WORD: WordCase[] = [
  { name: 'complaint-statistics', url: '/o/wiang-thong/complaints/statistics.docx', maxPages: 4, landscape: true, firstRow: 'รวมทุกลักษณะ' },
  { name: 'skr1-october', url: '/o/wiang-thong/procurement/monthly/2569/10.docx', maxPages: 2, landscape: true, firstRow: 'จัดซื้ออาหารเสริม' },
  { name: 'skr1-november-none', url: '/o/wiang-thong/procurement/monthly/2569/11.docx', maxPages: 1, landscape: true, firstRow: 'ไม่มีการจัดซื้อจัดจ้างในเดือนนี้' },
  { name: 'ita-plan', url: '/staff/ita/plan.docx?org=wiang-thong&year=2565', user: 'oversight@prongsai.test', maxPages: 2, landscape: true, firstRow: 'การใช้ทรัพย์สินของราชการ' },
  // The trail grows with the demo: 37 pages in session 4, 41 once complaints had the head's orders.
  { name: 'ita-ranking', url: '/staff/ita/results/ranking.docx?year=2564', user: 'oversight@prongsai.test', maxPages: 3, landscape: false, firstRow: 'เทศบาลตำบลเวียงทอง' },
  { name: 'audit-trail', url: '/admin/audit/export.docx', user: 'admin@prongsai.test', maxPages: 46, landscape: true, firstRow: 'น.' },
]

const EXCEL: ExcelCase[] = [
  { name: 'complaint-statistics-x', url: '/o/wiang-thong/complaints/statistics.xlsx', maxPages: 2, cells: ['ช่วงเวลา', 'รวมทุกลักษณะ', 'ยังไม่ถึงช่วงเวลานี้'] },
  { name: 'skr1-october-x', url: '/o/wiang-thong/procurement/monthly/2569/10.xlsx', maxPages: 2, cells: ['งานที่จัดซื้อหรือจัดจ้าง', 'สหกรณ์โคนมสุวรรณภูมิ จำกัด', '424,680.00'] },
  { name: 'audit-trail-x', url: '/admin/audit/export.xlsx', user: 'admin@prongsai.test', maxPages: 10, cells: ['รายงานบันทึกการตรวจสอบ', 'wt-ita@prongsai.test'] },
  { name: 'oit-links-x', url: '/staff/oit/links.xlsx?org=wiang-thong&year=2569', user: 'wt-ita@prongsai.test', maxPages: 3, cells: ['แบบแจ้งลิงก์ข้อมูล OIT', 'https://'] },
  { name: 'budget-x', url: '/o/wiang-thong/budget/2570/budget.xlsx', maxPages: 3, cells: ['เทศบาลตำบลเวียงทอง'] },
  { name: 'budget-template-x', url: '/staff/budget/wiang-thong/2570/template.xlsx', user: 'wt-officer@prongsai.test', maxPages: 6, cells: [] },
  { name: 'oversight-comparison-x', url: '/staff/oversight/complaints.xlsx', user: 'oversight@prongsai.test', maxPages: 2, cells: ['เปรียบเทียบเรื่องร้องเรียนของหน่วยงานในกำกับ', 'เทศบาลตำบลเวียงทอง', 'เกินกำหนด'] },
  { name: 'oit-catalogue-x', url: '/admin/oit/nacc-ita/2569/catalogue.xlsx', user: 'admin@prongsai.test', maxPages: 8, cells: ['O1'] },
  { name: 'ita-results-template-x', url: '/staff/ita/results/template.xlsx?year=2568', user: 'oversight@prongsai.test', maxPages: 4, cells: ['wiang-thong'] },
  { name: 'skr1-template-x', url: '/staff/procurement/template.xlsx', user: 'wt-procurement@prongsai.test', maxPages: 6, cells: ['งานที่จัดซื้อหรือจัดจ้าง'] },
  { name: 'skr1-year-x', url: '/o/wiang-thong/procurement/monthly/2569.xlsx', maxPages: 6, cells: ['จัดซื้ออาหารเสริม'] },
  { name: 'procurement-plan-x', url: '/o/wiang-thong/procurement/plan/2569.xlsx', maxPages: 6, cells: ['แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569', 'จัดซื้อวัสดุสำนักงาน'] },
  { name: 'procurement-annual-x', url: '/o/wiang-thong/procurement/annual/2569.xlsx', maxPages: 6, cells: ['รายงานผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569', 'เฉพาะเจาะจง'] },
  { name: 'ita-ranking-x', url: '/staff/ita/results/ranking.xlsx?year=2564', user: 'oversight@prongsai.test', maxPages: 3, cells: ['เทศบาลตำบลเวียงทอง'] },
]

let t: TestApp
let dir: string
let printed: Map<string, PrintedFile>
const bodies = new Map<string, Buffer>()

beforeAll(async () => {
  t = await createTestApp()
  const now = t.clock.now
  // The demo as `npm start` loads it (the test template holds only the agencies and people).
  await loadDemoComplaints(t.db, now, { password: DEMO_PASSWORD, baseUrl: 'https://prongsai.example' })
  await loadDemoOit(t.db, now, 'https://prongsai.example')
  await loadDemoBudget(t.db, now, {} as FileService)
  await loadDemoProcurement(t.db, now, {} as FileService)
  expect((await (await t.asUser('oversight@prongsai.test')).submit('/staff/ita/results', { csv: csvOf(agencyRows('wiang-thong', 2564, SEED_001)) })).statusCode).toBe(303)
  const ita = await t.asUser('wt-ita@prongsai.test')
  const plan = '/staff/ita/plan?org=wiang-thong&year=2565'
  await ita.get(plan)
  const measure = (key: string, owner: string, due: [string, string, string], status: string, progress = '') => ({
    [`${key}_owner`]: owner,
    [`${key}_due-day`]: due[0],
    [`${key}_due-month`]: due[1],
    [`${key}_due-year`]: due[2],
    [`${key}_status`]: status,
    [`${key}_progress`]: progress,
    [`${key}_note`]: '',
  })
  const saved = await ita.submit(plan, {
    lib_4_0_id: 's001-i4-1',
    lib_4_0_pick: 'yes',
    ...measure('lib_4_0', 'นายโปร่ง ใสสะอาด', ['30', '6', '2565'], 'in_progress', '40'),
    own_4_0_th: 'จัดทำทะเบียนยืมคืนพัสดุออนไลน์',
    ...measure('own_4_0', 'นายโปร่ง ใสสะอาด', ['15', '9', '2565'], 'not_started'),
  })
  expect(saved.statusCode).toBe(303)

  const files: { name: string; body: Buffer; extension: string }[] = []
  for (const c of [...WORD, ...EXCEL]) {
    const client = c.user ? await t.asUser(c.user) : t.client()
    const res = await client.get(c.url)
    expect(res.statusCode, c.url).toBe(200)
    const extension = c.url.includes('.docx') ? 'docx' : 'xlsx'
    bodies.set(c.name, res.rawPayload)
    files.push({ name: c.name, body: res.rawPayload, extension })
  }
  ;({ dir, printed } = await officePrintAll(files))
}, 240_000)

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
  await t?.close()
})

const unescape = (xml: string) => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
const squeeze = (s: string) => s.replace(/\s+/g, '')

/** Every paragraph's text of a part of the document. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => unescape([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')))
}

/** The first table: its rows, each a list of cells, each cell its paragraphs. */
function firstTable(document: string): { grid: number[]; rows: string[][][] } {
  const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(document)![0]
  const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
  const rows = [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0])))
  return { grid, rows }
}

const WORDS = new Intl.Segmenter('th', { granularity: 'word' })
/** Thai words of three letters or more, as the dictionary that breaks lines finds them. */
function thaiWords(text: string): string[] {
  return [...WORDS.segment(text)].filter((s) => s.isWordLike && /^[\u0E00-\u0E7F]{3,}$/.test(s.segment) && !/^[\u0E50-\u0E59]+$/.test(s.segment)).map((s) => s.segment)
}

function count(haystack: string, needle: string): number {
  let n = 0
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n += 1
  return n
}

describe('Word exports printed through LibreOffice', () => {
  for (const c of WORD) {
    it(`${c.name}: ${c.landscape ? 'landscape' : 'portrait'}, at most ${c.maxPages} page(s), table starting on page 1, no Thai word split, Thai digits`, () => {
      const pdf = printed.get(c.name)!
      const document = zipEntries(bodies.get(c.name)!).get('word/document.xml')!.toString('utf8')
      expect(pdf.pages).toBeGreaterThanOrEqual(1)
      expect(pdf.pages).toBeLessThanOrEqual(c.maxPages)

      // Landscape where the form is (สขร.1, wide reports): the page is wider than high.
      expect(pdf.words[0]!.pageWidth > 700).toBe(c.landscape)

      // A fixed layout whose columns add up to the text width (A4 less 3 cm and 2 cm).
      const { grid, rows } = firstTable(document)
      expect(document).toContain('<w:tblLayout w:type="fixed"/>')
      expect(grid.reduce((a, b) => a + b, 0)).toBe((c.landscape ? 16838 : 11906) - 1701 - 1134)

      // Page 1: the title, the header row and the start of the first row.
      const page1 = squeeze(pdf.text.split('\f')[0]!)
      const header = rows[0]!.map((cell) => cell.join(''))
      for (const h of header) expect(page1, `page 1 holds header "${h}"`).toContain(squeeze(h))
      const first = rows[1]!.map((cell) => cell[0] ?? '').filter((s) => s.trim())
      for (const cell of first.slice(0, 2)) expect(page1, `page 1 holds "${cell}"`).toContain(squeeze(cell))
      expect(page1).toContain(squeeze(c.firstRow))

      // No column narrower than a Thai word: a word split over lines ('ลัก|ษณ|ะ') no longer
      // prints whole, so each word prints whole at least as often as the table holds it.
      const tableText = rows.flat(2).join('\n')
      const printedText = pdf.text
      for (const word of new Set(thaiWords(tableText))) {
        expect(count(printedText, word), `"${word}" printed whole as often as written`).toBeGreaterThanOrEqual(count(tableText, word))
      }

      // Thai digits in what the document prints itself (title, letterhead, table figures).
      const body = pdf.text.replace(/หน้า \d+/g, '')
      expect(body).toMatch(/[๐-๙]/)
      // Page numbers: the section asks Word for Thai digits (LibreOffice 7.4 ignores it and prints Arabic ones).
      expect(document).toContain('w:fmt="thaiNumbers"')
      expect(document).toContain('TH Sarabun New')
    })
  }

  it('skr1-october: the form’s nine columns, every purchase and the signature, figures in Thai digits', () => {
    const text = squeeze(printed.get('skr1-october')!.text)
    for (const s of ['เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง', 'สหกรณ์โคนมสุวรรณภูมิจำกัด', 'ห้างหุ้นส่วนจำกัดสะอาดบริการ', 'ร้านเวียงทองพาณิชย์', 'ราคา๔๒๔,๖๘๐.๐๐บาท', 'ลงวันที่๑๕/๑๐/๒๕๖๘', '(นายพัสดุถูกต้อง)']) {
      expect(text).toContain(s)
    }
    expect(text).not.toMatch(/424,680/)
  })

  it('complaint-statistics: the chart after the table, its caption in Thai digits like the heading', () => {
    const pdf = printed.get('complaint-statistics')!
    const text = squeeze(pdf.text)
    expect(text).toContain('รายงานสถิติเรื่องร้องเรียนปีงบประมาณพ.ศ.๒๕๗๐')
    expect(text).toContain('แผนภูมิที่๑เรื่องร้องเรียนรายครึ่งปีปีงบประมาณพ.ศ.๒๕๗๐')
    expect(text).not.toContain('2570')
    expect(text.indexOf('แผนภูมิที่๑')).toBeGreaterThan(text.indexOf('รวมทุกลักษณะ'))
  })
})

describe('Excel exports opened in LibreOffice', () => {
  for (const c of EXCEL) {
    it(`${c.name}: opens, prints within ${c.maxPages} page(s) and holds its cells`, () => {
      const pdf = printed.get(c.name)!
      expect(pdf.pages).toBeGreaterThanOrEqual(1)
      expect(pdf.pages).toBeLessThanOrEqual(c.maxPages)
      expect(pdf.text.trim().length).toBeGreaterThan(0)
      for (const cell of c.cells) expect(pdf.text, cell).toContain(cell)
    })
  }
})
