import type { EChartsOption, SeriesOption } from 'echarts'
import { DEFAULT_CHART_SIZE, type ChartRenderOptions, type ChartSpec } from './chart-spec.ts'
import { measureTextWidth } from './text-measure.ts'
import { formatChartNumber } from './chart-table.ts'
import { CHART_COLOURS, CHART_GRID, decalFor, CHART_MUTED_TEXT, CHART_TEXT, LINE_DASHES, LINE_SYMBOLS, pickCyclic } from './palette.ts'

/**
 * Sarabun is the site's web font (inline SVG on a page uses it); TH Sarabun New and the TLWG
 * fonts are what a server or an office PC has. Unquoted on purpose: ECharts copies the list
 * into a style attribute without escaping quotes.
 */
export const CHART_FONT_FAMILY = 'Sarabun, TH Sarabun New, Laksaman, Garuda, sans-serif'

/** Past this many bars or points, per-item value labels would overlap: the data table has them. */
const MAX_LABELLED_ITEMS = 24

/** How many lines the legend at the bottom takes, so the plot leaves room for it. */
function legendRows(spec: ChartSpec, options: ChartRenderOptions): number {
  const available = (spec.width ?? DEFAULT_CHART_SIZE.width) - 40
  let rows = 1
  let used = 0
  for (const s of spec.series) {
    const item = 28 + 5 + measureTextWidth(s.name[options.locale], '14px') + 10
    if (used > 0 && used + item > available) {
      rows += 1
      used = 0
    }
    used += item
  }
  return rows
}

export function echartsOption(spec: ChartSpec, options: ChartRenderOptions): EChartsOption {
  const { locale } = options
  const number = (v: unknown) => formatChartNumber(Number(v), options)
  const showLegend = spec.kind === 'donut' || spec.series.length > 1
  const base: EChartsOption = {
    animation: false,
    backgroundColor: '#ffffff',
    color: [...CHART_COLOURS],
    aria: { enabled: false },
    textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 14, color: CHART_TEXT },
    legend: showLegend ? { show: true, bottom: 4, itemWidth: 28, itemHeight: 16, textStyle: { color: CHART_TEXT, fontSize: 14 } } : { show: false },
  }
  if (spec.kind === 'donut') {
    const values = spec.series[0]!.values
    return {
      ...base,
      series: [
        {
          type: 'pie',
          name: spec.series[0]!.name[locale],
          radius: ['42%', '68%'],
          center: ['50%', '46%'],
          itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
          label: {
            color: CHART_TEXT,
            fontSize: 14,
            overflow: 'none',
            lineHeight: 20,
            formatter: (p: { name: string; value: unknown; percent?: number }) =>
              `${p.name}\n${number(p.value)} (${formatChartNumber(Math.round((p.percent ?? 0) * 10) / 10, options)}%)`,
          },
          labelLine: { lineStyle: { color: CHART_MUTED_TEXT } },
          data: spec.categories.map((c, i) => ({
            name: c[locale],
            value: values[i]!,
            itemStyle: { color: pickCyclic(CHART_COLOURS, i), ...decalFor(i) },
          })),
        } as SeriesOption,
      ],
    }
  }
  const labelled = spec.categories.length * (spec.kind === 'stacked-bar' ? 1 : spec.series.length) <= MAX_LABELLED_ITEMS
  const allIntegers = spec.series.every((s) => s.values.every(Number.isInteger))
  const horizontal = spec.horizontal === true && spec.kind !== 'line'
  const categoryAxis = {
    type: 'category' as const,
    data: spec.categories.map((c) => c[locale]),
    // Horizontal bars give every label its own line, so none needs hiding; the first category is on top.
    axisLabel: { color: CHART_TEXT, fontSize: 13, hideOverlap: !horizontal, ...(horizontal ? { interval: 0 } : {}) },
    axisLine: { lineStyle: { color: CHART_MUTED_TEXT } },
    axisTick: { alignWithLabel: true },
    ...(horizontal ? { inverse: true } : {}),
  }
  const valueAxis = {
    type: 'value' as const,
    ...(allIntegers ? { minInterval: 1 } : {}),
    ...(spec.valueMax !== undefined ? { max: spec.valueMax } : {}),
    name: spec.valueLabel?.[locale] ?? '',
    nameTextStyle: { color: CHART_TEXT, fontSize: 13, align: horizontal ? ('right' as const) : ('left' as const) },
    axisLabel: { color: CHART_TEXT, fontSize: 13, formatter: number },
    splitLine: { lineStyle: { color: CHART_GRID } },
  }
  return {
    ...base,
    grid: { left: 16, right: horizontal ? 56 : 24, top: spec.valueLabel ? 40 : 24, bottom: showLegend ? 16 + 30 * legendRows(spec, options) : 16, containLabel: true },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: spec.series.map((s, i): SeriesOption => {
      const colour = pickCyclic(CHART_COLOURS, i)
      if (spec.kind === 'line') {
        return {
          type: 'line',
          name: s.name[locale],
          data: [...s.values],
          symbol: pickCyclic(LINE_SYMBOLS, i),
          symbolSize: 9,
          lineStyle: { width: 3, color: colour, type: pickCyclic(LINE_DASHES, i) as 'solid' },
          itemStyle: { color: colour },
          label: { show: labelled, position: 'top', color: CHART_TEXT, fontSize: 13, formatter: (p: { value: unknown }) => number(p.value) },
        }
      }
      const stacked = spec.kind === 'stacked-bar'
      return {
        type: 'bar',
        name: s.name[locale],
        data: [...s.values],
        ...(stacked ? { stack: 'total' } : {}),
        barMaxWidth: 56,
        itemStyle: { color: colour, ...decalFor(i), borderColor: '#ffffff', borderWidth: stacked ? 1 : 0 },
        label: {
          show: labelled,
          position: stacked ? 'inside' : horizontal ? 'right' : 'top',
          color: stacked ? '#ffffff' : CHART_TEXT,
          fontSize: 13,
          // A zero-height segment has no room for its label.
          formatter: (p: { value: unknown }) => (Number(p.value) === 0 && stacked ? '' : number(p.value)),
        },
      }
    }),
  }
}
