import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import { halfYearLabel, halfYearOf } from '../survey.domain.ts'
import type { Survey } from '../surveys.repository.ts'
import { surveyTitle } from './survey-text.ts'

/** /o/:slug/surveys — the agency's published survey results, newest first (E4: at least twice a year). */
export function PublicSurveysPage({ ctx, org, surveys }: { ctx: PageContext; org: OrganisationDetails; surveys: Survey[] }) {
  const t = ctx.t
  const title = t({ th: 'ผลการสำรวจความพึงพอใจและความคิดเห็น', en: 'Satisfaction and opinion survey results' })
  return (
    <Layout ctx={ctx} title={title} description={{ th: `ผลการสำรวจของ${org.name_th}`, en: `Survey results of ${org.name_en || org.name_th}` }}>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      {surveys.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีผลการสำรวจที่เผยแพร่', en: 'No results published yet' })}
        </p>
      ) : (
        <ul class="list">
          {surveys.map((s) => (
            <li>
              <a href={`/o/${org.slug}/surveys/${s.id}`} safe>
                {surveyTitle(ctx, s)}
              </a>{' '}
              <span class="hint" safe>{`— ${t(halfYearLabel(halfYearOf(s.closesOn)))}${s.serviceName ? ` · ${s.serviceName}` : ''}`}</span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  )
}
