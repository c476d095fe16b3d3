import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { TextInput, Textarea } from '../../../web/components/form-fields.tsx'
import { FileInput } from '../../../web/components/file-input.tsx'
import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import { WORK_STANDARD_FIELDS, type WorkStandard, type WorkStandardValues } from '../work-standards.ts'

/** /staff/work-standards: the agency's officer manuals, one per work process. */
export function WorkStandardsListPage({ ctx, org, items }: { ctx: PageContext; org: OrganisationDetails; items: WorkStandard[] }) {
  const t = ctx.t
  const title = t({ th: 'คู่มือมาตรฐานการปฏิบัติงานสำหรับเจ้าหน้าที่', en: 'Officer work-standard manuals' })
  return (
    <Layout ctx={ctx} title={title}>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body">
        <a class="button" href={`/staff/work-standards/new?org=${encodeURIComponent(org.slug)}`} safe>
          {t({ th: 'เพิ่มคู่มือ', en: 'Add a manual' })}
        </a>{' '}
        <a href={`/o/${org.slug}/work-standards`} safe>
          {t({ th: 'หน้าสาธารณะ', en: 'Public page' })}
        </a>
      </p>
      <ul class="list">
        {items.map((w) => (
          <li>
            <a href={`/staff/work-standards/${w.id}`} safe>
              {w.title}
            </a>{' '}
            {w.published ? <Tag text={t({ th: 'เผยแพร่', en: 'Published' })} colour="green" /> : <Tag text={t({ th: 'ยังไม่เผยแพร่', en: 'Not published' })} colour="grey" />}
          </li>
        ))}
      </ul>
    </Layout>
  )
}

export function WorkStandardFormPage({ ctx, org, item, values, errors }: { ctx: PageContext; org: OrganisationDetails; item: WorkStandard | null; values: WorkStandardValues; errors?: FieldErrors | undefined }) {
  const t = ctx.t
  const title = item ? t({ th: 'แก้ไขคู่มือมาตรฐานการปฏิบัติงาน', en: 'Edit the work-standard manual' }) : t({ th: 'เพิ่มคู่มือมาตรฐานการปฏิบัติงาน', en: 'Add a work-standard manual' })
  return (
    <Layout ctx={ctx} title={title}>
      <a href={`/staff/work-standards?org=${encodeURIComponent(org.slug)}`} class="back-link" safe>
        {t({ th: 'คู่มือทั้งหมด', en: 'All manuals' })}
      </a>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={item ? `/staff/work-standards/${item.id}` : '/staff/work-standards/new'} enctype="multipart/form-data" novalidate>
        <CsrfField token={ctx.csrfToken} />
        {item ? '' : <input type="hidden" name="organisation_id" value={org.id} />}
        <TextInput id="title" label={t({ th: 'ชื่อกระบวนงาน', en: 'Work process' })} value={values.title} errorMessage={fieldError(ctx, errors, 'title')} />
        {WORK_STANDARD_FIELDS.map((f) => (
          <Textarea id={f.key} label={t(f.label)} value={values.content[f.key]} rows={f.key === 'steps' ? 8 : 3} errorMessage={fieldError(ctx, errors, f.key)} />
        ))}
        {item?.fileName ? (
          <div class="checkboxes__item form-group">
            <input class="checkboxes__input" id="remove_file" name="remove_file" type="checkbox" value="yes" />
            <label class="choice__label" for="remove_file" safe>
              {t({ th: 'นำไฟล์ "{name}" ออก', en: 'Remove the file "{name}"' }, { name: item.fileName })}
            </label>
          </div>
        ) : (
          ''
        )}
        <FileInput id="manual_file" label={t({ th: 'หรืออัปโหลดคู่มือเป็นไฟล์ PDF / e-book แทน', en: 'Or upload the manual as a PDF / e-book instead' })} accept=".pdf,.doc,.docx" errorMessage={fieldError(ctx, errors, 'manual_file')} />
        <div class="checkboxes__item form-group">
          <input class="checkboxes__input" id="published" name="published" type="checkbox" value="yes" checked={values.published} />
          <label class="choice__label" for="published" safe>
            {t({ th: 'เผยแพร่บนหน้าสาธารณะ', en: 'Publish on the public page' })}
          </label>
        </div>
        <Button text={t({ th: 'บันทึก', en: 'Save' })} />
      </form>
    </Layout>
  )
}

export function PublicWorkStandardsPage({ ctx, org, items }: { ctx: PageContext; org: OrganisationDetails; items: WorkStandard[] }) {
  const t = ctx.t
  const title = t({ th: 'คู่มือมาตรฐานการปฏิบัติงาน', en: 'Work-standard manuals' })
  return (
    <Layout ctx={ctx} title={`${title} – ${orgName(org, ctx.locale)}`}>
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={title} />
      {items.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีคู่มือที่เผยแพร่', en: 'No manual is published yet.' })}
        </p>
      ) : (
        ''
      )}
      {items.map((w) => (
        <section aria-labelledby={`ws-${w.id}`}>
          <h2 class="heading-l" id={`ws-${w.id}`} safe>
            {w.title}
          </h2>
          {w.fileId ? (
            <p class="body">
              <a href={`/o/${org.slug}/work-standards/${w.id}/file`} safe>
                {t({ th: 'ดาวน์โหลดคู่มือ ({name})', en: 'Download the manual ({name})' }, { name: w.fileName ?? '' })}
              </a>
            </p>
          ) : (
            ''
          )}
          {WORK_STANDARD_FIELDS.filter((f) => w.content[f.key].trim()).map((f) => (
            <>
              <h3 class="heading-s" safe>
                {t(f.label)}
              </h3>
              <p class="body preserve-lines" safe>
                {w.content[f.key]}
              </p>
            </>
          ))}
        </section>
      ))}
    </Layout>
  )
}
