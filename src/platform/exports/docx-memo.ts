import { AlignmentType, Document, Header, NumberFormat, Packer, PageNumber, Paragraph, TabStopType, TextRun } from 'docx'
import type { Bilingual } from '../i18n/locale.ts'
import { toThaiDigits, type IsoDate } from '../thai-calendar/index.ts'
import { displayDate, pick } from './cell-text.ts'
import { DOCX_MARGINS, textWidthTwips } from './docx.ts'
import { DOCX_FONTS, DOCX_SIZE, LINE_SPACING, dataTable, para, run, runOf, signatureParagraphs } from './docx-parts.ts'
import { assertValidTable, type ExportOptions, type ExportSignature, type ExportTable } from './export-table.ts'

/**
 * An internal memo (บันทึกข้อความ) as the Regulation on Correspondence lays it out: the heading
 * "บันทึกข้อความ" large and bold, then ส่วนราชการ, ที่ … วันที่ …, เรื่อง, เรียน, the body with its
 * first lines indented, any tables, and the signature on the right half. Used for the reports a
 * unit sends up to its head (the procurement officer's monthly conflict-of-interest report, …).
 */
export interface ExportMemo {
  readonly department: string
  readonly reference: string
  readonly date: IsoDate
  readonly subject: string
  readonly to: string
  readonly paragraphs: readonly string[]
  /** Each with its title printed above it as a caption; its organisation is not printed again. */
  readonly tables?: readonly ExportTable[] | undefined
  readonly closing?: readonly string[] | undefined
  readonly signature: ExportSignature
  /** Printed under the signature (e.g. the head's acknowledgement). */
  readonly endorsements?: readonly string[] | undefined
  readonly options: ExportOptions
}

const HEADING_SIZE = 58 // 29 pt, as the memo form prints "บันทึกข้อความ"
const FIRST_LINE_INDENT = Math.round(2.5 * 567)

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({
    children: [run(label, { bold: true }), run(`  ${value}`)],
    spacing: { before: 0, after: 0, ...LINE_SPACING },
  })
}

export async function memoToDocx(memo: ExportMemo): Promise<Buffer> {
  const { locale, thaiDigits } = memo.options
  const th = locale === 'th'
  const digits = (s: string) => (thaiDigits ? toThaiDigits(s) : s)
  const textWidth = textWidthTwips('portrait')
  const t = (b: Bilingual) => pick(b, locale)
  for (const table of memo.tables ?? []) assertValidTable(table)

  const body: (Paragraph | ReturnType<typeof dataTable>)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 120 },
      children: [new TextRun({ text: th ? 'บันทึกข้อความ' : 'Memorandum', font: DOCX_FONTS, size: HEADING_SIZE, sizeComplexScript: HEADING_SIZE, bold: true, boldComplexScript: true })],
    }),
    labelled(t({ th: 'ส่วนราชการ', en: 'From' }), memo.department),
    new Paragraph({
      tabStops: [{ type: TabStopType.LEFT, position: Math.floor(textWidth / 2) }],
      spacing: { before: 0, after: 0, ...LINE_SPACING },
      children: [run(t({ th: 'ที่', en: 'Ref.' }), { bold: true }), run(`  ${digits(memo.reference)}\t`), run(t({ th: 'วันที่', en: 'Date' }), { bold: true }), run(`  ${displayDate(memo.date, { locale, thaiDigits })}`)],
    }),
    labelled(t({ th: 'เรื่อง', en: 'Subject' }), memo.subject),
    new Paragraph({ spacing: { before: 120, after: 120, ...LINE_SPACING }, border: { top: { style: 'single', size: 6, color: '000000', space: 1 } }, children: [run(`${t({ th: 'เรียน', en: 'To' })}  ${memo.to}`)] }),
    ...memo.paragraphs.map((p) => new Paragraph({ indent: { firstLine: FIRST_LINE_INDENT }, alignment: AlignmentType.THAI_DISTRIBUTE, spacing: { before: 0, after: 120, ...LINE_SPACING }, children: [run(p)] })),
  ]
  for (const table of memo.tables ?? []) {
    body.push(para(pick(table.title, locale), { bold: true, spaceBefore: 120, keepNext: true }))
    body.push(dataTable(table, textWidth))
  }
  for (const p of memo.closing ?? []) body.push(new Paragraph({ indent: { firstLine: FIRST_LINE_INDENT }, spacing: { before: 120, after: 0, ...LINE_SPACING }, children: [run(p)] }))
  body.push(...signatureParagraphs(memo.signature, textWidth, { locale, thaiDigits }))
  for (const [i, line] of (memo.endorsements ?? []).entries()) body.push(para(line, { spaceBefore: i === 0 ? 360 : 0 }))

  const laterHeader = new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [runOf(['- ', PageNumber.CURRENT, ' -'])] })],
  })
  const document = new Document({
    creator: 'Prongsai',
    title: memo.subject,
    styles: {
      default: {
        document: {
          run: { font: DOCX_FONTS, size: DOCX_SIZE, sizeComplexScript: DOCX_SIZE, language: { value: th ? 'th-TH' : 'en-GB', bidirectional: 'th-TH' } },
          paragraph: { spacing: { before: 0, after: 0, ...LINE_SPACING } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { margin: { ...DOCX_MARGINS, top: Math.round(1.5 * 567) }, pageNumbers: { start: 1, formatType: thaiDigits ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL } },
        },
        headers: { first: new Header({ children: [] }), default: laterHeader },
        children: body,
      },
    ],
  })
  return Packer.toBuffer(document)
}

