import { aboutAgency } from '../../../web/meta-description.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import type { HonourEntryOfAgency } from '../honour-roll.repository.ts'

/**
 * /o/<slug>/honour-roll: people commended for integrity (seed 002 §3, measure 6 (15)). A province's
 * page lists its agencies' entries, each with the agency's name and a link to its own page.
 */
export function PublicHonourRollPage({ ctx, org, entries }: { ctx: PageContext; org: OrganisationDetails; entries: HonourEntryOfAgency[] }) {
  const t = ctx.t
  const heading = t({ th: 'ทำเนียบผู้ได้รับการยกย่องด้านคุณธรรมและความซื่อสัตย์สุจริต', en: 'Honour roll: people commended for integrity' })
  const ofOthers = entries.some((e) => e.organisationId !== org.id)
  return (
    <Layout ctx={ctx} title={`${heading} – ${orgName(org, ctx.locale)}`} description={aboutAgency(org, { th: 'บุคคลที่{org}ยกย่องเชิดชูเกียรติด้านความซื่อสัตย์สุจริต', en: 'People {org} commends for integrity.' })}>
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={heading} />
      {entries.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีผู้ได้รับการยกย่องที่เผยแพร่', en: 'No one commended has been published yet.' })}
        </p>
      ) : (
        ''
      )}
      <ul class="org-list">
        {entries.map((e) => (
          <li class="org-list__item">
            <div class="org-header">
              {e.photoFileId ? <img class="org-header__logo" src={`/o/${org.slug}/honour-roll/${e.id}/photo`} alt={t({ th: 'ภาพของ {name}', en: 'Photo of {name}' }, { name: e.nameTh })} width="96" height="96" /> : ''}
              <div>
                <h2 class="heading-s" safe>
                  {e.nameTh}
                </h2>
                <p class="body" safe>
                  {e.positionTh}
                </p>
                {ofOthers ? (
                  <p class="body">
                    <a href={`/o/${e.agencySlug}/honour-roll`} safe>
                      {ctx.locale === 'en' && e.agencyNameEn ? e.agencyNameEn : e.agencyNameTh}
                    </a>
                  </p>
                ) : (
                  ''
                )}
                <p class="body preserve-lines" safe>
                  {e.deedTh}
                </p>
                <p class="hint" safe>
                  {t({ th: 'ยกย่องเมื่อ {d} โดย {by}', en: 'Commended on {d} by {by}' }, { d: formatDay(e.commendedOn, ctx.locale, 'long'), by: e.commendedBy }) + (e.announcementRef ? ` (${e.announcementRef})` : '')}
                </p>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </Layout>
  )
}
