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
import { HistoryTable, PlanTable, ResultDetail, YearPicker } from './result-parts.tsx'

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
      <YearPicker ctx={ctx} action={`/o/${org.slug}/ita`} history={view.history} current={view.selected?.fiscalYear} />
      {view.selected ? (
        <>
          <h2 class="heading-l" safe>
            {t({ th: 'ปีงบประมาณ {y}', en: 'Fiscal year {y}' }, { y: view.selected.fiscalYear })}
          </h2>
          <ResultDetail ctx={ctx} result={view.selected} />
          <p class="body" id="plan-link">
            {plan ? (
              <a href="#plan" safe>
                {t({ th: 'ดูแผนมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ {y}: ผู้รับผิดชอบ กำหนดเสร็จ และความคืบหน้าของแต่ละมาตรการ', en: 'See the integrity improvement plan for fiscal year {y}: each measure’s owner, due date and progress' }, { y: plan.planYear })}
              </a>
            ) : (
              <span safe>
                {t({ th: 'หน่วยงานยังไม่ได้เผยแพร่แผนมาตรการสำหรับปีงบประมาณ {y}', en: 'The agency has not yet published its improvement plan for fiscal year {y}' }, { y: view.selected.fiscalYear + 1 })}
              </span>
            )}
          </p>
        </>
      ) : (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีผลการประเมิน', en: 'No results have been published yet' })}
        </p>
      )}
      {chart ? <ChartFigure chart={chart} tableLabel={t({ th: 'ดูตัวเลขในแผนภูมิเป็นตาราง', en: 'Show the chart’s figures as a table' })} /> : ''}
      {view.history.length > 1 ? <HistoryTable ctx={ctx} history={view.history} trend={view.trend} linkTo={(y) => `/o/${org.slug}/ita?year=${y}`} current={view.selected?.fiscalYear} /> : ''}
      {plan ? (
        <>
          <h2 class="heading-l" id="plan" safe>
            {t({ th: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ {y}', en: 'Integrity and transparency measures, fiscal year {y}' }, { y: plan.planYear })}
          </h2>
          <PlanTable ctx={ctx} rows={plan.table} formatDay={(d) => formatDay(d, ctx.locale)} />
        </>
      ) : view.selected ? (
        <p class="body" safe>
          {t({ th: 'หน่วยงานยังไม่ได้เผยแพร่มาตรการสำหรับปีงบประมาณ {y}', en: 'The agency has not yet published its measures for fiscal year {y}' }, { y: view.selected.fiscalYear + 1 })}
        </p>
      ) : (
        ''
      )}
      <h2 class="heading-m" safe>
        {t({ th: 'ดูเพิ่มเติม', en: 'See also' })}
      </h2>
      <ul class="list list--bullet">
        <li>
          <a href={`/o/${org.slug}/portal`} safe>
            {t({ th: 'ข้อมูลที่หน่วยงานเปิดเผยต่อสาธารณะ (OIT)', en: 'Information the agency publishes (OIT)' })}
          </a>
        </li>
        <li>
          <a href={`/o/${org.slug}/complaints`} safe>
            {t({ th: 'ร้องเรียนหรือแจ้งเบาะแสการทุจริต', en: 'Complain or report corruption' })}
          </a>
        </li>
        <li>
          <a href={`/api/v1/organisations/${org.slug}/ita`} safe>
            {t({ th: 'ผลการประเมินและมาตรการเป็นข้อมูลเปิด (JSON)', en: 'Results and measures as open data (JSON)' })}
          </a>
        </li>
      </ul>
    </Layout>
  )
}
