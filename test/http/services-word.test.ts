import { describe, expect, it } from 'vitest'
import { renderExport } from '../../src/platform/exports/index.ts'
import type { OrganisationDetails } from '../../src/features/organisations/index.ts'
import { manualWordTable } from '../../src/features/services/services-open-data.ts'
import { emptyManual, type ServiceManual } from '../../src/features/services/service-manual.domain.ts'
import type { ServiceVersion } from '../../src/features/services/services.repository.ts'
import { rm } from 'node:fs/promises'
import { officeToPdf, pdfPageCount, pdfText, pdfToPngs, pdfWords } from '../support/libreoffice.ts'

const org = { id: 'x', slug: 'wiang-thong', name_th: 'เทศบาลตำบลเวียงทอง', name_en: 'Wiang Thong', address: '99 หมู่ 3 ตำบลเวียงทอง' } as unknown as OrganisationDetails
const manual: ServiceManual = {
  ...emptyManual(),
  nameTh: 'การขออนุญาตก่อสร้างอาคาร',
  legalBasis: 'พระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒',
  responsibleUnit: 'กองช่าง',
  place: 'สำนักงานเทศบาลตำบลเวียงทอง',
  conditions: 'ไม่มี',
  steps: [
    { title: 'ยื่นคำขอและตรวจสอบความครบถ้วนของเอกสารหลักฐาน', days: 1, unit: 'งานธุรการ กองช่าง' },
    { title: 'ตรวจสอบสถานที่และพิจารณาแบบแปลน', days: 7, unit: 'นายช่างโยธา' },
    { title: 'พิจารณาออกใบอนุญาตและแจ้งผล', days: 2, unit: 'นายกเทศมนตรี' },
  ],
  documents: [],
  noDocuments: true,
  fees: [],
  noFee: true,
  complaintChannel: 'ศูนย์รับเรื่องร้องเรียน โทร 0 9912 0099',
}
const version: ServiceVersion = { serviceId: 's', version: 2, nameTh: manual.nameTh, manual, totalDays: 10, dayUnit: 'business', publishedAt: new Date(), createdAt: new Date() }

describe('the citizen manual as Word', () => {
  it('opens in LibreOffice with every step, the total, "none" and "no fee" said, all within the page', async () => {
    const file = await renderExport(manualWordTable(org, version, 'https://prongsai.example/o/wiang-thong/services/svc-1/v/2', 'th'), 'docx', 'manual')
    const { dir, pdf } = await officeToPdf(file.body, 'docx')
    // Set SERVICES_WORD_PNG=/tmp/manual to look at the pages (pdftoppm): the layout is judged by eye too.
    if (process.env.SERVICES_WORD_PNG) await pdfToPngs(pdf, process.env.SERVICES_WORD_PNG, 50)
    const printed = { text: await pdfText(pdf, 'raw'), words: await pdfWords(pdf), pages: await pdfPageCount(pdf) }
    await rm(dir, { recursive: true, force: true })
    const joined = printed.text.replace(/\s+/g, '')
    for (const s of manual.steps) expect(joined).toContain(s.title.replace(/\s+/g, ''))
    expect(joined).toContain('ไม่ต้องใช้เอกสาร')
    expect(joined).toContain('ไม่มีค่าธรรมเนียม')
    expect(joined).toContain('๑๐') // the total, in Thai digits
    // A cover page (title, agency, version, permanent link), a page of contents, then the body.
    expect(printed.pages).toBeLessThanOrEqual(5)
    const pages = printed.text.split('\f')
    expect(pages[0]!.replace(/\s+/g, '')).toContain('คู่มือสำหรับประชาชน:การขออนุญาตก่อสร้างอาคาร')
    expect(pages[0]!.replace(/\s+/g, '')).toContain('ฉบับที่๒')
    expect(pages[0]).not.toContain('ยื่นคำขอ')
    expect(pages[1]!.replace(/\s+/g, '')).toContain('สารบัญ')
    expect(pages[1]!.replace(/\s+/g, '')).toContain('๓.แผนผังขั้นตอนการให้บริการ')
    for (const w of printed.words) expect(w.xMax).toBeLessThanOrEqual(w.pageWidth)
  }, 90_000)
})
