import { toThaiDigits } from '../thai-calendar/index.ts'
import type { ChartRenderOptions, ChartSpec } from './chart-spec.ts'

/**
 * The chart's numbers as a table, shown next to the picture: the accessible version of the
 * chart (screen readers, people who cannot tell the patterns apart) and the exact figures
 * for anyone who wants them.
 */
export interface ChartTable {
  readonly caption: string
  readonly headers: readonly string[]
  readonly rows: readonly { readonly label: string; readonly values: readonly string[] }[]
}

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
const PERCENT = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 })

export function formatChartNumber(value: number, options: ChartRenderOptions): string {
  const text = GROUPED.format(value)
  return options.thaiDigits ? toThaiDigits(text) : text
}

function formatShare(share: number, options: ChartRenderOptions): string {
  const text = PERCENT.format(share)
  return options.thaiDigits ? toThaiDigits(text) : text
}

export function chartTable(spec: ChartSpec, options: ChartRenderOptions): ChartTable {
  const { locale } = options
  const single = spec.series.length === 1
  const valueHeader = (i: number) => (single && spec.valueLabel ? spec.valueLabel[locale] : spec.series[i]!.name[locale])
  if (spec.kind === 'donut') {
    const values = spec.series[0]!.values
    const total = values.reduce((a, b) => a + b, 0)
    return {
      caption: spec.title[locale],
      headers: [spec.categoryHeader[locale], valueHeader(0), locale === 'th' ? 'ร้อยละ' : 'Share'],
      rows: spec.categories.map((c, i) => ({
        label: c[locale],
        values: [formatChartNumber(values[i]!, options), formatShare(total === 0 ? 0 : values[i]! / total, options)],
      })),
    }
  }
  const stacked = spec.kind === 'stacked-bar' && !single
  return {
    caption: spec.title[locale],
    headers: [spec.categoryHeader[locale], ...spec.series.map((_, i) => valueHeader(i)), ...(stacked ? [locale === 'th' ? 'รวม' : 'Total'] : [])],
    rows: spec.categories.map((c, i) => {
      const values = spec.series.map((s) => s.values[i]!)
      return {
        label: c[locale],
        values: [...values.map((v) => formatChartNumber(v, options)), ...(stacked ? [formatChartNumber(values.reduce((a, b) => a + b, 0), options)] : [])],
      }
    }),
  }
}
