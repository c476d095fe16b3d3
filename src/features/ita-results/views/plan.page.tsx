import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { Checkboxes } from '../../../web/components/choices.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, TextInput, Textarea } from '../../../web/components/form-fields.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import { measuresFor } from '../improvement-plan.domain.ts'
import type { PlanFormValues } from '../improvement-plan.input.ts'
import type { PlanView } from '../improvement-plan.use-cases.ts'
import { MEASURE_LIBRARY } from '../measure-library.data.ts'
import { PlanTable, score2 } from './result-parts.tsx'

/** /staff/ita/plan: the improvement plan, weakest indicator first; editable by the agency's ITA team. */
export function PlanPage({ ctx, plan, values, errors }: { ctx: PageContext; plan: PlanView; values: PlanFormValues; errors?: FieldErrors | undefined }) {
  const t = ctx.t
  const name = orgName(plan.org, ctx.locale)
  const heading = t({ th: 'แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ {y}', en: 'Integrity and transparency improvement plan, fiscal year {y}' }, { y: plan.planYear })
  const query = `org=${plan.org.slug}&year=${plan.planYear}`
  return (
    <Layout ctx={ctx} title={`${heading} – ${name}`} wide>
      <span class="caption-l" safe>
        {name}
      </span>
      <h1 class="heading-xl" safe>
        {heading}
      </h1>
      {!plan.result ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีผลการประเมิน ITA ปีงบประมาณ {y} ที่แผนนี้ต้องตอบ', en: 'There are no ITA results for fiscal year {y}, which this plan answers' }, { y: plan.resultsYear })}
        </p>
      ) : (
        <>
          <p class="body" safe>
            {t(
              { th: 'จากผลการประเมินปีงบประมาณ {y} (คะแนนรวม {s}) เรียงตัวชี้วัดจากคะแนนน้อยไปมาก', en: 'From the fiscal year {y} results (total {s}), indicators weakest first' },
              { y: plan.resultsYear, s: plan.result.score ? score2(plan.result.score.total) : '—' },
            )}
          </p>
          {plan.updatedAt ? (
            <p class="hint" safe>
              {t({ th: 'ปรับปรุงล่าสุด {at}', en: 'Last updated {at}' }, { at: formatInstant(plan.updatedAt, ctx.locale) })}
            </p>
          ) : (
            ''
          )}
          <p class="body">
            <a href={`/staff/ita/plan.docx?${query}`} safe>
              {t({ th: 'ดาวน์โหลดแผนเป็นไฟล์ Word', en: 'Download the plan as Word' })}
            </a>
          </p>
          {plan.mayEdit ? <PlanForm ctx={ctx} plan={plan} values={values} errors={errors} action={`/staff/ita/plan?${query}`} /> : <PlanTable ctx={ctx} rows={plan.table} formatDay={(d) => formatDay(d, ctx.locale)} />}
        </>
      )}
    </Layout>
  )
}

function PlanForm({ ctx, plan, values, errors, action }: { ctx: PageContext; plan: PlanView; values: PlanFormValues; errors: FieldErrors | undefined; action: string }) {
  const t = ctx.t
  const staffOptions = plan.staff.map((s) => ({ value: s, text: s }))
  return (
    <form method="post" action={action} novalidate>
      <CsrfField token={ctx.csrfToken} />
      <ErrorSummary ctx={ctx} errors={errors} />
      {plan.table.map((row) => {
        const n = row.indicator
        const v = values[n]
        return (
          <section class="ita-plan-row" aria-labelledby={`indicator-${n}`}>
            <h2 class="heading-m" id={`indicator-${n}`} safe>
              {`${row.order}. ${ctx.locale === 'th' ? row.indicatorTh : row.indicatorEn} — ${score2(row.score)}`}
            </h2>
            <Checkboxes
              id={`measures_${n}`}
              label={t({ th: 'มาตรการจากคลังมาตรการ', en: 'Measures from the library' })}
              options={measuresFor(MEASURE_LIBRARY, n).map((m) => ({ value: m.id, text: m.th }))}
              values={v.measures}
              errorMessage={fieldError(ctx, errors, `measures_${n}`)}
            />
            <Textarea
              id={`own_${n}`}
              rows={3}
              label={t({ th: 'มาตรการเพิ่มเติมของหน่วยงาน (บรรทัดละหนึ่งมาตรการ)', en: 'The agency’s own measures (one per line)' })}
              value={v.own}
              errorMessage={fieldError(ctx, errors, `own_${n}`)}
            />
            <Select
              id={`owner_${n}`}
              label={t({ th: 'ผู้รับผิดชอบ', en: 'Owner' })}
              options={staffOptions}
              value={v.owner}
              emptyText={t({ th: 'เลือกผู้รับผิดชอบ', en: 'Choose an owner' })}
              errorMessage={fieldError(ctx, errors, `owner_${n}`)}
            />
            <DateInput
              id={`due_${n}`}
              locale={ctx.locale}
              label={t({ th: 'กำหนดแล้วเสร็จ', en: 'Due date' })}
              hint={t({ th: 'ภายในปีงบประมาณ {y}', en: 'Within fiscal year {y}' }, { y: plan.planYear })}
              value={v.due}
              errorMessage={fieldError(ctx, errors, `due_${n}`)}
            />
            <TextInput
              id={`progress_${n}`}
              label={t({ th: 'ความคืบหน้า (ร้อยละ 0–100)', en: 'Progress (per cent, 0–100)' })}
              inputmode="numeric"
              width="4"
              value={v.progress}
              errorMessage={fieldError(ctx, errors, `progress_${n}`)}
            />
          </section>
        )
      })}
      <Button text={t({ th: 'บันทึกแผน', en: 'Save the plan' })} />
    </form>
  )
}
