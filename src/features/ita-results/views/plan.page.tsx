import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { Checkboxes, Radios } from '../../../web/components/choices.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, TextInput, Textarea } from '../../../web/components/form-fields.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import { PLAN_ITEM_STATUS_LABELS, PLAN_ITEM_STATUSES } from '../improvement-plan.domain.ts'
import type { MeasureRowValues, PlanFormValues } from '../improvement-plan.input.ts'
import type { PlanView } from '../improvement-plan.use-cases.ts'
import { measureText } from '../measure-library.domain.ts'
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
  const textOf = (id: string | null) => {
    const m = plan.library.find((x) => x.id === id)
    return m ? { text: measureText(m, ctx.locale), retired: m.retired } : { text: id ?? '', retired: false }
  }
  const hasError = (keys: readonly string[]) => !!errors && Object.keys(errors).some((f) => keys.some((k) => f.startsWith(`${k}_`)))
  return (
    <form method="post" action={action} novalidate>
      <CsrfField token={ctx.csrfToken} />
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="hint" safe>
        {t({
          th: 'เลือกมาตรการจากคลังหรือเขียนมาตรการของหน่วยงานเอง แต่ละมาตรการมีผู้รับผิดชอบ กำหนดแล้วเสร็จ และความคืบหน้าของตนเอง',
          en: 'Choose measures from the library or write the agency’s own; each measure has its own owner, due date and progress',
        })}
      </p>
      {plan.table.map((row) => {
        const n = row.indicator
        const v = values[n]
        const rows = [...v.library, ...v.own]
        const open = rows.some((r) => r.picked || r.th.trim()) || hasError(rows.map((r) => r.key)) || row.order <= 3
        return (
          <section class="ita-plan-row" aria-labelledby={`indicator-${n}`}>
            <h2 class="heading-m" id={`indicator-${n}`} safe>
              {`${row.order}. ${ctx.locale === 'th' ? row.indicatorTh : row.indicatorEn} — ${score2(row.score)}`}
            </h2>
            <details class="details" open={open}>
              <summary safe>
                {t({ th: 'มาตรการของตัวชี้วัดนี้ ({c} มาตรการที่เลือก)', en: 'Measures for this indicator ({c} chosen)' }, { c: rows.filter((r) => r.picked || r.th.trim()).length })}
              </summary>
              {v.library.map((r) => {
                const m = textOf(r.measureId)
                return (
                  <div class="ita-plan-measure">
                    <input type="hidden" name={`${r.key}_id`} value={r.measureId ?? ''} />
                    <Checkboxes
                      id={`${r.key}_pick`}
                      label={t({ th: 'มาตรการจากคลัง', en: 'Library measure' })}
                      options={[{ value: 'yes', text: m.text, ...(m.retired ? { hint: t({ th: 'มาตรการนี้เลิกใช้แล้ว แผนนี้ยังเก็บไว้', en: 'Retired from the library; this plan keeps it' }) } : {}) }]}
                      values={r.picked ? ['yes'] : []}
                      errorMessage={fieldError(ctx, errors, `${r.key}_pick`)}
                    />
                    <MeasureFields ctx={ctx} plan={plan} row={r} errors={errors} open={r.picked || hasError([r.key])} />
                  </div>
                )
              })}
              {v.own.map((r, j) => (
                <div class="ita-plan-measure">
                  <Textarea
                    id={`${r.key}_th`}
                    rows={2}
                    label={t({ th: 'มาตรการของหน่วยงานเอง ข้อ {j}', en: 'The agency’s own measure {j}' }, { j: j + 1 })}
                    hint={r.th.trim() ? undefined : t({ th: 'เว้นว่างไว้หากไม่มี', en: 'Leave empty if none' })}
                    value={r.th}
                    errorMessage={fieldError(ctx, errors, `${r.key}_th`)}
                  />
                  <MeasureFields ctx={ctx} plan={plan} row={r} errors={errors} open={!!r.th.trim() || hasError([r.key])} />
                </div>
              ))}
            </details>
          </section>
        )
      })}
      <Button text={t({ th: 'บันทึกแผน', en: 'Save the plan' })} />
    </form>
  )
}

/** Owner, due date and progress of one measure: folded away for a measure not (yet) in the plan. */
function MeasureFields({ ctx, plan, row, errors, open }: { ctx: PageContext; plan: PlanView; row: MeasureRowValues; errors: FieldErrors | undefined; open: boolean }) {
  const t = ctx.t
  return (
    <details class="details ita-plan-measure__fields" open={open}>
      <summary safe>{t({ th: 'ผู้รับผิดชอบ กำหนดแล้วเสร็จ และความคืบหน้า', en: 'Owner, due date and progress' })}</summary>
      <Select
        id={`${row.key}_owner`}
        label={t({ th: 'ผู้รับผิดชอบ', en: 'Owner' })}
        options={plan.staff.map((s) => ({ value: s, text: s }))}
        value={row.owner}
        emptyText={t({ th: 'เลือกผู้รับผิดชอบ', en: 'Choose an owner' })}
        errorMessage={fieldError(ctx, errors, `${row.key}_owner`)}
      />
      <DateInput
        id={`${row.key}_due`}
        locale={ctx.locale}
        label={t({ th: 'กำหนดแล้วเสร็จ', en: 'Due date' })}
        hint={t({ th: 'ภายในปีงบประมาณ {y}', en: 'Within fiscal year {y}' }, { y: plan.planYear })}
        value={row.due}
        errorMessage={fieldError(ctx, errors, `${row.key}_due`)}
      />
      <Radios
        id={`${row.key}_status`}
        inline
        label={t({ th: 'ความคืบหน้า', en: 'Progress' })}
        options={PLAN_ITEM_STATUSES.map((s) => ({ value: s, text: PLAN_ITEM_STATUS_LABELS[s][ctx.locale] }))}
        value={row.status}
        errorMessage={fieldError(ctx, errors, `${row.key}_status`)}
      />
      <TextInput
        id={`${row.key}_progress`}
        label={t({ th: 'ร้อยละที่ดำเนินการแล้ว (เมื่อกำลังดำเนินการ)', en: 'Per cent done (when in progress)' })}
        inputmode="numeric"
        width="4"
        value={row.progress}
        errorMessage={fieldError(ctx, errors, `${row.key}_progress`)}
      />
      <TextInput
        id={`${row.key}_note`}
        label={t({ th: 'บันทึกความคืบหน้า (ถ้ามี)', en: 'Progress note (optional)' })}
        value={row.note}
        errorMessage={fieldError(ctx, errors, `${row.key}_note`)}
      />
    </details>
  )
}
