import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button } from '../../../web/components/display.tsx'
import { TextInput } from '../../../web/components/form-fields.tsx'
import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import { DAY_UNIT_LABELS } from '../service-manual.domain.ts'
import type { ServiceWithVersion } from '../services.repository.ts'
import { serviceName } from './service-text.ts'

/** /o/<slug>/services: the agency's citizen manuals, searchable, with open data and statistics links. */
export function PublicServicesPage({ ctx, org, services, query }: { ctx: PageContext; org: OrganisationDetails; services: ServiceWithVersion[]; query: string }) {
  const t = ctx.t
  const title = t({ th: 'คู่มือสำหรับประชาชน (งานบริการ)', en: 'Service manuals for citizens' })
  const base = `/o/${org.slug}/services`
  return (
    <Layout ctx={ctx} title={`${title} – ${orgName(org, ctx.locale)}`}>
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={title} />
      <p class="body" safe>
        {t({
          th: 'คู่มือตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘ แต่ละคู่มือมีขั้นตอน ระยะเวลา เอกสาร ค่าธรรมเนียม และแผนผังขั้นตอน',
          en: 'Manuals under the Licensing Facilitation Act 2015 (B.E. 2558): steps, time, documents, fees and a flowchart for each service.',
        })}
      </p>
      <form method="get" action={base} class="search-form" role="search">
        <TextInput id="q" label={t({ th: 'ค้นหางานบริการ', en: 'Search the services' })} value={query} type="search" />
        <Button text={t({ th: 'ค้นหา', en: 'Search' })} kind="secondary" />
      </form>
      {services.length === 0 ? (
        <p class="body" safe>
          {query ? t({ th: 'ไม่พบงานบริการที่ตรงกับคำค้น', en: 'No service matches the search.' }) : t({ th: 'ยังไม่มีคู่มือที่เผยแพร่', en: 'No manual is published yet.' })}
        </p>
      ) : (
        <ul class="list">
          {services.map((s) => (
            <li>
              <a href={`${base}/${s.key}`} safe>
                {serviceName(s.current.manual, ctx.locale)}
              </a>
              <br />
              <span class="hint" safe>
                {t({ th: '{unit} · ระยะเวลา {d} {u}', en: '{unit} · {d} {u}' }, { unit: s.current.manual.responsibleUnit, d: String(s.current.totalDays), u: t(DAY_UNIT_LABELS[s.current.dayUnit]) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h2 class="heading-m" safe>
        {t({ th: 'ข้อมูลเปิดและสถิติ', en: 'Open data and statistics' })}
      </h2>
      <ul class="list">
        <li>
          <a href={`${base}.csv`} safe>
            {t({ th: 'รายการงานบริการ (CSV)', en: 'List of services (CSV)' })}
          </a>
        </li>
        <li>
          <a href={`/api/v1/organisations/${org.slug}/services`} safe>
            {t({ th: 'รายการงานบริการ (JSON)', en: 'List of services (JSON)' })}
          </a>
        </li>
        <li>
          <a href={`${base}/statistics`} safe>
            {t({ th: 'สถิติการให้บริการ', en: 'Service statistics' })}
          </a>
        </li>
        <li>
          <a href={`/o/${org.slug}/work-standards`} safe>
            {t({ th: 'คู่มือมาตรฐานการปฏิบัติงานของเจ้าหน้าที่', en: 'Officer work-standard manuals' })}
          </a>
        </li>
        <li>
          <a href={`${base}/follow-up`} safe>
            {t({ th: 'ติดตามคำขอของท่าน', en: 'Follow your request' })}
          </a>
        </li>
      </ul>
    </Layout>
  )
}
