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
import { displayDate, displayText, measureColumn, pick, type ColumnMeasure, type TextOptions } from './cell-text.ts'
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

export function run(text: string, options: { bold?: boolean; size?: number } = {}): TextRun {
  const bold = options.bold ?? false
  const size = options.size ?? DOCX_SIZE
  return new TextRun({ text, font: DOCX_FONTS, size, sizeComplexScript: size, bold, boldComplexScript: bold })
}

/** Line spacing for text of `halfPoints`: the 16 pt rule scaled, so a 14 pt table keeps its rows as tight as 16 pt text. */
export function lineSpacingFor(halfPoints: number): { line: number; lineRule: typeof LineRuleType.AT_LEAST } {
  return { line: Math.round((LINE_SPACING.line * halfPoints) / DOCX_SIZE), lineRule: LineRuleType.AT_LEAST }
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
function cellParagraphs(text: string, options: { bold?: boolean; size: number; align: (typeof AlignmentType)[keyof typeof AlignmentType] }): Paragraph[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => new Paragraph({ children: [run(line, { bold: options.bold ?? false, size: options.size })], alignment: options.align, spacing: { before: 0, after: 0, ...lineSpacingFor(options.size) } }))
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const
const BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN }
const CELL_MARGINS = { left: 85, right: 85, top: 0, bottom: 0 }

/** The unit of printedWidth, at 16 pt. */
const TWIPS_PER_CHAR = 200
const CELL_PADDING = CELL_MARGINS.left + CELL_MARGINS.right + 60
/** A free-text column wider than this (in printed units) wraps instead. */
const TEXT_COLUMN_MAX_CHARS = 32
/**
 * An unbreakable piece longer than this (an e-mail address, a record id) is broken
 * anywhere by the word processor whatever the width; giving it its whole width would
 * starve the other columns.
 */
const LONGEST_PIECE = 14

/** Bold header text prints wider than the regular text the widths are measured in. */
const BOLD = 1.08
/** The smallest size a table is set in to keep its words whole, in half-points (12 pt). */
const SMALLEST_TABLE_SIZE = 24
/** The smallest size a table is set in to keep its headers on two lines and its text readable (14 pt). */
const SMALLEST_COMFORTABLE_SIZE = 28

const sumOf = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)

/**
 * The table's text size (half-points) and column widths (twips, adding up to the text
 * width exactly). The size is the table's own option; else 16 pt like the document, or
 * 14 pt when the headers would otherwise stand on four lines or more (a tall header row
 * repeated on every page), or less, down to 12 pt, as long as needed for every column
 * to hold its words whole.
 */
export function tableLayout(table: ExportTable, textWidth: number, options: TextOptions): { size: number; widths: number[] } {
  const asked = table.options.tableFontSizePt
  const measures = table.columns.map((c) => measureColumn(table, c, options))
  const at = (size: number) => ({ size, widths: columnWidthsAt(columnPlans(table, measures, size), textWidth) })
  if (asked !== undefined) return at(Math.round(Math.min(16, Math.max(SMALLEST_TABLE_SIZE / 2, asked)) * 2))
  for (let size = DOCX_SIZE; size >= SMALLEST_COMFORTABLE_SIZE; size -= 4) {
    if (sumOf(columnPlans(table, measures, size).map((p) => p.wants[1]!)) <= textWidth) return at(size)
  }
  // A wide table: 14 pt, or smaller as long as needed to keep its words whole.
  for (let size = SMALLEST_COMFORTABLE_SIZE; size > SMALLEST_TABLE_SIZE; size -= 2) {
    if (sumOf(columnPlans(table, measures, size).map((p) => p.least)) <= textWidth) return at(size)
  }
  return at(SMALLEST_TABLE_SIZE)
}

/** Column widths in twips at 16 pt (or the table's own size), adding up to the text width. */
export function columnWidthsTwips(table: ExportTable, textWidth: number, options: TextOptions): number[] {
  return tableLayout(table, textWidth, options).widths
}

type ColumnPlan = { fixed: boolean; least: number; wants: number[]; volume: number }

/**
 * What each column needs at a text size, in twips: its least (a figure or a date whole,
 * else the longest word of its cells or its bold header: no Thai word split letter by
 * letter), then in turn what it wants: text a readable line (up to 16 characters), its
 * header on at most three lines, then two, long text on one line of up to 32 characters.
 */
function columnPlans(table: ExportTable, measures: readonly ColumnMeasure[], size: number): ColumnPlan[] {
  const unit = (TWIPS_PER_CHAR * size) / DOCX_SIZE
  return table.columns.map((c, i) => {
    const m = measures[i]!
    const fixed = c.type !== 'text'
    const least = Math.max(fixed ? m.longestPrinted + 0.5 : Math.min(m.wordPrinted, LONGEST_PIECE), m.headerWordPrinted * BOLD, 2) * unit + CELL_PADDING
    const textTo = (chars: number) => (fixed ? 0 : Math.min(m.longestPrinted, chars) * unit + CELL_PADDING)
    const readable = Math.max(least, textTo(TEXT_COLUMN_MAX_CHARS / 2))
    const header3 = Math.max(readable, m.headerThreeLinesPrinted * BOLD * unit + CELL_PADDING)
    const header2 = Math.max(header3, m.headerTwoLinesPrinted * BOLD * unit + CELL_PADDING)
    return { fixed, least, wants: [readable, header3, header2, Math.max(header2, textTo(TEXT_COLUMN_MAX_CHARS))], volume: m.volumePrinted + m.headerPrinted }
  })
}

