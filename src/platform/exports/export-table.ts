import type { Bilingual, Locale } from '../i18n/locale.ts'
import { isIsoDate, type IsoDate } from '../thai-calendar/index.ts'

/**
 * One table model, three files (Excel, Word, CSV). Features describe WHAT to export —
 * typed columns and raw values — and the writers decide how each format shows them, so a
 * date is a real date cell in Excel, '๒๒ พฤศจิกายน ๒๕๖๙' in Word and '2026-11-22' in CSV.
 */
export type ExportColumnType = 'text' | 'integer' | 'decimal' | 'money' | 'date' | 'datetime' | 'percent'

/**
 * What a cell holds for each column type:
 * text → string; integer/decimal/money → number; percent → a fraction (0.125 is 12.5%);
 * date → IsoDate 'YYYY-MM-DD' (a day on the Thai calendar); datetime → Date (an instant,
 * shown on the Bangkok clock). null or undefined is an empty cell in every format.
 */
export type ExportValue = string | number | Date | null | undefined

export interface ExportColumn {
  readonly key: string
  readonly header: Bilingual
  readonly type: ExportColumnType
}

export type ExportRow = Readonly<Record<string, ExportValue>>

export interface ExportOrganisation {
  readonly name: string
  readonly address?: string | undefined
}

/** The block an official signs under: '(ลงชื่อ) …', '(name)', position, date. */
export interface ExportSignature {
  readonly name: string
  readonly position: string
  readonly date: IsoDate
}

/** A picture placed with the table in Word (charts rasterised to PNG; see figuresPlacement); other formats skip it. */
export interface ExportFigure {
  readonly title: Bilingual
  readonly description?: Bilingual | undefined
  readonly png: Uint8Array
  /** The picture's pixel size; Word scales it down to the text width keeping the ratio. */
  readonly widthPx: number
  readonly heightPx: number
}

export interface ExportOptions {
  readonly locale: Locale
  /** Thai digits (๐–๙) for numbers, dates and page numbers, as official Thai documents print them. */
  readonly thaiDigits: boolean
  /** Word and the Excel print layout; wide tables read better across the page. Default portrait. */
  readonly orientation?: 'portrait' | 'landscape' | undefined
  /**
   * Word only: the table's text size in points (10–16; default 16 like the rest of the
   * document). 14 lets a wide official form such as สขร.1 keep its columns on one page's width.
   */
  readonly tableFontSizePt?: number | undefined
  /**
   * Word only: where the figures go. Default after the table (and its notes), at a size that
   * can be read on paper; before it they are kept small so the table still starts on page 1.
   */
  readonly figuresPlacement?: 'before-table' | 'after-table' | undefined
}

export interface ExportTable {
  readonly title: Bilingual
  /** A line under the title, e.g. which filter produced the rows. */
  readonly subtitle?: Bilingual | undefined
  readonly organisation: ExportOrganisation
  readonly columns: readonly ExportColumn[]
  readonly rows: readonly ExportRow[]
  /** Notes printed after the table (Word, Excel). */
  readonly notes?: readonly Bilingual[] | undefined
  readonly signature?: ExportSignature | undefined
  readonly figures?: readonly ExportFigure[] | undefined
  /**
   * Word only: a cover page (the title, the subtitle and these lines, centred) and a page of
   * contents (these headings, numbered) before the body — the conventional layout of a manual.
   */
  readonly cover?: { readonly lines: readonly Bilingual[]; readonly contents: readonly Bilingual[] } | undefined
  readonly options: ExportOptions
}

const NUMERIC: ReadonlySet<ExportColumnType> = new Set(['integer', 'decimal', 'money', 'percent'])

export function isNumericColumn(column: ExportColumn): boolean {
  return NUMERIC.has(column.type)
}

/**
 * A value of the wrong kind is a bug in the feature that built the model; saying which
 * row and column beats a silently empty or NaN cell in a document someone will sign.
 */
export function assertValidTable(table: ExportTable): void {
  const keys = new Set<string>()
  for (const column of table.columns) {
    if (keys.has(column.key)) throw new TypeError(`export column "${column.key}" appears twice`)
    keys.add(column.key)
  }
  table.rows.forEach((row, index) => {
    for (const column of table.columns) {
      const value = row[column.key]
      if (value === null || value === undefined) continue
      if (!fits(column.type, value)) {
        throw new TypeError(`export row ${index + 1}, column "${column.key}" (${column.type}): unexpected value ${JSON.stringify(value)}`)
      }
    }
  })
}

function fits(type: ExportColumnType, value: Exclude<ExportValue, null | undefined>): boolean {
  switch (type) {
    case 'text':
      return typeof value === 'string'
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value)
    case 'decimal':
    case 'money':
    case 'percent':
      return typeof value === 'number' && Number.isFinite(value)
    case 'date':
      return typeof value === 'string' && isIsoDate(value)
    case 'datetime':
      return value instanceof Date && !Number.isNaN(value.getTime())
  }
}
