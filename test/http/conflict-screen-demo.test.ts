import { rmSync } from 'node:fs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { loadDemoConflictScreen } from '../../src/features/conflict-screen/index.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { officeToPdf, pdfPageCount, pdfText, pdfToPngs } from '../support/libreoffice.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-07T03:00:00Z') })
  await loadDemoConflictScreen(t.db, t.clock.now)
})
afterAll(async () => {
  await t.close()
})

it('the demo agency has two screened procurements, one hit cleared and one confirmed, and a report for the head', async () => {
  const statuses = (await t.db.selectFrom('coi_hits').select('status').execute()).map((h) => h.status).sort()
  expect(statuses).toEqual(['cleared', 'confirmed'])
  expect(await t.db.selectFrom('coi_procurements').select('id').where('screened_at', 'is not', null).execute()).toHaveLength(2)
  const report = await t.db.selectFrom('coi_monthly_reports').select(['id', 'status']).executeTakeFirstOrThrow()
  expect(report.status).toBe('submitted')
  const head = await t.asUser('wt-head@prongsai.test')
  const docx = await head.get(`/staff/conflict/reports/${report.id}.docx`)
  expect(docx.statusCode).toBe(200)

  // The memo as LibreOffice lays it out: its heading, Thai digits, the tables, the signature, on A4.
  const { dir, pdf } = await officeToPdf(docx.rawPayload, 'docx')
  try {
    const text = await pdfText(pdf)
    expect(text).toContain('บันทึกข้อความ')
    expect(text).toContain('ส่วนราชการ')
    expect(text).toContain('เรื่อง')
    expect(text).toContain('ธันวาคม ๒๕๖๙')
    expect(text.replace(/\s+/g, '')).toContain('ห้างหุ้นส่วนจำกัดเวียงทองก่อสร้าง')
    expect(text).toContain('(นายพัสดุ ถูกต้อง)')
    if (process.env.KEEP_PNG) await pdfToPngs(pdf, process.env.KEEP_PNG, 80)
    expect(await pdfPageCount(pdf)).toBeLessThanOrEqual(2)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
