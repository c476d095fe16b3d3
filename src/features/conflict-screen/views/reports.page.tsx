import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, SummaryList, Table, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, Textarea } from '../../../web/components/form-fields.tsx'
import { formatInstant } from '../../../web/format-time.ts'
import { HIT_STATUSES, monthlyTotals } from '../conflict-screen.domain.ts'
import type { ReportRow } from '../conflict-screen.repository.ts'
import { monthLabel } from './conflict-home.page.tsx'
import { stateFor, type FormState } from './form-state.ts'

const statusTag = (ctx: PageContext, r: ReportRow) =>
  r.status === 'acknowledged' ? <Tag text={ctx.t({ th: 'หัวหน้ารับทราบแล้ว', en: 'Acknowledged' })} colour="green" /> : <Tag text={ctx.t({ th: 'รอหัวหน้ารับทราบ', en: 'Awaiting the head' })} colour="yellow" />

/** The monthly reports (§8): the procurement officer submits, the head acknowledges. */
export function ReportsPage({ ctx, reports, isOfficer, months, state }: { ctx: PageContext; reports: ReportRow[]; isOfficer: boolean; months: { value: string; text: string }[]; state?: FormState | undefined }) {
  const t = ctx.t
  const title = t({ th: 'รายงานการตรวจสอบผลประโยชน์ทับซ้อนประจำเดือน', en: 'Monthly conflict-of-interest reports' })
  const { values, errors } = stateFor(state, 'report')
  return (
    <Layout ctx={ctx} title={title} wide>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {t({ th: 'เจ้าหน้าที่พัสดุรายงานผลการปฏิบัติงานเพื่อป้องกันผลประโยชน์ทับซ้อนต่อหัวหน้าส่วนราชการทุกเดือน (มาตรการที่ ๔ ข้อ ๘)', en: 'The procurement officer reports to the head every month (measure 4 §8).' })}
      </p>
      <Table<ReportRow>
        caption={t({ th: 'รายงาน {n} ฉบับ', en: '{n} report(s)' }, { n: reports.length })}
        empty={t({ th: 'ยังไม่มีรายงาน', en: 'No reports yet.' })}
        rows={reports}
        columns={[
          {
            header: t({ th: 'เดือน', en: 'Month' }),
            cell: (r) => (
              <a href={`/staff/conflict/reports/${r.id}`} safe>
                {monthLabel(ctx, r.month)}
              </a>
            ),
          },
          { header: t({ th: 'รายการ', en: 'Procurements' }), numeric: true, cell: (r) => <span safe>{String(r.content.procurements.length)}</span> },
          { header: t({ th: 'ความเชื่อมโยงที่พบ', en: 'Hits' }), numeric: true, cell: (r) => <span safe>{String(r.content.hits.length)}</span> },
          { header: t({ th: 'ส่งเมื่อ', en: 'Submitted' }), cell: (r) => <span safe>{`${formatInstant(r.submittedAt, ctx.locale)} · ${r.submittedByLabel}`}</span> },
          { header: t({ th: 'สถานะ', en: 'Status' }), cell: (r) => statusTag(ctx, r) },
        ]}
      />
      {isOfficer ? (
        <form method="post" action="/staff/conflict/reports" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h2 class="heading-l" safe>
            {t({ th: 'ส่งรายงานประจำเดือน', en: 'Submit a month’s report' })}
          </h2>
          <Select id="month" label={t({ th: 'เดือน', en: 'Month' })} options={months} value={values.month ?? months[0]?.value} errorMessage={fieldError(ctx, errors, 'month')} />
          <Button text={t({ th: 'ส่งรายงานถึงหัวหน้าส่วนราชการ', en: 'Send to the head' })} />
        </form>
      ) : (
        ''
      )}
    </Layout>
  )
}

