import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { aboutAgency } from '../../../web/meta-description.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Pagination } from '../../../web/components/pagination.tsx'
import { formatInstant } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import type { PortalListEntry } from '../portal.repository.ts'
import { modulePagesOf, type PortalSection } from '../portal-sections.domain.ts'
import type { ComplaintSummary, PublicPortalIndex } from '../portal-public.use-cases.ts'
import { fiscalYearText, itemTitle, publicItemUrl } from './portal-view-helpers.tsx'
import { SearchBox } from './search-box.tsx'

/** Title link with its fiscal year and last update, as every public list shows an item. */
function EntryList({ ctx, org, entries }: { ctx: PageContext; org: OrganisationDetails; entries: PortalListEntry[] }) {
  return (
    <ul class="list portal-list">
      {entries.map((e) => (
        <li class="portal-list__item">
          <a href={publicItemUrl(org.slug, e.itemKey)} safe>
            {itemTitle(e, ctx.locale)}
          </a>
          <br />
          <span class="hint" safe>
            {`${fiscalYearText(e.fiscalYear, ctx)} · ${ctx.t({ th: 'ปรับปรุง', en: 'updated' })} ${formatInstant(e.updatedAt, ctx.locale)}`}
          </span>
        </li>
      ))}
    </ul>
  )
}

