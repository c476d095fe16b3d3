import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { Fieldset, Radios } from '../../../web/components/choices.tsx'
import { BasedOnVersionField } from '../../../web/components/based-on-version.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { FileInput } from '../../../web/components/file-input.tsx'
import { Select, TextInput, Textarea } from '../../../web/components/form-fields.tsx'
import { orgName } from '../../../web/org-names.ts'
import { PROCUREMENT_METHODS, type MonthContent } from '../procurement.domain.ts'
import type { MonthFormValues } from '../procurement.input.ts'
import type { ImportError } from '../procurement-import.ts'
import { monthTitle } from '../procurement-exports.ts'
import type { Editor } from '../procurement-staff.use-cases.ts'
import { methodText, MonthTable, VersionList } from './procurement-view-helpers.tsx'
import { RecordEditorHeading } from './record-editor-heading.tsx'

export type ImportState = { csv: string; errors?: readonly ImportError[] | undefined; problem?: string | undefined }

/** /staff/procurement/<slug>/<fy>/months/<m>: one month's สขร.1 rows, or "no procurement". */
export function MonthFormPage(props: { ctx: PageContext; editor: Editor<MonthContent>; fiscalYear: number; month: number; values: MonthFormValues; errors?: FieldErrors | undefined; importState?: ImportState | undefined }) {
  const { ctx, editor, fiscalYear, month, values, errors } = props
  const t = ctx.t
  const { org } = editor
  const base = `/staff/procurement/${org.slug}/${fiscalYear}/months/${month}`
  const heading = t(monthTitle(fiscalYear, month))
  const publicHref = (n: number) => `/o/${org.slug}/procurement/monthly/${fiscalYear}/${month}/v/${n}`
  const importState = props.importState ?? { csv: '' }
  return (
    <Layout ctx={ctx} title={`${heading} – ${orgName(org, ctx.locale)}`} wide>
      <RecordEditorHeading
        ctx={ctx}
        org={org}
        fiscalYear={fiscalYear}
        heading={heading}
        record={editor.record}
        mayEdit={editor.mayEdit}
        publicationAction={`${base}/publication`}
        noRecordText={t({ th: 'สถานะ: ยังไม่รายงาน', en: 'Status: not reported' })}
      />
      {!editor.mayEdit ? (
        editor.content ? (
          <MonthTable ctx={ctx} content={editor.content} caption={heading} />
        ) : (
          ''
        )
      ) : (
        <>
          <form method="post" action={base} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <ErrorSummary ctx={ctx} errors={errors} />
            <BasedOnVersionField ctx={ctx} value={values.based_on_version} errors={errors} />
            <Radios
              id="no_procurement"
              label={t({ th: 'เดือนนี้มีการจัดซื้อจัดจ้างหรือไม่', en: 'Was there procurement this month?' })}
              options={[
                { value: 'no', text: t({ th: 'มีการจัดซื้อจัดจ้าง (กรอกรายการด้านล่าง)', en: 'Yes (enter the purchases below)' }) },
                { value: 'yes', text: t({ th: 'ไม่มีการจัดซื้อจัดจ้าง', en: 'No procurement this month' }) },
              ]}
              value={values.no_procurement ? 'yes' : 'no'}
              errorMessage={fieldError(ctx, errors, 'no_procurement')}
            />
            <TextInput id="responsible_name" label={t({ th: 'ผู้รายงาน (ผู้รับผิดชอบ)', en: 'Reported by (responsible person)' })} value={values.responsible_name} errorMessage={fieldError(ctx, errors, 'responsible_name')} />
            <TextInput id="responsible_position" label={t({ th: 'ตำแหน่ง', en: 'Position' })} value={values.responsible_position} errorMessage={fieldError(ctx, errors, 'responsible_position')} />
            <h2 class="heading-m" safe>
              {t({ th: 'รายการจัดซื้อจัดจ้าง (รายการที่เว้นว่างทั้งหมดจะไม่ถูกบันทึก)', en: 'Purchases (rows left empty are not saved)' })}
            </h2>
            {values.rows.map((r, i) => {
              const id = (f: string) => `row-${i}-${f}`
              const err = (f: string) => fieldError(ctx, errors, id(f))
              return (
                <Fieldset id={`row-${i}`} label={t({ th: 'รายการที่ {n}', en: 'Purchase {n}' }, { n: i + 1 })}>
                  <TextInput id={id('item')} label={t({ th: 'งานที่จัดซื้อหรือจัดจ้าง', en: 'Purchase' })} value={r.item} errorMessage={err('item')} />
                  <TextInput id={id('budget')} label={t({ th: 'วงเงินที่จะซื้อหรือจ้าง (บาท)', en: 'Budget (baht)' })} inputmode="numeric" width="10" value={r.budget} errorMessage={err('budget')} />
                  <TextInput id={id('reference_price')} label={t({ th: 'ราคากลาง (บาท)', en: 'Reference price (baht)' })} hint={t({ th: 'เว้นว่างหรือใส่ - ถ้าไม่มี', en: 'Leave empty or enter - if none' })} inputmode="numeric" width="10" value={r.reference_price} errorMessage={err('reference_price')} />
                  <Select id={id('method')} label={t({ th: 'วิธีซื้อหรือจ้าง', en: 'Method' })} options={PROCUREMENT_METHODS.map((m) => ({ value: m, text: methodText(ctx, m) }))} emptyText={t({ th: 'เลือกวิธี', en: 'Choose a method' })} value={r.method} errorMessage={err('method')} />
                  <Textarea id={id('bidders')} rows={2} label={t({ th: 'รายชื่อผู้เสนอราคาและราคาที่เสนอ', en: 'Bidders and their prices' })} hint={t({ th: 'บรรทัดละหนึ่งราย เช่น ร้าน ก. 12,350.00 บาท', en: 'One per line, e.g. Shop A 12,350.00 baht' })} value={r.bidders} errorMessage={err('bidders')} />
                  <TextInput id={id('winner')} label={t({ th: 'ผู้ได้รับการคัดเลือก', en: 'Selected supplier' })} value={r.winner} errorMessage={err('winner')} />
                  <TextInput id={id('agreed_price')} label={t({ th: 'ราคาที่ตกลงซื้อหรือจ้าง (บาท)', en: 'Agreed price (baht)' })} inputmode="numeric" width="10" value={r.agreed_price} errorMessage={err('agreed_price')} />
                  <Textarea id={id('reason')} rows={2} label={t({ th: 'เหตุผลที่คัดเลือกโดยสรุป', en: 'Reason for the selection' })} value={r.reason} errorMessage={err('reason')} />
                  <TextInput id={id('contract_no')} label={t({ th: 'เลขที่สัญญาหรือข้อตกลง', en: 'Contract or agreement number' })} width="20" value={r.contract_no} errorMessage={err('contract_no')} />
                  <DateInput id={id('contract_date')} locale={ctx.locale} label={t({ th: 'วันที่ของสัญญาหรือข้อตกลง', en: 'Date of the contract or agreement' })} value={r.contract_date} errorMessage={err('contract_date')} />
                </Fieldset>
              )
            })}
            <div class="button-group">
              <Button text={t({ th: 'บันทึก', en: 'Save' })} name="action" value="save" />
              <Button text={t({ th: 'เพิ่มแถว', en: 'Add rows' })} kind="secondary" name="action" value="add_rows" />
            </div>
          </form>

          <h2 class="heading-l" id="import" safe>
            {t({ th: 'นำเข้ารายการจากไฟล์', en: 'Import purchases from a file' })}
          </h2>
          <p class="body" safe>
            {t({ th: 'รายการในไฟล์จะแทนที่รายการของเดือนนี้ทั้งหมดเป็นฉบับใหม่ ถ้ามีแถวใดผิด จะไม่บันทึกเลยและแสดงข้อผิดพลาดของแต่ละแถว', en: 'The file’s rows replace this month’s purchases as a new version. If any row is wrong nothing is saved and each problem is listed.' })}
          </p>
          <p class="body">
            <a href="/staff/procurement/template.xlsx" safe>
              {t({ th: 'ดาวน์โหลดแบบฟอร์ม Excel', en: 'Download the Excel template' })}
            </a>
            {' · '}
            <a href="/staff/procurement/template.csv" safe>
              {t({ th: 'แบบฟอร์ม CSV', en: 'CSV template' })}
            </a>
          </p>
          {importState.errors?.length || importState.problem ? (
            <div class="error-summary" role="alert" tabindex="-1">
              <h3 class="error-summary__title" safe>
                {t({ th: 'นำเข้าไม่สำเร็จ ไม่มีการบันทึก', en: 'Import failed: nothing was saved' })}
              </h3>
              <ul class="error-summary__list">
                {importState.problem ? <li safe>{importState.problem}</li> : ''}
                {(importState.errors ?? []).map((e) => (
                  <li safe>{`${t({ th: 'แถวที่ {n}', en: 'Row {n}' }, { n: e.line })}${e.column ? ` (${e.column})` : ''}: ${e[ctx.locale]}`}</li>
                ))}
              </ul>
            </div>
          ) : (
            ''
          )}
          <form method="post" action={`${base}/import`} enctype="multipart/form-data" novalidate>
            <CsrfField token={ctx.csrfToken} />
            <FileInput id="file" label={t({ th: 'ไฟล์ Excel (.xlsx)', en: 'Excel file (.xlsx)' })} accept=".xlsx" />
            <Textarea id="csv" rows={4} label={t({ th: 'หรือวางข้อมูล CSV', en: 'Or paste CSV' })} value={importState.csv} />
            <Button text={t({ th: 'นำเข้า', en: 'Import' })} kind="secondary" />
          </form>
        </>
      )}
      <VersionList ctx={ctx} versions={editor.versions} hrefOf={editor.record?.published ? publicHref : undefined} />
    </Layout>
  )
}
