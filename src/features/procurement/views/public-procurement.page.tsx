import type { OrganisationDetails } from '../../organisations/index.ts'
import { aboutAgency } from '../../../web/meta-description.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { SummaryList, Tag } from '../../../web/components/display.tsx'
import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import { FISCAL_MONTHS, METHOD_LABELS } from '../procurement.domain.ts'
import { monthTitle } from '../procurement-exports.ts'
import type { PublicMonthView, PublicPlanView, PublicRecord, PublicYearView } from '../procurement-public.use-cases.ts'
import { baht, monthLabel, MonthTable, PlanTable, VersionList } from './procurement-view-helpers.tsx'

type Section = 'plan' | 'monthly' | 'annual'

function YearNav({ ctx, org, fiscalYear, current, years }: { ctx: PageContext; org: OrganisationDetails; fiscalYear: number; current: Section; years: readonly number[] }) {
  const t = ctx.t
  const items: { key: Section; text: string }[] = [
    { key: 'plan', text: t({ th: 'แผนการจัดซื้อจัดจ้าง', en: 'Procurement plan' }) },
    { key: 'monthly', text: t({ th: 'สรุปผลรายเดือน (สขร.1)', en: 'Monthly summaries' }) },
    { key: 'annual', text: t({ th: 'รายงานผลประจำปี', en: 'Annual report' }) },
  ]
  const otherYears = years.filter((y) => y !== fiscalYear)
  return (
    <>
      <nav class="sub-nav" aria-label={t({ th: 'การจัดซื้อจัดจ้าง', en: 'Procurement' })}>
        <ul class="sub-nav__list">
          {items.map((i) => (
            <li class="sub-nav__item">
              <a href={`/o/${org.slug}/procurement/${i.key}/${fiscalYear}`} aria-current={i.key === current ? 'page' : undefined} safe>
                {i.text}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {otherYears.length ? (
        <p class="body">
          <span safe>{t({ th: 'ปีงบประมาณอื่น:', en: 'Other fiscal years:' })}</span>{' '}
          {otherYears.map((y, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <a href={`/o/${org.slug}/procurement/${current}/${y}`} safe>
                {String(y)}
              </a>
            </>
          ))}
        </p>
      ) : (
        ''
      )}
    </>
  )
}

function VersionNote({ ctx, record, currentHref }: { ctx: PageContext; record: PublicRecord<unknown>; currentHref: string }) {
  const t = ctx.t
  if (record.version === record.currentVersion) {
    return (
      <p class="hint" safe>
        {t({ th: 'ปรับปรุงล่าสุด {at} (ฉบับที่ {n})', en: 'Last updated {at} (version {n})' }, { at: formatInstant(record.updatedAt, ctx.locale), n: record.version })}
      </p>
    )
  }
  return (
    <p class="inset-text inset-text--warning">
      <span safe>{t({ th: 'นี่คือฉบับที่ {n} บันทึกเมื่อ {at} ซึ่งไม่ใช่ฉบับล่าสุด', en: 'This is version {n}, saved {at}; it is not the latest.' }, { n: record.version, at: formatInstant(record.savedAt, ctx.locale) })}</span>{' '}
      <a href={currentHref} safe>
        {t({ th: 'ดูฉบับล่าสุด', en: 'See the latest version' })}
      </a>
    </p>
  )
}

export function PublicPlanPage({ ctx, org, view }: { ctx: PageContext; org: OrganisationDetails; view: PublicPlanView }) {
  const t = ctx.t
  const heading = t({ th: 'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. {y}', en: 'Procurement plan, fiscal year {y} BE' }, { y: view.fiscalYear })
  const href = `/o/${org.slug}/procurement/plan/${view.fiscalYear}`
  const plan = view.plan
  return (
    <Layout
      ctx={ctx}
      title={`${heading} – ${orgName(org, ctx.locale)}`}
      description={aboutAgency(org, { th: 'แผนการจัดซื้อจัดจ้างของ{org} ประจำปีงบประมาณ พ.ศ. {y}: โครงการ วงเงิน แหล่งเงิน วิธีจัดหา และเดือนที่คาดว่าจะประกาศ', en: 'The procurement plan of {org} for fiscal year {y} BE: projects, budgets, fund sources, methods and expected announcement months.' }, { y: view.fiscalYear })}
      wide
    >
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={heading} />
      <YearNav ctx={ctx} org={org} fiscalYear={view.fiscalYear} current="plan" years={view.years} />
      {plan && view.timeliness ? (
        <>
          <VersionNote ctx={ctx} record={plan} currentHref={href} />
          <SummaryList
            rows={[
              { key: t({ th: 'วันที่ได้รับจัดสรรงบประมาณ', en: 'Date the budget was allocated' }), value: <strong safe>{formatDay(plan.content.allocatedOn, ctx.locale, 'long')}</strong> },
              { key: t({ th: 'วันที่ประกาศเผยแพร่แผน', en: 'Date the plan was published' }), value: <strong safe>{formatDay(plan.content.announcedOn, ctx.locale, 'long')}</strong> },
              {
                key: t({ th: 'ระยะเวลาหลังได้รับจัดสรร', en: 'Time after the allocation' }),
                value: (
                  <>
                    <span safe>{t({ th: '{n} วันทำการ', en: '{n} business days' }, { n: view.timeliness.businessDays })}</span>{' '}
                    {view.timeliness.withinLimit ? <Tag text={t({ th: 'ภายใน 30 วันทำการ', en: 'Within 30 business days' })} colour="green" /> : <Tag text={t({ th: 'เกิน 30 วันทำการ', en: 'Over 30 business days' })} colour="red" />}
                  </>
                ),
              },
              { key: t({ th: 'ผู้รับผิดชอบ', en: 'Responsible' }), value: <span safe>{[plan.content.responsibleName, plan.content.responsiblePosition].filter(Boolean).join(' ')}</span> },
            ]}
          />
          <PlanTable ctx={ctx} content={plan.content} fiscalYear={view.fiscalYear} caption={heading} />
          <p class="body">
            <a href={`/o/${org.slug}/procurement/plan/${view.fiscalYear}.xlsx`} safe>
              {t({ th: 'ดาวน์โหลด Excel (.xlsx)', en: 'Download Excel (.xlsx)' })}
            </a>
            {' · '}
            <a href={`/o/${org.slug}/procurement/plan/${view.fiscalYear}.csv`} safe>
              {t({ th: 'ดาวน์โหลด CSV', en: 'Download CSV' })}
            </a>
            {' · '}
            <a href={`/api/v1/organisations/${org.slug}/procurement/plan/${view.fiscalYear}`}>
              JSON
            </a>
          </p>
          <VersionList ctx={ctx} versions={plan.versions} hrefOf={(n) => `${href}/v/${n}`} />
        </>
      ) : (
        <p class="body" safe>
          {t({ th: 'หน่วยงานยังไม่ได้เผยแพร่แผนการจัดซื้อจัดจ้างของปีงบประมาณนี้', en: 'The agency has not published a procurement plan for this fiscal year.' })}
        </p>
      )}
    </Layout>
  )
}

function MonthDownloads({ ctx, slug, fiscalYear, month }: { ctx: PageContext; slug: string; fiscalYear: number; month: number }) {
  const base = `/o/${slug}/procurement/monthly/${fiscalYear}/${month}`
  return (
    <p class="body">
      <span safe>{ctx.t({ th: 'ดาวน์โหลด:', en: 'Download:' })}</span> <a href={`${base}.docx`}>Word</a>
      {' · '}
      <a href={`${base}.xlsx`}>Excel</a>
      {' · '}
      <a href={`${base}.csv`}>CSV</a>
      {' · '}
      <a href={`/api/v1/organisations/${slug}/procurement/monthly/${fiscalYear}/${month}`}>JSON</a>
    </p>
  )
}

export function PublicMonthPage({ ctx, org, view, years }: { ctx: PageContext; org: OrganisationDetails; view: PublicMonthView; years: readonly number[] }) {
  const t = ctx.t
  const heading = t(monthTitle(view.fiscalYear, view.month))
  const href = `/o/${org.slug}/procurement/monthly/${view.fiscalYear}/${view.month}`
  const record = view.record
  return (
    <Layout
      ctx={ctx}
      title={`${heading} – ${orgName(org, ctx.locale)}`}
      description={aboutAgency(org, { th: `${monthTitle(view.fiscalYear, view.month).th} ของ{org} (แบบ สขร.1): งานที่จัดซื้อจัดจ้าง วงเงิน วิธีจัดหา ผู้เสนอราคา ผู้ได้รับคัดเลือกและเหตุผล`, en: `${monthTitle(view.fiscalYear, view.month).en}, {org} (form สขร.1): what was bought, budgets, methods, bidders, the winners and why.` })}
      wide
    >
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={heading} />
      <YearNav ctx={ctx} org={org} fiscalYear={view.fiscalYear} current="monthly" years={years} />
      {record ? (
        <>
          <VersionNote ctx={ctx} record={record} currentHref={href} />
          <MonthTable ctx={ctx} content={record.content} caption={heading} />
          <p class="body" safe>
            {t({ th: 'ผู้รายงาน: {name}', en: 'Reported by: {name}' }, { name: [record.content.responsibleName, record.content.responsiblePosition].filter(Boolean).join(' ') })}
          </p>
          <MonthDownloads ctx={ctx} slug={org.slug} fiscalYear={view.fiscalYear} month={view.month} />
          <VersionList ctx={ctx} versions={record.versions} hrefOf={(n) => `${href}/v/${n}`} />
        </>
      ) : (
        <p class="body" safe>
          {t({ th: 'ยังไม่ได้เผยแพร่สรุปผลของเดือนนี้', en: 'The summary of this month has not been published yet.' })}
        </p>
      )}
    </Layout>
  )
}

export function PublicMonthlyPage({ ctx, org, view }: { ctx: PageContext; org: OrganisationDetails; view: PublicYearView }) {
  const t = ctx.t
  const heading = t({ th: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ พ.ศ. {y}', en: 'Monthly procurement summaries, fiscal year {y} BE' }, { y: view.fiscalYear })
  return (
    <Layout
      ctx={ctx}
      title={`${heading} – ${orgName(org, ctx.locale)}`}
      description={aboutAgency(org, { th: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ของ{org} ปีงบประมาณ พ.ศ. {y}', en: 'The monthly procurement summaries (สขร.1) of {org} for fiscal year {y} BE.' }, { y: view.fiscalYear })}
      wide
    >
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={heading} />
      <YearNav ctx={ctx} org={org} fiscalYear={view.fiscalYear} current="monthly" years={view.years} />
      <p class="body">
        <a href={`/o/${org.slug}/procurement/monthly/${view.fiscalYear}.xlsx`} safe>
          {t({ th: 'ดาวน์โหลดทุกเดือนเป็น Excel (.xlsx)', en: 'Download every month as Excel (.xlsx)' })}
        </a>
        {' · '}
        <a href={`/o/${org.slug}/procurement/monthly/${view.fiscalYear}.csv`} safe>
          {t({ th: 'ดาวน์โหลดทุกเดือนเป็น CSV', en: 'Download every month as CSV' })}
        </a>
      </p>
      {FISCAL_MONTHS.map((m) => {
        const found = view.months.find((x) => x.month === m)
        const title = t(monthTitle(view.fiscalYear, m))
        return (
          <section aria-labelledby={`month-${m}`}>
            <h2 class="heading-m" id={`month-${m}`}>
              <a href={`/o/${org.slug}/procurement/monthly/${view.fiscalYear}/${m}`} safe>
                {monthLabel(view.fiscalYear, m, ctx.locale)}
              </a>
            </h2>
            {found ? (
              <MonthTable ctx={ctx} content={found.content} caption={title} />
            ) : (
              <p class="hint" safe>
                {t({ th: 'ยังไม่ได้เผยแพร่', en: 'Not published yet' })}
              </p>
            )}
          </section>
        )
      })}
    </Layout>
  )
}

export function PublicAnnualPage({ ctx, org, view }: { ctx: PageContext; org: OrganisationDetails; view: PublicYearView }) {
  const t = ctx.t
  const heading = t({ th: 'รายงานผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. {y}', en: 'Annual procurement report, fiscal year {y} BE' }, { y: view.fiscalYear })
  const r = view.report
  return (
    <Layout
      ctx={ctx}
      title={`${heading} – ${orgName(org, ctx.locale)}`}
      description={aboutAgency(org, { th: 'รายงานผลการจัดซื้อจัดจ้างของ{org} ประจำปีงบประมาณ พ.ศ. {y}: จำนวนและมูลค่าแยกตามวิธีจัดหา', en: 'The annual procurement report of {org} for fiscal year {y} BE: counts and values by method.' }, { y: view.fiscalYear })}
      wide
    >
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={heading} />
      <YearNav ctx={ctx} org={org} fiscalYear={view.fiscalYear} current="annual" years={view.years} />
      <p class="body" safe>
        {t(
          { th: 'รวบรวมจากสรุปผลรายเดือนที่เผยแพร่แล้ว {n} จาก 12 เดือน: {c} รายการ ราคาที่ตกลงรวม {v} บาท', en: 'Compiled from {n} of 12 published monthly summaries: {c} purchases, {v} baht agreed in total' },
          { n: r.monthsReported, c: r.total.count, v: baht(r.total.value) },
        )}
      </p>
      <div class="table-wrap" tabindex="0" role="region" aria-label={t({ th: 'แยกตามวิธีซื้อหรือจ้าง', en: 'By method' })}>
        <table class="table">
          <caption class="table__caption" safe>
            {t({ th: 'แยกตามวิธีซื้อหรือจ้าง', en: 'By method' })}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="table__header" safe>{t({ th: 'วิธีซื้อหรือจ้าง', en: 'Method' })}</th>
              <th scope="col" class="table__header table__header--numeric" safe>{t({ th: 'จำนวนรายการ', en: 'Purchases' })}</th>
              <th scope="col" class="table__header table__header--numeric" safe>{t({ th: 'วงเงินรวม (บาท)', en: 'Total budget (baht)' })}</th>
              <th scope="col" class="table__header table__header--numeric" safe>{t({ th: 'ราคาที่ตกลงรวม (บาท)', en: 'Total agreed (baht)' })}</th>
            </tr>
          </thead>
          <tbody>
            {[...r.byMethod.map((m) => ({ label: METHOD_LABELS[m.method][ctx.locale], ...m })), { label: t({ th: 'รวม', en: 'Total' }), ...r.total }].map((row) => (
              <tr>
                <th scope="row" class="table__header" safe>{row.label}</th>
                <td class="table__cell table__cell--numeric" safe>{String(row.count)}</td>
                <td class="table__cell table__cell--numeric" safe>{baht(row.budget)}</td>
                <td class="table__cell table__cell--numeric" safe>{baht(row.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="table-wrap" tabindex="0" role="region" aria-label={t({ th: 'แยกตามเดือน', en: 'By month' })}>
        <table class="table">
          <caption class="table__caption" safe>
            {t({ th: 'แยกตามเดือน', en: 'By month' })}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="table__header" safe>{t({ th: 'เดือน', en: 'Month' })}</th>
              <th scope="col" class="table__header table__header--numeric" safe>{t({ th: 'จำนวนรายการ', en: 'Purchases' })}</th>
              <th scope="col" class="table__header table__header--numeric" safe>{t({ th: 'ราคาที่ตกลงรวม (บาท)', en: 'Total agreed (baht)' })}</th>
            </tr>
          </thead>
          <tbody>
            {r.byMonth.map((m) => (
              <tr>
                <th scope="row" class="table__header" safe>{monthLabel(view.fiscalYear, m.month, ctx.locale)}</th>
                <td class="table__cell table__cell--numeric" safe>{m.state === 'missing' ? t({ th: 'ยังไม่เผยแพร่', en: 'Not published' }) : m.state === 'none' ? t({ th: 'ไม่มีการจัดซื้อจัดจ้าง', en: 'No procurement' }) : String(m.count)}</td>
                <td class="table__cell table__cell--numeric" safe>{m.state === 'reported' ? baht(m.value) : String('–')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="body">
        <a href={`/o/${org.slug}/procurement/annual/${view.fiscalYear}.xlsx`} safe>
          {t({ th: 'ดาวน์โหลด Excel (.xlsx)', en: 'Download Excel (.xlsx)' })}
        </a>
        {' · '}
        <a href={`/o/${org.slug}/procurement/annual/${view.fiscalYear}.csv`} safe>
          {t({ th: 'ดาวน์โหลด CSV', en: 'Download CSV' })}
        </a>
      </p>
    </Layout>
  )
}

export function NoProcurementYetPage({ ctx, org }: { ctx: PageContext; org: OrganisationDetails }) {
  const t = ctx.t
  const heading = t({ th: 'การจัดซื้อจัดจ้าง', en: 'Procurement' })
  return (
    <Layout ctx={ctx} title={`${heading} – ${orgName(org, ctx.locale)}`} description={aboutAgency(org, { th: 'แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือนของ{org}', en: 'The procurement plan and monthly procurement summaries of {org}.' })}>
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={heading} />
      <p class="body" safe>
        {t({ th: 'หน่วยงานยังไม่ได้เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง', en: 'The agency has not published procurement information yet.' })}
      </p>
    </Layout>
  )
}
