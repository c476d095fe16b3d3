import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { orgName } from '../../../web/org-names.ts'
import { monthLabel } from '../info-requests-statistics.ts'
import { STATE_LABELS } from '../info-requests.domain.ts'
import type { RequestStatistics } from '../info-requests.use-cases.ts'

export function StatisticsPage({ ctx, stats }: { ctx: PageContext; stats: RequestStatistics }) {
  const t = ctx.t
  const { org } = stats
  const title = t({ th: 'สถิติการให้บริการข้อมูลข่าวสาร', en: 'Official-information request statistics' })
  return (
    <Layout ctx={ctx} title={`${title} – ${orgName(org, ctx.locale)}`}>
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={title} />
      <p class="body">
        <a href={`/o/${org.slug}/information/statistics.xlsx`} safe>
          {t({ th: 'ดาวน์โหลดเป็น Excel', en: 'Download as Excel' })}
        </a>
      </p>
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt class="summary-list__key" safe>{t({ th: 'คำขอทั้งหมด', en: 'All requests' })}</dt>
          <dd class="summary-list__value" safe>{String(stats.total)}</dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key" safe>{t({ th: 'อยู่ระหว่างดำเนินการ', en: 'Open' })}</dt>
          <dd class="summary-list__value" safe>{String(stats.open)}</dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key" safe>{t({ th: 'ระยะเวลาแจ้งผล (ค่ามัธยฐาน)', en: 'Time to reply (median)' })}</dt>
          <dd class="summary-list__value" safe>{stats.medianBusinessDays === null ? '–' : t({ th: `${stats.medianBusinessDays} วันทำการ`, en: `${stats.medianBusinessDays} business days` })}</dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key" safe>{t({ th: 'แจ้งผลภายในกำหนด', en: 'Replied on time' })}</dt>
          <dd class="summary-list__value" safe>{stats.onTimePercent === null ? '–' : `${stats.onTimePercent}%`}</dd>
        </div>
      </dl>
      <div class="table-wrap">
        <table class="table">
          <caption class="table__caption" safe>{t({ th: 'ผลการพิจารณา', en: 'Outcomes' })}</caption>
          <thead>
            <tr>
              <th class="table__header" scope="col" safe>{t({ th: 'ผล', en: 'Outcome' })}</th>
              <th class="table__header table__header--numeric" scope="col" safe>{t({ th: 'จำนวน', en: 'Count' })}</th>
            </tr>
          </thead>
          <tbody>
            {stats.byOutcome.map((o) => (
              <tr>
                <th class="table__cell" scope="row" safe>{t(STATE_LABELS[o.status])}</th>
                <td class="table__cell table__cell--numeric" safe>{String(o.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="table-wrap">
        <table class="table">
          <caption class="table__caption" safe>{t({ th: 'จำนวนคำขอรายเดือน', en: 'Requests by month' })}</caption>
          <thead>
            <tr>
              <th class="table__header" scope="col" safe>{t({ th: 'เดือน', en: 'Month' })}</th>
              <th class="table__header table__header--numeric" scope="col" safe>{t({ th: 'รับคำขอ', en: 'Received' })}</th>
              <th class="table__header table__header--numeric" scope="col" safe>{t({ th: 'แจ้งผลแล้ว', en: 'Closed' })}</th>
            </tr>
          </thead>
          <tbody>
            {stats.byMonth.map((m) => (
              <tr>
                <th class="table__cell" scope="row" safe>{monthLabel(m.month, ctx.locale)}</th>
                <td class="table__cell table__cell--numeric" safe>{String(m.received)}</td>
                <td class="table__cell table__cell--numeric" safe>{String(m.closed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  )
}
