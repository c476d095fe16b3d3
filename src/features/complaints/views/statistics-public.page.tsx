import type { RenderedChart } from '../../../platform/charts/index.ts'
import { formatFiscalYearEn, formatFiscalYearTh } from '../../../platform/thai-calendar/index.ts'
import { ChartFigure } from '../../../web/components/chart-figure.tsx'
import { Button, Table, type Column } from '../../../web/components/display.tsx'
import { Select } from '../../../web/components/form-fields.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { aboutAgency } from '../../../web/meta-description.ts'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import { formatPercent, type PeriodStats } from '../complaint-statistics.domain.ts'
import { COUNTING_RULE, KIND_KEYS, emptyPeriodText, KIND_LABELS, NO_COMPLAINTS, PERIODS, periodDates, periodName, type KindKey, type Period } from '../complaint-statistics-report.domain.ts'
import type { PublishedStatistics } from '../complaint-statistics.use-cases.ts'

const count = (n: number) => n.toLocaleString('en-US')

/** Total, completed and in progress of each period; a period without complaints says so. */
function PeriodTable({ ctx, s }: { ctx: PageContext; s: PublishedStatistics }) {
  const t = ctx.t
  const dash = (p: PeriodStats, text: string) => (p.none ? '–' : text)
  const columns: Column<Period>[] = [
    {
      header: t({ th: 'ช่วงเวลา', en: 'Period' }),
      cell: (p) => (
        <>
          <span safe>{t(periodName(p, s.fiscalYear))}</span>
          <br />
          <span class="hint" safe>
            {t(periodDates(p, s.fiscalYear))}
          </span>
          {s.stats[p].none ? (
            <>
              <br />
              <strong safe>{t(emptyPeriodText(s.stats[p]))}</strong>
            </>
          ) : (
            ''
          )}
        </>
      ),
    },
    { header: t({ th: 'ทั้งหมด (เรื่อง)', en: 'Total' }), numeric: true, cell: (p) => <span safe>{count(s.stats[p].total)}</span> },
    { header: t({ th: 'ดำเนินการแล้วเสร็จ', en: 'Completed' }), numeric: true, cell: (p) => <span safe>{count(s.stats[p].completed)}</span> },
    { header: t({ th: 'ร้อยละ', en: '%' }), numeric: true, cell: (p) => <span safe>{dash(s.stats[p], formatPercent(s.stats[p].completedPct))}</span> },
    { header: t({ th: 'อยู่ระหว่างดำเนินการ', en: 'In progress' }), numeric: true, cell: (p) => <span safe>{count(s.stats[p].inProgress)}</span> },
    { header: t({ th: 'ร้อยละ', en: '%' }), numeric: true, cell: (p) => <span safe>{dash(s.stats[p], formatPercent(s.stats[p].inProgressPct))}</span> },
    { header: t({ th: 'ขอให้ทบทวนผล (เรื่อง)', en: 'Review requests' }), numeric: true, cell: (p) => <span safe>{s.stats[p].notStarted ? '–' : count(s.stats[p].reviewRequests)}</span> },
  ]
  return <Table caption={t({ th: 'ผลการดำเนินการเรื่องร้องเรียน', en: 'Complaints and their progress' })} columns={columns} rows={[...PERIODS]} />
}

function KindTable({ ctx, s }: { ctx: PageContext; s: PublishedStatistics }) {
  const t = ctx.t
  const columns: Column<KindKey>[] = [
    { header: t({ th: 'ลักษณะเรื่องร้องเรียน', en: 'Kind of complaint' }), cell: (k) => <span safe>{t(KIND_LABELS[k])}</span> },
    { header: t({ th: 'ทั้งปี', en: 'Year' }), numeric: true, cell: (k) => <span safe>{count(s.stats.year.byKind[k])}</span> },
    { header: t({ th: 'แล้วเสร็จ', en: 'Completed' }), numeric: true, cell: (k) => <span safe>{count(s.byKind[k].year.completed)}</span> },
    { header: t({ th: 'ครึ่งปีแรก', en: 'First half' }), numeric: true, cell: (k) => <span safe>{count(s.stats.firstHalf.byKind[k])}</span> },
    { header: t({ th: 'ครึ่งปีหลัง', en: 'Second half' }), numeric: true, cell: (k) => <span safe>{count(s.stats.secondHalf.byKind[k])}</span> },
  ]
  return <Table caption={t({ th: 'จำแนกตามลักษณะเรื่องร้องเรียน', en: 'By kind of complaint' })} columns={columns} rows={[...KIND_KEYS]} />
}

