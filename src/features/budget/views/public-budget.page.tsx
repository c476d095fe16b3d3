import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { EarlierVersionBanner, PublishedVersionList } from '../../../web/components/versions.tsx'
import { aboutAgency } from '../../../web/meta-description.ts'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import type { PublicBudget } from '../budget-public.use-cases.ts'
import { BudgetReport, type BudgetCharts } from './budget-report.tsx'

export const budgetUrl = (slug: string, fiscalYear: number) => `/o/${slug}/budget/${fiscalYear}`

const headingOf = (ctx: PageContext, fiscalYear: number) =>
  ctx.t({ th: 'แผนการใช้จ่ายงบประมาณและผลการใช้จ่าย ประจำปีงบประมาณ พ.ศ. {y}', en: 'Budget spending plan and results, fiscal year {y} (BE)' }, { y: fiscalYear })

/** /o/<slug>/budget/<fy> and …/v/<n>: a published year at the stable address the agency gives NACC. */
export function PublicBudgetPage({ ctx, view, charts, baseUrl }: { ctx: PageContext; view: PublicBudget; charts: BudgetCharts; baseUrl: string }) {
  const t = ctx.t
  const { org, plan, shown } = view
  const fy = plan.fiscalYear
  const url = budgetUrl(org.slug, fy)
  const heading = headingOf(ctx, fy)
  const name = orgName(org, ctx.locale)
  return (
    <Layout
      ctx={ctx}
      title={`${heading} – ${name}`}
      description={aboutAgency(org, { th: 'แผนการใช้จ่ายงบประมาณและผลการใช้จ่ายของ{org} ประจำปีงบประมาณ พ.ศ. {y}: งบที่ได้รับจัดสรร แผนและผลการใช้จ่ายรายไตรมาส', en: 'The budget spending plan and results of {org} for fiscal year {y} BE: allocations, planned and actual spending by quarter.' }, { y: fy })}
      wide
    >
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={name} heading={heading} />
      {!view.isCurrent ? <EarlierVersionBanner ctx={ctx} shown={shown.version} current={plan.currentVersion} currentHref={url} /> : ''}
      {view.years.length > 1 ? (
        <nav class="sub-nav" aria-label={t({ th: 'ปีงบประมาณ', en: 'Fiscal years' })}>
          <ul class="sub-nav__list">
            {view.years.map((y) => (
              <li class="sub-nav__item">
                {y === fy ? (
                  <strong aria-current="page" safe>
                    {String(y)}
                  </strong>
                ) : (
                  <a href={budgetUrl(org.slug, y)} safe>
                    {String(y)}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        ''
      )}
      <BudgetReport ctx={ctx} shown={shown} totals={view.totals} charts={charts} />
      <h2 class="heading-m" safe>
        {t({ th: 'ข้อมูลเปิด', en: 'Open data' })}
      </h2>
      <ul class="list list--bullet">
        <li>
          <a href={`${url}/budget.csv`} safe>
            {t({ th: 'ดาวน์โหลด CSV', en: 'Download CSV' })}
          </a>
        </li>
        <li>
          <a href={`${url}/budget.xlsx`} safe>
            {t({ th: 'ดาวน์โหลด Excel', en: 'Download Excel' })}
          </a>
        </li>
        <li>
          <a href={`/api/v1/organisations/${org.slug}/budget/${fy}`} safe>
            {t({ th: 'JSON (API)', en: 'JSON (API)' })}
          </a>
        </li>
      </ul>
      <p class="body">
        <span safe>{t({ th: 'ที่อยู่ถาวรของหน้านี้:', en: 'Permanent address of this page:' })}</span>{' '}
        <span class="break-anywhere" safe>{`${baseUrl}${view.isCurrent ? url : `${url}/v/${shown.version}`}`}</span>
      </p>
      <PublishedVersionList ctx={ctx} heading={t({ th: 'ฉบับต่าง ๆ ของข้อมูลนี้', en: 'Versions of this page' })} versions={view.versions} shown={shown.version} current={plan.currentVersion} currentHref={url} />
    </Layout>
  )
}

/** A year the agency has not published (yet): said plainly, with the years it has. */
export function BudgetNotPublishedPage({ ctx, org, fiscalYear, years }: { ctx: PageContext; org: OrganisationDetails; fiscalYear: number | null; years: number[] }) {
  const t = ctx.t
  const name = orgName(org, ctx.locale)
  const heading = fiscalYear === null ? t({ th: 'แผนการใช้จ่ายงบประมาณ', en: 'Budget spending plan' }) : headingOf(ctx, fiscalYear)
  return (
    <Layout ctx={ctx} title={`${heading} – ${name}`} description={aboutAgency(org, { th: 'แผนการใช้จ่ายงบประมาณและผลการใช้จ่ายของ{org}', en: 'The budget spending plan and results of {org}.' })}>
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={name} heading={heading} />
      <p class="body" safe>
        {fiscalYear === null
          ? t({ th: 'หน่วยงานนี้ยังไม่ได้เผยแพร่แผนการใช้จ่ายงบประมาณ', en: 'This agency has not published a budget spending plan yet.' })
          : t({ th: 'หน่วยงานยังไม่ได้เผยแพร่แผนการใช้จ่ายงบประมาณของปีงบประมาณ {y}', en: 'The agency has not published its spending plan for fiscal year {y} yet.' }, { y: fiscalYear })}
      </p>
      {years.length > 0 ? (
        <>
          <p class="body" safe>
            {t({ th: 'ปีงบประมาณที่เผยแพร่แล้ว:', en: 'Fiscal years published:' })}
          </p>
          <ul class="list list--bullet">
            {years.map((y) => (
              <li>
                <a href={budgetUrl(org.slug, y)} safe>
                  {t({ th: 'ปีงบประมาณ {y}', en: 'Fiscal year {y}' }, { y })}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
    </Layout>
  )
}
