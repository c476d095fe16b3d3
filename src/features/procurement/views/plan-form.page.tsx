import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { BasedOnVersionField } from '../../../web/components/based-on-version.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { TextInput } from '../../../web/components/form-fields.tsx'
import { orgName } from '../../../web/org-names.ts'
import { FISCAL_MONTHS, PROCUREMENT_METHODS, type PlanContent } from '../procurement.domain.ts'
import type { PlanFormValues } from '../procurement.input.ts'
import type { Editor } from '../procurement-staff.use-cases.ts'
import { methodText, monthLabel, PlanTable, VersionList } from './procurement-view-helpers.tsx'
import { RecordEditorHeading } from './record-editor-heading.tsx'

/** A cell of the lines table: labelled for screen readers, its error shown above the control `control` draws. */
function Cell({ ctx, id, label, errors, control }: { ctx: PageContext; id: string; label: string; errors: FieldErrors | undefined; control: (invalid: { error: boolean; describedBy: string | undefined }) => JSX.Element }) {
  const error = fieldError(ctx, errors, id)
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      <label class="visually-hidden" for={id} safe>
        {label}
      </label>
      {error ? (
        <p id={`${id}-error`} class="error-message" safe>
          {error}
        </p>
      ) : (
        ''
      )}
      {control({ error: Boolean(error), describedBy: error ? `${id}-error` : undefined })}
    </div>
  )
}

/** A cell input of the lines table. */
function CellInput({ ctx, id, label, value, errors, inputmode, size, multiline }: { ctx: PageContext; id: string; label: string; value: string; errors: FieldErrors | undefined; inputmode?: 'numeric' | 'text'; size?: string; multiline?: boolean }) {
  return (
    <Cell
      ctx={ctx}
      id={id}
      label={label}
      errors={errors}
      control={({ error, describedBy }) =>
        multiline ? (
          <textarea class={`textarea${error ? ' textarea--error' : ''}`} id={id} name={id} rows="2" cols={size} aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined} safe>
            {value}
          </textarea>
        ) : (
          <input class={`input${error ? ' input--error' : ''}`} id={id} name={id} type="text" value={value} inputmode={inputmode} size={size} aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined} />
        )
      }
    />
  )
}

function CellSelect({ ctx, id, label, value, errors, options }: { ctx: PageContext; id: string; label: string; value: string; errors: FieldErrors | undefined; options: { value: string; text: string }[] }) {
  return (
    <Cell
      ctx={ctx}
      id={id}
      label={label}
      errors={errors}
      control={({ error, describedBy }) => (
        <select class={error ? 'select select--error' : 'select'} id={id} name={id} aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined}>
          <option value="" safe>
            {ctx.t({ th: 'เลือก', en: 'Choose' })}
          </option>
          {options.map((o) => (
            <option value={o.value} selected={o.value === value} safe>
              {o.text}
            </option>
          ))}
        </select>
      )}
    />
  )
}

export { CellInput, CellSelect }

