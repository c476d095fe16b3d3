import type { RenderedChart } from '../../../platform/charts/index.ts'
import { formatFiscalYearEn, formatFiscalYearTh } from '../../../platform/thai-calendar/index.ts'
import { ChartFigure } from '../../../web/components/chart-figure.tsx'
import { Button, Table, Tag, type Column } from '../../../web/components/display.tsx'
import { Select } from '../../../web/components/form-fields.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { AgencyComparisonRow } from '../complaint-oversight-report.domain.ts'
import { formatPercent } from '../complaint-statistics.domain.ts'
import { COUNTING_RULE, NO_COMPLAINTS } from '../complaint-statistics-report.domain.ts'
import type { AgencyComparison } from '../complaint-statistics.use-cases.ts'

const count = (n: number) => n.toLocaleString('en-US')

function Chooser({ ctx, c }: { ctx: PageContext; c: AgencyComparison }) {
  const t = ctx.t
  return (
    <form method="get" action="/staff/oversight/complaints" class="filter-form">
      {c.choices.length > 1 ? (
        <Select id="org" label={t({ th: 'หน่วยงานที่กำกับดูแล', en: 'Overseeing body' })} options={c.choices.map((o) => ({ value: o.id, text: orgName(o, ctx.locale) }))} value={c.overseer.id} />
      ) : (
        <input type="hidden" name="org" value={c.overseer.id} />
      )}
      <Select
        id="fy"
        label={t({ th: 'ปีงบประมาณ', en: 'Fiscal year' })}
        options={c.years.map((y) => ({ value: String(y), text: ctx.locale === 'th' ? formatFiscalYearTh(y) : formatFiscalYearEn(y) }))}
        value={String(c.fiscalYear)}
      />
      <Button kind="secondary" text={t({ th: 'แสดง', en: 'Show' })} />
    </form>
  )
}

function AgencyTable({ ctx, c }: { ctx: PageContext; c: AgencyComparison }) {
  const t = ctx.t
  const columns: Column<AgencyComparisonRow>[] = [
    {
      header: t({ th: 'หน่วยงาน', en: 'Agency' }),
      cell: (r) => (
        <>
          <a href={`/o/${r.slug}/complaints/statistics?fy=${c.fiscalYear}`} safe>
            {orgName(r, ctx.locale)}
          </a>
          {r.stats.none ? (
            <>
              <br />
              <span class="hint" safe>
                {t(NO_COMPLAINTS)}
              </span>
            </>
          ) : (
            ''
          )}
        </>
      ),
    },
    { header: t({ th: 'ทั้งหมด', en: 'Total' }), numeric: true, cell: (r) => <span safe>{count(r.stats.total)}</span> },
    { header: t({ th: 'แล้วเสร็จ', en: 'Completed' }), numeric: true, cell: (r) => <span safe>{count(r.stats.completed)}</span> },
    { header: t({ th: 'อยู่ระหว่างดำเนินการ', en: 'In progress' }), numeric: true, cell: (r) => <span safe>{count(r.stats.inProgress)}</span> },
    { header: t({ th: 'ร้อยละแล้วเสร็จ', en: '% completed' }), numeric: true, cell: (r) => <span safe>{r.stats.none ? '–' : formatPercent(r.stats.completedPct)}</span> },
    {
      header: t({ th: 'เกินกำหนด', en: 'Overdue' }),
      numeric: true,
      cell: (r) => (r.overdue > 0 ? <Tag colour="red" text={count(r.overdue)} /> : <span safe>{count(r.overdue)}</span>),
    },
  ]
  return (
    <Table
      caption={t({ th: 'หน่วยงานในกำกับ เรียงจากเรื่องที่เกินกำหนดมากที่สุด', en: 'Agencies overseen, most overdue first' })}
      columns={columns}
      rows={c.rows}
      empty={t({ th: 'ไม่มีหน่วยงานในกำกับ', en: 'No agencies below this body' })}
    />
  )
}

export function StatisticsOversightPage(props: { ctx: PageContext; c: AgencyComparison; chart: RenderedChart | undefined }) {
  const { ctx, c } = props
  const t = ctx.t
  const title = t({ th: 'เปรียบเทียบเรื่องร้องเรียนของหน่วยงานในกำกับ', en: 'Complaints across the agencies overseen' })
  const total = c.rows.reduce((n, r) => n + r.stats.total, 0)
  const overdue = c.rows.reduce((n, r) => n + r.overdue, 0)
  const yearText = ctx.locale === 'th' ? formatFiscalYearTh(c.fiscalYear) : formatFiscalYearEn(c.fiscalYear)
  const query = `?org=${c.overseer.id}&fy=${c.fiscalYear}`
  return (
    <Layout ctx={ctx} title={title} wide>
      <span class="caption-l" safe>
        {orgName(c.overseer, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="lead" safe>
        {t(
          { th: '{year}: {total} เรื่องจาก {agencies} หน่วยงาน เกินกำหนด {overdue} เรื่อง (ข้อมูล ณ วันที่ {day})', en: '{year}: {total} complaints across {agencies} agencies, {overdue} overdue (as of {day})' },
          { year: yearText, total: count(total), agencies: count(c.rows.length), overdue: count(overdue), day: formatDay(c.today, ctx.locale, 'long') },
        )}
      </p>
      <Chooser ctx={ctx} c={c} />
      {props.chart ? (
        <ChartFigure chart={props.chart} tableLabel={t({ th: 'ดูตัวเลขในแผนภูมิเป็นตาราง', en: 'Show the chart’s figures as a table' })} />
      ) : (
        <p class="heading-m" safe>
          {t({ th: 'ไม่มีเรื่องร้องเรียนใน{year}', en: '{year}: no complaints' }, { year: yearText })}
        </p>
      )}
      <AgencyTable ctx={ctx} c={c} />
      <p class="hint" safe>
        {t(COUNTING_RULE)}
      </p>
      <p class="body">
        <a href={`/staff/oversight/complaints.xlsx${query}`} safe>
          {t({ th: 'ดาวน์โหลดตารางเปรียบเทียบ (Excel .xlsx)', en: 'Download the comparison (Excel .xlsx)' })}
        </a>
      </p>
    </Layout>
  )
}
