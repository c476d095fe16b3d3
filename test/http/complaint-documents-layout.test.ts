import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoComplaints } from '../../src/features/complaints/index.ts'
import { DEMO_PASSWORD } from '../../src/features/demo-data/demo-dataset.ts'
import { officePrintAll, pdfToPngs, type PrintedFile } from '../support/libreoffice.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { zipEntries } from '../support/zip-entries.ts'

/**
 * A complaint's records as the head and the agency file them: the findings memo, the order
 * appointing the fact-finding committee and the closing memo, each a บันทึกข้อความ printed through
 * LibreOffice. Page 1 carries the memo's heading and its labelled lines (ส่วนราชการ / ที่ / วันที่ /
 * เรื่อง / เรียน), figures print in Thai digits, the font is TH Sarabun New, and none runs long.
 */
const DOCS = [
  { kind: 'findings', maxPages: 2, subject: 'รายงานผลการตรวจสอบข้อเท็จจริง', body: ['เห็นควรดำเนินการทางวินัย', 'จึงเรียนมาเพื่อโปรดพิจารณาสั่งการ', 'ข้อสั่งการของผู้บริหาร'] },
  { kind: 'investigation-order', maxPages: 2, subject: 'แต่งตั้งคณะกรรมการตรวจสอบข้อเท็จจริง', body: ['๑.นายสอบสวนละเอียด', '๒.นางรับเรื่องทันใจ', 'ภายใน๓๐วันทำการ'] },
  { kind: 'closing-memo', maxPages: 2, subject: 'ยุติเรื่องร้องเรียนเลขที่', body: ['บัดนี้ได้แจ้งผลแก่ผู้ร้องเรียนแล้ว', 'จึงเรียนมาเพื่อโปรดทราบ'] },
] as const

let t: TestApp
let dir: string
let printed: Map<string, PrintedFile>
const bodies = new Map<string, Buffer>()
let reference = ''

beforeAll(async () => {
  t = await createTestApp()
  await loadDemoComplaints(t.db, t.clock.now, { password: DEMO_PASSWORD, baseUrl: 'https://prongsai.example' })
  // The demo's first case went the whole way: investigation ordered, findings ordered, closed.
  const c = await t.db.selectFrom('complaints').select(['id', 'reference']).where('subject_text', '=', 'งานพัสดุ เทศบาลตำบลเวียงทอง').executeTakeFirstOrThrow()
  reference = c.reference
  const officer = await t.asUser('wt-complaints@prongsai.test')
  const page = await officer.get(`/staff/complaints/${c.id}`)
  for (const d of DOCS) expect(page.body).toContain(`/staff/complaints/${c.id}/documents/${d.kind}.docx`)
  const files = []
  for (const d of DOCS) {
    const res = await officer.get(`/staff/complaints/${c.id}/documents/${d.kind}.docx`)
    expect(res.statusCode, d.kind).toBe(200)
    bodies.set(d.kind, res.rawPayload)
    files.push({ name: d.kind, body: res.rawPayload, extension: 'docx' })
  }
  ;({ dir, printed } = await officePrintAll(files))
  if (process.env.KEEP_MEMO_PNG) for (const d of DOCS) await pdfToPngs(printed.get(d.kind)!.pdf, `${process.env.KEEP_MEMO_PNG}/${d.kind}`, 80)
}, 240_000)

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
  await t?.close()
})

const squeeze = (s: string) => s.replace(/\s+/g, '')

describe('a complaint’s records as Word memos (บันทึกข้อความ)', () => {
  for (const d of DOCS) {
    it(`${d.kind}: portrait, at most ${d.maxPages} page(s), the memo's heading lines on page 1, Thai digits, TH Sarabun New`, () => {
      const pdf = printed.get(d.kind)!
      expect(pdf.pages).toBeGreaterThanOrEqual(1)
      expect(pdf.pages).toBeLessThanOrEqual(d.maxPages)
      expect(pdf.words[0]!.pageWidth).toBeLessThan(700)
      const page1 = squeeze(pdf.text.split('\f')[0]!)
      for (const label of ['บันทึกข้อความ', 'ส่วนราชการ', 'ที่', 'วันที่', 'เรื่อง', 'เรียน']) expect(page1, label).toContain(label)
      expect(page1).toContain(squeeze(d.subject))
      expect(page1).toContain('เทศบาลตำบลเวียงทอง')
      // The case number in Thai digits, and no Arabic digit anywhere the document prints itself.
      const thaiRef = reference.replace(/\d/g, (x) => String.fromCharCode(0x0e50 + Number(x)))
      expect(page1).toContain(thaiRef)
      expect(pdf.text.replace(/- \d+ -/g, '')).not.toMatch(/[0-9]/)
      const all = squeeze(pdf.text)
      for (const s of d.body) expect(all, s).toContain(squeeze(s))
      const document = zipEntries(bodies.get(d.kind)!).get('word/document.xml')!.toString('utf8')
      expect(document + zipEntries(bodies.get(d.kind)!).get('word/styles.xml')!.toString('utf8')).toContain('TH Sarabun New')
      // Nothing that names the complainant goes into a record.
      expect(all).not.toContain('สมชาย')
    })
  }
})