export function ReportPage({ ctx, report, agencyName, isHead, state }: { ctx: PageContext; report: ReportRow; agencyName: string; isHead: boolean; state?: FormState | undefined }) {
  const t = ctx.t
  const title = t({ th: 'รายงานประจำเดือน{m}', en: 'Report for {m}' }, { m: monthLabel(ctx, report.month) })
  const totals = monthlyTotals(report.content)
  const { values, errors } = stateFor(state, 'acknowledge')
  return (
    <Layout ctx={ctx} title={title} wide>
      <ErrorSummary ctx={ctx} errors={errors} />
      <span class="caption-l" safe>
        {agencyName}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body">{statusTag(ctx, report)}</p>
      <SummaryList
        rows={[
          { key: t({ th: 'การจัดซื้อจัดจ้างที่ตรวจสอบ', en: 'Procurements screened' }), value: <span safe>{String(totals.procurements)}</span> },
          { key: t({ th: 'ยื่นแบบแล้ว / ผู้เกี่ยวข้อง', en: 'Declarations received / participants' }), value: <span safe>{`${totals.declared} / ${totals.participants}`}</span> },
          { key: t({ th: 'ยังไม่ยื่นแบบ', en: 'Declarations missing' }), value: <span safe>{String(totals.missing)}</span> },
          { key: t({ th: 'ความเชื่อมโยงที่พบ', en: 'Hits' }), value: <span safe>{t({ th: '{h} กรณี (ไม่เกี่ยวข้อง {c} มีความเกี่ยวข้อง {f} รอพิจารณา {o})', en: '{h} (cleared {c}, confirmed {f}, open {o})' }, { h: totals.hits, c: totals.cleared, f: totals.confirmed, o: totals.open })}</span> },
          { key: t({ th: 'ผู้รายงาน', en: 'Submitted by' }), value: <span safe>{`${report.submittedByLabel}, ${formatInstant(report.submittedAt, ctx.locale)}`}</span> },
          ...(report.acknowledgedAt ? [{ key: t({ th: 'หัวหน้ารับทราบ', en: 'Acknowledged' }), value: <span safe>{`${report.acknowledgedByLabel ?? ''}, ${formatInstant(report.acknowledgedAt, ctx.locale)}${report.headNote ? ` — ${report.headNote}` : ''}`}</span> }] : []),
        ]}
      />
      <p class="body">
        <a class="button button--secondary" href={`/staff/conflict/reports/${report.id}.docx`} safe>
          {t({ th: 'ดาวน์โหลดบันทึกข้อความ (Word)', en: 'Download the memo (Word)' })}
        </a>
      </p>
      <Table<ReportRow['content']['hits'][number]>
        caption={t({ th: 'ความเชื่อมโยงที่พบและการพิจารณา', en: 'Hits and their resolution' })}
        empty={t({ th: 'ไม่พบความเชื่อมโยงในเดือนนี้', en: 'No hits this month.' })}
        rows={report.content.hits}
        columns={[
          { header: t({ th: 'ผู้เสนอราคา', en: 'Bidder' }), cell: (h) => <span safe>{`${h.bidder} (${h.procurement})`}</span> },
          { header: t({ th: 'บุคลากร', en: 'Staff' }), cell: (h) => <span safe>{h.staff}</span> },
          { header: t({ th: 'เหตุที่พบ', en: 'Why' }), cell: (h) => <span safe>{h.reasons.join(', ')}</span> },
          { header: t({ th: 'ผล', en: 'Decision' }), cell: (h) => <span safe>{`${HIT_STATUSES[h.status][ctx.locale]}${h.resolution ? `: ${h.resolution}` : ''}`}</span> },
        ]}
      />
      {isHead && report.status === 'submitted' ? (
        <form method="post" action={`/staff/conflict/reports/${report.id}/acknowledge`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <Textarea id="head_note" rows={2} label={t({ th: 'ความเห็นหรือข้อสั่งการ (ถ้ามี)', en: 'Comment or instruction (optional)' })} value={values.head_note} errorMessage={fieldError(ctx, errors, 'head_note')} />
          <Button text={t({ th: 'รับทราบรายงาน', en: 'Acknowledge the report' })} />
        </form>
      ) : (
        ''
      )}
    </Layout>
  )
}
