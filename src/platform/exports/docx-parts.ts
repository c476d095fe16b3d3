import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ParagraphChild,
} from 'docx'
import { toThaiDigits } from '../thai-calendar/index.ts'
import { displayDate, displayText, measureColumn, pick, type TextOptions } from './cell-text.ts'
import { isNumericColumn, type ExportFigure, type ExportSignature, type ExportTable } from './export-table.ts'

/**
 * Pieces of a Thai official document. Every run names its font and size itself (not only
 * through the document's default style) so that text pasted into another document, or a
 * reader that ignores default styles, still shows TH Sarabun New at 16 pt.
 */
export const DOCX_FONT = 'TH Sarabun New'
/** Half-points: 16 pt. */
export const DOCX_SIZE = 32
export const DOCX_FONTS = { ascii: DOCX_FONT, hAnsi: DOCX_FONT, eastAsia: DOCX_FONT, cs: DOCX_FONT } as const

/**
 * Lines at least 20 pt apart (Word gives TH Sarabun New 16 pt about that at single spacing).
 * Laksaman, which stands in for it on Linux, has tighter line metrics, and at "single"
 * LibreOffice lets stacked Thai vowels and tone marks touch the line above.
 */
export const LINE_SPACING = { line: 400, lineRule: LineRuleType.AT_LEAST } as const

export function run(text: string, options: { bold?: boolean } = {}): TextRun {
  const bold = options.bold ?? false
  return new TextRun({ text, font: DOCX_FONTS, size: DOCX_SIZE, sizeComplexScript: DOCX_SIZE, bold, boldComplexScript: bold })
}

/** A run around other children (fields such as the page number). */
export function runOf(children: (string | ParagraphChild)[]): TextRun {
  return new TextRun({ children: children as never, font: DOCX_FONTS, size: DOCX_SIZE, sizeComplexScript: DOCX_SIZE })
}

type ParagraphOptions = {
  bold?: boolean
  align?: (typeof AlignmentType)[keyof typeof AlignmentType]
  keepNext?: boolean
  spaceBefore?: number
  indentLeft?: number
}

export function para(text: string, options: ParagraphOptions = {}): Paragraph {
  return new Paragraph({
    children: [run(text, { bold: options.bold ?? false })],
    alignment: options.align ?? AlignmentType.LEFT,
    keepNext: options.keepNext ?? false,
    keepLines: true,
    spacing: { before: options.spaceBefore ?? 0, after: 0, ...LINE_SPACING },
    ...(options.indentLeft ? { indent: { left: options.indentLeft } } : {}),
  })
}

/** A cell's text may hold line breaks (a list of changes); each line is its own paragraph. */
function cellParagraphs(text: string, options: { bold?: boolean; align: (typeof AlignmentType)[keyof typeof AlignmentType] }): Paragraph[] {
  return text.split(/\r\n|\r|\n/).map((line) => new Paragraph({ children: [run(line, { bold: options.bold ?? false })], alignment: options.align, spacing: { before: 0, after: 0, ...LINE_SPACING } }))
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const
const BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN }
const CELL_MARGINS = { left: 85, right: 85, top: 0, bottom: 0 }

/** The unit of printedWidth. */
const TWIPS_PER_CHAR = 200
const CELL_PADDING = CELL_MARGINS.left + CELL_MARGINS.right + 60
/** A free-text column wider than this (in digit widths) wraps instead. */
const TEXT_COLUMN_MAX_CHARS = 32

/**
 * Column widths in twips that fill the text width. Numbers and dates never wrap (a figure
 * split over two lines is misread), so they get their full width first; text columns
 * share what is left, down to their header's longest word, and take any room to spare.
 */
