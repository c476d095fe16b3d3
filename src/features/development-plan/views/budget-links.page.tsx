import type { FieldErrors } from '../../../errors.ts'
import { Button, CsrfField, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { BudgetLinks } from '../development-plan.use-cases.ts'
import { baht, staffPlanUrl } from './devplan-text.ts'

/** /staff/development-plan/:id/budget/:fy: which plan project funds each line of the year's budget. */
export function BudgetLinksPage({ ctx, view, chosen, errors }: { ctx: PageContext; view: BudgetLinks; chosen?: ReadonlyMap<number, string>; errors?: FieldErrors | undefined }) {
  const t = ctx.t
  const heading = t({ th: 'โครงการในแผนที่ใช้งบประมาณ ปี {y}', en: 'Plan projects funding the {y} budget' }, { y: view.fiscalYear })
  const unplanned = view.lines.filter((l) => l.projectId === null).length
  return (
    <Layout ctx={ctx} title={heading} wide>
      <a href={staffPlanUrl(view.plan.id)} class="back-link" safe>
        {view.plan.title}
      </a>
      <span class="caption-l" safe>
        {orgName(view.org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {heading}
      </h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      {!view.budget ? (
        <p class="body">
          <span safe>{t({ th: 'ยังไม่มีแผนการใช้จ่ายงบประมาณของปีนี้', en: 'There is no spending plan for this year yet.' })}</span>{' '}
          <a href={`/staff/budget/${view.org.slug}/${view.fiscalYear}`} safe>
            {t({ th: 'ไปที่งบประมาณ', en: 'Go to the budget' })}
          </a>
        </p>
      ) : (
        <>
          <p class="body" safe>
            {t({
              th: 'งบประมาณรายจ่ายต้องมาจากโครงการในแผนพัฒนา (ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น) รายการที่ไม่มีโครงการรองรับจะแสดงเป็น “ไม่อยู่ในแผน” ทั้งที่นี่และในหน้าสาธารณะ',
              en: 'Budget lines should come from projects of the development plan. A line no project funds is flagged “not in the plan”, here and on the public page.',
            })}
          </p>
          <p class="body">
            {unplanned ? <Tag text={t({ th: 'ไม่อยู่ในแผน {n} รายการ', en: '{n} line(s) not in the plan' }, { n: unplanned })} colour="red" /> : <Tag text={t({ th: 'ทุกรายการอยู่ในแผน', en: 'Every line is in the plan' })} colour="green" />}
          </p>
          <form method="post" action={`${staffPlanUrl(view.plan.id)}/budget/${view.fiscalYear}`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <div class="table-wrap" tabindex="0" role="region" aria-label={heading}>
              <table class="table">
                <caption class="table__caption" safe>
                  {t({ th: 'รายการงบประมาณ ฉบับที่ {v}', en: 'Budget lines, version {v}' }, { v: view.budget.version })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" class="table__header" safe>
                      {t({ th: 'รายการ', en: 'Line' })}
                    </th>
                    <th scope="col" class="table__header table__header--numeric" safe>
                      {t({ th: 'งบประมาณ', en: 'Allocated' })}
                    </th>
                    <th scope="col" class="table__header" safe>
                      {t({ th: 'โครงการในแผนที่ใช้งบนี้', en: 'Plan project it funds' })}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {view.lines.map((l) => {
                    const id = `line_${l.position}`
                    const value = chosen?.get(l.position) ?? l.projectId ?? ''
                    const error = fieldError(ctx, errors, id)
                    return (
                      <tr>
                        <td class="table__cell">
                          <span safe>{l.name}</span> {l.projectId === null ? <Tag text={t({ th: 'ไม่อยู่ในแผน', en: 'Not in the plan' })} colour="red" /> : ''}
                        </td>
                        <td class="table__cell table__cell--numeric" safe>
                          {baht(l.allocated, ctx.locale)}
                        </td>
                        <td class="table__cell">
                          <div class={error ? 'form-group form-group--error' : 'form-group'}>
                            <label class="label visually-hidden" for={id} safe>
                              {t({ th: 'โครงการของรายการ {name}', en: 'Project of the line {name}' }, { name: l.name })}
                            </label>
                            {error ? (
                              <p id={`${id}-error`} class="error-message" safe>
                                {error}
                              </p>
                            ) : (
                              ''
                            )}
                            <select class="select" id={id} name={id} aria-describedby={error ? `${id}-error` : undefined}>
                              <option value="" safe>
                                {t({ th: '— ไม่อยู่ในแผน —', en: '— not in the plan —' })}
                              </option>
                              {view.projects.map((p) => (
                                <option value={p.id} selected={p.id === value} safe>
                                  {p.name}
                                </option>
                              ))}
                            </select>
                          </div>
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
            <Button text={t({ th: 'บันทึกการเชื่อมโยง', en: 'Save the links' })} />
          </form>
        </>
      )}
    </Layout>
  )
}
