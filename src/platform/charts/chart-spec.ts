import type { Bilingual, Locale } from '../i18n/locale.ts'

/**
 * What a chart shows, independent of how it is drawn: the same spec gives the SVG for a
 * page, the PNG for a Word file and the data table that stands next to both.
 */
export type ChartKind = 'bar' | 'stacked-bar' | 'line' | 'donut'

export interface ChartSeries {
  readonly name: Bilingual
  /** One value per category, in the categories' order. */
  readonly values: readonly number[]
}

export interface ChartSpec {
  /** Unique on a page ([a-z][a-z0-9-]*): prefixes the SVG's ids so two charts never clash. */
  readonly id: string
  readonly kind: ChartKind
  readonly title: Bilingual
  /** What the chart says, in words: read out by screen readers (the SVG's <desc>). */
  readonly description: Bilingual
  /** Bars or points along the axis; for a donut, its slices. */
  readonly categories: readonly Bilingual[]
  /** A donut takes exactly one series. */
  readonly series: readonly ChartSeries[]
  /** Heading of the data table's first column, e.g. 'วันที่'. */
  readonly categoryHeader: Bilingual
  /** The unit of the values, e.g. 'จำนวนรายการ': the value axis name and the table heading for one series. */
  readonly valueLabel?: Bilingual | undefined
  readonly width?: number | undefined
  readonly height?: number | undefined
  /**
   * Bars along the vertical axis, first category on top: for many long labels (a ranking of
   * agencies), each on its own line. Bar charts only; the caller gives a height that fits.
   */
  readonly horizontal?: boolean | undefined
  /** The value axis's end when the scale has a known top (a mean out of 4 or 5), so bars are read against it; default: fitted to the data. */
  readonly valueMax?: number | undefined
}

export interface ChartRenderOptions {
  readonly locale: Locale
  /** Thai digits (๐–๙) in axis labels, value labels and the data table. */
  readonly thaiDigits?: boolean | undefined
}

export const DEFAULT_CHART_SIZE = { width: 720, height: 360 } as const
const ID = /^[a-z][a-z0-9-]{0,40}$/

/** A malformed spec is a bug in the feature that built it; fail loudly with the reason. */
export function assertValidChart(spec: ChartSpec): void {
  if (!ID.test(spec.id)) throw new TypeError(`chart id must match ${ID}: ${JSON.stringify(spec.id)}`)
  if (spec.series.length === 0) throw new TypeError(`chart ${spec.id}: no series`)
  if (spec.kind === 'donut' && spec.series.length !== 1) throw new TypeError(`chart ${spec.id}: a donut shows exactly one series`)
  for (const s of spec.series) {
    if (s.values.length !== spec.categories.length) {
      throw new TypeError(`chart ${spec.id}: series "${s.name.en}" has ${s.values.length} values for ${spec.categories.length} categories`)
    }
    if (s.values.some((v) => !Number.isFinite(v))) throw new TypeError(`chart ${spec.id}: series "${s.name.en}" holds a value that is not a number`)
    if (spec.kind === 'donut' && s.values.some((v) => v < 0)) throw new TypeError(`chart ${spec.id}: a donut cannot show negative values`)
  }
}
