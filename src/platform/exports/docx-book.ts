import { AlignmentType, Document, Header, NumberFormat, Packer, PageNumber, PageOrientation, Paragraph, SectionType, TabStopType } from 'docx'
import { toThaiDigits } from '../thai-calendar/index.ts'
import { pick } from './cell-text.ts'
import { DOCX_FONTS, DOCX_SIZE, LINE_SPACING, dataTable, figureParagraphs, para, run, runOf, signatureParagraphs } from './docx-parts.ts'
import { A4, DOCX_MARGINS, textHeightTwips, textWidthTwips } from './docx.ts'
import { assertValidTable, type ExportOptions, type ExportOrganisation, type ExportTable } from './export-table.ts'
import type { Bilingual } from '../i18n/locale.ts'

/**
 * Several tables in one Word file, each a section of its own that starts on a new page (a
 * consolidated report: the summary first, then one section per agency). Within a part the order
 * is the one report forms print: title, table, figures, notes, signature (seed 000: the table,
 * then the photos, then suggestions and the reporter). Same page, fonts and headers as `tableToDocx`.
 */
export interface ExportBook {
  readonly title: Bilingual
  readonly organisation: ExportOrganisation
  readonly options: ExportOptions
  readonly parts: readonly ExportTable[]
}

const FIGURE_SHARE_OF_PAGE = 0.45

function partBody(table: ExportTable, textWidth: number, textHeight: number): (Paragraph | ReturnType<typeof dataTable>)[] {
  const { locale, thaiDigits } = table.options
  const digits = (text: string) => (thaiDigits ? toThaiDigits(text) : text)
  return [
    para(digits(pick(table.title, locale)), { bold: true, align: AlignmentType.CENTER }),
    ...(table.subtitle ? [para(digits(pick(table.subtitle, locale)), { align: AlignmentType.CENTER })] : []),
    para(''),
    dataTable(table, textWidth),
    ...(table.figures ?? []).flatMap((figure, i) => figureParagraphs(figure, i, textWidth, table, textHeight * FIGURE_SHARE_OF_PAGE)),
    ...(table.notes ?? []).map((note, i) => para(digits(pick(note, locale)), { spaceBefore: i === 0 ? 240 : 0 })),
    ...(table.signature ? signatureParagraphs(table.signature, textWidth, { locale, thaiDigits }) : []),
  ]
}

export async function bookToDocx(book: ExportBook): Promise<Buffer> {
  for (const part of book.parts) assertValidTable(part)
  const { locale, thaiDigits } = book.options
  const orientation = book.options.orientation ?? 'portrait'
  const textWidth = textWidthTwips(orientation)
  const digits = (text: string) => (thaiDigits ? toThaiDigits(text) : text)
  const firstHeader = () => new Header({ children: [para(digits(book.organisation.name), { bold: true }), ...(book.organisation.address ? [para(digits(book.organisation.address))] : [])] })
  const laterHeader = () =>
    new Header({
      children: [new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: textWidth }], children: [run(digits(book.organisation.name)), runOf(['\t', locale === 'th' ? 'หน้า ' : 'Page ', PageNumber.CURRENT])] })],
    })
  const page = {
    size: { ...A4, orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: DOCX_MARGINS,
  }
  const sections = book.parts.map((part, i) => ({
    properties: {
      // Page 1 of the file carries the organisation's name and address; numbering runs on through every section.
      ...(i === 0 ? { titlePage: true } : { type: SectionType.NEXT_PAGE }),
      page: { ...page, pageNumbers: { ...(i === 0 ? { start: 1 } : {}), formatType: thaiDigits ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL } },
    },
    headers: i === 0 ? { first: firstHeader(), default: laterHeader() } : { default: laterHeader() },
    children: partBody(part, textWidth, textHeightTwips(orientation)),
  }))
  const document = new Document({
    creator: 'Prongsai',
    title: digits(pick(book.title, locale)),
    styles: {
      default: {
        document: {
          run: { font: DOCX_FONTS, size: DOCX_SIZE, sizeComplexScript: DOCX_SIZE, language: { value: locale === 'th' ? 'th-TH' : 'en-GB', bidirectional: 'th-TH' } },
          paragraph: { spacing: { before: 0, after: 0, ...LINE_SPACING } },
        },
      },
    },
    sections,
  })
  return Packer.toBuffer(document)
}
