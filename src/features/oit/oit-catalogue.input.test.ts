import { describe, expect, it } from 'vitest'
import { NACC_ITA_SCHEME } from './oit-catalogue.domain.ts'
import { builtInCatalogue } from './oit-catalogue.data.ts'
import { catalogueToRows, parseCatalogueCsv, parseCatalogueRows } from './oit-catalogue.input.ts'
import { parseCatalogueJson } from './oit-catalogue-json.input.ts'

const target = { scheme: 'nacc-ita', fiscalYear: 2570, source: 'uploaded by admin' }

/** What a spreadsheet's "save as CSV" writes: every field quoted, CRLF line ends. */
function toCsv(rows: string[][]): string {
  return rows.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')).join('\r\n') + '\r\n'
}

const HEADER = 'code,name_th,name_en,indicator,indicator_th,indicator_en,elements,data_year'

describe('importing a catalogue from CSV', () => {
  it('reads back exactly what it exported (FY 2562–2565 list, groups and window included)', () => {
    const shipped = builtInCatalogue(NACC_ITA_SCHEME, 2565)!
    const result = parseCatalogueCsv(toCsv(catalogueToRows(shipped)), { scheme: shipped.scheme, fiscalYear: 2565, source: shipped.source })
    expect(result.ok && result.catalogue.items).toEqual(shipped.items)
  })

  it('splits elements on line breaks inside a cell or on "|", and reads Thai data-year words', () => {
    const csv = [
      HEADER,
      'O1,โครงสร้าง,Structure,9,การเปิดเผยข้อมูล,Information disclosure,"แผนผังโครงสร้าง\nอำนาจหน้าที่",ปีปัจจุบัน',
      'O2,รายงานประจำปี,Annual report,9,,,ตาราง | สรุปผล,ปีที่ผ่านมา',
    ].join('\n')
    const result = parseCatalogueCsv(csv, target)
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.catalogue).toMatchObject({ scheme: 'nacc-ita', fiscalYear: 2570, verified: false })
    expect(result.catalogue.items.map((i) => [i.code, i.elements, i.dataYear])).toEqual([
      ['O1', ['แผนผังโครงสร้าง', 'อำนาจหน้าที่'], 'current'],
      ['O2', ['ตาราง', 'สรุปผล'], 'previous'],
    ])
    // O2 gave only the indicator code: it borrows the names from O1.
    expect(result.catalogue.items[1]?.indicator).toEqual({ code: '9', th: 'การเปิดเผยข้อมูล', en: 'Information disclosure' })
  })

  it('returns no catalogue but every row’s problems, each with its line and column', () => {
    const csv = [
      HEADER,
      'O1,โครงสร้าง,Structure,,,,แผนผัง,current',
      'O1,ผู้บริหาร,,,,,รายชื่อ,ทุกปี',
      'O3,ข่าว,News,,,,,current',
      'O4,กฎหมาย,Laws,,,,ระเบียบ,current,เกิน',
    ].join('\n')
    const result = parseCatalogueCsv(csv, target)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [5, null],
      [3, 'data_year'],
      [3, 'code'],
      [3, 'name_en'],
      [4, 'elements'],
    ])
    expect(result.errors[2]?.th).toBe('แถว 3 คอลัมน์ code: รหัสรายการ O1 ซ้ำกับรายการที่ 1')
    expect(result.errors[1]?.en).toContain('Row 3, column data_year: "ทุกปี" is not known')
  })

  it('names missing and unknown columns in the header', () => {
    const result = parseCatalogueCsv('code,name_th,nmae_en,elements\nO1,ก,A,x\n', target)
    expect(!result.ok && result.errors.map((e) => [e.row, e.column])).toEqual([
      [1, 'nmae_en'],
      [1, 'name_en'],
    ])
  })

  it('reports an unclosed quote, an empty file and a CE fiscal year', () => {
    const quote = parseCatalogueCsv(`${HEADER}\nO1,"โครงสร้าง,Structure\n`, target)
    expect(!quote.ok && quote.errors[0]?.row).toBe(2)
    const empty = parseCatalogueCsv('\uFEFF\n\n', target)
    expect(!empty.ok && empty.errors[0]?.en).toContain('empty')
    const ce = parseCatalogueCsv(`${HEADER}\nO1,ก,A,,,,x,current\n`, { ...target, fiscalYear: 2027 })
    expect(!ce.ok && ce.errors.map((e) => e.column)).toEqual(['fiscalYear'])
  })

  it('needs a whole number of days and the event for a publication window', () => {
    const header = 'code,name_th,name_en,elements,window_business_days,window_after_th,window_after_en'
    const ok = parseCatalogueCsv(`${header}\nO21,แผนจัดซื้อ,Plan,x,30,วันที่ได้รับจัดสรรงบประมาณ,allocation\n`, target)
    expect(ok.ok && ok.catalogue.items[0]?.publicationWindow?.maxBusinessDays).toBe(30)
    const bad = parseCatalogueCsv(`${header}\nO21,แผนจัดซื้อ,Plan,x,สามสิบ,,\nO22,ประกาศ,Notices,x,30,,\n`, target)
    expect(!bad.ok && bad.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'window_business_days'],
      [3, 'window_after_th'],
    ])
  })
})