function YearChooser({ ctx, s }: { ctx: PageContext; s: PublishedStatistics }) {
  // A GET form: choosing a year changes nothing, and the result can be bookmarked and shared.
  return (
    <form method="get" action={`/o/${s.organisation.slug}/complaints/statistics`} class="filter-form">
      <Select
        id="fy"
        label={ctx.t({ th: 'ปีงบประมาณ', en: 'Fiscal year' })}
        options={s.years.map((y) => ({ value: String(y), text: ctx.locale === 'th' ? formatFiscalYearTh(y) : formatFiscalYearEn(y) }))}
        value={String(s.fiscalYear)}
      />
      <Button kind="secondary" text={ctx.t({ th: 'แสดง', en: 'Show' })} />
    </form>
  )
}

function Downloads({ ctx, s }: { ctx: PageContext; s: PublishedStatistics }) {
  const t = ctx.t
  const formats = [
    { ext: 'xlsx', text: t({ th: 'Excel (.xlsx)', en: 'Excel (.xlsx)' }) },
    {
      ext: 'docx',
      text: s.stats.year.none
        ? t({ th: 'Word (.docx) แบบหนังสือราชการ', en: 'Word (.docx), official style' })
        : t({ th: 'Word (.docx) แบบหนังสือราชการ พร้อมแผนภูมิ', en: 'Word (.docx), official style with the chart' }),
    },
    { ext: 'csv', text: t({ th: 'CSV (.csv) สำหรับนำไปประมวลผลต่อ', en: 'CSV (.csv), for further processing' }) },
  ]
  return (
    <section aria-labelledby="stats-downloads-heading">
      <h2 class="heading-m" id="stats-downloads-heading" safe>
        {t({ th: 'ดาวน์โหลดสถิติ', en: 'Download the statistics' })}
      </h2>
      <ul class="list list--bullet">
        {formats.map((f) => (
          <li>
            <a href={`/o/${s.organisation.slug}/complaints/statistics.${f.ext}?fy=${s.fiscalYear}`} safe>
              {f.text}
            </a>
          </li>
        ))}
        <li>
          <a href={`/api/v1/organisations/${s.organisation.slug}/complaints/statistics?fy=${s.fiscalYear}`} safe>
            {t({ th: 'JSON สำหรับระบบอื่น (ข้อมูลเปิด)', en: 'JSON, for other systems (open data)' })}
          </a>{' '}
          <span class="hint">
            (<a href="/api/openapi.json">OpenAPI</a>)
          </span>
        </li>
      </ul>
    </section>
  )
}

export function StatisticsPublicPage(props: { ctx: PageContext; s: PublishedStatistics; charts: RenderedChart[] }) {
  const { ctx, s } = props
  const t = ctx.t
  const name = orgName(s.organisation, ctx.locale)
  const title = t({ th: 'สถิติเรื่องร้องเรียน', en: 'Complaint statistics' })
  const yearText = ctx.locale === 'th' ? formatFiscalYearTh(s.fiscalYear) : formatFiscalYearEn(s.fiscalYear)
  return (
    <Layout
      ctx={ctx}
      title={`${title} – ${name}`}
      description={aboutAgency(s.organisation, { th: 'สถิติเรื่องร้องเรียนของ{org} ปีงบประมาณ พ.ศ. {y}: จำนวนเรื่องที่ได้รับ ดำเนินการแล้วเสร็จ และอยู่ระหว่างดำเนินการ แยกตามประเภท', en: 'Complaint statistics of {org} for fiscal year {y} BE: complaints received, completed and in progress, by kind.' }, { y: s.fiscalYear })}
      wide
    >
      <span class="caption-l" safe>
        {name}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="lead" safe>
        {t({ th: '{year} ข้อมูล ณ วันที่ {day}', en: '{year}, as of {day}' }, { year: yearText, day: formatDay(s.today, ctx.locale, 'long') })}
      </p>
      <YearChooser ctx={ctx} s={s} />
      {s.stats.year.none ? (
        <p class="heading-m" safe>
          {t({ th: 'ไม่มีเรื่องร้องเรียนใน{year}', en: '{year}: no complaints' }, { year: yearText })}
        </p>
      ) : (
        ''
      )}
      <PeriodTable ctx={ctx} s={s} />
      <h2 class="heading-l" safe>
        {t({ th: 'แผนภูมิ', en: 'Charts' })}
      </h2>
      {props.charts.length > 0 ? (
        props.charts.map((c) => <ChartFigure chart={c} tableLabel={t({ th: 'ดูตัวเลขในแผนภูมิเป็นตาราง', en: 'Show the chart’s figures as a table' })} />)
      ) : (
        <p class="body" safe>
          {t(NO_COMPLAINTS)}
        </p>
      )}
      {s.stats.year.none ? '' : <KindTable ctx={ctx} s={s} />}
      <p class="hint" safe>
        {t(COUNTING_RULE)}
      </p>
      <Downloads ctx={ctx} s={s} />
      <p class="body">
        <a href={`/o/${s.organisation.slug}`} safe>
          {t({ th: 'กลับไปหน้าหน่วยงาน', en: 'Back to the agency’s page' })}
        </a>
      </p>
    </Layout>
  )
}
