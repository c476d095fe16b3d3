import { Table, Tag } from '../../../web/components/display.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { STATUS_LABELS } from '../oversight-report.domain.ts'
import type { MyReports } from '../oversight-reports.use-cases.ts'
import { STATUS_COLOURS } from './report-text.ts'

/** /staff/reports: the reports the actor's agencies owe oversight, newest period first. */
export function ReportListPage({ ctx, list }: { ctx: PageContext; list: MyReports }) {
  const t = ctx.t
  const title = t({ th: 'รายงานต่อจังหวัด', en: 'Reports to the province' })
  type Row = MyReports['reports'][number]
  return (
    <Layout ctx={ctx} title={title} wide>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {t({ th: 'รายงานที่หน่วยงานของท่านต้องส่งผู้กำกับติดตาม ผู้รับผิดชอบ ITA รวบรวม หัวหน้าหน่วยงานลงนามแล้วส่ง', en: 'Reports your agency owes oversight: the ITA coordinator assembles them, the head signs and sends them.' })}
      </p>
      <Table<Row>
        caption={t({ th: 'รายงาน {n} ฉบับ', en: '{n} report(s)' }, { n: list.reports.length })}
        empty={t({ th: 'ยังไม่มีรายงานที่ต้องส่ง', en: 'No reports are due.' })}
        rows={list.reports}
        columns={[
          {
            header: t({ th: 'รายงาน', en: 'Report' }),
            cell: (r) => (
              <a href={`/staff/reports/${r.id}`} safe>
                {`${ctx.locale === 'th' ? r.scheduleTitleTh : r.scheduleTitleEn || r.scheduleTitleTh} (${r.periodKey})`}
              </a>
            ),
          },
          { header: t({ th: 'หน่วยงาน', en: 'Agency' }), cell: (r) => <span safe>{ctx.locale === 'th' ? r.organisationNameTh : r.organisationNameEn || r.organisationNameTh}</span> },
          { header: t({ th: 'กำหนดส่ง', en: 'Due' }), cell: (r) => <span safe>{formatDay(r.deadline, ctx.locale)}</span> },
          {
            header: t({ th: 'สถานะ', en: 'Status' }),
            cell: (r) => (
              <>
                <Tag text={t(STATUS_LABELS[r.status])} colour={STATUS_COLOURS[r.status]} />
                {r.late ? (
                  <>
                    {' '}
                    <Tag text={t({ th: 'ล่าช้า', en: 'Late' })} colour="red" />
                  </>
                ) : (
                  ''
                )}
              </>
            ),
          },
        ]}
      />
    </Layout>
  )
}
