import type { Bilingual, Locale } from '../i18n/locale.ts'
import { formatDateEn, formatDateTh, formatDateTimeEn, formatDateTimeTh, toThaiDigits, type IsoDate } from '../thai-calendar/index.ts'
import type { ExportColumn, ExportTable, ExportValue } from './export-table.ts'

/** How a value reads on paper (Word, and the width estimate for Excel columns). */
export interface TextOptions {
  readonly locale: Locale
  readonly thaiDigits: boolean
}

// en-US grouping and decimal point are also what Thai documents use; fixed here so the
// output does not depend on the server's ICU data.
const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const TWO_PLACES = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const PERCENT = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })

export function pick(text: Bilingual, locale: Locale): string {
  return text[locale]
}

export function displayDate(date: IsoDate, options: TextOptions): string {
  return options.locale === 'th'
    ? formatDateTh(date, { style: 'long', thaiDigits: options.thaiDigits })
    : formatDateEn(date, { style: 'long', era: 'be' })
}

export function displayDateTime(instant: Date, options: TextOptions): string {
  return options.locale === 'th' ? formatDateTimeTh(instant, { thaiDigits: options.thaiDigits }) : formatDateTimeEn(instant, { era: 'be' })
}

/** Text cells keep their own characters; numbers and dates follow the document's digits. */
export function displayText(value: ExportValue, column: ExportColumn, options: TextOptions): string {
  if (value === null || value === undefined) return ''
  const digits = (s: string) => (options.thaiDigits ? toThaiDigits(s) : s)
  switch (column.type) {
    case 'text':
      return String(value)
    case 'integer':
      return digits(INTEGER.format(value as number))
    case 'decimal':
    case 'money':
      return digits(TWO_PLACES.format(value as number))
    case 'percent':
      return digits(PERCENT.format(value as number))
    case 'date':
      return displayDate(value as IsoDate, options)
    case 'datetime':
      return displayDateTime(value as Date, options)
  }
}

/**
 * A cell that starts with = + - @ (or a tab or carriage return, which some spreadsheet
 * programs skip before reading a formula) would run as a formula when a person opens the
 * file; a leading apostrophe keeps it text (OWASP "CSV injection"). Applied to text
 * cells only: a negative number is a number, not an attack.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

// Thai vowel and tone marks above or below a consonant take no width of their own.
const ZERO_WIDTH = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u200B-\u200D]/g

/** Roughly how many character widths a line of text takes, for sizing columns. */
export function visibleLength(text: string): number {
  let longest = 0
  for (const line of text.split(/\r\n|\r|\n/)) longest = Math.max(longest, line.replace(ZERO_WIDTH, '').length)
  return longest
}

/**
 * How wide a line prints, in units of 200 twips (10 pt): glyph widths of TH Sarabun New at
 * 16 pt as LibreOffice sets them with Laksaman, its stand-in on Linux (measured with
 * pdftotext -bbox). Thai digits are the widest common glyphs; combining marks take none.
 */
export function printedWidth(text: string): number {
  let widest = 0
  for (const line of text.split(/\r\n|\r|\n/)) {
    let width = 0
    for (const ch of line.replace(ZERO_WIDTH, '')) width += glyphWidth(ch)
    widest = Math.max(widest, width)
  }
  return widest
}

