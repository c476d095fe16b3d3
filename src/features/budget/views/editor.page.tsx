import type { FieldErrors } from '../../../errors.ts'
import { Button, CsrfField, Table, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { FileInput } from '../../../web/components/file-input.tsx'
import { TextInput, Textarea } from '../../../web/components/form-fields.tsx'
import { formatInstant } from '../../../web/format-time.ts'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import { actualColumn, plannedColumn, QUARTERS, type LineColumn } from '../budget.domain.ts'
import { fieldId, type BudgetFormValues, type ImportProblem } from '../budget.input.ts'
import type { BudgetEditor } from '../budget.use-cases.ts'
import type { VersionSummary } from '../budget.repository.ts'
import { staffBudgetUrl } from './workspace.page.tsx'

export type ImportFormState = { csv: string; errors?: readonly ImportProblem[] | undefined; fileProblem?: string | undefined }

const COLUMN_LABELS: Record<LineColumn, { th: string; en: string }> = {
  name: { th: 'แผนงาน/โครงการ/หมวดรายจ่าย', en: 'Programme / project / category' },
  category: { th: 'ประเภท', en: 'Category' },
  allocated: { th: 'งบประมาณที่ได้รับ (บาท)', en: 'Allocated (baht)' },
  planned_q1: { th: 'แผนไตรมาส 1', en: 'Planned Q1' },
  planned_q2: { th: 'แผนไตรมาส 2', en: 'Planned Q2' },
  planned_q3: { th: 'แผนไตรมาส 3', en: 'Planned Q3' },
  planned_q4: { th: 'แผนไตรมาส 4', en: 'Planned Q4' },
  actual_q1: { th: 'ผลไตรมาส 1', en: 'Actual Q1' },
  actual_q2: { th: 'ผลไตรมาส 2', en: 'Actual Q2' },
  actual_q3: { th: 'ผลไตรมาส 3', en: 'Actual Q3' },
  actual_q4: { th: 'ผลไตรมาส 4', en: 'Actual Q4' },
}

/** /staff/budget/<slug>/<fy>: the year's plan as an editable table, publication, import and history. */
export function BudgetEditorPage(props: { ctx: PageContext; editor: BudgetEditor; values: BudgetFormValues; errors?: FieldErrors | undefined; importState: ImportFormState }) {
  const { ctx, editor } = props
  const t = ctx.t
  const { org, fiscalYear, plan } = editor
  const heading = t({ th: 'แผนการใช้จ่ายงบประมาณ ปีงบประมาณ {y}', en: 'Budget spending plan, fiscal year {y}' }, { y: fiscalYear })
  const url = staffBudgetUrl(org.slug, fiscalYear)
  return (
    <Layout ctx={ctx} title={`${heading} – ${orgName(org, ctx.locale)}`} wide>
      <a href={`/staff/budget?org=${org.slug}`} class="back-link" safe>
        {t({ th: 'แผนทุกปีงบประมาณ', en: 'Plans of every year' })}
      </a>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {heading}
      </h1>
      <Publication ctx={ctx} editor={editor} url={url} />
      <h2 class="heading-l" safe>
        {plan ? t({ th: 'แก้ไขแผน (บันทึกเป็นฉบับใหม่)', en: 'Edit the plan (saved as a new version)' }) : t({ th: 'กรอกแผน', en: 'Fill in the plan' })}
      </h2>
      <PlanForm {...props} url={url} />
      <ImportSection ctx={ctx} url={url} state={props.importState} />
      {editor.versions.length > 0 ? <Versions ctx={ctx} url={url} versions={editor.versions} /> : ''}
    </Layout>
  )
}

function Publication({ ctx, editor, url }: { ctx: PageContext; editor: BudgetEditor; url: string }) {
  const t = ctx.t
  const { plan, org, fiscalYear } = editor
  if (!plan) {
    return (
      <p class="body" safe>
        {t({ th: 'ยังไม่มีแผนของปีนี้ บันทึกแผนก่อนแล้วจึงเผยแพร่ได้', en: 'No plan for this year yet: save one, then publish it.' })}
      </p>
    )
  }
  const publicUrl = `/o/${org.slug}/budget/${fiscalYear}`
  return (
    <div class="inset-text">
      <p class="body">
        {plan.published ? <Tag text={t({ th: 'เผยแพร่แล้ว', en: 'Published' })} colour="green" /> : <Tag text={t({ th: 'ยังไม่เผยแพร่', en: 'Not published' })} colour="grey" />}{' '}
        <span safe>{t({ th: 'ฉบับที่ {n}', en: 'Version {n}' }, { n: plan.currentVersion })}</span>
      </p>
      {plan.published ? (
        <p class="body">
          <span safe>{t({ th: 'ที่อยู่สำหรับแจ้ง ป.ป.ช. (OIT):', en: 'Address to give NACC (OIT):' })}</span>{' '}
          <a href={publicUrl} class="break-anywhere" safe>
            {publicUrl}
          </a>
        </p>
      ) : (
        ''
      )}
      <form method="post" action={`${url}/publication`}>
        <CsrfField token={ctx.csrfToken} />
        {plan.published ? (
          <Button text={t({ th: 'หยุดเผยแพร่', en: 'Unpublish' })} kind="warning" name="publish" value="no" />
        ) : (
          <Button text={t({ th: 'เผยแพร่', en: 'Publish' })} name="publish" value="yes" />
        )}
      </form>
    </div>
  )
}

function PlanForm({ ctx, editor, values, errors, url }: { ctx: PageContext; editor: BudgetEditor; values: BudgetFormValues; errors?: FieldErrors | undefined; url: string }) {
  const t = ctx.t
  const caption = t({ th: 'รายการในแผน (จำนวนเงินเป็นบาท ทศนิยมได้สองตำแหน่ง)', en: 'Lines of the plan (amounts in baht, up to two decimals)' })
  return (
    <form method="post" action={url} novalidate>
      <CsrfField token={ctx.csrfToken} />
      <ErrorSummary ctx={ctx} errors={errors} />
      <input type="hidden" name="line_count" value={String(values.lines.length)} />
      <input type="hidden" name="based_on_version" id="based_on_version" value={values.based_on_version} />
      {errors?.based_on_version ? (
        <p class="error-message" safe>
          {errors.based_on_version[ctx.locale]}
        </p>
      ) : (
        ''
      )}
      <p class="hint" id="lines-hint" safe>
        {t({
          th: 'แผนไตรมาสที่เว้นว่างถือเป็น 0 ผลการใช้จ่ายที่เว้นว่างคือยังไม่รายงาน กรอกผลได้เฉพาะไตรมาสที่เริ่มแล้ว แถวที่ว่างทั้งแถวจะไม่ถูกบันทึก',
          en: 'An empty planned quarter counts as 0; an empty actual quarter means not reported yet. Actual spending can be entered only for quarters that have begun. Wholly empty rows are not saved.',
        })}
      </p>
      <div class="table-wrap" tabindex="0" role="region" aria-label={caption} id="lines">
        <table class="table budget-editor">
          <caption class="table__caption" safe>
            {caption}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="table__header">
                #
              </th>
              <th scope="col" class="table__header" safe>
                {t({ th: 'แผนงาน/โครงการ/หมวดรายจ่าย และประเภท', en: 'Programme / project / category, and its type' })}
              </th>
              <th scope="col" class="table__header" safe>
                {t({ th: 'งบประมาณที่ได้รับ (บาท)', en: 'Allocated (baht)' })}
              </th>
              {QUARTERS.map((q) => (
                <th scope="col" class="table__header" safe>
                  {t({ th: 'ไตรมาส {q}: แผน / ผล', en: 'Q{q}: planned / actual' }, { q })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {values.lines.map((line, index) => {
              const row = index + 1
              const box = (c: LineColumn, shown: { th: string; en: string } | null, numeric: boolean) => (
                <CellInput ctx={ctx} row={row} column={c} shown={shown} value={line[c]} error={fieldError(ctx, errors, fieldId(row, c))} numeric={numeric} />
              )
              return (
                <tr>
                  <th scope="row" class="table__cell" safe>
                    {String(row)}
                  </th>
                  <td class="table__cell">
                    {box('name', null, false)}
                    {box('category', { th: 'ประเภท', en: 'Category' }, false)}
                  </td>
                  <td class="table__cell">{box('allocated', null, true)}</td>
                  {QUARTERS.map((q) => (
                    <td class="table__cell">
                      {box(plannedColumn(q), { th: 'แผน', en: 'Planned' }, true)}
                      {box(actualColumn(q), { th: 'ผล', en: 'Actual' }, true)}
                    </td>
                  ))}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {errors?.lines ? (
        <p class="error-message" safe>
          {errors.lines[ctx.locale]}
        </p>
      ) : (
        ''
      )}
      <TextInput
        id="responsible"
        label={t({ th: 'ผู้รับผิดชอบข้อมูล (ชื่อและตำแหน่ง)', en: 'Responsible (name and position)' })}
        hint={t({ th: 'แสดงบนหน้าสาธารณะ เช่น นางสาวใจดี มีสุข ผู้อำนวยการกองคลัง', en: 'Shown on the public page, e.g. the head of the finance division' })}
        value={values.responsible}
        errorMessage={fieldError(ctx, errors, 'responsible')}
      />
      <Textarea id="notes" rows={3} label={t({ th: 'หมายเหตุ (ถ้ามี)', en: 'Notes (optional)' })} value={values.notes} errorMessage={fieldError(ctx, errors, 'notes')} />
      <div class="button-group">
        {/* Saving comes first: it is what Enter in any box does. */}
        <Button text={t({ th: 'บันทึกแผน', en: 'Save the plan' })} name="action" value="save" />
        <Button text={t({ th: 'เพิ่มแถวว่าง', en: 'Add empty rows' })} kind="secondary" name="action" value="add_rows" />
      </div>
    </form>
  )
}

/**
 * One box of the table. Its accessible name is the whole "Row 3: Planned Q2" (what an error
 * message and a screen reader need); sighted people read the column heading and, where a cell
 * holds two boxes, the short visible part ("Planned"), which the name contains.
 */
function CellInput(props: { ctx: PageContext; row: number; column: LineColumn; shown: { th: string; en: string } | null; value: string; error: string | undefined; numeric: boolean }) {
  const { ctx } = props
  const id = fieldId(props.row, props.column)
  const full = COLUMN_LABELS[props.column][ctx.locale]
  const visible = props.shown?.[ctx.locale] ?? ''
  const prefix = `${ctx.t({ th: 'แถว {n}', en: 'Row {n}' }, { n: props.row })}: `
  return (
    <div class={props.error ? 'form-group form-group--error' : 'form-group'}>
      <label class={visible ? 'hint' : 'visually-hidden'} for={id}>
        <span class="visually-hidden" safe>
          {prefix}
        </span>
        <span safe>{visible || full}</span>
        {visible && full.length > visible.length ? (
          <span class="visually-hidden" safe>
            {full.slice(visible.length)}
          </span>
        ) : (
          ''
        )}
      </label>
      {props.error ? (
        <p id={`${id}-error`} class="error-message">
          <span class="visually-hidden">ข้อผิดพลาด (Error):</span> <span safe>{props.error}</span>
        </p>
      ) : (
        ''
      )}
      <input
        class={`input${props.error ? ' input--error' : ''}`}
        id={id}
        name={id}
        type="text"
        value={props.value}
        inputmode={props.numeric ? 'decimal' : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </div>
  )
}

function ImportSection({ ctx, url, state }: { ctx: PageContext; url: string; state: ImportFormState }) {
  const t = ctx.t
  return (
    <section aria-labelledby="import-heading">
      <h2 class="heading-l" id="import-heading" safe>
        {t({ th: 'นำเข้าจากไฟล์ Excel หรือ CSV', en: 'Import from an Excel or CSV file' })}
      </h2>
      <p class="body" safe>
        {t({
          th: 'ดาวน์โหลดแบบฟอร์ม (มีรายการปัจจุบันอยู่แล้ว) แก้ไขแล้วนำเข้า รายการในไฟล์จะแทนที่รายการทั้งหมดเป็นฉบับใหม่ ถ้ามีแถวใดผิดจะไม่นำเข้าเลย',
          en: 'Download the template (it holds the current lines), edit it and load it back. The file’s lines replace all lines as a new version; if any row is wrong, nothing is imported.',
        })}
      </p>
      <ul class="list list--bullet">
        <li>
          <a href={`${url}/template.xlsx`} safe>
            {t({ th: 'ดาวน์โหลดแบบฟอร์ม Excel', en: 'Download the Excel template' })}
          </a>
        </li>
        <li>
          <a href={`${url}/template.csv`} safe>
            {t({ th: 'ดาวน์โหลดแบบฟอร์ม CSV', en: 'Download the CSV template' })}
          </a>
        </li>
      </ul>
      {state.errors && state.errors.length > 0 ? (
        <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="import-errors-title">
          <h2 class="error-summary__title" id="import-errors-title" safe>
            {t({ th: 'ไม่ได้นำเข้าข้อมูล: พบข้อผิดพลาด {n} รายการ', en: 'Nothing was imported: {n} problem(s) found' }, { n: state.errors.length })}
          </h2>
          <Table<ImportProblem>
            caption={t({ th: 'ข้อผิดพลาดรายแถว', en: 'Problems by row' })}
            rows={[...state.errors]}
            columns={[
              { header: t({ th: 'แถว', en: 'Row' }), numeric: true, cell: (e) => <span safe>{String(e.row)}</span> },
              { header: t({ th: 'ข้อผิดพลาด', en: 'Problem' }), cell: (e) => <span safe>{e[ctx.locale]}</span> },
            ]}
          />
        </div>
      ) : (
        ''
      )}
      <form method="post" action={`${url}/import`} enctype="multipart/form-data" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <FileInput id="file" label={t({ th: 'ไฟล์ Excel (.xlsx)', en: 'Excel file (.xlsx)' })} accept=".xlsx" errorMessage={state.fileProblem} />
        <Textarea
          id="csv"
          rows={5}
          label={t({ th: 'หรือวางข้อมูล CSV', en: 'Or paste CSV' })}
          hint={t({ th: 'แถวแรกเป็นหัวตารางตามแบบฟอร์ม', en: 'The first row is the template’s header' })}
          value={state.csv}
        />
        <Button text={t({ th: 'นำเข้า', en: 'Import' })} kind="secondary" />
      </form>
    </section>
  )
}

function Versions({ ctx, url, versions }: { ctx: PageContext; url: string; versions: VersionSummary[] }) {
  const t = ctx.t
  return (
    <Table<VersionSummary>
      caption={t({ th: 'ฉบับที่บันทึกไว้ทั้งหมด', en: 'Every version saved' })}
      rows={versions}
      columns={[
        {
          header: t({ th: 'ฉบับที่', en: 'Version' }),
          cell: (v) => (
            <a href={`${url}/v/${v.version}`} safe>
              {t({ th: 'ฉบับที่ {n}', en: 'Version {n}' }, { n: v.version })}
            </a>
          ),
        },
        { header: t({ th: 'บันทึกเมื่อ', en: 'Saved' }), cell: (v) => <span safe>{formatInstant(v.createdAt, ctx.locale)}</span> },
        { header: t({ th: 'โดย', en: 'By' }), cell: (v) => <span safe>{v.createdByName ?? '–'}</span> },
        { header: t({ th: 'วิธี', en: 'How' }), cell: (v) => <span safe>{v.source === 'import' ? t({ th: 'นำเข้าจากไฟล์', en: 'Imported' }) : t({ th: 'กรอกในแบบฟอร์ม', en: 'Form' })}</span> },
      ]}
    />
  )
}
