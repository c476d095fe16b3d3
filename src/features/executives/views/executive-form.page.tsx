import type { FieldErrors } from '../../../errors.ts'
import { formatFileSize, type StoredFile } from '../../../platform/files/index.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Checkboxes, Radios } from '../../../web/components/choices.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { FileInput } from '../../../web/components/file-input.tsx'
import { TextInput } from '../../../web/components/form-fields.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import { EXECUTIVE_GROUPS } from '../executives.domain.ts'
import type { ExecutiveFormValues } from '../executives.input.ts'
import type { KeptPhoto } from '../executives.use-cases.ts'

export type ExecutiveFormProps = {
  ctx: PageContext
  org: OrganisationDetails
  /** Absent for a new entry. */
  executiveId?: string
  values: ExecutiveFormValues
  errors?: FieldErrors | undefined
  currentPhoto: StoredFile | null
  keptPhoto: KeptPhoto | null
  removePhoto: boolean
}

/** Adding or editing one person; the photo is a field of the form, saved (or kept) with the rest. */
export function ExecutiveFormPage(p: ExecutiveFormProps) {
  const { ctx, org, values, errors } = p
  const t = ctx.t
  const err = (f: string) => fieldError(ctx, errors, f)
  const title = p.executiveId ? t({ th: 'แก้ไขรายชื่อผู้บริหาร', en: 'Edit a listed person' }) : t({ th: 'เพิ่มรายชื่อผู้บริหาร', en: 'Add a person' })
  const action = p.executiveId ? `/staff/executives/${p.executiveId}` : '/staff/executives/new'
  const photoUrl = (f: StoredFile) => `/staff/executives/photos/${org.id}/${f.id}`
  return (
    <Layout ctx={ctx} title={title}>
      <a href={`/staff/executives?org=${encodeURIComponent(org.slug)}`} class="back-link" safe>
        {t({ th: 'รายชื่อผู้บริหาร', en: 'The list of executives' })}
      </a>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={action} enctype="multipart/form-data" novalidate>
        <CsrfField token={ctx.csrfToken} />
        {p.executiveId ? '' : <input type="hidden" name="organisation_id" value={org.id} />}
        <Radios
          id="group"
          label={t({ th: 'กลุ่ม', en: 'Group' })}
          options={EXECUTIVE_GROUPS.map((g) => ({ value: g.key, text: g.name[ctx.locale] }))}
          value={values.group}
          errorMessage={err('group')}
        />
        <TextInput id="name_th" label={t({ th: 'ชื่อ–นามสกุล (ภาษาไทย)', en: 'Name (Thai)' })} hint={t({ th: 'พร้อมคำนำหน้า เช่น นายสมชาย ใจดี', en: 'With the title, e.g. นายสมชาย ใจดี' })} value={values.name_th} errorMessage={err('name_th')} />
        <TextInput id="name_en" label={t({ th: 'ชื่อ–นามสกุล (ภาษาอังกฤษ) ไม่บังคับ', en: 'Name (English), optional' })} value={values.name_en} errorMessage={err('name_en')} />
        <TextInput id="position_th" label={t({ th: 'ตำแหน่ง (ภาษาไทย)', en: 'Position (Thai)' })} hint={t({ th: 'เช่น นายกเทศมนตรีตำบลเวียงทอง', en: 'e.g. นายกเทศมนตรีตำบลเวียงทอง' })} value={values.position_th} errorMessage={err('position_th')} />
        <TextInput id="position_en" label={t({ th: 'ตำแหน่ง (ภาษาอังกฤษ) ไม่บังคับ', en: 'Position (English), optional' })} value={values.position_en} errorMessage={err('position_en')} />
        <TextInput id="phone" type="tel" autocomplete="off" width="20" label={t({ th: 'โทรศัพท์ ไม่บังคับ', en: 'Phone, optional' })} value={values.phone} errorMessage={err('phone')} />
        <TextInput id="email" type="email" autocomplete="off" spellcheck={false} label={t({ th: 'อีเมล ไม่บังคับ', en: 'E-mail, optional' })} value={values.email} errorMessage={err('email')} />
        <DateInput
          id="term_start"
          locale={ctx.locale}
          label={t({ th: 'วันที่เริ่มดำรงตำแหน่ง ไม่บังคับ', en: 'In office since, optional' })}
          hint={t({ th: 'ปีเป็นพุทธศักราช เช่น 1 10 2568', en: 'Year in the Buddhist Era, e.g. 1 10 2568' })}
          value={values.term_start}
          errorMessage={err('term_start')}
        />
        <section class="section" aria-labelledby="photo-heading">
          <h2 class="heading-m" id="photo-heading" safe>
            {t({ th: 'ภาพถ่าย', en: 'Photo' })}
          </h2>
          {p.currentPhoto && !p.keptPhoto ? (
            <>
              <p class="body">
                <img class="org-header__logo" src={photoUrl(p.currentPhoto)} alt={t({ th: 'ภาพถ่ายปัจจุบัน', en: 'Current photo' })} width="96" height="96" />
              </p>
              <Checkboxes
                id="photo_remove"
                label={t({ th: 'ลบภาพถ่าย', en: 'Remove the photo' })}
                options={[{ value: 'yes', text: t({ th: 'ลบภาพถ่ายปัจจุบันเมื่อบันทึก', en: 'Remove the current photo when saving' }) }]}
                values={p.removePhoto ? ['yes'] : []}
              />
            </>
          ) : (
            ''
          )}
          <FileInput
            id="photo"
            label={p.currentPhoto || p.keptPhoto ? t({ th: 'เปลี่ยนภาพถ่าย', en: 'Replace the photo' }) : t({ th: 'อัปโหลดภาพถ่าย ไม่บังคับ', en: 'Upload a photo, optional' })}
            hint={t({ th: 'ไฟล์ภาพ PNG, JPEG หรือ WebP ขนาดไม่เกิน 5 MB ระบบจะลบข้อมูลแฝงในภาพ (เช่น พิกัด GPS) ก่อนแสดง', en: 'A PNG, JPEG or WebP image of 5 MB or less; hidden data in the image (such as GPS position) is removed before it is shown' })}
            accept="image/png,image/jpeg,image/webp"
            errorMessage={err('photo')}
            kept={
              p.keptPhoto
                ? {
                    reference: p.keptPhoto.reference,
                    name: p.keptPhoto.file.originalName,
                    size: formatFileSize(p.keptPhoto.file.size),
                    intro: t({ th: 'อัปโหลดไว้แล้ว (จะบันทึกเมื่อกดบันทึก):', en: 'Already uploaded (saved when you save the form):' }),
                    discardLabel: t({ th: 'ไม่ใช้ไฟล์นี้', en: 'Do not use this file' }),
                    preview: { src: photoUrl(p.keptPhoto.file), alt: t({ th: 'ภาพถ่ายที่อัปโหลดไว้', en: 'The uploaded photo' }) },
                  }
                : undefined
            }
          />
        </section>
        <Button text={t({ th: 'บันทึก', en: 'Save' })} />
      </form>
      {p.executiveId ? (
        <form method="post" action={`/staff/executives/${p.executiveId}/delete`}>
          <CsrfField token={ctx.csrfToken} />
          <h2 class="heading-m" safe>
            {t({ th: 'ลบออกจากรายชื่อ', en: 'Remove from the list' })}
          </h2>
          <p class="body" safe>
            {t({ th: 'เช่น เมื่อพ้นจากตำแหน่งแล้ว รายชื่อจะหายจากหน้าสาธารณะทันที (ประวัติการแก้ไขยังอยู่ในบันทึกการใช้งาน)', en: 'For example when the person has left office. They disappear from the public page at once (the change stays in the audit trail).' })}
          </p>
          <Button text={t({ th: 'ลบออกจากรายชื่อ', en: 'Remove from the list' })} kind="warning" />
        </form>
      ) : (
        ''
      )}
    </Layout>
  )
}