function glyphWidth(ch: string): number {
  if (ch >= '\u0E50' && ch <= '\u0E59') return 1.08
  if (ch >= '\u0E00' && ch <= '\u0E7F') return 0.93
  if (ch === ' ') return 0.52
  if (ch === '%') return 1.4
  if (/[.,:;'!|]/.test(ch)) return 0.39
  if (/[()"\-/]/.test(ch)) return 0.46
  if (/[0-9A-Z]/.test(ch)) return 0.87
  if (/[a-z]/.test(ch)) return 0.74
  return 0.93
}

const WORDS = new Intl.Segmenter('th', { granularity: 'word' })
/** Punctuation that sticks to the word after it ('(๑', '"คำ'); other punctuation sticks to the word before. */
const OPENING = /^[([{<"'“‘]+$/
/** A line may break after these (and LibreOffice does), so they end a piece. */
const BREAK_AFTER = /[-–—]$/

/**
 * The pieces a line of text can break between, as a word processor breaks Thai: Thai has
 * no spaces between words, so the pieces come from ICU's Thai dictionary (the same one
 * LibreOffice breaks lines with). A column narrower than its longest piece splits a word
 * letter by letter ('ลัก|ษณ|ะ'), which is what a column must never do to a Thai word.
 */
export function unbreakablePieces(text: string): string[] {
  const pieces: string[] = []
  let current = ''
  let prefix = ''
  let joinNext = false
  const flush = () => {
    if (current) pieces.push(current)
    current = ''
    joinNext = false
  }
  for (const { segment, isWordLike } of WORDS.segment(text)) {
    if (/^\s+$/.test(segment)) {
      flush()
      if (prefix) pieces.push(prefix), (prefix = '')
      continue
    }
    if (!isWordLike && OPENING.test(segment)) {
      prefix += segment
      continue
    }
    if (!isWordLike) {
      // '.', ')', '@', ':' stay with the word before and the word after ('พ.ศ.', 'name@host').
      current += prefix + segment
      prefix = ''
      joinNext = !BREAK_AFTER.test(segment)
      if (!joinNext) flush()
      continue
    }
    if (!joinNext) flush()
    current += prefix + segment
    prefix = ''
    joinNext = false
  }
  flush()
  if (prefix) pieces.push(prefix)
  return pieces
}

/** How wide a column's content is: character counts for Excel, printed widths for Word. */
export interface ColumnMeasure {
  /** The widest cell (first 500 rows: enough to judge by, and quick on a 10,000-row export). */
  readonly longest: number
  readonly longestPrinted: number
  /** The header's longest word: a column narrower than that breaks a word in two. */
  readonly headerWord: number
  readonly headerWordPrinted: number
  /** The header as one line. */
  readonly header: number
  readonly headerPrinted: number
  /** The longest piece no line can break (a Thai word, a figure) in the header or any cell. */
  readonly wordPrinted: number
  /** The narrowest the header can be set on two (three) lines, broken between words. */
  readonly headerTwoLinesPrinted: number
  readonly headerThreeLinesPrinted: number
  /** All the column's text laid end to end: where spare width does the most good. */
  readonly volumePrinted: number
}

/**
 * How wide a text must be to go on `lines` lines, broken between its pieces. A text that
 * already holds more line breaks than that (a header broken by hand) keeps each of its
 * lines whole.
 */
export function linesWidth(text: string, lines: number): number {
  const space = printedWidth(' ')
  const paragraphs = text.split(/\r\n|\r|\n/).map((line) => unbreakablePieces(line).map(printedWidth))
  const all = paragraphs.flat()
  if (all.length === 0) return 0
  const allowed = Math.max(lines, paragraphs.length)
  // Lines needed at a width, each paragraph filled greedily.
  const needed = (width: number) => {
    let used = 0
    for (const pieces of paragraphs) {
      used += 1
      let current = 0
      for (const p of pieces) {
        const next = current === 0 ? p : current + space + p
        if (next <= width || current === 0) current = next
        else (used += 1), (current = p)
      }
    }
    return used
  }
  let lo = Math.max(...all)
  let hi = Math.max(...paragraphs.map((pieces) => pieces.reduce((a, b) => a + b, 0) + space * Math.max(0, pieces.length - 1)))
  while (hi - lo > 0.05) {
    const mid = (lo + hi) / 2
    if (needed(mid) <= allowed) hi = mid
    else lo = mid
  }
  return hi
}

export function measureColumn(table: ExportTable, column: ExportColumn, options: TextOptions): ColumnMeasure {
  let longest = 0
  let longestPrinted = 0
  let wordPrinted = 0
  let volumePrinted = 0
  const rows = table.rows.length > 500 ? table.rows.slice(0, 500) : table.rows
  for (const row of rows) {
    const text = displayText(row[column.key], column, options)
    if (!text) continue
    longest = Math.max(longest, visibleLength(text))
    longestPrinted = Math.max(longestPrinted, printedWidth(text))
    for (const line of text.split(/\r\n|\r|\n/)) volumePrinted += printedWidth(line)
    for (const piece of unbreakablePieces(text)) wordPrinted = Math.max(wordPrinted, printedWidth(piece))
  }
  const header = pick(column.header, options.locale)
  const words = unbreakablePieces(header)
  const headerWordPrinted = Math.max(0, ...words.map(printedWidth))
  return {
    longest,
    longestPrinted,
    headerWord: Math.max(0, ...words.map(visibleLength)),
    headerWordPrinted,
    header: visibleLength(header),
    headerPrinted: printedWidth(header),
    wordPrinted: Math.max(wordPrinted, headerWordPrinted),
    headerTwoLinesPrinted: linesWidth(header, 2),
    headerThreeLinesPrinted: linesWidth(header, 3),
    volumePrinted,
  }
}
