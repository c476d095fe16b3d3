import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('downloading the audit trail', () => {
  it('gives an admin their scoped list as Excel with the same rows as the page', async () => {
    const wt = await t.asUser('wt-admin@prongsai.test')
    const res = await wt.get('/admin/audit/export.xlsx')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-disposition']).toMatch(/^attachment;/)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    const text = book.worksheets.map((s) => s.getSheetValues().flat().join(' ')).join(' ')
    expect(text).toContain('wt-officer@prongsai.test')
    expect(text).not.toContain('nb-officer@prongsai.test')
  })

  it('gives CSV with a BOM and Word that LibreOffice opens with the Thai intact', async () => {
    const admin = await t.asUser('admin@prongsai.test')
    const csv = await admin.get('/admin/audit/export.csv')
    expect(csv.statusCode).toBe(200)
    expect(csv.rawPayload.subarray(0, 3).toString('hex')).toBe('efbbbf')
    const docx = await admin.get('/admin/audit/export.docx')
    expect(docx.statusCode).toBe(200)
    const dir = mkdtempSync(join(tmpdir(), 'audit-docx-'))
    writeFileSync(join(dir, 'audit.docx'), docx.rawPayload)
    const convert = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'audit.docx')], { encoding: 'utf8', timeout: 120_000 })
    expect(convert.status).toBe(0)
    const text = spawnSync('pdftotext', ['-layout', join(dir, 'audit.pdf'), '-'], { encoding: 'utf8' }).stdout
    expect(text).toContain('รายงานบันทึกการตรวจสอบ')
    // BE dates in Thai digits, and an agency name (cells wrap, so a short one).
    expect(text).toContain('พ.ย. ๒๕๖๙')
    expect(text).toContain('หนองบัว')
  })

  it('refuses people who may not read the audit trail', async () => {
    const officer = await t.asUser('wt-officer@prongsai.test')
    expect((await officer.get('/admin/audit/export.xlsx')).statusCode).toBe(403)
  })

  it('shows a chart of the events with its figures as a table on the audit page', async () => {
    const admin = await t.asUser('admin@prongsai.test')
    const page = await admin.get('/admin/audit')
    expect(page.body).toContain('<svg')
    expect(page.body).toContain('role="img"')
    expect(page.body).toMatch(/<table/)
  })
})
