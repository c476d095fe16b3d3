import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, SummaryList, Table, Tag } from '../../../web/components/display.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import type { icView } from '../governance.use-cases.ts'
import { IC_ASSESSMENTS, IC_COMPONENTS, type IcComponent } from '../risks.domain.ts'
import type { FormState } from './form-state.ts'

type View = Awaited<ReturnType<typeof icView>>

/** /staff/risks/internal-control: the committee's order, a result per component, the yearly report. */
export function InternalControlPage({ ctx, view, state }: { ctx: PageContext; view: View; state?: (FormState & { form: string }) | undefined }) {
  const t = ctx.t
  const e = view.evaluation
  const s = (form: string) => (state?.form === form ? state : undefined)
  const title = t({ th: 'การติดตามและประเมินผลการควบคุมภายใน', en: 'Internal-control evaluation' })
  const results = new Map(view.results.map((r) => [r.component, r]))
  return (
    <Layout ctx={ctx} title={`${title} ${view.fiscalYear}`} wide>
      <ErrorSummary ctx={ctx} errors={state?.errors} />
      <p class="caption-l" safe>
        {view.agency.name_th}
      </p>
      <h1 class="heading-xl" safe>
        {`${title} ${t({ th: 'ปีงบประมาณ', en: 'fiscal year' })} ${view.fiscalYear}`}
      </h1>
      <nav class="sub-nav" aria-label={t({ th: 'ปีงบประมาณ', en: 'Fiscal years' })}>
        <ul class="sub-nav__list">
          {[view.fiscalYear - 1, view.fiscalYear, view.fiscalYear + 1].map((y) => (
            <li class="sub-nav__item">
              <a href={`/staff/risks/internal-control?year=${y}`} aria-current={y === view.fiscalYear ? 'page' : undefined} safe>
                {String(y)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {!e ? (
        <form method="post" action={`/staff/risks/internal-control/${view.fiscalYear}/appoint`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h2 class="heading-l" safe>
            {t({ th: 'คำสั่งแต่งตั้งคณะกรรมการติดตามและประเมินผลการควบคุมภายใน', en: 'The order appointing the evaluation committee' })}
          </h2>
          <TextInput id="order_number" label={t({ th: 'เลขที่คำสั่ง', en: 'Order number' })} width="10" value={s('appoint')?.values.order_number} errorMessage={fieldError(ctx, s('appoint')?.errors, 'order_number')} />
          <DateInput id="order_date" locale={ctx.locale} label={t({ th: 'ลงวันที่', en: 'Dated' })} value={{ day: s('appoint')?.values['order_date-day'], month: s('appoint')?.values['order_date-month'], year: s('appoint')?.values['order_date-year'] }} errorMessage={fieldError(ctx, s('appoint')?.errors, 'order_date')} />
          <Textarea id="members" rows={5} label={t({ th: 'กรรมการ', en: 'Members' })} hint={t({ th: 'บรรทัดละคน: ชื่อ, ตำแหน่ง, หน้าที่ในคณะกรรมการ', en: 'One a line: name, position, role' })} value={s('appoint')?.values.members} errorMessage={fieldError(ctx, s('appoint')?.errors, 'members')} />
          <Button text={t({ th: 'บันทึกคำสั่ง', en: 'Record the order' })} />
        </form>
      ) : (
        <>
          <p class="body">
            <a href={`/staff/risks/internal-control/${view.fiscalYear}/report.docx`} safe>
              {t({ th: 'รายงานผลการประเมิน (Word)', en: 'Evaluation report (Word)' })}
            </a>
          </p>
          <p class="body">{e.status === 'reported' ? <Tag text={t({ th: 'รายงานผลแล้ว', en: 'Reported' })} colour="green" /> : <Tag text={t({ th: 'อยู่ระหว่างประเมิน', en: 'In progress' })} colour="yellow" />}</p>
          <SummaryList
            rows={[
              { key: t({ th: 'คำสั่ง', en: 'Order' }), value: <span safe>{`${t({ th: 'ที่', en: 'No.' })} ${e.orderNumber} ${t({ th: 'ลงวันที่', en: 'dated' })} ${formatDay(e.orderDate, ctx.locale, 'long')}`}</span> },
              ...(e.reportedAt ? [{ key: t({ th: 'รายงานเมื่อ', en: 'Reported' }), value: <span safe>{`${formatInstant(e.reportedAt, ctx.locale)} (${e.reportedByLabel ?? ''})`}</span> }] : []),
              ...(e.summary ? [{ key: t({ th: 'สรุปผล', en: 'Summary' }), value: <span class="preserve-lines" safe>{e.summary}</span> }] : []),
            ]}
          />
          <Table
            caption={t({ th: 'คณะกรรมการ {n} คน', en: '{n} member(s)' }, { n: e.members.length })}
            rows={e.members}
            columns={[
              { header: t({ th: 'ชื่อ', en: 'Name' }), cell: (m) => <span safe>{m.name}</span> },
              { header: t({ th: 'ตำแหน่ง', en: 'Position' }), cell: (m) => <span safe>{m.position}</span> },
              { header: t({ th: 'หน้าที่', en: 'Role' }), cell: (m) => <span safe>{m.role}</span> },
            ]}
          />
          <h2 class="heading-l" safe>
            {t({ th: 'ผลการประเมินรายองค์ประกอบ', en: 'Results per component' })}
          </h2>
          {e.status === 'in_progress' ? (
            <form method="post" action={`/staff/risks/internal-control/${view.fiscalYear}/results`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              {(Object.keys(IC_COMPONENTS) as IcComponent[]).map((c, i) => {
                const st = s('results')
                const r = results.get(c)
                return (
                  <fieldset class="fieldset">
                    <legend class="fieldset__legend fieldset__legend--l" safe>
                      {`${i + 1}. ${IC_COMPONENTS[c][ctx.locale]}`}
                    </legend>
                    <Select id={`${c}_assessment`} label={t({ th: 'ผลการประเมิน', en: 'Result' })} options={Object.entries(IC_ASSESSMENTS).map(([value, l]) => ({ value, text: l[ctx.locale] }))} value={st?.values[`${c}_assessment`] ?? r?.assessment} emptyText={t({ th: 'เลือก', en: 'Choose' })} errorMessage={fieldError(ctx, st?.errors, `${c}_assessment`)} />
                    <Textarea id={`${c}_findings`} rows={2} label={t({ th: 'ข้อค้นพบ', en: 'Findings' })} value={st?.values[`${c}_findings`] ?? r?.findings} errorMessage={fieldError(ctx, st?.errors, `${c}_findings`)} />
                    <Textarea id={`${c}_improvements`} rows={2} label={t({ th: 'การปรับปรุง', en: 'Improvements' })} value={st?.values[`${c}_improvements`] ?? r?.improvements} errorMessage={fieldError(ctx, st?.errors, `${c}_improvements`)} />
                  </fieldset>
                )
              })}
              <Button text={t({ th: 'บันทึกผลการประเมิน', en: 'Save the results' })} />
            </form>
          ) : (
            <Table
              caption={t({ th: 'ผลการประเมิน ๕ องค์ประกอบ', en: 'The five components' })}
              rows={view.results}
              columns={[
                { header: t({ th: 'องค์ประกอบ', en: 'Component' }), cell: (r) => <span>{IC_COMPONENTS[r.component][ctx.locale]}</span> },
                { header: t({ th: 'ผล', en: 'Result' }), cell: (r) => <span>{IC_ASSESSMENTS[r.assessment][ctx.locale]}</span> },
                { header: t({ th: 'ข้อค้นพบ', en: 'Findings' }), cell: (r) => <span safe>{r.findings}</span> },
                { header: t({ th: 'การปรับปรุง', en: 'Improvements' }), cell: (r) => <span safe>{r.improvements}</span> },
              ]}
            />
          )}
          {e.status === 'in_progress' && view.isHead && view.results.length === 5 ? (
            <form method="post" action={`/staff/risks/internal-control/${view.fiscalYear}/report`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              <Textarea id="summary" rows={4} label={t({ th: 'สรุปผลการประเมินการควบคุมภายในประจำปี', en: 'The year’s summary' })} value={s('report')?.values.summary} errorMessage={fieldError(ctx, s('report')?.errors, 'summary')} />
              <Button text={t({ th: 'รายงานผลการประเมิน', en: 'Report the evaluation' })} />
            </form>
          ) : (
            ''
          )}
        </>
      )}
    </Layout>
  )
}