/** Minutes of a meeting (รายงานการประชุม): centred heading lines, then sections each with a bold heading and its paragraphs. */
export interface ExportMinutes {
  readonly headingLines: readonly string[]
  readonly sections: readonly { readonly heading: string; readonly paragraphs: readonly string[] }[]
  readonly signatures: readonly ExportSignature[]
  readonly options: ExportOptions
}

export async function minutesToDocx(m: ExportMinutes): Promise<Buffer> {
  const { locale, thaiDigits } = m.options
  const textWidth = textWidthTwips('portrait')
  const body: Paragraph[] = [
    ...m.headingLines.map((line, i) => para(line, { bold: i === 0, align: AlignmentType.CENTER })),
    new Paragraph({ spacing: { before: 60, after: 120 }, border: { bottom: { style: 'single', size: 6, color: '000000', space: 1 } }, children: [] }),
  ]
  for (const s of m.sections) {
    body.push(para(s.heading, { bold: true, spaceBefore: 160, keepNext: true }))
    for (const p of s.paragraphs) body.push(new Paragraph({ indent: { firstLine: FIRST_LINE_INDENT }, spacing: { before: 0, after: 60, ...LINE_SPACING }, children: [run(p)] }))
  }
  for (const sig of m.signatures) body.push(...signatureParagraphs(sig, textWidth, { locale, thaiDigits }))
  const document = new Document({
    creator: 'Prongsai',
    title: m.headingLines[0] ?? '',
    styles: { default: { document: { run: { font: DOCX_FONTS, size: DOCX_SIZE, sizeComplexScript: DOCX_SIZE, language: { value: locale === 'th' ? 'th-TH' : 'en-GB', bidirectional: 'th-TH' } }, paragraph: { spacing: { before: 0, after: 0, ...LINE_SPACING } } } } },
    sections: [
      {
        properties: { titlePage: true, page: { margin: DOCX_MARGINS, pageNumbers: { start: 1, formatType: thaiDigits ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL } } },
        headers: { first: new Header({ children: [] }), default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [runOf(['- ', PageNumber.CURRENT, ' -'])] })] }) },
        children: body,
      },
    ],
  })
  return Packer.toBuffer(document)
}
