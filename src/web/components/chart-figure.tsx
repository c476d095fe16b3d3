import type { RenderedChart } from '../../platform/charts/index.ts'
import { Table, type Column } from './display.tsx'

type ChartRow = RenderedChart['table']['rows'][number]

/**
 * A chart as a figure: caption, the SVG picture (announced by its own title and
 * description) and the same numbers as a table, for screen readers and for anyone who
 * cannot tell the series apart. A long table sits in a <details> that opens without
 * JavaScript, so the chart stays near the content it summarises. `figuresIn`: the page already
 * shows the same figures in its own table (a ranking, say); the figure then links to it instead
 * of repeating them.
 */
export function ChartFigure(props: { chart: RenderedChart; tableLabel: string; collapseTableOver?: number; figuresIn?: { href: string; text: string } }) {
  const { chart } = props
  const columns: Column<ChartRow>[] = chart.table.headers.map((header, i) =>
    i === 0
      ? { header, cell: (r) => <span safe>{r.label}</span> }
      : { header, numeric: true, cell: (r) => <span safe>{r.values[i - 1] ?? ''}</span> },
  )
  const table = <Table caption={chart.table.caption} columns={columns} rows={[...chart.table.rows]} />
  // The SVG is the trusted output of our own renderer (platform/charts): ECharts escapes
  // every label it draws and renderChartSvg escapes the title and description it adds, so
  // it is inserted as markup. Naming it safe… is the xss-scan's documented way to say so.
  const safeSvg = chart.svg
  return (
    <figure class="chart-figure" aria-labelledby={`${chart.id}-caption`}>
      <figcaption class="chart-figure__caption" id={`${chart.id}-caption`} safe>
        {chart.title}
      </figcaption>
      {/* Never drawn narrower than keeps its smallest label (13 px at 720) at 12 px: on a phone the
          picture scrolls sideways inside this box instead of shrinking its labels to 6 px. */}
      <div class="chart-figure__picture" tabindex="0" role="region" aria-label={chart.title}>
        {safeSvg}
      </div>
      {props.figuresIn ? (
        <p class="body chart-figure__data">
          <a href={props.figuresIn.href} safe>
            {props.figuresIn.text}
          </a>
        </p>
      ) : chart.table.rows.length > (props.collapseTableOver ?? 12) ? (
        <details class="chart-figure__data">
          <summary safe>{props.tableLabel}</summary>
          {table}
        </details>
      ) : (
        <div class="chart-figure__data">{table}</div>
      )}
    </figure>
  )
}
