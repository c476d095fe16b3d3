import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, SummaryList } from '../../../web/components/display.tsx'
import { Select, Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { Checkboxes } from '../../../web/components/choices.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { orgName } from '../../../web/org-names.ts'
import { ORGANISATION_KINDS, ORGANISATION_KIND_LABELS } from '../../../platform/auth/roles.ts'
import type { OrganisationFormValues } from '../organisations.input.ts'
import type { OrganisationDetails } from '../organisations.repository.ts'
import type { ParentOption } from '../organisations.use-cases.ts'
import type { StoredFile } from '../../../platform/files/index.ts'
import type { KeptLogo } from '../organisation-logo.use-cases.ts'
import { OrganisationLogoField } from './organisation-logo-field.tsx'

export type OrganisationFormProps = {
  ctx: PageContext
  values: OrganisationFormValues
  parentChoices: ParentOption[]
  canChangeSlug: boolean
  errors?: FieldErrors | undefined
  /** Present when editing an existing organisation. */
  org?: OrganisationDetails | undefined
  currentLogo?: StoredFile | null
  keptLogo?: KeptLogo | null
  removeLogo?: boolean
}

export function OrganisationFormPage(props: OrganisationFormProps) {
  const { ctx, values, org } = props
  const t = ctx.t
  const e = (field: string) => fieldError(ctx, props.errors, field)
  const title = org ? t({ th: 'แก้ไขหน่วยงาน', en: 'Edit organisation' }) : t({ th: 'เพิ่มหน่วยงาน', en: 'Add an organisation' })
  const parentOptions = props.parentChoices.map((c) => ({
    value: c.id ?? '',
    text: c.org ? `${'\u00a0\u00a0\u00a0'.repeat(c.depth)}${orgName(c.org, ctx.locale)}` : t({ th: '— ระดับบนสุด (ไม่มีหน่วยงานต้นสังกัด) —', en: '— Top level (no parent) —' }),
  }))
  return (
    <Layout ctx={ctx} title={title}>
      <a href="/admin/organisations" class="back-link" safe>
        {t({ th: 'กลับไปรายการหน่วยงาน', en: 'Back to organisations' })}
      </a>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      {org ? (
        <span class="caption-l" safe>
          {orgName(org, ctx.locale)}
        </span>
      ) : (
        ''
      )}
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <form
        method="post"
        action={org ? `/admin/organisations/${org.id}` : '/admin/organisations/new'}
        enctype={org ? 'multipart/form-data' : undefined}
        novalidate
      >
        <CsrfField token={ctx.csrfToken} />
        <TextInput id="name_th" label={t({ th: 'ชื่อหน่วยงาน (ภาษาไทย)', en: 'Name (Thai)' })} value={values.name_th} errorMessage={e('name_th')} />
        <TextInput id="name_en" label={t({ th: 'ชื่อหน่วยงาน (ภาษาอังกฤษ) ไม่บังคับ', en: 'Name (English, optional)' })} value={values.name_en} errorMessage={e('name_en')} />
        <Select
          id="kind"
          label={t({ th: 'ประเภทหน่วยงาน', en: 'Kind of organisation' })}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, text: t(ORGANISATION_KIND_LABELS[k]) }))}
          value={values.kind}
          emptyText={t({ th: 'เลือกประเภท', en: 'Choose a kind' })}
          errorMessage={e('kind')}
        />
        <Select
          id="parent_id"
          label={t({ th: 'หน่วยงานต้นสังกัด / ผู้กำกับ', en: 'Parent (overseeing) organisation' })}
          options={parentOptions}
          value={values.parent_id}
          errorMessage={e('parent_id')}
        />
        {props.canChangeSlug ? (
          <TextInput
            id="slug"
            label={t({ th: 'ชื่อย่อสำหรับที่อยู่เว็บ', en: 'Short name for the web address' })}
            hint={
              org
                ? t({
                    th: 'คือที่อยู่ถาวรของหน้าสาธารณะ /o/ชื่อย่อ หากเปลี่ยน ลิงก์ คิวอาร์โค้ด และเอกสารที่พิมพ์ไว้แล้วจะใช้ไม่ได้',
                    en: 'This is the permanent public address /o/<short name>. Changing it breaks existing links, QR codes and printed documents.',
                  })
                : t({
                    th: 'อักษรภาษาอังกฤษตัวเล็ก ตัวเลข และขีด (-) เช่น wiang-thong ใช้เป็นที่อยู่ถาวร /o/ชื่อย่อ ควรเลือกให้ดีเพราะไม่ควรเปลี่ยนภายหลัง',
                    en: 'Lowercase letters, digits and hyphens, like wiang-thong. It becomes the permanent address /o/<short name>, so choose carefully.',
                  })
            }
            value={values.slug}
            errorMessage={e('slug')}
            spellcheck={false}
          />
        ) : org ? (
          <SummaryList
            rows={[
              {
                key: t({ th: 'ที่อยู่หน้าสาธารณะ', en: 'Public address' }),
                value: (
                  <span>
                    <a href={`/o/${org.slug}`} safe>
                      /o/{org.slug}
                    </a>{' '}
                    <span class="hint" safe>
                      {t({ th: '(เปลี่ยนได้โดยผู้ดูแลระบบกลางเท่านั้น)', en: '(only platform administrators can change it)' })}
                    </span>
                  </span>
                ),
              },
            ]}
          />
        ) : (
          ''
        )}
        <Textarea id="address" label={t({ th: 'ที่อยู่', en: 'Address' })} value={values.address} rows={3} errorMessage={e('address')} />
        <TextInput id="phone" label={t({ th: 'โทรศัพท์', en: 'Telephone' })} type="tel" value={values.phone} width="20" errorMessage={e('phone')} />
        <TextInput id="email" label={t({ th: 'อีเมล', en: 'Email' })} type="email" value={values.email} errorMessage={e('email')} spellcheck={false} />
        <TextInput
          id="website"
          label={t({ th: 'เว็บไซต์', en: 'Website' })}
          hint={t({ th: 'ขึ้นต้นด้วย https:// หรือ http://', en: 'Starting with https:// or http://' })}
          type="url"
          value={values.website}
          errorMessage={e('website')}
          spellcheck={false}
        />
        <Checkboxes
          id="require_staff_totp"
          label={t({ th: 'ความปลอดภัย', en: 'Security' })}
          options={[
            {
              value: 'yes',
              text: t({ th: 'บังคับให้เจ้าหน้าที่เข้าสู่ระบบแบบสองขั้นตอน', en: 'Require two-factor sign-in for staff' }),
              hint: t({
                th: 'เจ้าหน้าที่ของหน่วยงานต้องใช้รหัสจากแอปยืนยันตัวตนทุกครั้งที่เข้าสู่ระบบ',
                en: 'Staff of this organisation must enter a code from an authenticator app each time they sign in.',
              }),
            },
          ]}
          values={values.require_staff_totp ? ['yes'] : []}
          errorMessage={e('require_staff_totp')}
        />
        {org ? (
          <OrganisationLogoField
            ctx={ctx}
            org={org}
            currentLogo={props.currentLogo ?? null}
            keptLogo={props.keptLogo ?? null}
            removeLogo={!!props.removeLogo}
            errorMessage={e('logo')}
          />
        ) : (
          ''
        )}
        <Button text={org ? t({ th: 'บันทึกการเปลี่ยนแปลง', en: 'Save changes' }) : t({ th: 'เพิ่มหน่วยงาน', en: 'Add organisation' })} />
      </form>
    </Layout>
  )
}