/**
 * Each column first gets its least; what is left goes to the columns that want more, want
 * by want, and what is left after that to the text columns.
 */
function columnWidthsAt(plans: readonly ColumnPlan[], textWidth: number): number[] {
  const least = plans.map((p) => p.least)
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
  let widths = least
  const total = sum(widths)
  // Too wide even at the least: the table is shrunk alike (a smaller tableFontSizePt avoids it).
  if (total > textWidth) return fill(widths.map((w) => (w * textWidth) / total), textWidth)
  for (const stage of [0, 1, 2]) {
    const spare = textWidth - sum(widths)
    const wanted = sum(plans.map((p, i) => Math.max(0, p.wants[stage]! - widths[i]!)))
    if (wanted <= 0 || spare <= 0) continue
    const share = Math.min(1, spare / wanted)
    widths = widths.map((w, i) => w + Math.max(0, plans[i]!.wants[stage]! - w) * share)
  }
  // Long text, then any room to spare, goes where most text is: fewer lines in all.
  const volume = plans.map((p) => (p.fixed ? 0 : p.volume))
  widths = waterFill(widths, plans.map((p) => p.wants[3]!), volume, textWidth - sum(widths))
  const spare = textWidth - sum(widths)
  if (spare > 0) {
    const weights = sum(volume) > 0 ? volume : plans.some((p) => !p.fixed) ? plans.map((p, i) => (p.fixed ? 0 : widths[i]!)) : widths
    const base = sum(weights) || 1
    widths = widths.map((w, i) => w + (spare * weights[i]!) / base)
  }
  return fill(widths, textWidth)
}

/** Hands `spare` out in proportion to `weights`, no column past its target, until it or the wants run out. */
function waterFill(widths: number[], targets: readonly number[], weights: readonly number[], spare: number): number[] {
  const out = [...widths]
  let left = spare
  for (let round = 0; round < out.length && left > 0.5; round++) {
    const open = out.map((w, i) => (w < targets[i]! && weights[i]! > 0 ? weights[i]! : 0))
    const base = open.reduce((a, b) => a + b, 0)
    if (base <= 0) break
    let given = 0
    out.forEach((w, i) => {
      if (!open[i]) return
      const add = Math.min(targets[i]! - w, (left * open[i]!) / base)
      out[i] = w + add
      given += add
    })
    left -= given
  }
  return out
}

/** Whole twips that add up to the text width (the rounding goes to the widest column). */
function fill(widths: number[], textWidth: number): number[] {
  const whole = widths.map((w) => Math.floor(w))
  const rest = textWidth - whole.reduce((a, b) => a + b, 0)
  const widest = whole.indexOf(Math.max(...whole))
  if (widest >= 0) whole[widest]! += rest
  return whole
}

/**
 * The data table, laid out fixed (Word and LibreOffice keep the given widths instead of
 * guessing from the content). Its header row repeats at the top of every page and is
 * never split; a body row may run on over a page break, so a tall row never leaves the
 * rest of a page empty.
 */
export function dataTable(table: ExportTable, textWidth: number): Table {
  const options: TextOptions = { locale: table.options.locale, thaiDigits: table.options.thaiDigits }
  const { size, widths } = tableLayout(table, textWidth, options)
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map(
      (c, i) =>
        new TableCell({
          children: cellParagraphs(pick(c.header, options.locale), { bold: true, size, align: AlignmentType.CENTER }),
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
                children: cellParagraphs(options.locale === 'th' ? 'ไม่มีข้อมูล' : 'No data', { size, align: AlignmentType.CENTER }),
                margins: CELL_MARGINS,
              }),
            ],
          }),
        ]
      : table.rows.map(
          (row) =>
            new TableRow({
              children: table.columns.map(
                (c, i) =>
                  new TableCell({
                    children: cellParagraphs(displayText(row[c.key], c, options), {
                      size,
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

/**
 * A picture scaled down to the text width and to at most `maxHeight` twips (so the table
 * still starts on page 1 under it), with its title under it as Thai reports caption figures.
 */
export function figureParagraphs(figure: ExportFigure, index: number, textWidth: number, table: ExportTable, maxHeight = Number.POSITIVE_INFINITY): Paragraph[] {
  const locale = table.options.locale
  const maxPx = Math.floor(textWidth / TWIPS_PER_PX)
  const scale = Math.min(1, maxPx / figure.widthPx, maxHeight / TWIPS_PER_PX / figure.heightPx)
  const digits = (text: string) => (table.options.thaiDigits ? toThaiDigits(text) : text)
  // The caption follows the document's digits: 'พ.ศ. ๒๕๗๐' under a heading in Thai digits, never '2570'.
  const title = digits(pick(figure.title, locale))
  const number = digits(String(index + 1))
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
