import type { FieldErrors } from '../../../errors.ts'
import { Button, CsrfField, Table, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, TextInput } from '../../../web/components/form-fields.tsx'
import { formatInstant } from '../../../web/format-time.ts'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { PlanFormValues } from '../development-plan.input.ts'
import type { DevPlan, DevPlanWorkspace } from '../development-plan.use-cases.ts'
import { publicPlanUrl, staffPlanUrl } from './devplan-text.ts'

/** /staff/development-plan: the agency's plans and a form to start one. */
export function DevPlanWorkspacePage({ ctx, workspace, values, errors }: { ctx: PageContext; workspace: DevPlanWorkspace; values: PlanFormValues; errors?: FieldErrors | undefined }) {
  const t = ctx.t
  const { org } = workspace
  const heading = t({ th: 'แผนพัฒนาท้องถิ่น', en: 'Local development plan' })
  const err = (f: string) => fieldError(ctx, errors, f)
  return (
    <Layout ctx={ctx} title={heading} wide>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {heading}
      </h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="body" safe>
        {t({
          th: 'ยุทธศาสตร์ แผนงาน และโครงการตามปี พร้อมงบประมาณ ตัวชี้วัด และที่มาจากการมีส่วนร่วมของประชาชน โครงการในแผนเชื่อมกับรายการงบประมาณรายจ่ายที่ใช้ดำเนินการ',
          en: 'Strategies, programmes and projects by year with their budgets, indicators and how the people took part; plan projects are linked to the budget lines that fund them.',
        })}
      </p>
      {workspace.choices.length > 1 ? (
        <form method="get" action="/staff/development-plan">
          <Select id="org" label={t({ th: 'หน่วยงาน', en: 'Agency' })} options={workspace.choices.map((c) => ({ value: c.slug, text: orgName(c, ctx.locale) }))} value={org.slug} />
          <Button text={t({ th: 'แสดง', en: 'Show' })} kind="secondary" />
        </form>
      ) : (
        ''
      )}
      <Table<DevPlan>
        caption={t({ th: 'แผนของหน่วยงาน', en: 'The agency’s plans' })}
        rows={workspace.plans}
        empty={t({ th: 'ยังไม่มีแผนพัฒนา', en: 'No development plan yet' })}
        columns={[
          {
            header: t({ th: 'แผน', en: 'Plan' }),
            cell: (p) => (
              <a href={staffPlanUrl(p.id)} safe>
                {p.title}
              </a>
            ),
          },
          { header: t({ th: 'ปี พ.ศ.', en: 'Years (BE)' }), cell: (p) => <span safe>{`${p.firstYear}–${p.lastYear}`}</span> },
          { header: t({ th: 'ฉบับที่', en: 'Version' }), numeric: true, cell: (p) => <span safe>{String(p.currentVersion)}</span> },
          {
            header: t({ th: 'สถานะ', en: 'Status' }),
            cell: (p) => (p.published ? <Tag text={t({ th: 'เผยแพร่แล้ว', en: 'Published' })} colour="green" /> : <Tag text={t({ th: 'ยังไม่เผยแพร่', en: 'Not published' })} colour="grey" />),
          },
          { header: t({ th: 'ปรับปรุงล่าสุด', en: 'Last updated' }), cell: (p) => <span safe>{formatInstant(p.updatedAt, ctx.locale)}</span> },
        ]}
      />
      {workspace.plans.some((p) => p.published) ? (
        <p class="body">
          <a href={publicPlanUrl(org.slug)} safe>
            {t({ th: 'หน้าสาธารณะของแผนพัฒนา', en: 'The plan’s public page' })}
          </a>
        </p>
      ) : (
        ''
      )}
      <h2 class="heading-l" safe>
        {t({ th: 'เริ่มแผนใหม่', en: 'Start a plan' })}
      </h2>
      <form method="post" action={`/staff/development-plan/new?org=${encodeURIComponent(org.slug)}`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextInput id="title" label={t({ th: 'ชื่อแผน', en: 'Title' })} hint={t({ th: 'เช่น แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570)', en: 'e.g. แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570)' })} value={values.title} errorMessage={err('title')} />
        <TextInput id="first_year" width="4" inputmode="numeric" label={t({ th: 'ปีแรก (พ.ศ.)', en: 'First year (BE)' })} value={values.first_year} errorMessage={err('first_year')} />
        <TextInput id="last_year" width="4" inputmode="numeric" label={t({ th: 'ปีสุดท้าย (พ.ศ.)', en: 'Last year (BE)' })} hint={t({ th: 'ไม่เกิน 5 ปี', en: 'Five years at most' })} value={values.last_year} errorMessage={err('last_year')} />
        <Button text={t({ th: 'สร้างแผน', en: 'Create the plan' })} />
      </form>
    </Layout>
  )
}
