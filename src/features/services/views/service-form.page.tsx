import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Fieldset, Radios } from '../../../web/components/choices.tsx'
import { TextInput, Textarea } from '../../../web/components/form-fields.tsx'
import { FileInput } from '../../../web/components/file-input.tsx'
import { formatInstant } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import type { ServiceFormValues } from '../services.input.ts'
import type { ServiceEditor } from '../services.use-cases.ts'

function Check({ id, label, checked, error }: { id: string; label: string; checked: boolean; error?: string | undefined }) {
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      {error ? (
        <p id={`${id}-error`} class="error-message">
          <span class="visually-hidden">ข้อผิดพลาด (Error):</span> <span safe>{error}</span>
        </p>
      ) : (
        ''
      )}
      <div class="checkboxes__item">
        <input class="checkboxes__input" id={id} name={id} type="checkbox" value="yes" checked={checked} aria-describedby={error ? `${id}-error` : undefined} />
        <label class="choice__label" for={id} safe>
          {label}
        </label>
      </div>
    </div>
  )
}

/**
 * The citizen manual editor: every Facilitation Act field, steps / documents / fees as rows
 * (the "add a row" buttons post the form back with one more row, so no JavaScript is needed).
 * Saving makes a new version; publishing gives it its permanent link.
 */
export function ServiceFormPage(props: { ctx: PageContext; org: OrganisationDetails; values: ServiceFormValues; errors?: FieldErrors | undefined; editor?: ServiceEditor | undefined; formErrors?: FieldErrors | undefined }) {
  const { ctx, org, values, errors, editor } = props
  const t = ctx.t
  const e = (k: string) => fieldError(ctx, errors, k)
  const title = editor ? t({ th: 'แก้ไขคู่มือสำหรับประชาชน', en: 'Edit the citizen manual' }) : t({ th: 'เพิ่มงานบริการ', en: 'Add a service' })
  const action = editor ? `/staff/services/${editor.service.id}` : '/staff/services/new'
  const publicBase = `/o/${org.slug}/services`
  return (
    <Layout ctx={ctx} title={title} wide>
      <a href={`/staff/services?org=${encodeURIComponent(org.slug)}`} class="back-link" safe>
        {t({ th: 'งานบริการทั้งหมด', en: 'All services' })}
      </a>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      {editor ? (
        <p class="body">
          <span safe>{t({ th: 'ฉบับที่ {v}', en: 'Version {v}' }, { v: String(editor.service.currentVersion) })}</span>{' '}
          {editor.service.publishedVersion === editor.service.currentVersion ? (
            <Tag text={t({ th: 'เผยแพร่แล้ว', en: 'Published' })} colour="green" />
          ) : editor.service.publishedVersion ? (
            <Tag text={t({ th: 'มีการแก้ไขที่ยังไม่เผยแพร่', en: 'Changes not yet published' })} colour="yellow" />
          ) : (
            <Tag text={t({ th: 'ยังไม่เผยแพร่', en: 'Not published' })} colour="grey" />
          )}
        </p>
      ) : (
        ''
      )}
      <form method="post" action={action} novalidate>
        <CsrfField token={ctx.csrfToken} />
        {editor ? '' : <input type="hidden" name="organisation_id" value={org.id} />}
        <TextInput id="name_th" label={t({ th: 'ชื่องานบริการ (ภาษาไทย)', en: 'Name of the service (Thai)' })} value={values.name_th} errorMessage={e('name_th')} />
        <TextInput id="name_en" label={t({ th: 'ชื่องานบริการ (ภาษาอังกฤษ ถ้ามี)', en: 'Name of the service (English, optional)' })} value={values.name_en} errorMessage={e('name_en')} />
        <Textarea id="legal_basis" rows={3} label={t({ th: 'กฎหมายที่ให้อำนาจการอนุญาต หรือที่เกี่ยวข้อง', en: 'Legal basis' })} value={values.legal_basis} errorMessage={e('legal_basis')} />
        <TextInput id="responsible_unit" label={t({ th: 'หน่วยงานที่รับผิดชอบ', en: 'Responsible unit' })} value={values.responsible_unit} errorMessage={e('responsible_unit')} />
        <TextInput id="place" label={t({ th: 'สถานที่ / ช่องทางการให้บริการ', en: 'Where to apply' })} value={values.place} errorMessage={e('place')} />
        <TextInput id="hours" label={t({ th: 'ระยะเวลาเปิดให้บริการ', en: 'Opening hours' })} value={values.hours} errorMessage={e('hours')} />
        <TextInput id="online_url" type="url" label={t({ th: 'ลิงก์ยื่นคำขอออนไลน์ภายนอก (ถ้ามี)', en: 'External online application link (optional)' })} value={values.online_url} errorMessage={e('online_url')} />
        <Check id="allows_online" label={t({ th: 'ให้ประชาชนยื่นคำขอออนไลน์ผ่านโปร่งใสได้', en: 'Citizens may apply online on Prongsai' })} checked={values.allows_online} />
        <Textarea id="conditions" rows={4} label={t({ th: 'หลักเกณฑ์ วิธีการ เงื่อนไข', en: 'Conditions' })} hint={t({ th: 'ถ้าไม่มีให้ระบุว่า "ไม่มี"', en: 'Write "none" if there are none' })} value={values.conditions} errorMessage={e('conditions')} />
        <Radios
          id="day_unit"
          label={t({ th: 'นับระยะเวลาเป็น', en: 'Count the time in' })}
          inline
          value={values.day_unit}
          errorMessage={e('day_unit')}
          options={[
            { value: 'business', text: t({ th: 'วันทำการ', en: 'Business days' }) },
            { value: 'calendar', text: t({ th: 'วัน (ตามปฏิทิน)', en: 'Calendar days' }) },
          ]}
        />

        <Fieldset id="steps" label={t({ th: 'ขั้นตอน ระยะเวลา และส่วนงานที่รับผิดชอบ', en: 'Steps, time and responsible unit' })} hint={t({ th: 'แผนผังขั้นตอนสร้างจากรายการนี้ แถวที่เว้นว่างจะถูกตัดออก', en: 'The flowchart is made from these rows; blank rows are dropped' })} errorMessage={e('steps')}>
          {values.steps.map((s, i) => (
            <div class="step-row">
              <TextInput id={`step_title_${i}`} name="step_title" label={t({ th: 'ขั้นตอนที่ {n}', en: 'Step {n}' }, { n: String(i + 1) })} value={s.title} errorMessage={e(`step_title_${i}`)} />
              <TextInput id={`step_days_${i}`} name="step_days" label={t({ th: 'ขั้นตอนที่ {n}: ระยะเวลา (วัน)', en: 'Step {n}: time (days)' }, { n: String(i + 1) })} value={s.days} inputmode="numeric" width="4" errorMessage={e(`step_days_${i}`)} />
              <TextInput id={`step_unit_${i}`} name="step_unit" label={t({ th: 'ขั้นตอนที่ {n}: ส่วนงานที่รับผิดชอบ', en: 'Step {n}: unit responsible' }, { n: String(i + 1) })} value={s.unit} errorMessage={e(`step_unit_${i}`)} />
            </div>
          ))}
          <Button text={t({ th: 'เพิ่มขั้นตอน', en: 'Add a step' })} kind="secondary" name="action" value="add_step" />
        </Fieldset>

        <Fieldset id="documents" label={t({ th: 'รายการเอกสารหลักฐานประกอบ', en: 'Documents required' })}>
          {values.documents.map((d, i) => (
            <div class="step-row">
              <TextInput id={`doc_name_${i}`} name="doc_name" label={t({ th: 'เอกสารรายการที่ {n}', en: 'Document {n}' }, { n: String(i + 1) })} value={d.name} errorMessage={e(`doc_name_${i}`)} />
              <TextInput id={`doc_copies_${i}`} name="doc_copies" label={t({ th: 'เอกสารรายการที่ {n}: จำนวน', en: 'Document {n}: copies' }, { n: String(i + 1) })} value={d.copies} width="10" />
              <TextInput id={`doc_note_${i}`} name="doc_note" label={t({ th: 'เอกสารรายการที่ {n}: หมายเหตุ', en: 'Document {n}: note' }, { n: String(i + 1) })} value={d.note} />
            </div>
          ))}
          <Button text={t({ th: 'เพิ่มเอกสาร', en: 'Add a document' })} kind="secondary" name="action" value="add_document" />
          <Check id="no_documents" label={t({ th: 'ไม่ต้องใช้เอกสาร', en: 'No documents required' })} checked={values.no_documents} error={e('no_documents')} />
        </Fieldset>

        <Fieldset id="fees" label={t({ th: 'ค่าธรรมเนียม', en: 'Fees' })}>
          {values.fees.map((f, i) => (
            <div class="step-row">
              <TextInput id={`fee_item_${i}`} name="fee_item" label={t({ th: 'รายการที่ {n}', en: 'Item {n}' }, { n: String(i + 1) })} value={f.item} errorMessage={e(`fee_item_${i}`)} />
              <TextInput id={`fee_amount_${i}`} name="fee_amount" label={t({ th: 'รายการที่ {n}: จำนวนเงิน', en: 'Item {n}: amount' }, { n: String(i + 1) })} value={f.amount} width="10" />
            </div>
          ))}
          <Button text={t({ th: 'เพิ่มค่าธรรมเนียม', en: 'Add a fee' })} kind="secondary" name="action" value="add_fee" />
          <Check id="no_fee" label={t({ th: 'ไม่มีค่าธรรมเนียม', en: 'No fee' })} checked={values.no_fee} error={e('no_fee')} />
        </Fieldset>

        <Textarea id="complaint_channel" rows={3} label={t({ th: 'ช่องทางการร้องเรียน', en: 'How to complain' })} value={values.complaint_channel} errorMessage={e('complaint_channel')} />
        <Button text={editor ? t({ th: 'บันทึกเป็นฉบับใหม่', en: 'Save as a new version' }) : t({ th: 'บันทึก', en: 'Save' })} name="action" value="save" />
      </form>

      {editor ? (
        <>
          <h2 class="heading-l" safe>
            {t({ th: 'เผยแพร่', en: 'Publishing' })}
          </h2>
          <div class="button-group">
            <form method="post" action={`/staff/services/${editor.service.id}/publish`} class="inline-form">
              <CsrfField token={ctx.csrfToken} />
              <Button text={t({ th: 'เผยแพร่ฉบับที่ {v}', en: 'Publish version {v}' }, { v: String(editor.service.currentVersion) })} />
            </form>
            {editor.service.publishedVersion ? (
              <form method="post" action={`/staff/services/${editor.service.id}/withdraw`} class="inline-form">
                <CsrfField token={ctx.csrfToken} />
                <Button text={t({ th: 'นำออกจากหน้าสาธารณะ', en: 'Take off the public list' })} kind="warning" />
              </form>
            ) : (
              ''
            )}
          </div>
          <p class="body">
            <a href={`/staff/services/${editor.service.id}/preview`} safe>
              {t({ th: 'ดูตัวอย่างคู่มือและแผนผัง', en: 'Preview the manual and flowchart' })}
            </a>
            {' · '}
            <a href={`/staff/services/${editor.service.id}/requests`} safe>
              {t({ th: 'คำขอของงานบริการนี้', en: 'Requests for this service' })}
            </a>
          </p>
          {editor.published.length ? (
            <>
              <h3 class="heading-m" safe>
                {t({ th: 'ฉบับที่เผยแพร่ (ลิงก์ถาวร)', en: 'Published versions (permanent links)' })}
              </h3>
              <ul class="list">
                {editor.published.map((v) => (
                  <li>
                    <a href={`${publicBase}/${editor.service.key}/v/${v.version}`} safe>
                      {`${publicBase}/${editor.service.key}/v/${v.version}`}
                    </a>{' '}
                    <span class="hint" safe>
                      {formatInstant(v.publishedAt ?? v.createdAt, ctx.locale)}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            ''
          )}

          <h2 class="heading-l" safe>
            {t({ th: 'ตัวอย่างแบบฟอร์ม', en: 'Sample forms' })}
          </h2>
          {editor.current.manual.forms.length ? (
            <ul class="list">
              {editor.current.manual.forms.map((f) => (
                <li>
                  <a href={`/staff/services/${editor.service.id}/forms/${f.fileId}`} safe>
                    {f.name}
                  </a>
                  <form method="post" action={`/staff/services/${editor.service.id}/forms/${f.fileId}/remove`} class="inline-form">
                    <CsrfField token={ctx.csrfToken} />
                    <button type="submit" class="button button--secondary">
                      <span safe>{t({ th: 'นำออก', en: 'Remove' })}</span>
                      <span class="visually-hidden" safe>{` (${f.name})`}</span>
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          ) : (
            ''
          )}
          <form method="post" action={`/staff/services/${editor.service.id}/forms`} enctype="multipart/form-data">
            <CsrfField token={ctx.csrfToken} />
            <FileInput id="sample_form" label={t({ th: 'เพิ่มแบบฟอร์ม (PDF, Word หรือ Excel)', en: 'Add a form (PDF, Word or Excel)' })} accept=".pdf,.doc,.docx,.xls,.xlsx" errorMessage={fieldError(ctx, props.formErrors, 'sample_form')} />
            <Button text={t({ th: 'อัปโหลดแบบฟอร์ม', en: 'Upload the form' })} kind="secondary" />
          </form>
        </>
      ) : (
        ''
      )}
    </Layout>
  )
}
