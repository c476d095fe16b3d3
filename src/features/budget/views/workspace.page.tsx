import { Button, Table, Tag } from '../../../web/components/display.tsx'
import { Select } from '../../../web/components/form-fields.tsx'
import { formatInstant } from '../../../web/format-time.ts'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import { fiscalYearChoices } from '../budget.domain.ts'
import type { BudgetPlan } from '../budget.repository.ts'
import type { BudgetWorkspace } from '../budget.use-cases.ts'

export const staffBudgetUrl = (slug: string, fiscalYear: number) => `/staff/budget/${slug}/${fiscalYear}`

/** /staff/budget: the agency's spending plans by fiscal year, and a way to open any year. */
export function BudgetWorkspacePage({ ctx, workspace }: { ctx: PageContext; workspace: BudgetWorkspace }) {
  const t = ctx.t
  const { org } = workspace
  const heading = t({ th: 'แผนการใช้จ่ายงบประมาณ', en: 'Budget spending plans' })
  const years = fiscalYearChoices(workspace.currentFiscalYear)
  return (
    <Layout ctx={ctx} title={heading} wide>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {heading}
      </h1>
      <p class="body" safe>
        {t({
          th: 'เผยแพร่แผนการใช้จ่ายงบประมาณประจำปี รายงานผลการใช้จ่ายรอบ 6 เดือน และผลการใช้จ่ายประจำปี (OIT) ปีงบประมาณเริ่ม 1 ตุลาคม สิ้นสุด 30 กันยายน',
          en: 'Publish the annual spending plan, the 6-month spending report and the annual spending report (OIT). The fiscal year runs from 1 October to 30 September.',
        })}
      </p>
      {workspace.choices.length > 1 ? (
        <form method="get" action="/staff/budget">
          <Select id="org" label={t({ th: 'หน่วยงาน', en: 'Agency' })} options={workspace.choices.map((c) => ({ value: c.slug, text: orgName(c, ctx.locale) }))} value={org.slug} />
          <Button text={t({ th: 'แสดง', en: 'Show' })} kind="secondary" />
        </form>
      ) : (
        ''
      )}
      <form method="get" action="/staff/budget">
        <input type="hidden" name="org" value={org.slug} />
        <Select
          id="year"
          label={t({ th: 'ปีงบประมาณ', en: 'Fiscal year' })}
          hint={t({ th: 'ปีปัจจุบันคือ {fy}', en: 'The current one is {fy}' }, { fy: workspace.currentFiscalYear })}
          options={years.map((y) => ({ value: String(y), text: String(y) }))}
          value={String(workspace.currentFiscalYear)}
        />
        <Button text={t({ th: 'เปิดแผนของปีนี้', en: 'Open this year’s plan' })} />
      </form>
      <Table<BudgetPlan>
        caption={t({ th: 'แผนที่บันทึกไว้', en: 'Plans saved' })}
        rows={workspace.plans}
        empty={t({ th: 'ยังไม่มีแผนการใช้จ่ายงบประมาณ', en: 'No spending plan yet' })}
        columns={[
          {
            header: t({ th: 'ปีงบประมาณ', en: 'Fiscal year' }),
            cell: (p) => (
              <a href={staffBudgetUrl(org.slug, p.fiscalYear)} safe>
                {String(p.fiscalYear)}
              </a>
            ),
          },
          {
            header: t({ th: 'สถานะ', en: 'Status' }),
            cell: (p) => (p.published ? <Tag text={t({ th: 'เผยแพร่แล้ว', en: 'Published' })} colour="green" /> : <Tag text={t({ th: 'ยังไม่เผยแพร่', en: 'Not published' })} colour="grey" />),
          },
          { header: t({ th: 'ฉบับที่', en: 'Version' }), numeric: true, cell: (p) => <span safe>{String(p.currentVersion)}</span> },
          { header: t({ th: 'ปรับปรุงล่าสุด', en: 'Last updated' }), cell: (p) => <span safe>{formatInstant(p.updatedAt, ctx.locale)}</span> },
          {
            header: t({ th: 'หน้าสาธารณะ', en: 'Public page' }),
            cell: (p) =>
              p.published ? (
                <a href={`/o/${org.slug}/budget/${p.fiscalYear}`} safe>
                  {`/o/${org.slug}/budget/${p.fiscalYear}`}
                </a>
              ) : (
                <span>–</span>
              ),
          },
        ]}
      />
    </Layout>
  )
}
