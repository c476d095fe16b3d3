/**
 * Charts: bar, stacked bar, line and donut drawn on the server as accessible SVG, with the
 * data table that goes next to them, and as PNG for Word files.
 */
export { assertValidChart, DEFAULT_CHART_SIZE, type ChartKind, type ChartRenderOptions, type ChartSeries, type ChartSpec } from './chart-spec.ts'
export { chartTable, formatChartNumber, type ChartTable } from './chart-table.ts'
export { renderChartSvg, type RenderedChart } from './render-svg.ts'
export { svgToPng, type ChartPng } from './rasterise.ts'
export { CHART_COLOURS, contrastRatio } from './palette.ts'

import { renderChartSvg, type RenderedChart } from './render-svg.ts'
import { svgToPng, type ChartPng } from './rasterise.ts'
import type { ChartRenderOptions, ChartSpec } from './chart-spec.ts'

/** The chart as a picture for a document, with its SVG (title, description, table) alongside. */
export function renderChartPng(spec: ChartSpec, options: ChartRenderOptions): { chart: RenderedChart; image: ChartPng } {
  const chart = renderChartSvg(spec, options)
  return { chart, image: svgToPng(chart.svg, { width: chart.width }) }
}
