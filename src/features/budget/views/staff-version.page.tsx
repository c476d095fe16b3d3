import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { PlanTotals } from '../budget.domain.ts'
import type { BudgetVersion } from '../budget.repository.ts'
import type { BudgetEditor } from '../budget.use-cases.ts'
import { BudgetReport, type BudgetCharts } from './budget-report.tsx'
import { staffBudgetUrl } from './workspace.page.tsx'

/** /staff/budget/<slug>/<fy>/v/<n>: any saved version as the public would see it, published or not. */
export function StaffVersionPage({ ctx, editor, shown, totals, charts }: { ctx: PageContext; editor: BudgetEditor; shown: BudgetVersion; totals: PlanTotals; charts: BudgetCharts }) {
  const t = ctx.t
  const heading = t({ th: 'แผนการใช้จ่ายงบประมาณ ปีงบประมาณ {y} ฉบับที่ {n}', en: 'Budget spending plan, fiscal year {y}, version {n}' }, { y: editor.fiscalYear, n: shown.version })
  return (
    <Layout ctx={ctx} title={heading} wide>
      <a href={staffBudgetUrl(editor.org.slug, editor.fiscalYear)} class="back-link" safe>
        {t({ th: 'กลับไปแก้ไขแผน', en: 'Back to the editor' })}
      </a>
      <span class="caption-l" safe>
        {orgName(editor.org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {heading}
      </h1>
      <BudgetReport ctx={ctx} shown={shown} totals={totals} charts={charts} />
    </Layout>
  )
}
