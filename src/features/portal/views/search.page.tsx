import { aboutAgency } from '../../../web/meta-description.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Select } from '../../../web/components/form-fields.tsx'
import { Pagination } from '../../../web/components/pagination.tsx'
import { formatInstant } from '../../../web/format-time.ts'
import { orgKindLabel, orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails, OrganisationSummary } from '../../organisations/index.ts'
import type { SearchResults } from '../portal-search.use-cases.ts'
import { fiscalYearText, itemTitle, publicItemUrl, sectionName } from './portal-view-helpers.tsx'
import { SearchBox } from './search-box.tsx'

function Results({ ctx, results, showAgency, hrefFor }: { ctx: PageContext; results: SearchResults; showAgency: boolean; hrefFor: (page: number) => string }) {
  const t = ctx.t
  if (!results.q) return ''
  return (
    <>
      <p class="body" role="status" safe>
        {results.total === 0
          ? t({ th: 'ไม่พบข้อมูลที่ตรงกับ “{q}”', en: 'Nothing matches “{q}”.' }, { q: results.q })
          : t({ th: 'พบ {n} รายการที่ตรงกับ “{q}”', en: '{n} result(s) for “{q}”' }, { n: results.total, q: results.q })}
      </p>
      {results.results.length ? (
        <ol class="list search-results">
          {results.results.map((r) => (
            <li class="search-results__item">
              <h2 class="heading-s">
                <a href={publicItemUrl(r.organisation.slug, r.itemKey)} safe>
                  {itemTitle(r, ctx.locale)}
                </a>
              </h2>
              <p class="hint" safe>
                {[showAgency ? orgName(r.organisation, ctx.locale) : '', sectionName(r.section, ctx.locale), fiscalYearText(r.fiscalYear, ctx), `${t({ th: 'ปรับปรุง', en: 'updated' })} ${formatInstant(r.updatedAt, ctx.locale)}`]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {r.snippet ? (
                <p class="body" safe>
                  {r.snippet}
                </p>
              ) : (
                ''
              )}
            </li>
          ))}
        </ol>
      ) : (
        ''
      )}
      <Pagination
        page={results.page}
        pageCount={results.pageCount}
        hrefFor={hrefFor}
        labels={{ previous: t({ th: 'ก่อนหน้า', en: 'Previous' }), next: t({ th: 'ถัดไป', en: 'Next' }), nav: t({ th: 'เลขหน้าผลการค้นหา', en: 'Result pages' }) }}
      />
    </>
  )
}

/** /o/<slug>/search: within one agency's published disclosures. */
export function AgencySearchPage({ ctx, org, results }: { ctx: PageContext; org: OrganisationDetails; results: SearchResults }) {
  const t = ctx.t
  const name = orgName(org, ctx.locale)
  const heading = t({ th: 'ค้นหาข้อมูลเปิดเผย', en: 'Search disclosures' })
  return (
    <Layout ctx={ctx} title={`${heading} – ${name}`} description={aboutAgency(org, { th: 'ค้นหาในข้อมูลที่{org}เปิดเผยต่อสาธารณะ', en: 'Search what {org} publishes.' })}>
      <a href={`/o/${org.slug}/portal`} class="back-link" safe>
        {t({ th: 'ข้อมูลเปิดเผยต่อสาธารณะของหน่วยงาน', en: 'The agency’s public disclosures' })}
      </a>
      <span class="caption-l" safe>
        {name}
      </span>
      <h1 class="heading-xl" safe>
        {heading}
      </h1>
      <SearchBox ctx={ctx} action={`/o/${org.slug}/search`} label={t({ th: 'คำที่ต้องการค้นหา', en: 'Words to search for' })} q={results.q} />
      <Results ctx={ctx} results={results} showAgency={false} hrefFor={(p) => `/o/${org.slug}/search?q=${encodeURIComponent(results.q)}&page=${p}`} />
    </Layout>
  )
}

/** /search: across every agency of a province (or of the whole platform). */
export function PortalsSearchPage(props: { ctx: PageContext; province: OrganisationDetails | null; provinces: OrganisationSummary[]; agencies: OrganisationSummary[]; results: SearchResults }) {
  const { ctx, province, results } = props
  const t = ctx.t
  const heading = t({ th: 'ค้นหาข้อมูลเปิดเผยของหน่วยงาน', en: 'Search agencies’ disclosures' })
  const provinceParam = province ? `&province=${encodeURIComponent(province.slug)}` : ''
  return (
    <Layout
      ctx={ctx}
      title={heading}
      description={{ th: 'ค้นหาข้อมูลที่หน่วยงานภาครัฐเปิดเผยต่อสาธารณะ ทั้งประเทศหรือเฉพาะจังหวัด', en: 'Search what Thai public agencies publish, across the country or in one province.' }}
    >
      <h1 class="heading-xl" safe>
        {heading}
      </h1>
      <SearchBox ctx={ctx} action="/search" label={t({ th: 'คำที่ต้องการค้นหา', en: 'Words to search for' })} q={results.q}>
        <Select
          id="province"
          label={t({ th: 'ขอบเขต', en: 'Where' })}
          options={props.provinces.map((p) => ({ value: p.slug, text: orgName(p, ctx.locale) }))}
          value={province?.slug ?? ''}
          emptyText={t({ th: 'ทุกหน่วยงาน', en: 'Every agency' })}
        />
      </SearchBox>
      {props.agencies.length ? (
        <>
          <section aria-labelledby="agency-matches">
            <h2 class="heading-m" id="agency-matches" safe>
              {t({ th: 'หน่วยงานที่ชื่อตรงกับคำค้นหา', en: 'Agencies whose name matches' })}
            </h2>
            <ul class="list search-results">
              {props.agencies.map((a) => (
                <li class="search-results__item">
                  <a href={`/o/${a.slug}`} class="heading-s" safe>
                    {orgName(a, ctx.locale)}
                  </a>{' '}
                  <span class="hint" safe>
                    {orgKindLabel(a.kind, ctx.locale)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <h2 class="heading-m" safe>
            {t({ th: 'ข้อมูลที่หน่วยงานเปิดเผย', en: 'What agencies publish' })}
          </h2>
        </>
      ) : (
        ''
      )}
      <Results ctx={ctx} results={results} showAgency hrefFor={(p) => `/search?q=${encodeURIComponent(results.q)}${provinceParam}&page=${p}`} />
    </Layout>
  )
}
