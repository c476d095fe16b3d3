import type { RenderedChart } from '../../../platform/charts/index.ts'
import { ChartFigure } from '../../../web/components/chart-figure.tsx'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, Table, type Column } from '../../../web/components/display.tsx'
import { Select } from '../../../web/components/form-fields.tsx'
import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { orgName } from '../../../web/org-names.ts'
import { monthNameEn, monthNameTh } from '../../../platform/thai-calendar/index.ts'
import type { MonthlyServiceStatistics } from '../service-statistics.use-cases.ts'

type Row = MonthlyServiceStatistics['rows'][number]

/** /o/<slug>/services/statistics: requests by service and month (seed 003 m6.5), with Excel. */
export function PublicStatisticsPage({ ctx, s, years, chart }: { ctx: PageContext; s: MonthlyServiceStatistics; years: number[]; chart: RenderedChart | undefined }) {
  const t = ctx.t
  const title = t({ th: 'สถิติการให้บริการ', en: 'Service statistics' })
  const monthLabel = (m: string) => {
    const month = Number(m.slice(5, 7))
    return ctx.locale === 'th' ? monthNameTh(month, 'short') : monthNameEn(month, 'short')
  }
  const columns: Column<Row>[] = [
    { header: t({ th: 'งานบริการ', en: 'Service' }), cell: (r) => <span safe>{ctx.locale === 'en' && r.nameEn ? r.nameEn : r.name}</span> },
    ...s.months.map((m, i) => ({ header: monthLabel(m), numeric: true, cell: (r: Row) => <span safe>{String(r.byMonth[i] ?? 0)}</span> })),
    { header: t({ th: 'รวม', en: 'Total' }), numeric: true, cell: (r) => <strong safe>{String(r.filed)}</strong> },
    { header: t({ th: 'แล้วเสร็จ', en: 'Done' }), numeric: true, cell: (r) => <span safe>{String(r.closed)}</span> },
  ]
  return (
    <Layout ctx={ctx} title={`${title} – ${orgName(s.org, ctx.locale)}`} wide>
      <AgencyPageHeading ctx={ctx} slug={s.org.slug} agencyName={orgName(s.org, ctx.locale)} heading={title} />
      <form method="get" action={`/o/${s.org.slug}/services/statistics`} class="filter-form">
        <Select id="fy" label={t({ th: 'ปีงบประมาณ', en: 'Fiscal year' })} value={String(s.fiscalYear)} options={years.map((y) => ({ value: String(y), text: String(y) }))} />
        <Button text={t({ th: 'แสดง', en: 'Show' })} kind="secondary" />
      </form>
      {chart ? <ChartFigure chart={chart} tableLabel={t({ th: 'ดูตัวเลขในแผนภูมิเป็นตาราง', en: 'Show the chart’s figures as a table' })} collapseTableOver={0} /> : ''}
      <Table<Row>
        caption={t({ th: 'จำนวนคำขอรับบริการ จำแนกตามงานบริการและเดือน ปีงบประมาณ {fy}', en: 'Requests by service and month, fiscal year {fy}' }, { fy: String(s.fiscalYear) })}
        empty={t({ th: 'ยังไม่มีงานบริการที่เผยแพร่', en: 'No published services' })}
        columns={columns}
        rows={s.rows}
      />
      <p class="body">
        <a href={`/o/${s.org.slug}/services/statistics.xlsx?fy=${s.fiscalYear}`} safe>
          {t({ th: 'ดาวน์โหลด (Excel)', en: 'Download (Excel)' })}
        </a>
        {' · '}
        <a href={`/api/v1/organisations/${s.org.slug}/services/statistics?fy=${s.fiscalYear}`} safe>
          {t({ th: 'ข้อมูลแบบ JSON', en: 'JSON data' })}
        </a>
        {' · '}
        <a href={`/o/${s.org.slug}/services`} safe>
          {t({ th: 'คู่มือสำหรับประชาชน', en: 'Service manuals' })}
        </a>
      </p>
    </Layout>
  )
}
