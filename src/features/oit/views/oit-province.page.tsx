import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, Table } from '../../../web/components/display.tsx'
import { Select } from '../../../web/components/form-fields.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { ProvinceReport, ProvinceRow } from '../oit-report.use-cases.ts'
import { SchemeSelect, workspaceHref } from './oit-view-helpers.tsx'

/** /staff/oversight/oit: one row per agency, least complete first. */
export function OitProvincePage({ ctx, report }: { ctx: PageContext; report: ProvinceReport }) {
  const t = ctx.t
  return (
    <Layout ctx={ctx} title={t({ th: 'ความครบถ้วน OIT ของหน่วยงาน', en: 'OIT completeness of agencies' })} wide>
      <span class="caption-l" safe>
        {orgName(report.overseer, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {t({ th: 'ความครบถ้วน OIT ปีงบประมาณ {y}', en: 'OIT completeness, fiscal year {y}' }, { y: report.fiscalYear })}
      </h1>
      <form method="get" action="/staff/oversight/oit" class="search-form">
        {report.choices.length > 1 ? (
          <Select id="org" label={t({ th: 'หน่วยงานที่กำกับ', en: 'Overseeing body' })} options={report.choices.map((c) => ({ value: c.id, text: orgName(c, ctx.locale) }))} value={report.overseer.id} />
        ) : (
          ''
        )}
        <SchemeSelect ctx={ctx} schemes={report.schemes} value={report.scheme} />
        <Select id="year" label={t({ th: 'ปีงบประมาณ', en: 'Fiscal year' })} options={report.years.map((y) => ({ value: String(y), text: String(y) }))} value={String(report.fiscalYear)} />
        <Button text={t({ th: 'แสดง', en: 'Show' })} kind="secondary" />
      </form>
      {!report.hasCatalogue ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีชุดเกณฑ์ OIT ของปีนี้', en: 'There is no OIT catalogue for this year yet.' })}
        </p>
      ) : (
        <>
        <p class="body" id="oit-progress-rule" safe>
          {t({ th: 'ร้อยละนับรายการที่พร้อมส่งหรือส่ง ป.ป.ช. แล้ว ต่อรายการทั้งหมดของปี (ปัดลง) รายการที่กำลังจัดทำและยังไม่เริ่มยังไม่นับ แสดงแยกไว้', en: 'The percentage counts items ready to send or sent to the NACC out of all items of the year (rounded down); items in progress and not started are not counted and are shown apart.' })}
        </p>
        <Table<ProvinceRow>
          caption={t({ th: '{n} หน่วยงาน เรียงจากครบถ้วนน้อยที่สุด', en: '{n} agencies, least complete first' }, { n: report.rows.length })}
          rows={report.rows}
          columns={[
            {
              header: t({ th: 'หน่วยงาน', en: 'Agency' }),
              cell: (r) => (
                <a href={workspaceHref(r.slug, report.fiscalYear, report.scheme)} safe>
                  {orgName(r, ctx.locale)}
                </a>
              ),
            },
            { header: t({ th: 'ร้อยละ (พร้อมส่งหรือส่งแล้ว)', en: '% (ready or sent)' }), numeric: true, cell: (r) => <span safe>{`${r.progress.percent}%`}</span> },
            { header: t({ th: 'พร้อมส่งหรือส่งแล้ว', en: 'Ready or sent' }), numeric: true, cell: (r) => <span safe>{`${r.progress.counted}/${r.progress.total}`}</span> },
            { header: t({ th: 'กำลังจัดทำ', en: 'In progress' }), numeric: true, cell: (r) => <span safe>{String(r.progress.byState.in_progress + r.progress.byState.needs_fixing)}</span> },
            { header: t({ th: 'ยังไม่เริ่ม', en: 'Not started' }), numeric: true, cell: (r) => <span safe>{String(r.progress.byState.not_started)}</span> },
            { header: t({ th: 'เลยกำหนด', en: 'Overdue' }), numeric: true, cell: (r) => <span safe>{String(r.progress.overdue)}</span> },
          ]}
        />
        </>
      )}
    </Layout>
  )
}
