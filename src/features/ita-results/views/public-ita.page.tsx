import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import type { RenderedChart } from '../../../platform/charts/index.ts'
import { aboutAgency } from '../../../web/meta-description.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { ChartFigure } from '../../../web/components/chart-figure.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import type { AgencyResults } from '../ita-results.use-cases.ts'
import type { PlanView } from '../improvement-plan.use-cases.ts'
import { HistoryTable, PlanTable, ResultDetail } from './result-parts.tsx'

/** /o/<slug>/ita: the agency's ITA results and its published improvement plan, for citizens. */
export function PublicItaPage({ ctx, org, view, plan, chart }: { ctx: PageContext; org: OrganisationDetails; view: AgencyResults; plan: PlanView | null; chart: RenderedChart | undefined }) {
  const t = ctx.t
  const name = orgName(org, ctx.locale)
  const heading = t({ th: 'ผลการประเมินคุณธรรมและความโปร่งใส (ITA)', en: 'Integrity and Transparency Assessment (ITA) results' })
  return (
    <Layout
      ctx={ctx}
      title={`${heading} – ${name}`}
      description={aboutAgency(org, { th: 'ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ของ{org}: คะแนน ระดับผลการประเมิน แนวโน้มรายปี และแผนยกระดับ', en: 'Integrity and Transparency Assessment (ITA) results of {org}: scores, grades, the trend by year and the improvement plan.' })}
    >
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={name} heading={heading} />
      {view.selected ? (
        <>
          <h2 class="heading-l" safe>
            {t({ th: 'ปีงบประมาณ {y}', en: 'Fiscal year {y}' }, { y: view.selected.fiscalYear })}
          </h2>
          <ResultDetail ctx={ctx} result={view.selected} />
        </>
      ) : (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีผลการประเมิน', en: 'No results have been published yet' })}
        </p>
      )}
      {chart ? <ChartFigure chart={chart} tableLabel={t({ th: 'ดูตัวเลขในแผนภูมิเป็นตาราง', en: 'Show the chart’s figures as a table' })} /> : ''}
      {view.history.length > 1 ? <HistoryTable ctx={ctx} history={view.history} trend={view.trend} /> : ''}
      {plan ? (
        <>
          <h2 class="heading-l" safe>
            {t({ th: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ {y}', en: 'Integrity and transparency measures, fiscal year {y}' }, { y: plan.planYear })}
          </h2>
          <PlanTable ctx={ctx} rows={plan.table} formatDay={(d) => formatDay(d, ctx.locale)} />
        </>
      ) : (
        ''
      )}
    </Layout>
  )
}
