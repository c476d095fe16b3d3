import ExcelJS from 'exceljs'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { submitMultipart } from './portal-support.ts'

/** Platform admins keep the OIT catalogues: shipped lists on first use, a new year as a copy, files in. */
let t: TestApp
let filesDir: string
beforeAll(async () => {
  filesDir = mkdtempSync(join(tmpdir(), 'prongsai-oit-cat-'))
  t = await createTestApp({ env: { FILES_DIR: filesDir } })
})
afterAll(async () => {
  await t.close()
  rmSync(filesDir, { recursive: true, force: true })
})

const catalogueRow = (year: number) => t.db.selectFrom('oit_catalogues').selectAll().where('scheme', '=', 'nacc-ita').where('fiscal_year', '=', year).executeTakeFirst()
const codesOf = async (year: number) => ((await catalogueRow(year))?.items as { code: string }[] | undefined)?.map((i) => i.code)
const audits = (action: string) => t.db.selectFrom('audit_events').selectAll().where('action', '=', action).execute()

const GOOD_CSV = [
  'code,name_th,name_en,indicator,indicator_th,indicator_en,elements,data_year',
  'O1,โครงสร้าง,Structure,9,การเปิดเผยข้อมูล,Information disclosure,"แผนผังโครงสร้าง|อำนาจหน้าที่",current',
  'O2,ข้อมูลผู้บริหาร,Executives,9,,,"ชื่อ|ตำแหน่ง|รูปถ่าย",current',
  'O3,รายงานผลประจำปี,Annual report,9,,,รายงานประจำปี,previous',
].join('\n')

