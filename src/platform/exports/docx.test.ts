import { beforeAll, describe, expect, it } from 'vitest'
import { budgetTable } from '../../../test/support/export-fixtures.ts'
import { officeText, type PdfWord } from '../../../test/support/libreoffice.ts'
import { zipEntries } from '../../../test/support/zip-entries.ts'
import { renderChartPng } from '../charts/index.ts'
import { tableToDocx, type ExportTable } from './index.ts'

/** What fits a landscape A4 page at 16 pt: the budget table without three of its columns. */
function reportTable(options: ExportTable['options'], rows = 40): ExportTable {
  const table = budgetTable(options, rows)
  return { ...table, columns: table.columns.filter((c) => !['households', 'share', 'recorded'].includes(c.key)) }
}

function xmlOf(docx: Buffer, name: string): string {
  const entry = zipEntries(docx).get(name)
  if (!entry) throw new Error(`${name} missing`)
  return entry.toString('utf8')
}

describe('Word export, the XML inside', () => {
  let docx: Buffer
  let document: string
  beforeAll(async () => {
    docx = await tableToDocx(reportTable({ locale: 'th', thaiDigits: true, orientation: 'landscape' }))
    document = xmlOf(docx, 'word/document.xml')
  })

  it('sets TH Sarabun New 16 pt on every run and as the document default, for Thai (complex script) too', () => {
    const fonts = [...document.matchAll(/<w:rFonts ([^>]*)\/>/g)].map((m) => m[1]!)
    expect(fonts.length).toBeGreaterThan(100)
    for (const f of fonts) {
      for (const slot of ['ascii', 'hAnsi', 'eastAsia', 'cs']) expect(f).toContain(`w:${slot}="TH Sarabun New"`)
    }
    const sizes = [...document.matchAll(/<w:(sz|szCs) w:val="(\d+)"\/>/g)].map((m) => m[2])
    expect(new Set(sizes)).toEqual(new Set(['32']))
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(xmlOf(docx, 'word/styles.xml'))![0]
    expect(defaults).toContain('w:cs="TH Sarabun New"')
    expect(defaults).toContain('<w:sz w:val="32"/>')
    expect(defaults).toContain('<w:szCs w:val="32"/>')
    expect(defaults).toContain('w:bidi="th-TH"')
  })

  it('is A4 landscape with the margins of Thai official letters: top 2.5, bottom 2, left 3, right 2 cm', () => {
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/)
    const margins = /<w:pgMar ([^>]*)\/>/.exec(document)![1]!
    expect(margins).toContain('w:top="1418"')
    expect(margins).toContain('w:bottom="1134"')
    expect(margins).toContain('w:left="1701"')
    expect(margins).toContain('w:right="1134"')
  })

  it('numbers pages in Thai digits when asked, repeats the header row on every page and lets body rows run on over a page break', () => {
    expect(document).toContain('<w:pgNumType w:start="1" w:fmt="thaiNumbers"/>')
    expect(document).toContain('<w:titlePg/>')
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(1)
    // Only the header row is kept whole: a tall body row left whole would leave the rest of a page empty.
    expect(document.match(/<w:cantSplit\/>/g)).toHaveLength(1)
    const arabic = xmlOf(Buffer.from(tableToDocxSync.arabic), 'word/document.xml')
    expect(arabic).toContain('w:fmt="decimal"')
  })

  it('lays the table out fixed, with column widths that add up to the text width', () => {
    expect(document).toContain('<w:tblLayout w:type="fixed"/>')
    const grid = [...document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
    expect(grid).toHaveLength(5)
    // Landscape A4 less the 3 cm and 2 cm side margins.
    expect(grid.reduce((a, b) => a + b, 0)).toBe(16838 - 1701 - 1134)
    expect(document).toContain('<w:tblW w:type="dxa" w:w="14003"/>')
  })
})

// Built once for the check above without another beforeAll.
const tableToDocxSync = { arabic: await tableToDocx(reportTable({ locale: 'th', thaiDigits: false }, 2)) }