export function columnWidthsTwips(table: ExportTable, textWidth: number, options: TextOptions): number[] {
  const plans = table.columns.map((c) => {
    const m = measureColumn(table, c, options)
    const fixed = c.type !== 'text'
    const want = Math.max(fixed ? m.longestPrinted + 0.5 : Math.min(m.longestPrinted, TEXT_COLUMN_MAX_CHARS), m.headerWordPrinted, 2)
    const least = fixed ? want : Math.max(m.headerWordPrinted, Math.min(m.longestPrinted, 6), 2)
    return { fixed, want: want * TWIPS_PER_CHAR + CELL_PADDING, least: least * TWIPS_PER_CHAR + CELL_PADDING }
  })
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
  let widths = plans.map((p) => p.want)
  // Narrow the text columns in steps: to their header's longest word, then to a few
  // characters (words wrap), and only then everything alike.
  const hardFloor = 3 * TWIPS_PER_CHAR + CELL_PADDING
  for (const floors of [plans.map((p) => (p.fixed ? p.want : p.least)), plans.map((p) => (p.fixed ? p.want : Math.min(p.least, hardFloor)))]) {
    const excess = sum(widths) - textWidth
    if (excess <= 0) break
    const room = sum(widths.map((w, i) => w - floors[i]!))
    if (room <= 0) continue
    const share = Math.min(1, excess / room)
    widths = widths.map((w, i) => w - (w - floors[i]!) * share)
  }
  const total = sum(widths)
  if (total > textWidth) widths = widths.map((w) => (w * textWidth) / total)
  const spare = textWidth - sum(widths)
  if (spare > 0) {
    const growing = plans.some((p) => !p.fixed) ? plans.map((p, i) => (p.fixed ? 0 : widths[i]!)) : widths
    const base = sum(growing) || 1
    widths = widths.map((w, i) => w + (spare * growing[i]!) / base)
  }
  return widths.map((w) => Math.floor(w))
}

/** The data table; its header row repeats at the top of every page and no row splits across pages. */
export function dataTable(table: ExportTable, textWidth: number): Table {
  const options: TextOptions = { locale: table.options.locale, thaiDigits: table.options.thaiDigits }
  const widths = columnWidthsTwips(table, textWidth, options)
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map(
      (c, i) =>
        new TableCell({
          children: cellParagraphs(pick(c.header, options.locale), { bold: true, align: AlignmentType.CENTER }),
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: 'E7E7E7', color: 'auto' },
          verticalAlign: VerticalAlign.CENTER,
          margins: CELL_MARGINS,
        }),
    ),
  })
  const body =
    table.rows.length === 0
      ? [
          new TableRow({
            children: [
              new TableCell({
                columnSpan: Math.max(1, table.columns.length),
                children: cellParagraphs(options.locale === 'th' ? 'ไม่มีข้อมูล' : 'No data', { align: AlignmentType.CENTER }),
                margins: CELL_MARGINS,
              }),
            ],
          }),
        ]
      : table.rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: table.columns.map(
                (c, i) =>
                  new TableCell({
                    children: cellParagraphs(displayText(row[c.key], c, options), {
                      align: isNumericColumn(c) ? AlignmentType.RIGHT : AlignmentType.LEFT,
                    }),
                    width: { size: widths[i] ?? 0, type: WidthType.DXA },
                    margins: CELL_MARGINS,
                  }),
              ),
            }),
        )
  return new Table({
    rows: [header, ...body],
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
  })
}

/** 96 px to the inch, 1,440 twips to the inch. */
const TWIPS_PER_PX = 15

/** A picture scaled down to the text width, with its title under it as Thai reports caption figures. */
export function figureParagraphs(figure: ExportFigure, index: number, textWidth: number, table: ExportTable): Paragraph[] {
  const locale = table.options.locale
  const maxPx = Math.floor(textWidth / TWIPS_PER_PX)
  const scale = Math.min(1, maxPx / figure.widthPx)
  const title = pick(figure.title, locale)
  const number = table.options.thaiDigits ? toThaiDigits(index + 1) : String(index + 1)
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 240, after: 0, ...LINE_SPACING },
      children: [
        new ImageRun({
          type: 'png',
          data: figure.png,
          transformation: { width: Math.round(figure.widthPx * scale), height: Math.round(figure.heightPx * scale) },
          altText: { name: title, title, description: figure.description ? pick(figure.description, locale) : title },
        }),
      ],
    }),
    para(locale === 'th' ? `แผนภูมิที่ ${number} ${title}` : `Figure ${number}. ${title}`, { align: AlignmentType.CENTER }),
  ]
}

/**
 * The signature block as Thai official documents place it: a block on the right half of
 * the page, each line centred within it, kept together on one page.
 */
export function signatureParagraphs(signature: ExportSignature, textWidth: number, options: TextOptions): Paragraph[] {
  const indentLeft = Math.floor(textWidth / 2)
  const date = displayDate(signature.date, options)
  const lines =
    options.locale === 'th'
      ? [`(ลงชื่อ)${'.'.repeat(40)}`, `(${signature.name})`, `ตำแหน่ง ${signature.position}`, `วันที่ ${date}`]
      : [`(Signed)${'.'.repeat(40)}`, `(${signature.name})`, signature.position, `Date: ${date}`]
  return lines.map((line, i) =>
    para(line, { align: AlignmentType.CENTER, indentLeft, keepNext: i < lines.length - 1, spaceBefore: i === 0 ? 720 : 0 }),
  )
}