/** /o/<slug>/portal: everything the agency publishes, section by section. */
/** Links to what other modules publish for a section, and the complaint figures where they belong. */
function ModulePages({ ctx, org, section, complaints }: { ctx: PageContext; org: OrganisationDetails; section: PortalSection; complaints?: ComplaintSummary }) {
  const pages = modulePagesOf(section.key)
  if (!pages.length) return ''
  const t = ctx.t
  return (
    <div class="portal-modules">
      {section.key === 'complaints' && complaints ? (
        <p class="body" safe>
          {complaints.total === 0
            ? t({ th: 'ปีงบประมาณ {fy}: ไม่มีเรื่องร้องเรียน', en: 'Fiscal year {fy}: no complaints' }, { fy: complaints.fiscalYear })
            : t(
                { th: 'ปีงบประมาณ {fy}: รับเรื่องร้องเรียน {total} เรื่อง ดำเนินการแล้วเสร็จ {done} เรื่อง (ร้อยละ {donePct}) อยู่ระหว่างดำเนินการ {open} เรื่อง (ร้อยละ {openPct})', en: 'Fiscal year {fy}: {total} complaints received, {done} completed ({donePct}%), {open} in progress ({openPct}%)' },
                { fy: complaints.fiscalYear, total: complaints.total, done: complaints.completed, donePct: complaints.completedPct.toFixed(1), open: complaints.inProgress, openPct: complaints.inProgressPct.toFixed(1) },
              )}
        </p>
      ) : (
        ''
      )}
      <ul class="list list--bullet">
        {pages.map((p) => (
          <li>
            <a href={p.path(org.slug)} safe>
              {p.name[ctx.locale]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

export function PublicPortalPage({ ctx, org, index }: { ctx: PageContext; org: OrganisationDetails; index: PublicPortalIndex }) {
  const sections = index.sections
  const t = ctx.t
  const name = orgName(org, ctx.locale)
  const heading = t({ th: 'ข้อมูลเปิดเผยต่อสาธารณะ', en: 'Public disclosures' })
  return (
    <Layout
      ctx={ctx}
      title={`${heading} – ${name}`}
      description={aboutAgency(org, { th: 'ข้อมูลที่{org}เปิดเผยต่อสาธารณะ (OIT) แยกตามหมวด: ข้อมูลพื้นฐาน การบริหารงาน งบประมาณ การจัดซื้อจัดจ้าง และการป้องกันการทุจริต', en: 'What {org} publishes (OIT), by section: basic information, administration, budget, procurement and anti-corruption.' })}
    >
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={name} heading={heading} />
      <SearchBox ctx={ctx} action={`/o/${org.slug}/search`} label={t({ th: 'ค้นหาในข้อมูลของหน่วยงานนี้', en: 'Search this agency’s disclosures' })} q="" />
      <nav aria-labelledby="portal-contents">
        <h2 class="heading-m" id="portal-contents" safe>
          {t({ th: 'หมวดข้อมูล', en: 'Sections' })}
        </h2>
        <ul class="list list--bullet">
          {sections.map(({ section, total }) => (
            <li>
              <a href={`#${section.key}`} safe>
                {section.name[ctx.locale]}
              </a>{' '}
              <span class="hint" safe>
                ({String(total)})
              </span>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map(({ section, entries, total }) => (
        <section aria-labelledby={section.key}>
          <h2 class="heading-m" id={section.key} safe>
            {section.name[ctx.locale]}
          </h2>
          <ModulePages ctx={ctx} org={org} section={section} complaints={index.complaintSummary} />
          {entries.length ? (
            <>
              <EntryList ctx={ctx} org={org} entries={entries} />
              {total > entries.length ? (
                <p class="body">
                  <a href={`/o/${org.slug}/portal/${section.key}`} safe>
                    {t({ th: 'ดูทั้งหมด {n} รายการในหมวด "{section}"', en: 'See all {n} items in “{section}”' }, { n: total, section: section.name[ctx.locale] })}
                  </a>
                </p>
              ) : (
                ''
              )}
            </>
          ) : modulePagesOf(section.key).length ? (
            ''
          ) : (
            <p class="body hint" safe>
              {t({ th: 'ยังไม่มีข้อมูลที่เผยแพร่ในหมวดนี้', en: 'Nothing published in this section yet.' })}
            </p>
          )}
        </section>
      ))}
      <h2 class="heading-m" safe>
        {t({ th: 'ข้อมูลเปิด (Open data)', en: 'Open data' })}
      </h2>
      <ul class="list list--bullet">
        <li>
          <a href={`/o/${org.slug}/portal.csv`} safe>
            {t({ th: 'รายการทั้งหมดเป็นไฟล์ CSV', en: 'Every item as a CSV file' })}
          </a>
        </li>
        <li>
          <a href={`/api/v1/organisations/${org.slug}/portal`} safe>
            {t({ th: 'รายการทั้งหมดเป็น JSON', en: 'Every item as JSON' })}
          </a>{' '}
          <span class="hint">
            (<a href="/api/openapi.json">OpenAPI</a>)
          </span>
        </li>
      </ul>
    </Layout>
  )
}

/** /o/<slug>/portal/<section>: every published item of one section, a page at a time. */
export function PublicSectionPage(props: { ctx: PageContext; org: OrganisationDetails; section: PortalSection; entries: PortalListEntry[]; total: number; page: number; pageCount: number }) {
  const { ctx, org, section } = props
  const t = ctx.t
  const name = orgName(org, ctx.locale)
  return (
    <Layout
      ctx={ctx}
      title={`${section.name[ctx.locale]} – ${name}`}
      description={aboutAgency(org, { th: `${section.name.th}: ข้อมูลที่{org}เปิดเผยต่อสาธารณะในหมวดนี้ {n} รายการ`, en: `${section.name.en}: the {n} items {org} publishes in this section.` }, { n: props.total })}
    >
      <a href={`/o/${org.slug}/portal`} class="back-link" safe>
        {t({ th: 'ข้อมูลเปิดเผยต่อสาธารณะทั้งหมด', en: 'All public disclosures' })}
      </a>
      <span class="caption-l" safe>
        {name}
      </span>
      <h1 class="heading-xl" safe>
        {section.name[ctx.locale]}
      </h1>
      <p class="body" safe>
        {section.description[ctx.locale]}
      </p>
      <ModulePages ctx={ctx} org={org} section={section} />
      {props.entries.length ? (
        <EntryList ctx={ctx} org={org} entries={props.entries} />
      ) : (
        <p class="body hint" safe>
          {t({ th: 'ยังไม่มีข้อมูลที่เผยแพร่ในหมวดนี้', en: 'Nothing published in this section yet.' })}
        </p>
      )}
      <Pagination
        page={props.page}
        pageCount={props.pageCount}
        hrefFor={(p) => `/o/${org.slug}/portal/${section.key}${p > 1 ? `?page=${p}` : ''}`}
        labels={{ previous: t({ th: 'ก่อนหน้า', en: 'Previous' }), next: t({ th: 'ถัดไป', en: 'Next' }), nav: t({ th: 'เลขหน้า', en: 'Pages' }) }}
      />
    </Layout>
  )
}