describe('Word export, opened in LibreOffice', () => {
  let text: string
  let words: PdfWord[]
  let pages: number
  beforeAll(async () => {
    ;({ text, words, pages } = await officeText(await tableToDocx(reportTable({ locale: 'th', thaiDigits: true, orientation: 'landscape' })), 'docx'))
  })

  it('prints the organisation, the title and the Thai text exactly (no broken vowels or tone marks)', () => {
    expect(text).toContain('เทศบาลตำบลเวียงทอง')
    // The letterhead follows the document's digits too.
    expect(text).toContain('๙๙ หมู่ ๑ ตำบลเวียงทอง อำเภอเมือง จังหวัดสุวรรณภูมิ ๙๙๐๐๐')
    expect(text).toContain('รายงานงบประมาณโครงการพัฒนาหมู่บ้าน')
    expect(text).toContain('ปีงบประมาณ พ.ศ. ๒๕๗๐')
    // A long name wraps between words (the cell's lines joined again here), never inside one.
    expect(text.replaceAll('\n', '')).toContain('ติดตั้งไฟฟ้าส่องสว่างทางสาธารณะ')
    expect(text).toContain('ผู้ใหญ่บ้านน้ำใส')
    expect(text).toContain('บรรทัดที่สอง')
    expect(text).toContain('หมายเหตุ: ข้อมูล ณ วันที่ออกรายงาน')
  })

  it('prints numbers and Buddhist-Era dates in Thai digits, each on one line', () => {
    expect(text).toContain('๑,๒๓๔,๕๖๗.๘๙')
    expect(text).toContain('๒๒ พฤศจิกายน ๒๕๖๙')
    expect(text).not.toContain('1,234,567')
  })

  it('runs over several pages, each starting with the organisation and the table’s header row', () => {
    expect(pages).toBeGreaterThanOrEqual(2)
    const pageTexts = text.split('\f').filter((p) => p.trim())
    expect(pageTexts).toHaveLength(pages)
    for (const page of pageTexts) expect(page).toContain('เทศบาลตำบลเวียงทอง')
    // Every page with rows of the table starts them under the header row.
    const withRows = pageTexts.filter((p) => /๑,๒\S+\.๘๙/.test(p))
    expect(withRows.length).toBeGreaterThanOrEqual(2)
    for (const page of withRows) expect(page).toMatch(/ลำดับ\s+ชื่อโครงการ\s+งบประมาณ/)
    // LibreOffice 7.4 ignores Word's Thai page-number format and prints Arabic page numbers.
    expect(pageTexts[1]).toMatch(/หน้า (2|๒)/)
  })

  it('ends with the signature block on the right half of the page', () => {
    const tail = text.slice(text.lastIndexOf('(ลงชื่อ)'))
    expect(tail.split('\n').slice(0, 4)).toEqual([
      `(ลงชื่อ)${'.'.repeat(40)}`,
      '(นายวิรัช ระบบดี)',
      'ตำแหน่ง นักวิชาการคอมพิวเตอร์',
      'วันที่ ๒๒ พฤศจิกายน ๒๕๖๙',
    ])
    // Centred in the right half of the page, as Thai official papers place it.
    for (const start of ['(ลงชื่อ)', '(นายวิรัช']) {
      const word = words.find((w) => w.text.startsWith(start))!
      expect(word.xMin).toBeGreaterThan(word.pageWidth / 2)
    }
  })
})

describe('Word export with a chart and in English', () => {
  it('embeds a chart as PNG with its title as caption and alt text', async () => {
    const { chart, image } = renderChartPng(
      {
        id: 'budget',
        kind: 'bar',
        title: { th: 'งบประมาณรายหมู่บ้าน', en: 'Budget by village' },
        description: { th: 'หมู่ที่ 3 ได้งบประมาณมากที่สุด', en: 'Village 3 has the largest budget' },
        categories: [1, 2, 3].map((n) => ({ th: `หมู่ที่ ${n}`, en: `Village ${n}` })),
        categoryHeader: { th: 'หมู่บ้าน', en: 'Village' },
        series: [{ name: { th: 'งบประมาณ', en: 'Budget' }, values: [10, 20, 30] }],
      },
      { locale: 'th', thaiDigits: true },
    )
    const table = reportTable({ locale: 'th', thaiDigits: true, orientation: 'landscape' }, 3)
    const docx = await tableToDocx({ ...table, figures: [{ title: { th: chart.title, en: chart.title }, description: { th: chart.description, en: chart.description }, png: image.png, widthPx: image.width, heightPx: image.height }] })
    const entries = zipEntries(docx)
    const media = [...entries.keys()].filter((k) => k.startsWith('word/media/'))
    expect(media).toHaveLength(1)
    expect(entries.get(media[0]!)!.subarray(1, 4).toString()).toBe('PNG')
    expect(entries.get('word/document.xml')!.toString()).toContain('descr="หมู่ที่ 3 ได้งบประมาณมากที่สุด"')
    const { text } = await officeText(docx, 'docx')
    expect(text).toContain('แผนภูมิที่ ๑ งบประมาณรายหมู่บ้าน')
  })

  it('writes an English report with Buddhist-Era dates and an English signature block', async () => {
    const { text } = await officeText(await tableToDocx(reportTable({ locale: 'en', thaiDigits: false, orientation: 'landscape' }, 3)), 'docx')
    expect(text).toContain('Village development budget')
    expect(text).toContain('22 November 2569 BE')
    expect(text).toContain('(นายวิรัช ระบบดี)')
    expect(text).toContain('Date: 22 November 2569 BE')
    expect(text).toContain('1,234,567.89')
  })
})
