import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Table, Tag } from '../../../web/components/display.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import { INCIDENT_KINDS, labelOf, STATUSES } from '../content-incidents.domain.ts'
import type { Incident } from '../content-incidents.repository.ts'
import type { IncidentList } from '../content-incidents.use-cases.ts'
import { agencyName, STATUS_COLOURS } from './incident-text.ts'

/** /staff/incidents: own reports, the agency's (for its head), what was escalated (for oversight). */
export function IncidentListPage({ ctx, list }: { ctx: PageContext; list: IncidentList }) {
  const t = ctx.t
  const title = t({ th: 'เหตุการณ์ข้อมูลบิดเบือน', en: 'Content incidents' })
  const who = list.isOversight
    ? t({ th: 'ท่านเห็นเหตุการณ์ที่หน่วยงานในความกำกับรายงานขึ้นมา และที่ท่านรายงานเอง', en: 'You see the incidents agencies under your oversight have escalated, and your own reports.' })
    : list.isHead
      ? t({ th: 'ท่านเห็นทุกเหตุการณ์ของหน่วยงานที่ท่านเป็นหัวหน้า', en: 'You see every incident of the agencies you head.' })
      : t({ th: 'ท่านเห็นเหตุการณ์ที่ท่านรายงาน', en: 'You see the incidents you reported.' })
  return (
    <Layout ctx={ctx} title={title} wide>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {t({
          th: 'เมื่อพบการบิดเบือนข้อมูลข่าวสารของหน่วยงาน หรือเนื้อหาที่อาจก่อความเสียหายในช่องทางของหน่วยงาน ให้รายงานหัวหน้าหน่วยงาน หากกระทบภาพลักษณ์ของจังหวัด หัวหน้าหน่วยงานจะรายงานผู้ว่าราชการจังหวัดต่อไป',
          en: 'When you see the agency’s information distorted, or damaging content on its channels, report it to the head of the agency; if it may harm the province’s image, the head escalates it to the governor’s office.',
        })}
      </p>
      <p class="hint" safe>
        {who}
      </p>
      {list.canReport ? (
        <p class="body">
          <a class="button" href="/staff/incidents/new" safe>
            {t({ th: 'รายงานเหตุการณ์', en: 'Report an incident' })}
          </a>
        </p>
      ) : (
        ''
      )}
      <Table<Incident>
        caption={t({ th: 'เหตุการณ์ {n} รายการ', en: '{n} incident(s)' }, { n: list.incidents.length })}
        empty={t({ th: 'ยังไม่มีเหตุการณ์', en: 'No incidents.' })}
        rows={list.incidents}
        columns={[
          {
            header: t({ th: 'เหตุการณ์', en: 'Incident' }),
            cell: (i) => (
              <>
                <a href={`/staff/incidents/${i.id}`} safe>
                  {labelOf(INCIDENT_KINDS, i.kind)[ctx.locale]}
                </a>
                {i.urgency === 'urgent' ? (
                  <>
                    {' '}
                    <Tag text={t({ th: 'ด่วน', en: 'Urgent' })} colour="red" />
                  </>
                ) : (
                  ''
                )}
              </>
            ),
          },
          { header: t({ th: 'หน่วยงาน', en: 'Agency' }), cell: (i) => <span safe>{agencyName(i, ctx.locale)}</span> },
          { header: t({ th: 'วันที่พบ', en: 'Seen on' }), cell: (i) => <span safe>{formatDay(i.seenOn, ctx.locale)}</span> },
          { header: t({ th: 'รายงานเมื่อ', en: 'Reported' }), cell: (i) => <span safe>{`${formatInstant(i.createdAt, ctx.locale)} · ${i.reporterName ?? '–'}`}</span> },
          { header: t({ th: 'สถานะ', en: 'Status' }), cell: (i) => <Tag text={STATUSES[i.status][ctx.locale]} colour={STATUS_COLOURS[i.status]} /> },
        ]}
      />
    </Layout>
  )
}
