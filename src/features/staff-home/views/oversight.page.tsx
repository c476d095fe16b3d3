import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { orgName } from '../../../web/org-names.ts'
import { Table, Tag, type Column } from '../../../web/components/display.tsx'
import { PageHeading } from '../../../web/components/page-heading.tsx'
import { ThaiText } from '../../../web/components/thai-text.tsx'
import type { Bilingual } from '../../../platform/i18n/locale.ts'
import type { AgencyStanding, SortKey } from '../oversight-home.domain.ts'
import type { OversightHome } from '../oversight-home.use-cases.ts'

const COLUMNS: { key: SortKey; label: Bilingual; numeric?: boolean }[] = [
  { key: 'name', label: { th: 'หน่วยงาน', en: 'Agency' } },
  { key: 'oit', label: { th: 'ความครบถ้วน OIT', en: 'OIT complete' }, numeric: true },
  { key: 'ita', label: { th: 'คะแนน ITA ล่าสุด', en: 'Latest ITA score' }, numeric: true },
  { key: 'overdue', label: { th: 'เรื่องร้องเรียนเกินกำหนด', en: 'Overdue complaints' }, numeric: true },
  { key: 'report', label: { th: 'รายงานรอบล่าสุด', en: 'Latest report' } },
]

const REPORT_COLOURS: Record<string, 'grey' | 'yellow' | 'purple' | 'blue' | 'red' | 'green'> = {
  not_started: 'grey',
  draft: 'yellow',
  awaiting_head: 'purple',
  submitted: 'blue',
  returned: 'red',
  resubmitted: 'blue',
  accepted: 'green',
}

/** /staff/oversight: every agency overseen with what each module says about it, sortable by links (no script). */
export function OversightPage({ ctx, home }: { ctx: PageContext; home: OversightHome }) {
  const t = ctx.t
  const title = t({ th: 'หน่วยงานในกำกับ', en: 'Agencies overseen' })
  const cells: Record<SortKey, (r: AgencyStanding) => JSX.Element> = {
    name: (r) => (
      <a href={`/o/${r.slug}`}>
        <ThaiText text={orgName(r, ctx.locale)} />
      </a>
    ),
    oit: (r) =>
      r.oitPercent === null ? (
        <span safe>{t({ th: 'ไม่มีชุดเกณฑ์', en: 'No catalogue' })}</span>
      ) : (
        <a href={`/staff/oit?org=${encodeURIComponent(r.slug)}`} safe>{`${r.oitPercent}%`}</a>
      ),
    ita: (r) =>
      r.ita ? (
        <a href={`/staff/ita/agencies/${encodeURIComponent(r.slug)}`} safe>{`${r.ita.total.toFixed(2)} · ${t(r.ita.rating)} (${r.ita.fiscalYear})`}</a>
      ) : (
        <span safe>{t({ th: 'ยังไม่มีผล', en: 'No result yet' })}</span>
      ),
    overdue: (r) =>
      r.overdueComplaints > 0 ? (
        <strong safe>{String(r.overdueComplaints)}</strong>
      ) : (
        <span>0</span>
      ),
    report: (r) =>
      r.report ? (
        <>
          <Tag text={t(r.report.statusLabel)} colour={REPORT_COLOURS[r.report.status] ?? 'grey'} />
          {r.report.late ? <Tag text={t({ th: 'ล่าช้า', en: 'Late' })} colour="red" /> : ''}
          <span class="hint" safe>{` ${t(r.report.period)}`}</span>
        </>
      ) : (
        <span safe>{t(home.reportsShown ? { th: 'ยังไม่มีรอบรายงาน', en: 'No period open' } : { th: '–', en: '–' })}</span>
      ),
  }
  const columns: Column<AgencyStanding>[] = COLUMNS.map((c) => ({ header: t(c.label), numeric: c.numeric, cell: cells[c.key], ...(home.sort === c.key ? { sorted: 'descending' as const } : {}) }))
  return (
    <Layout ctx={ctx} title={title} wide>
      <PageHeading heading={title} />
      <p class="body" safe>
        {t({ th: 'หน่วยงานทั้งหมด {n} แห่ง เรียงตามคอลัมน์ที่เลือก: ส่วนที่ควรติดตามก่อนอยู่ด้านบน', en: '{n} agencies, sorted by the column you choose: the ones to follow up first are at the top.' }, { n: home.rows.length })}
      </p>
      <nav class="sort-links" aria-label={t({ th: 'เรียงตาม', en: 'Sort by' })}>
        <span class="body" safe>{t({ th: 'เรียงตาม:', en: 'Sort by:' })}</span>
        <ul class="sort-links__list">
          {COLUMNS.map((c) => (
            <li>
              <a href={`/staff/oversight?sort=${c.key}`} data-sort={c.key} aria-current={home.sort === c.key ? 'true' : undefined} safe>
                {t(c.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Table caption={title} captionHidden columns={columns} rows={home.rows} empty={t({ th: 'ไม่มีหน่วยงานในกำกับ', en: 'No agencies below you.' })} />
      <h2 class="heading-m" safe>
        {t({ th: 'ดูรายละเอียด', en: 'Look closer' })}
      </h2>
      <ul class="list list--bullet">
        <li>
          <a href="/staff/oversight/oit" safe>{t({ th: 'ความครบถ้วน OIT รายข้อ', en: 'OIT completeness item by item' })}</a>
        </li>
        <li>
          <a href="/staff/ita/results" safe>{t({ th: 'ผลการประเมิน ITA และอันดับ', en: 'ITA results and ranking' })}</a>
        </li>
        <li>
          <a href="/staff/oversight/complaints" safe>{t({ th: 'เปรียบเทียบสถิติเรื่องร้องเรียนของหน่วยงานในกำกับ', en: 'Compare the agencies’ complaint statistics' })}</a>
        </li>
        {home.reportsShown ? (
          <li>
            <a href="/staff/oversight/reports" safe>{t({ th: 'การรายงานของหน่วยงาน', en: 'Agency reporting' })}</a>
          </li>
        ) : (
          ''
        )}
      </ul>
    </Layout>
  )
}
