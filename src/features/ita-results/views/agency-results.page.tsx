import type { RenderedChart } from '../../../platform/charts/index.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { ChartFigure } from '../../../web/components/chart-figure.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { AgencyResults } from '../ita-results.use-cases.ts'
import { planFiscalYearFor } from '../improvement-plan.domain.ts'
import { HistoryTable, ResultDetail, YearPicker } from './result-parts.tsx'

/** /staff/ita/agencies/<slug>: one agency's results for a year, its history and trend. */
export function AgencyResultsPage({ ctx, view, chart }: { ctx: PageContext; view: AgencyResults; chart: RenderedChart | undefined }) {
  const t = ctx.t
  const name = orgName(view.org, ctx.locale)
  const heading = view.selected
    ? t({ th: 'ผลการประเมิน ITA ปีงบประมาณ {y}', en: 'ITA results, fiscal year {y}' }, { y: view.selected.fiscalYear })
    : t({ th: 'ผลการประเมิน ITA', en: 'ITA results' })
  return (
    <Layout ctx={ctx} title={`${heading} – ${name}`} wide>
      <span class="caption-l" safe>
        {name}
      </span>
      <h1 class="heading-xl" safe>
        {heading}
      </h1>
      <YearPicker ctx={ctx} action={`/staff/ita/agencies/${view.org.slug}`} history={view.history} current={view.selected?.fiscalYear} />
      {view.selected ? (
        <>
          <ResultDetail ctx={ctx} result={view.selected} />
          <p class="body">
            <a href={`/staff/ita/plan?org=${view.org.slug}&year=${planFiscalYearFor(view.selected.fiscalYear)}`} safe>
              {t({ th: 'แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ {y}', en: 'Improvement plan for fiscal year {y}' }, { y: planFiscalYearFor(view.selected.fiscalYear) })}
            </a>
          </p>
        </>
      ) : (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีผลการประเมินของหน่วยงานนี้', en: 'No results have been imported for this agency yet' })}
        </p>
      )}
      {chart ? <ChartFigure chart={chart} tableLabel={t({ th: 'ดูตัวเลขในแผนภูมิเป็นตาราง', en: 'Show the chart’s figures as a table' })} /> : ''}
      {view.history.length > 0 ? <HistoryTable ctx={ctx} history={view.history} trend={view.trend} linkTo={(y) => `/staff/ita/agencies/${view.org.slug}?year=${y}`} current={view.selected?.fiscalYear} /> : ''}
      <p class="body">
        <a href={`/o/${view.org.slug}/ita`} safe>
          {t({ th: 'หน้าสาธารณะของผลการประเมิน', en: 'The public results page' })}
        </a>
      </p>
    </Layout>
  )
}
