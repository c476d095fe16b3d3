import { AlignmentType, Document, Header, NumberFormat, Packer, PageBreak, PageNumber, PageOrientation, Paragraph, TabStopType } from 'docx'
import { toThaiDigits } from '../thai-calendar/index.ts'
import { pick } from './cell-text.ts'
import { DOCX_FONTS, DOCX_SIZE, LINE_SPACING, dataTable, figureParagraphs, para, run, runOf, signatureParagraphs } from './docx-parts.ts'
import { assertValidTable, type ExportTable } from './export-table.ts'

/**
 * Word document in the style of Thai official papers (the cabinet's 2010 standard fonts
 * and the Regulation on Correspondence):
 * - TH Sarabun New 16 pt for every line (header, title, table, signature);
 * - A4 with margins top 2.5 cm, bottom 2 cm, left 3 cm (the binding side) and right 2 cm,
 *   as printed official letters use;
 * - page 1 carries the organisation's name and address at the top; later pages carry the
 *   name and the page number, in Thai digits when asked (Thai letters number pages from 2);
 * - the title centred in bold, the table's header row repeated on every page;
 * - the signature block on the right half: (ลงชื่อ)…, (name), position, date.
 *
 * Page numbers in Thai digits are the section's page-number format `thaiNumbers`, which
 * Word applies to the PAGE field. LibreOffice 7.4 does not read that format and prints
 * Arabic digits; every other number in the file is written as text and shows as asked.
 */
const CM = 567 // twips
export const A4 = { width: 11906, height: 16838 }
export const DOCX_MARGINS = { top: Math.round(2.5 * CM), bottom: 2 * CM, left: 3 * CM, right: 2 * CM, header: Math.round(1.25 * CM), footer: Math.round(1.25 * CM) }

export function textWidthTwips(orientation: 'portrait' | 'landscape'): number {
  const pageWidth = orientation === 'landscape' ? A4.height : A4.width
  return pageWidth - DOCX_MARGINS.left - DOCX_MARGINS.right
}

export function textHeightTwips(orientation: 'portrait' | 'landscape'): number {
  const pageHeight = orientation === 'landscape' ? A4.width : A4.height
  return pageHeight - DOCX_MARGINS.top - DOCX_MARGINS.bottom
}

/**
 * A chart is at most this share of the page's height: large enough to read its labels on
 * paper, small enough to sit on a page with its caption and some of the text.
 */
const FIGURE_SHARE_OF_PAGE = 0.6
/** Before the table, charts share under half a page, so the table still starts on page 1. */
const FIGURES_BEFORE_TABLE_SHARE = 0.45

export async function tableToDocx(table: ExportTable): Promise<Buffer> {
  assertValidTable(table)
  const { locale, thaiDigits } = table.options
  const orientation = table.options.orientation ?? 'portrait'
  const textWidth = textWidthTwips(orientation)
  // The document's own lines follow its digits (an address's house number, a year in a
  // title); table text cells keep their characters, as they may hold codes and ids.
  const digits = (text: string) => (thaiDigits ? toThaiDigits(text) : text)
  const title = digits(pick(table.title, locale))

  const firstHeader = new Header({
    children: [
      para(digits(table.organisation.name), { bold: true }),
      ...(table.organisation.address ? [para(digits(table.organisation.address))] : []),
    ],
  })
  const laterHeader = new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        children: [run(digits(table.organisation.name)), runOf(['\t', locale === 'th' ? 'หน้า ' : 'Page ', PageNumber.CURRENT])],
      }),
    ],
  })

  // The table comes first by default: it is what the head reads, and it starts on page 1.
  const before = table.options.figuresPlacement === 'before-table'
  const figures = (table.figures ?? []).flatMap((figure, i, all) =>
    figureParagraphs(figure, i, textWidth, table, textHeightTwips(orientation) * (before ? FIGURES_BEFORE_TABLE_SHARE / all.length : FIGURE_SHARE_OF_PAGE)),
  )
  const pageBreak = () => new Paragraph({ children: [new PageBreak()] })
  const cover = table.cover
    ? [
        para(title, { bold: true, align: AlignmentType.CENTER, spaceBefore: 3600 }),
        ...(table.subtitle ? [para(digits(pick(table.subtitle, locale)), { align: AlignmentType.CENTER })] : []),
        ...table.cover.lines.map((line, i) => para(digits(pick(line, locale)), { align: AlignmentType.CENTER, spaceBefore: i === 0 ? 1200 : 0 })),
        pageBreak(),
        para(locale === 'th' ? 'สารบัญ' : 'Contents', { bold: true, align: AlignmentType.CENTER }),
        ...table.cover.contents.map((heading, i) => para(digits(`${i + 1}. ${pick(heading, locale)}`), { spaceBefore: i === 0 ? 240 : 0, indentLeft: CM })),
        pageBreak(),
      ]
    : []
  const body = [
    ...cover,
    para(title, { bold: true, align: AlignmentType.CENTER }),
    ...(table.subtitle ? [para(digits(pick(table.subtitle, locale)), { align: AlignmentType.CENTER })] : []),
    ...(before ? figures : []),
    para(''),
    dataTable(table, textWidth),
    ...(table.notes ?? []).map((note, i) => para(digits(pick(note, locale)), { spaceBefore: i === 0 ? 240 : 0 })),
    ...(before ? [] : figures),
    ...(table.signature ? signatureParagraphs(table.signature, textWidth, { locale, thaiDigits }) : []),
  ]

  const document = new Document({
    creator: 'Prongsai',
    title,
    styles: {
      default: {
        document: {
          run: {
            font: DOCX_FONTS,
            size: DOCX_SIZE,
            sizeComplexScript: DOCX_SIZE,
            // Thai is a complex script in Word: its language goes in the complex-script slot.
            language: { value: locale === 'th' ? 'th-TH' : 'en-GB', bidirectional: 'th-TH' },
          },
          paragraph: { spacing: { before: 0, after: 0, ...LINE_SPACING } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { ...A4, orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: DOCX_MARGINS,
            pageNumbers: { start: 1, formatType: thaiDigits ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL },
          },
        },
        headers: { first: firstHeader, default: laterHeader },
        children: body,
      },
    ],
  })
  return Packer.toBuffer(document)
}
