import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, Table } from '../../../web/components/display.tsx'
import { Select } from '../../../web/components/form-fields.tsx'
import { orgName } from '../../../web/org-names.ts'
import { DAY_UNIT_LABELS } from '../service-manual.domain.ts'
import type { CompletionReport, ServiceCompletion } from '../service-statistics.use-cases.ts'
import { serviceName } from './service-text.ts'

const num = (n: number | null) => (n === null ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(1))
const pct = (n: number | null) => (n === null ? '–' : `${Math.round(n * 100)}%`)

/** /staff/service-requests/statistics: completion times per service against the manual (seed 004 §6.1). */
export function CompletionReportPage({ ctx, report, years }: { ctx: PageContext; report: CompletionReport; years: number[] }) {
  const t = ctx.t
  const title = t({ th: 'สถิติระยะเวลาการให้บริการ', en: 'Completion-time statistics' })
  return (
    <Layout ctx={ctx} title={title} wide>
      <a href={`/staff/service-requests?org=${encodeURIComponent(report.org.slug)}`} class="back-link" safe>
        {t({ th: 'คำขอรับบริการ', en: 'Service requests' })}
      </a>
      <span class="caption-l" safe>
        {orgName(report.org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <form method="get" action="/staff/service-requests/statistics" class="filter-form">
        {report.choices.length > 1 ? (
          <Select id="org" label={t({ th: 'หน่วยงาน', en: 'Agency' })} value={report.org.slug} options={report.choices.map((c) => ({ value: c.slug, text: orgName(c, ctx.locale) }))} />
        ) : (
          <input type="hidden" name="org" value={report.org.slug} />
        )}
        <Select id="fy" label={t({ th: 'ปีงบประมาณ', en: 'Fiscal year' })} value={String(report.fiscalYear)} options={years.map((y) => ({ value: String(y), text: String(y) }))} />
        <Button text={t({ th: 'แสดง', en: 'Show' })} kind="secondary" />
      </form>
      <p class="body">
        <strong safe>{t({ th: 'คำขอที่เกินกำหนดอยู่ขณะนี้: {n} รายการ', en: 'Requests overdue now: {n}' }, { n: String(report.overdueNow) })}</strong>{' '}
        {report.overdueNow > 0 ? (
          <a href={`/staff/service-requests?org=${encodeURIComponent(report.org.slug)}&status=open`} safe>
            {t({ th: 'ดูรายการ', en: 'See them' })}
          </a>
        ) : (
          ''
        )}
      </p>
      <Table<ServiceCompletion>
        caption={t({ th: 'คำขอที่แจ้งผลแล้วในปีงบประมาณ {fy}', en: 'Requests with a result in fiscal year {fy}' }, { fy: String(report.fiscalYear) })}
        empty={t({ th: 'ยังไม่มีงานบริการ', en: 'No services yet' })}
        columns={[
          { header: t({ th: 'งานบริการ', en: 'Service' }), cell: (r) => <span safe>{serviceName(r.service.current.manual, ctx.locale)}</span> },
          { header: t({ th: 'ระยะเวลาตามคู่มือ', en: 'Promised' }), cell: (r) => <span safe>{`${r.service.current.totalDays} ${t(DAY_UNIT_LABELS[r.service.current.dayUnit])}`}</span> },
          { header: t({ th: 'แจ้งผลแล้ว', en: 'Closed' }), numeric: true, cell: (r) => <span safe>{String(r.figures.closed)}</span> },
          { header: t({ th: 'มัธยฐาน (วัน)', en: 'Median (days)' }), numeric: true, cell: (r) => <span safe>{num(r.figures.median)}</span> },
          { header: t({ th: 'เปอร์เซ็นไทล์ที่ 90 (วัน)', en: '90th percentile (days)' }), numeric: true, cell: (r) => <span safe>{num(r.figures.p90)}</span> },
          { header: t({ th: 'แจ้งผลภายในกำหนด', en: 'Result by the deadline' }), numeric: true, cell: (r) => <span safe>{pct(r.figures.onTimeShare)}</span> },
          { header: t({ th: 'มีหนังสือแจ้งขยายเวลา', en: 'With a delay notice' }), numeric: true, cell: (r) => <span safe>{String(r.figures.withDelayNotice)}</span> },
          { header: t({ th: 'แจ้งขยายหลังครบกำหนด', en: 'Late delay notices' }), numeric: true, cell: (r) => <span safe>{String(r.lateNotices)}</span> },
        ]}
        rows={report.rows}
      />
      <p class="body hint" safe>
        {t({
          th: 'ระยะเวลานับจากวันถัดจากวันยื่นคำขอถึงวันแจ้งผล ตามหน่วยนับของคู่มือ (วันทำการหรือวัน) กำหนดที่ใช้คือกำหนดที่มีผล ณ วันแจ้งผล (รวมการแจ้งขยายเวลาและการหยุดนับระหว่างรอเอกสาร)',
          en: 'Time counted from the day after filing to the day the result was notified, in the manual’s unit. The deadline is the one in force on that day (after delay notices and pauses for documents).',
        })}
      </p>
    </Layout>
  )
}
