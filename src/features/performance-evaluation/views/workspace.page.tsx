import type { FieldErrors } from '../../../errors.ts'
import { Button, CsrfField, Table, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, TextInput } from '../../../web/components/form-fields.tsx'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { Evaluation, EvaluationWorkspace, MySheet } from '../performance-evaluation.use-cases.ts'

export const evaluationUrl = (id: string) => `/staff/performance-evaluation/${id}`
export const sheetUrl = (id: string, userId: string) => `/staff/performance-evaluation/${id}/sheets/${userId}`

export function EvaluationWorkspacePage({ ctx, workspace, year, errors }: { ctx: PageContext; workspace: EvaluationWorkspace; year: string; errors?: FieldErrors | undefined }) {
  const t = ctx.t
  const heading = t({ th: 'การประเมินผลการปฏิบัติราชการ 4 มิติ', en: 'Four-dimension performance evaluation' })
  const userId = ctx.actor?.userId ?? ''
  const statusTag = (s: string) => (s === 'completed' ? <Tag text={t({ th: 'เสร็จสิ้น', en: 'Completed' })} colour="green" /> : <Tag text={t({ th: 'กำลังให้คะแนน', en: 'Scoring' })} colour="blue" />)
  return (
    <Layout ctx={ctx} title={heading} wide>
      {workspace.org ? (
        <span class="caption-l" safe>
          {orgName(workspace.org, ctx.locale)}
        </span>
      ) : (
        ''
      )}
      <h1 class="heading-xl" safe>
        {heading}
      </h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="body" safe>
        {t({
          th: 'คณะกรรมการซึ่งมีกรรมการจากภายนอกประเมินผลสัมฤทธิ์ตามพันธกิจ คุณภาพการให้บริการ ความคุ้มค่า และความพึงพอใจของประชาชน กรรมการแต่ละคนให้คะแนนในแบบของตนเอง ผลของคณะกรรมการคำนวณจากคะแนนของกรรมการทุกคน',
          en: 'A committee with outside members evaluates mission results, service quality, cost-effectiveness and citizen satisfaction. Each member scores their own sheet; the committee’s result is computed from every member’s scores.',
        })}
      </p>
      <Table<MySheet>
        caption={t({ th: 'แบบให้คะแนนของท่าน', en: 'Your scoring sheets' })}
        rows={workspace.mySheets}
        empty={t({ th: 'ท่านไม่ได้เป็นกรรมการประเมิน', en: 'You sit on no evaluation committee' })}
        columns={[
          {
            header: t({ th: 'การประเมิน', en: 'Evaluation' }),
            cell: (s) => (
              <a href={sheetUrl(s.id, userId)} safe>
                {`${s.orgName} ${t({ th: 'ปี', en: 'year' })} ${s.year}`}
              </a>
            ),
          },
          { header: t({ th: 'สถานะ', en: 'Status' }), cell: (s) => statusTag(s.status) },
          { header: t({ th: 'แบบของท่าน', en: 'Your sheet' }), cell: (s) => <span safe>{s.submittedAt ? t({ th: 'ให้คะแนนแล้ว', en: 'Scored' }) : t({ th: 'ยังไม่ได้ให้คะแนน', en: 'Not scored yet' })}</span> },
        ]}
      />
      {workspace.org ? (
        <>
          {workspace.choices.length > 1 ? (
            <form method="get" action="/staff/performance-evaluation">
              <Select id="org" label={t({ th: 'หน่วยงาน', en: 'Agency' })} options={workspace.choices.map((c) => ({ value: c.slug, text: orgName(c, ctx.locale) }))} value={workspace.org.slug} />
              <Button text={t({ th: 'แสดง', en: 'Show' })} kind="secondary" />
            </form>
          ) : (
            ''
          )}
          <Table<Evaluation>
            caption={t({ th: 'การประเมินของหน่วยงาน', en: 'The agency’s evaluations' })}
            rows={workspace.evaluations}
            empty={t({ th: 'ยังไม่มีการประเมิน', en: 'No evaluation yet' })}
            columns={[
              {
                header: t({ th: 'ปีงบประมาณ', en: 'Fiscal year' }),
                cell: (e) => (
                  <a href={evaluationUrl(e.id)} safe>
                    {String(e.year)}
                  </a>
                ),
              },
              { header: t({ th: 'สถานะ', en: 'Status' }), cell: (e) => statusTag(e.status) },
              { header: t({ th: 'ผลรวม', en: 'Overall' }), numeric: true, cell: (e) => <span>{e.result ? `${e.result.overall.toFixed(1)}%` : '–'}</span> },
              { header: t({ th: 'เผยแพร่', en: 'Published' }), cell: (e) => <span safe>{e.published ? t({ th: 'เผยแพร่แล้ว', en: 'Yes' }) : t({ th: 'ยังไม่เผยแพร่', en: 'No' })}</span> },
            ]}
          />
          <form method="post" action={`/staff/performance-evaluation/new?org=${encodeURIComponent(workspace.org.slug)}`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <h2 class="heading-m" safe>
              {t({ th: 'เริ่มการประเมินประจำปี', en: 'Start a year’s evaluation' })}
            </h2>
            <TextInput id="year" width="4" inputmode="numeric" label={t({ th: 'ปีงบประมาณ (พ.ศ.)', en: 'Fiscal year (BE)' })} value={year} errorMessage={fieldError(ctx, errors, 'year')} />
            <Button text={t({ th: 'เริ่มการประเมิน', en: 'Start' })} />
          </form>
        </>
      ) : (
        ''
      )}
    </Layout>
  )
}