describe('OIT catalogues', () => {
  it('loads the shipped NACC lists on first use and shows one with its items', async () => {
    const admin = await t.asUser('admin@prongsai.test')
    const list = await admin.get('/admin/oit')
    expect(list.statusCode).toBe(200)
    expect(list.body).toContain('/admin/oit/nacc-ita/2569')
    expect(list.body).toContain('/admin/oit/nacc-ita/2562')
    expect(await codesOf(2569)).toHaveLength(26)
    expect(await codesOf(2565)).toHaveLength(43)
    // The years the demo shows (issue 14), each saying that its list is carried over, not verified.
    for (const year of [2566, 2567]) {
      expect(await codesOf(year)).toHaveLength(43)
      expect((await catalogueRow(year))?.source).toMatch(/^NOT VERIFIED — ita\.md gives no list for FY 2566\/2567/)
    }
    expect(await codesOf(2570)).toHaveLength(26)
    expect((await catalogueRow(2570))?.source).toMatch(/^NOT VERIFIED/)
    expect(list.body).toContain('/admin/oit/nacc-ita/2570')
    expect(await audits('oit.catalogues_initial_load')).toHaveLength(1)
    const one = await admin.get('/admin/oit/nacc-ita/2569')
    expect(one.statusCode).toBe(200)
    expect(one.body).toContain('ข้อมูลเชิงสถิติเรื่องร้องเรียน')
  })

  it('is closed to everyone but platform administrators', async () => {
    for (const email of ['wt-ita@prongsai.test', 'oversight@prongsai.test', 'wt-admin@prongsai.test']) {
      const c = await t.asUser(email)
      expect((await c.get('/admin/oit')).statusCode).toBe(403)
      expect((await c.get('/admin/oit/nacc-ita/2569/import')).statusCode).toBe(403)
    }
  })

  it('starts a new year as a copy of the latest one before it, once', async () => {
    const admin = await t.asUser('admin@prongsai.test')
    const res = await admin.submit('/admin/oit', { fiscal_year: '2571' }, '/admin/oit/new-year')
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/admin/oit/nacc-ita/2571')
    expect(await codesOf(2571)).toEqual(await codesOf(2570))
    const row = await catalogueRow(2571)
    expect(row?.verified).toBe(false)
    expect(row?.source).toContain('2570')
    const [audit] = await audits('oit.catalogue_copied')
    expect(audit?.summary).toMatchObject({ after: { fiscal_year: 2571, copied_from: 2570 } })

    const again = await admin.submit('/admin/oit', { fiscal_year: '2571' }, '/admin/oit/new-year')
    expect(again.statusCode).toBe(422)
    expect(again.body).toContain('มีชุดเกณฑ์ปี 2571 อยู่แล้ว')
  })

  it('replaces a catalogue from pasted CSV, and refuses a file with bad rows without changing anything', async () => {
    const admin = await t.asUser('admin@prongsai.test')
    const bad = GOOD_CSV.replace('O2,ข้อมูลผู้บริหาร', 'O1,ข้อมูลผู้บริหาร').replace(',previous', ',lastyear')
    const refused = await submitMultipart(t, admin, '/admin/oit/nacc-ita/2570/import', '/admin/oit/nacc-ita/2570/import', { text: bad })
    expect(refused.statusCode).toBe(422)
    expect(refused.body).toContain('ไม่ได้นำเข้าข้อมูลใด ๆ')
    expect(refused.body).toMatch(/แถว 3[^<]*รหัสรายการ O1 ซ้ำ/)
    expect(refused.body).toMatch(/แถว 4[^<]*lastyear/)
    expect(await codesOf(2570)).toHaveLength(26)

    const ok = await submitMultipart(t, admin, '/admin/oit/nacc-ita/2570/import', '/admin/oit/nacc-ita/2570/import', { text: GOOD_CSV, source: 'คู่มือ ITA 2570 ฉบับร่าง' })
    expect(ok.statusCode).toBe(303)
    expect(await codesOf(2570)).toEqual(['O1', 'O2', 'O3'])
    const row = await catalogueRow(2570)
    expect(row?.source).toBe('คู่มือ ITA 2570 ฉบับร่าง')
    expect((row?.items as { dataYear: string }[])[2]?.dataYear).toBe('previous')
    const [audit] = await audits('oit.catalogue_replaced')
    expect(audit?.summary).toMatchObject({ before: { items: 26 }, after: { items: 3, codes: ['O1', 'O2', 'O3'] } })
  })

  it('imports an Excel workbook (the downloaded template round trip) and JSON', async () => {
    const admin = await t.asUser('admin@prongsai.test')
    const template = await admin.get('/admin/oit/nacc-ita/2569/catalogue.xlsx')
    expect(template.statusCode).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    sheet.getRow(2).getCell(2).value = 'โครงสร้างและอำนาจหน้าที่ (แก้ไข)'
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
    const res = await submitMultipart(t, admin, '/admin/oit/nacc-ita/2572/import', '/admin/oit/nacc-ita/2572/import', { text: '' }, [
      { field: 'file', name: 'oit-2572.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes },
    ])
    expect(res.statusCode).toBe(303)
    const row = await catalogueRow(2572)
    const items = row?.items as { code: string; nameTh: string; elements: string[] }[]
    expect(items).toHaveLength(26)
    expect(items[0]?.nameTh).toBe('โครงสร้างและอำนาจหน้าที่ (แก้ไข)')
    expect(items[1]?.elements).toHaveLength(4)
    expect(await audits('oit.catalogue_imported')).toHaveLength(1)

    const json = (await admin.get('/admin/oit/nacc-ita/2569/catalogue.json')).body
    const wrongYear = await submitMultipart(t, admin, '/admin/oit/nacc-ita/2572/import', '/admin/oit/nacc-ita/2572/import', { text: json })
    expect(wrongYear.statusCode).toBe(422)
    expect(wrongYear.body).toContain('ไม่ใช่ nacc-ita ปี 2572')
    const rightYear = await submitMultipart(t, admin, '/admin/oit/nacc-ita/2569/import', '/admin/oit/nacc-ita/2569/import', { text: json })
    expect(rightYear.statusCode).toBe(303)
  })
})
