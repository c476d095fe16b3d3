import type * as EChartsModule from 'echarts'
import { lazyModule } from '../heavy-modules.ts'
import { assertValidChart, DEFAULT_CHART_SIZE, type ChartRenderOptions, type ChartSpec } from './chart-spec.ts'
import { chartTable, type ChartTable } from './chart-table.ts'
import { echartsOption } from './echarts-option.ts'
import { measureTextWidth } from './text-measure.ts'

// Loaded with the first chart (~40 MiB); set up process-wide, once: this module is the only user
// of ECharts on the server.
const echarts = lazyModule<typeof EChartsModule>('echarts', (loaded) =>
  loaded.setPlatformAPI({ measureText: (text: string, font?: string) => ({ width: measureTextWidth(text, font) }) }),
)

export interface RenderedChart {
  readonly id: string
  /** A standalone SVG document; trusted output of this renderer (every text in it is escaped). */
  readonly svg: string
  readonly width: number
  readonly height: number
  readonly title: string
  readonly description: string
  readonly table: ChartTable
}

/**
 * Draws a chart on the server (ECharts' SSR SVG renderer: no DOM, no browser) and makes the
 * result fit for a page with a strict Content-Security-Policy and for assistive technology.
 */
export function renderChartSvg(spec: ChartSpec, options: ChartRenderOptions): RenderedChart {
  assertValidChart(spec)
  const width = spec.width ?? DEFAULT_CHART_SIZE.width
  const height = spec.height ?? DEFAULT_CHART_SIZE.height
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  let raw: string
  try {
    chart.setOption(echartsOption(spec, options))
    raw = chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
  const title = spec.title[options.locale]
  const description = spec.description[options.locale]
  return { id: spec.id, svg: accessibleSvg(raw, spec.id, title, description), width, height, title, description, table: chartTable(spec, options) }
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
}

/**
 * - role="img" with <title> and <desc>, referenced by aria-labelledby, so the picture is
 *   announced by its title and description (the data table next to it has the numbers);
 * - ids prefixed with the chart's own id, so two charts on one page never share a pattern;
 * - style attributes turned into presentation attributes and ECharts' hover <style> block
 *   dropped: the site's CSP (style-src 'self') ignores inline styles, which would lose the
 *   font sizes; hover effects mean nothing on a static picture anyway;
 * - ECharts' private ecmeta_* attributes removed.
 */
export function accessibleSvg(raw: string, id: string, title: string, description: string): string {
  let svg = raw
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
    .replace(/(id="|url\(#|href="#)zr\d+-/g, `$1${id}-`)
    .replace(/ style="([^"]*)"/g, (_, css: string) => presentationAttributes(css))
  svg = svg.replace(
    /^<svg\b([^>]*)>/,
    (_, attrs: string) =>
      `<svg${attrs} role="img" aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>`,
  )
  return svg
}

const ALLOWED_PROPERTIES = new Set(['font-size', 'font-family', 'font-weight', 'font-style', 'opacity', 'fill-opacity', 'stroke-opacity'])

function presentationAttributes(css: string): string {
  const attributes: string[] = []
  for (const declaration of css.split(';')) {
    const colon = declaration.indexOf(':')
    if (colon < 0) continue
    const property = declaration.slice(0, colon).trim().toLowerCase()
    const value = declaration.slice(colon + 1).trim()
    if (ALLOWED_PROPERTIES.has(property) && value) attributes.push(` ${property}="${escapeXml(value)}"`)
  }
  return attributes.join('')
}
