import { aboutAgency } from '../../../web/meta-description.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import { groupEntries } from '../executives.domain.ts'
import type { Executive } from '../executives.repository.ts'
import { executiveName, executivePosition, telHref } from './executive-text.ts'

/** /o/<slug>/executives: who runs the agency, with photo and contacts (OIT "structure and executives"). */
export function PublicExecutivesPage({ ctx, org, entries }: { ctx: PageContext; org: OrganisationDetails; entries: Executive[] }) {
  const t = ctx.t
  const heading = t({ th: 'ผู้บริหารและหัวหน้าส่วนราชการ', en: 'Executives and heads of units' })
  return (
    <Layout
      ctx={ctx}
      title={`${heading} – ${orgName(org, ctx.locale)}`}
      description={aboutAgency(org, { th: 'ผู้บริหารและหัวหน้าส่วนราชการของ{org} พร้อมตำแหน่ง รูปถ่าย และช่องทางติดต่อ', en: 'The executives and heads of units of {org}, with their positions, photos and contacts.' })}
    >
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={heading} />
      {entries.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'หน่วยงานยังไม่ได้เผยแพร่รายชื่อผู้บริหาร', en: 'The agency has not published its executives yet.' })}
        </p>
      ) : (
        ''
      )}
      {groupEntries(entries).map(({ group, entries: people }) => (
        <section aria-labelledby={`group-${group.key}`}>
          <h2 class="heading-l" id={`group-${group.key}`}>
            {group.name[ctx.locale]}
          </h2>
          <ul class="org-list">
            {people.map((e) => {
              const name = executiveName(e, ctx.locale)
              return (
                <li class="org-list__item">
                  <div class="org-header">
                    {e.photoFileId ? (
                      <img class="org-header__logo" src={`/o/${org.slug}/executives/${e.id}/photo`} alt={t({ th: 'ภาพของ {name}', en: 'Photo of {name}' }, { name })} width="96" height="96" />
                    ) : (
                      ''
                    )}
                    <div>
                      <h3 class="heading-s" safe>
                        {name}
                      </h3>
                      <p class="body" safe>
                        {executivePosition(e, ctx.locale)}
                      </p>
                      {e.termStart ? (
                        <p class="hint" safe>
                          {t({ th: 'ดำรงตำแหน่งตั้งแต่ {d}', en: 'In office since {d}' }, { d: formatDay(e.termStart, ctx.locale, 'long') })}
                        </p>
                      ) : (
                        ''
                      )}
                      {e.phone ? (
                        <p class="body">
                          <span safe>{t({ th: 'โทรศัพท์', en: 'Phone' })}</span>{' '}
                          <a href={telHref(e.phone)} safe>
                            {e.phone}
                          </a>
                        </p>
                      ) : (
                        ''
                      )}
                      {e.email ? (
                        <p class="body">
                          <span safe>{t({ th: 'อีเมล', en: 'E-mail' })}</span>{' '}
                          <a href={`mailto:${e.email}`} safe>
                            {e.email}
                          </a>
                        </p>
                      ) : (
                        ''
                      )}
                    </div>
                  </div>
                </li>
              )
            })}
          </ul>
        </section>
      ))}
      <p class="body">
        <span safe>{t({ th: 'ข้อมูลเปิด:', en: 'Open data:' })}</span> <a href={`/o/${org.slug}/executives.csv`}>CSV</a>{' '}
        <a href={`/api/v1/organisations/${org.slug}/executives`}>JSON</a>
      </p>
    </Layout>
  )
}