describe('importing a catalogue from rows read out of an Excel sheet', () => {
  it('numbers problems by sheet row and skips empty rows and trailing empty cells', () => {
    const rows = [
      ['code', 'name_th', 'name_en', 'elements'],
      ['O1', 'โครงสร้าง', 'Structure', 'แผนผัง', '', ''],
      ['', '', '', ''],
      ['O2', '', 'Executives', 'รายชื่อ'],
    ]
    const result = parseCatalogueRows(rows, target, 3)
    expect(!result.ok && result.errors.map((e) => [e.row, e.column])).toEqual([[6, 'name_th']])
    const fixed = parseCatalogueRows(rows.map((r) => (r[0] === 'O2' ? ['O2', 'ผู้บริหาร', 'Executives', 'รายชื่อ'] : r)), target)
    expect(fixed.ok && fixed.catalogue.items.map((i) => i.code)).toEqual(['O1', 'O2'])
  })
})

describe('importing a catalogue from JSON', () => {
  it('reads back a catalogue written with JSON.stringify', () => {
    const shipped = builtInCatalogue(NACC_ITA_SCHEME, 2569)!
    const result = parseCatalogueJson(JSON.stringify(shipped))
    expect(result.ok && result.catalogue).toEqual(shipped)
  })

  it('reports each wrong field once, with the item’s position', () => {
    const result = parseCatalogueJson(
      JSON.stringify({
        scheme: 'nacc-ita',
        fiscalYear: '2570',
        items: [
          { code: 1, nameTh: 'ก', nameEn: 'A', elements: ['x'] },
          { code: 'O2', nameTh: 'ข', nameEn: 'B', elements: 'x', dataYear: 'later' },
          { code: 'O2', nameTh: 'ค', nameEn: 'C', elements: ['y'], indicator: '9' },
        ],
      }),
    )
    expect(!result.ok && result.errors.map((e) => [e.row, e.column])).toEqual([
      [null, 'fiscalYear'],
      [1, 'code'],
      [2, 'elements'],
      [2, 'dataYear'],
      [3, 'indicator'],
      [3, 'code'],
    ])
  })

  it('says so when the text is not JSON or not a catalogue', () => {
    expect(parseCatalogueJson('{ nope').ok).toBe(false)
    const list = parseCatalogueJson('[]')
    expect(!list.ok && list.errors[0]?.th).toContain('scheme')
  })
})

describe('a JSON item that is not an object', () => {
  it('is reported against its position without a column', () => {
    const result = parseCatalogueJson(JSON.stringify({ scheme: 'nacc-ita', fiscalYear: 2570, items: ['O1'] }))
    expect(!result.ok && result.errors[0]).toMatchObject({ row: 1, column: null, th: 'แถว 1: รายการต้องเป็นออบเจกต์' })
  })
})
