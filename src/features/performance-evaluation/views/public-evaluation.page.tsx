import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { Layout } from '../../../web/layout.tsx'
import { aboutAgency } from '../../../web/meta-description.ts'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import type { Evaluation, PublicEvaluation } from '../performance-evaluation.use-cases.ts'
import { EvaluationResultTables } from './evaluation-result.tsx'

export const publicEvaluationUrl = (slug: string, year: number) => `/o/${slug}/performance-evaluation/${year}`

export function PublicEvaluationPage({ ctx, view, years }: { ctx: PageContext; view: PublicEvaluation; years: Evaluation[] }) {
  const t = ctx.t
  const name = orgName(view.org, ctx.locale)
  const y = view.evaluation.year
  const heading = t({ th: 'ผลการประเมินผลการปฏิบัติราชการ 4 มิติ ปี {y}', en: 'Four-dimension performance evaluation, {y}' }, { y })
  return (
    <Layout ctx={ctx} title={`${heading} – ${name}`} description={aboutAgency(view.org, { th: 'ผลการประเมินผลการปฏิบัติราชการ 4 มิติของ{org} ปี {y} โดยคณะกรรมการที่มีกรรมการจากภายนอก', en: 'The four-dimension performance evaluation of {org} for {y}, by a committee with outside members.' }, { y })} wide>
      <AgencyPageHeading ctx={ctx} slug={view.org.slug} agencyName={name} heading={heading} />
      {years.length > 1 ? (
        <nav class="sub-nav" aria-label={t({ th: 'ปี', en: 'Years' })}>
          <ul class="sub-nav__list">
            {years.map((e) => (
              <li class="sub-nav__item">
                {e.year === y ? (
                  <strong aria-current="page" safe>
                    {String(e.year)}
                  </strong>
                ) : (
                  <a href={publicEvaluationUrl(view.org.slug, e.year)} safe>
                    {String(e.year)}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        ''
      )}
      <EvaluationResultTables ctx={ctx} result={view.evaluation.result} members={view.members} />
      <p class="body">
        <a href={`${publicEvaluationUrl(view.org.slug, y)}/report.docx`} safe>
          {t({ th: 'ดาวน์โหลดรายงาน (Word)', en: 'Download the report (Word)' })}
        </a>
      </p>
    </Layout>
  )
}

export function NoEvaluationPage({ ctx, org }: { ctx: PageContext; org: OrganisationDetails }) {
  const heading = ctx.t({ th: 'ผลการประเมินผลการปฏิบัติราชการ 4 มิติ', en: 'Four-dimension performance evaluation' })
  return (
    <Layout ctx={ctx} title={`${heading} – ${orgName(org, ctx.locale)}`}>
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={heading} />
      <p class="body" safe>
        {ctx.t({ th: 'หน่วยงานยังไม่ได้เผยแพร่ผลการประเมิน', en: 'The agency has not published an evaluation yet.' })}
      </p>
    </Layout>
  )
}
