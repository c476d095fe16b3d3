import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { Select, Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { Checkboxes, Fieldset } from '../../../web/components/choices.tsx'
import { FileInput } from '../../../web/components/file-input.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { orgName } from '../../../web/org-names.ts'
import { describeKinds } from '../../../platform/files/index.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import { fiscalYearChoices, MAX_LINKS, NEW_FILE_FIELDS, SPARE_LINK_ROWS } from '../portal.domain.ts'
import type { PortalItemFormValues } from '../portal.input.ts'
import type { PendingFile } from '../portal-attachments.use-cases.ts'
import type { PersonRef, PortalAttachment, PortalItem } from '../portal.repository.ts'
import { findPortalSection, PORTAL_SECTIONS } from '../portal-sections.domain.ts'
import { attachmentFacts, fiscalYearText } from './portal-view-helpers.tsx'

export type ItemFormProps = {
  ctx: PageContext
  org: OrganisationDetails
  values: PortalItemFormValues
  staff: PersonRef[]
  currentFiscalYear: number
  errors?: FieldErrors | undefined
  /** Editing an existing item: its files can be kept or removed. */
  item?: PortalItem | undefined
  currentFiles?: PortalAttachment[]
  pending?: PendingFile[]
}

const BODY_HINT = {
  th: 'พิมพ์ข้อความได้เลย เว้นบรรทัดว่างเพื่อขึ้นย่อหน้าใหม่ หรือใช้ HTML บางส่วน: <h2>–<h4> หัวข้อ, <strong> ตัวหนา, <em> ตัวเอียง, <ul>/<ol>/<li> รายการ, <a href="https://…"> ลิงก์, <table>/<tr>/<th>/<td> ตาราง, <blockquote> ข้อความอ้างอิง ส่วนอื่นจะถูกตัดออก',
  en: 'Type plain text, with a blank line between paragraphs, or use a little HTML: <h2>–<h4> headings, <strong> bold, <em> italics, <ul>/<ol>/<li> lists, <a href="https://…"> links, <table>/<tr>/<th>/<td> tables, <blockquote> quotes. Anything else is removed.',
}

export function ItemFormPage(props: ItemFormProps) {
  const { ctx, values, org, item } = props
  const t = ctx.t
  const e = (field: string) => fieldError(ctx, props.errors, field)
  const section = findPortalSection(values.section)
  const title = item ? t({ th: 'แก้ไขรายการ', en: 'Edit item' }) : t({ th: 'เพิ่มรายการในเว็บไซต์เปิดเผยข้อมูล', en: 'Add a portal item' })
  const years = fiscalYearChoices(props.currentFiscalYear)
  if (/^[0-9]{4}$/.test(values.fiscal_year) && !years.includes(Number(values.fiscal_year))) years.push(Number(values.fiscal_year))
  const linkRows = Math.min(MAX_LINKS, values.links.length + SPARE_LINK_ROWS)
  const pending = props.pending ?? []
  const back = item ? `/staff/portal/items/${item.id}` : `/staff/portal?org=${encodeURIComponent(org.slug)}`
  return (
    <Layout ctx={ctx} title={title}>
      <a href={back} class="back-link" safe>
        {item ? t({ th: 'กลับไปที่รายการ', en: 'Back to the item' }) : t({ th: 'กลับไปเว็บไซต์เปิดเผยข้อมูล', en: 'Back to the portal' })}
      </a>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      {e('based_on_version') ? (
        <p id="based_on_version" class="error-message" safe>
          {e('based_on_version')}
        </p>
      ) : (
        ''
      )}
      <form method="post" action={item ? `/staff/portal/items/${item.id}/edit` : '/staff/portal/new'} enctype="multipart/form-data" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="based_on_version" value={values.based_on_version} />
        {item ? (
          <>
            <input type="hidden" name="section" value={values.section} />
            <p class="body">
              <span safe>{t({ th: 'หมวด:', en: 'Section:' })}</span> <strong safe>{section ? section.name[ctx.locale] : values.section}</strong>
              <br />
              <span safe>{t({ th: 'ที่อยู่ถาวร:', en: 'Permanent address:' })}</span> <span safe>{`/o/${org.slug}/p/${item.itemKey}`}</span>
            </p>
          </>
        ) : (
          <>
            <input type="hidden" name="organisation_id" value={org.id} />
            <Select
              id="section"
              label={t({ th: 'หมวด', en: 'Section' })}
              hint={t({ th: 'กำหนดที่อยู่ถาวรของรายการ เปลี่ยนภายหลังไม่ได้', en: 'It makes the item’s permanent address and cannot be changed later' })}
              options={PORTAL_SECTIONS.map((s) => ({ value: s.key, text: s.name[ctx.locale] }))}
              value={values.section}
              emptyText={t({ th: 'เลือกหมวด', en: 'Choose a section' })}
              errorMessage={e('section')}
            />
          </>
        )}
        <TextInput id="title_th" label={t({ th: 'ชื่อเรื่อง (ภาษาไทย)', en: 'Title (Thai)' })} value={values.title_th} errorMessage={e('title_th')} />
        <TextInput id="title_en" label={t({ th: 'ชื่อเรื่อง (ภาษาอังกฤษ) ไม่บังคับ', en: 'Title (English, optional)' })} value={values.title_en} errorMessage={e('title_en')} />
        <Textarea id="body" label={t({ th: 'เนื้อหา', en: 'Text' })} hint={t(BODY_HINT)} value={values.body} rows={14} errorMessage={e('body')} />
        <Select
          id="fiscal_year"
          label={t({ th: 'ปีงบประมาณของข้อมูล', en: 'Fiscal year of the content' })}
          hint={
            section?.yearly
              ? t({ th: 'ข้อมูลหมวดนี้ต้องระบุปีงบประมาณ', en: 'Items of this section belong to a fiscal year' })
              : t({ th: 'ไม่ต้องระบุหากเป็นข้อมูลทั่วไปที่ไม่ผูกกับปีใด', en: 'Leave empty for content not tied to a year' })
          }
          options={years.map((y) => ({ value: String(y), text: fiscalYearText(y, ctx) }))}
          value={values.fiscal_year}
          emptyText={t({ th: 'ไม่ระบุ', en: 'None' })}
          errorMessage={e('fiscal_year')}
        />
        <Select
          id="responsible_user_id"
          label={t({ th: 'ผู้รับผิดชอบข้อมูล', en: 'Person responsible' })}
          options={props.staff.map((p) => ({ value: p.id, text: p.position ? `${p.name} (${p.position})` : p.name }))}
          value={values.responsible_user_id}
          emptyText={t({ th: 'เลือกผู้รับผิดชอบ', en: 'Choose a person' })}
          errorMessage={e('responsible_user_id')}
        />
        <Fieldset id="links" label={t({ th: 'ลิงก์ที่เกี่ยวข้อง (ไม่บังคับ)', en: 'Related links (optional)' })} hint={t({ th: 'ปล่อยว่างแถวที่ไม่ใช้ ต้องการเพิ่มแถว ให้บันทึกแล้วแก้ไขอีกครั้ง', en: 'Leave unused rows empty; save and edit again for more rows' })}>
          {Array.from({ length: linkRows }, (_, i) => {
            const n = i + 1
            const row = values.links[i] ?? { label: '', url: '' }
            return (
              <div class="link-row">
                <TextInput id={`link_label_${n}`} label={t({ th: 'ชื่อลิงก์ {n}', en: 'Link {n} name' }, { n })} value={row.label} errorMessage={e(`link_label_${n}`)} />
                <TextInput id={`link_url_${n}`} type="url" label={t({ th: 'ที่อยู่ลิงก์ {n}', en: 'Link {n} address' }, { n })} value={row.url} errorMessage={e(`link_url_${n}`)} spellcheck={false} />
              </div>
            )
          })}
        </Fieldset>
        {props.currentFiles?.length ? (
          <Checkboxes
            id="remove_file"
            label={t({ th: 'ไฟล์ที่แนบอยู่ (เลือกไฟล์ที่ต้องการนำออก)', en: 'Attached files (tick any to remove)' })}
            options={props.currentFiles.map((f) => ({ value: f.id, text: `${f.name} (${attachmentFacts(f, ctx.locale)})` }))}
            values={values.remove_files}
          />
        ) : (
          ''
        )}
        {pending.length ? (
          <>
            {pending.map((p) => (
              <input type="hidden" name="pending" value={p.reference} />
            ))}
            <Checkboxes
              id="pending_discard"
              label={t({ th: 'ไฟล์ที่อัปโหลดไว้แล้ว (จะบันทึกเมื่อกดบันทึก)', en: 'Files already uploaded (saved when you save)' })}
              hint={t({ th: 'เลือกไฟล์ที่ไม่ต้องการใช้', en: 'Tick any you do not want' })}
              options={pending.map((p) => ({ value: p.reference, text: `${p.file.name} (${attachmentFacts(p.file, ctx.locale)})` }))}
              values={values.pending_discard}
            />
          </>
        ) : (
          ''
        )}
        {NEW_FILE_FIELDS.map((field, i) => (
          <FileInput
            id={field}
            label={t({ th: 'แนบไฟล์ {n} (ไม่บังคับ)', en: 'Attach file {n} (optional)' }, { n: i + 1 })}
            hint={i === 0 ? t({ th: '{kinds} ขนาดไม่เกิน 20 MB ต่อไฟล์', en: '{kinds}, up to 20 MB each' }, { kinds: t(describeKinds(['pdf', 'word', 'excel', 'image'])) }) : undefined}
            accept=".pdf,.doc,.docx,.xls,.xlsx,.png,.jpg,.jpeg,.webp"
            errorMessage={e(field)}
          />
        ))}
        <Button text={t({ th: 'บันทึก', en: 'Save' })} />
      </form>
    </Layout>
  )
}