/** /staff/procurement/<slug>/<fy>/plan: the plan's dates and lines; each save is a new version. */
export function PlanFormPage({ ctx, editor, fiscalYear, values, errors }: { ctx: PageContext; editor: Editor<PlanContent>; fiscalYear: number; values: PlanFormValues; errors?: FieldErrors | undefined }) {
  const t = ctx.t
  const { org } = editor
  const base = `/staff/procurement/${org.slug}/${fiscalYear}`
  const heading = t({ th: 'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. {y}', en: 'Procurement plan, fiscal year {y} BE' }, { y: fiscalYear })
  const publicHref = (n: number) => `/o/${org.slug}/procurement/plan/${fiscalYear}/v/${n}`
  return (
    <Layout ctx={ctx} title={`${heading} – ${orgName(org, ctx.locale)}`} wide>
      <RecordEditorHeading ctx={ctx} org={org} fiscalYear={fiscalYear} heading={heading} record={editor.record} mayEdit={editor.mayEdit} publicationAction={`${base}/plan/publication`} />
      {editor.mayEdit ? (
        <form method="post" action={`${base}/plan`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <ErrorSummary ctx={ctx} errors={errors} />
          <BasedOnVersionField ctx={ctx} value={values.based_on_version} errors={errors} />
          <DateInput id="allocated" locale={ctx.locale} label={t({ th: 'วันที่ได้รับจัดสรรงบประมาณ', en: 'Date the budget was allocated' })} hint={t({ th: 'เช่น 1 10 2568', en: 'For example 1 10 2568' })} value={values.allocated} errorMessage={fieldError(ctx, errors, 'allocated')} />
          <DateInput id="announced" locale={ctx.locale} label={t({ th: 'วันที่ประกาศเผยแพร่แผน', en: 'Date the plan was published' })} hint={t({ th: 'ตามกฎหมายต้องไม่เกิน 30 วันทำการหลังได้รับจัดสรรงบประมาณ', en: 'By law within 30 business days of the allocation' })} value={values.announced} errorMessage={fieldError(ctx, errors, 'announced')} />
          <TextInput id="responsible_name" label={t({ th: 'ผู้รับผิดชอบ', en: 'Responsible person' })} value={values.responsible_name} errorMessage={fieldError(ctx, errors, 'responsible_name')} />
          <TextInput id="responsible_position" label={t({ th: 'ตำแหน่ง', en: 'Position' })} value={values.responsible_position} errorMessage={fieldError(ctx, errors, 'responsible_position')} />
          <div class="table-wrap" tabindex="0" role="region" aria-label={t({ th: 'รายการในแผน', en: 'Plan lines' })}>
            <table class="table">
              <caption class="table__caption" safe>
                {t({ th: 'รายการในแผน (แถวที่เว้นว่างจะไม่ถูกบันทึก)', en: 'Plan lines (empty rows are not saved)' })}
              </caption>
              <thead>
                <tr>
                  <th scope="col" class="table__header" safe>{t({ th: 'ลำดับ', en: 'No.' })}</th>
                  <th scope="col" class="table__header" safe>{t({ th: 'เลขที่โครงการ e-GP (ถ้ามี)', en: 'e-GP number (if any)' })}</th>
                  <th scope="col" class="table__header" safe>{t({ th: 'งาน/โครงการ', en: 'Project' })}</th>
                  <th scope="col" class="table__header" safe>{t({ th: 'วงเงิน (บาท)', en: 'Budget (baht)' })}</th>
                  <th scope="col" class="table__header" safe>{t({ th: 'แหล่งเงิน', en: 'Source of funds' })}</th>
                  <th scope="col" class="table__header" safe>{t({ th: 'วิธีจัดซื้อจัดจ้าง', en: 'Method' })}</th>
                  <th scope="col" class="table__header" safe>{t({ th: 'เดือนที่คาดว่าจะประกาศ', en: 'Expected month' })}</th>
                </tr>
              </thead>
              <tbody>
                {values.lines.map((l, i) => {
                  const n = i + 1
                  const id = (f: string) => `line-${i}-${f}`
                  const label = (what: { th: string; en: string }) => t({ th: `${what.th} แถวที่ {n}`, en: `${what.en}, row {n}` }, { n })
                  return (
                    <tr>
                      <td class="table__cell" safe>{String(n)}</td>
                      <td class="table__cell"><CellInput ctx={ctx} id={id('egp_id')} label={label({ th: 'เลขที่โครงการ e-GP', en: 'e-GP number' })} value={l.egp_id} errors={errors} size="10" /></td>
                      <td class="table__cell"><CellInput ctx={ctx} id={id('project')} label={label({ th: 'งาน/โครงการ', en: 'Project' })} value={l.project} errors={errors} size="30" multiline /></td>
                      <td class="table__cell"><CellInput ctx={ctx} id={id('budget')} label={label({ th: 'วงเงิน (บาท)', en: 'Budget (baht)' })} value={l.budget} errors={errors} inputmode="numeric" size="10" /></td>
                      <td class="table__cell"><CellInput ctx={ctx} id={id('fund_source')} label={label({ th: 'แหล่งเงิน', en: 'Source of funds' })} value={l.fund_source} errors={errors} size="14" multiline /></td>
                      <td class="table__cell"><CellSelect ctx={ctx} id={id('method')} label={label({ th: 'วิธีจัดซื้อจัดจ้าง', en: 'Method' })} value={l.method} errors={errors} options={PROCUREMENT_METHODS.map((m) => ({ value: m, text: methodText(ctx, m) }))} /></td>
                      <td class="table__cell"><CellSelect ctx={ctx} id={id('announce_month')} label={label({ th: 'เดือนที่คาดว่าจะประกาศ', en: 'Expected month' })} value={l.announce_month} errors={errors} options={FISCAL_MONTHS.map((m) => ({ value: String(m), text: monthLabel(fiscalYear, m, ctx.locale) }))} /></td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
          <div class="button-group">
            <Button text={t({ th: 'บันทึกแผน', en: 'Save the plan' })} name="action" value="save" />
            <Button text={t({ th: 'เพิ่มแถว', en: 'Add rows' })} kind="secondary" name="action" value="add_rows" />
          </div>
        </form>
      ) : editor.content ? (
        <PlanTable ctx={ctx} content={editor.content} fiscalYear={fiscalYear} caption={heading} />
      ) : (
        <p class="body" safe>
          {t({ th: 'ยังไม่ได้บันทึกแผน', en: 'No plan saved yet' })}
        </p>
      )}
      <VersionList ctx={ctx} versions={editor.versions} hrefOf={editor.record?.published ? publicHref : undefined} />
    </Layout>
  )
}
