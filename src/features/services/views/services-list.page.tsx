import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, Table, Tag } from '../../../web/components/display.tsx'
import { Select } from '../../../web/components/form-fields.tsx'
import { orgName } from '../../../web/org-names.ts'
import { DAY_UNIT_LABELS } from '../service-manual.domain.ts'
import type { ServicesWorkspace, ServiceWithVersion } from '../services.use-cases.ts'
import { serviceName } from './service-text.ts'

/** /staff/services: the agency's services, their versions and what is published. */
export function ServicesListPage({ ctx, workspace }: { ctx: PageContext; workspace: ServicesWorkspace }) {
  const t = ctx.t
  const { org } = workspace
  const title = t({ th: 'งานบริการและคู่มือสำหรับประชาชน', en: 'Services and citizen manuals' })
  const q = `?org=${encodeURIComponent(org.slug)}`
  return (
    <Layout ctx={ctx} title={title} wide>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      {workspace.choices.length > 1 ? (
        <form method="get" action="/staff/services" class="search-form">
          <Select id="org" label={t({ th: 'หน่วยงาน', en: 'Agency' })} options={workspace.choices.map((c) => ({ value: c.slug, text: orgName(c, ctx.locale) }))} value={org.slug} />
          <Button text={t({ th: 'แสดง', en: 'Show' })} kind="secondary" />
        </form>
      ) : (
        ''
      )}
      <p class="body">
        <a class="button" href={`/staff/services/new${q}`} safe>
          {t({ th: 'เพิ่มงานบริการ', en: 'Add a service' })}
        </a>
      </p>
      <ul class="list">
        <li>
          <a href={`/staff/service-requests${q}`} safe>
            {t({ th: 'คำขอรับบริการและกำหนดเวลา', en: 'Requests and deadlines' })}
          </a>
        </li>
        <li>
          <a href={`/staff/service-requests/statistics${q}`} safe>
            {t({ th: 'สถิติระยะเวลาการให้บริการ', en: 'Completion-time statistics' })}
          </a>
        </li>
        <li>
          <a href={`/staff/work-standards${q}`} safe>
            {t({ th: 'คู่มือมาตรฐานการปฏิบัติงานสำหรับเจ้าหน้าที่', en: 'Officer work-standard manuals' })}
          </a>
        </li>
        <li>
          <a href={`/o/${org.slug}/services`} safe>
            {t({ th: 'หน้าสาธารณะ', en: 'Public page' })}
          </a>
        </li>
      </ul>
      <Table<ServiceWithVersion>
        caption={t({ th: 'งานบริการ', en: 'Services' })}
        empty={t({ th: 'ยังไม่มีงานบริการ', en: 'No services yet' })}
        columns={[
          {
            header: t({ th: 'งานบริการ', en: 'Service' }),
            cell: (s) => (
              <a href={`/staff/services/${s.id}`} safe>
                {serviceName(s.current.manual, ctx.locale)}
              </a>
            ),
          },
          { header: t({ th: 'ระยะเวลา', en: 'Time' }), cell: (s) => <span safe>{`${s.current.totalDays} ${t(DAY_UNIT_LABELS[s.current.dayUnit])}`}</span> },
          { header: t({ th: 'ฉบับ', en: 'Version' }), numeric: true, cell: (s) => <span safe>{String(s.currentVersion)}</span> },
          {
            header: t({ th: 'สถานะ', en: 'State' }),
            cell: (s) =>
              s.publishedVersion === s.currentVersion ? (
                <Tag text={t({ th: 'เผยแพร่แล้ว', en: 'Published' })} colour="green" />
              ) : s.publishedVersion ? (
                <Tag text={t({ th: 'มีการแก้ไขที่ยังไม่เผยแพร่', en: 'Changes not yet published' })} colour="yellow" />
              ) : (
                <Tag text={t({ th: 'ยังไม่เผยแพร่', en: 'Not published' })} colour="grey" />
              ),
          },
        ]}
        rows={workspace.services}
      />
    </Layout>
  )
}
