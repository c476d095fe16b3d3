import type { FieldErrors } from '../../../errors.ts'
import { formatFileSize, type StoredFile } from '../../../platform/files/index.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Checkboxes, Radios } from '../../../web/components/choices.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { FileInput } from '../../../web/components/file-input.tsx'
import { Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import type { HonourFormValues } from '../honour-roll.input.ts'
import type { KeptPhoto } from '../honour-roll.use-cases.ts'
import { photoUrlOf } from './honour-text.ts'

export type HonourEntryFormProps = {
  ctx: PageContext
  org: OrganisationDetails
  /** Absent for a new entry. */
  entryId?: string
  values: HonourFormValues
  errors?: FieldErrors | undefined
  currentPhoto: StoredFile | null
  keptPhoto: KeptPhoto | null
  removePhoto: boolean
}

/** Recording or editing a draft entry; the photo is a field of the form, kept across a rejected submission. */
export function HonourEntryFormPage(p: HonourEntryFormProps) {
  const { ctx, org, values, errors } = p
  const t = ctx.t
  const err = (f: string) => fieldError(ctx, errors, f)
  const title = p.entryId ? t({ th: 'แก้ไขรายการผู้ได้รับการยกย่อง', en: 'Edit an entry' }) : t({ th: 'บันทึกผู้ได้รับการยกย่องด้านคุณธรรม', en: 'Record a person commended for integrity' })
  const action = p.entryId ? `/staff/honour-roll/${p.entryId}/edit` : '/staff/honour-roll/new'
  return (
    <Layout ctx={ctx} title={title}>
      <a href={p.entryId ? `/staff/honour-roll/${p.entryId}` : `/staff/honour-roll?org=${encodeURIComponent(org.slug)}`} class="back-link" safe>
        {t({ th: 'ย้อนกลับ', en: 'Back' })}
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
        {p.entryId ? '' : <input type="hidden" name="organisation_id" value={org.id} />}
        <TextInput id="name_th" label={t({ th: 'ชื่อ–นามสกุล', en: 'Name' })} hint={t({ th: 'พร้อมคำนำหน้า เช่น นางสาวมาลี ใจซื่อ', en: 'With the title, e.g. นางสาวมาลี ใจซื่อ' })} value={values.name_th} errorMessage={err('name_th')} />
        <TextInput id="position_th" label={t({ th: 'ตำแหน่ง', en: 'Position' })} value={values.position_th} errorMessage={err('position_th')} />
        <Textarea id="deed_th" label={t({ th: 'การกระทำที่ได้รับการยกย่อง', en: 'What the person is commended for' })} hint={t({ th: 'เช่น ปฏิเสธการรับของขวัญจากผู้รับจ้าง และรายงานผู้บังคับบัญชา', en: 'e.g. refused a gift from a contractor and reported it' })} value={values.deed_th} rows={5} errorMessage={err('deed_th')} />
        <DateInput id="commended_on" locale={ctx.locale} label={t({ th: 'วันที่ยกย่อง', en: 'Date of the commendation' })} hint={t({ th: 'ปีเป็นพุทธศักราช เช่น 9 12 2569', en: 'Year in the Buddhist Era, e.g. 9 12 2569' })} value={values.commended_on} errorMessage={err('commended_on')} />
        <TextInput id="commended_by" label={t({ th: 'ผู้ยกย่อง', en: 'Commended by' })} hint={t({ th: 'เช่น นายกเทศมนตรีตำบลเวียงทอง หรือ จังหวัด', en: 'e.g. the mayor, or the province' })} value={values.commended_by} errorMessage={err('commended_by')} />
        <TextInput id="announcement_ref" label={t({ th: 'ประกาศหรือหนังสือยกย่อง (ไม่บังคับ)', en: 'Announcement or letter of commendation (optional)' })} hint={t({ th: 'เลขที่และวันที่ของประกาศ', en: 'Its number and date' })} value={values.announcement_ref} errorMessage={err('announcement_ref')} />
        <Radios
          id="consent"
          label={t({ th: 'ผู้ได้รับการยกย่องยินยอมให้เผยแพร่ชื่อ ตำแหน่ง และภาพต่อสาธารณะหรือไม่', en: 'Did the person agree to their name, position and photo being published?' })}
          hint={t({ th: 'ถ้าไม่ยินยอม รายการจะอยู่ในระบบ (จังหวัดเห็นได้) แต่ไม่แสดงบนหน้าสาธารณะ', en: 'If not, the entry stays on record (the province sees it) but is not shown in public' })}
          options={[
            { value: 'yes', text: t({ th: 'ยินยอม', en: 'Yes, they agreed' }) },
            { value: 'no', text: t({ th: 'ไม่ยินยอม / ยังไม่ได้ถาม', en: 'No, or not asked' }) },
          ]}
          value={values.consent}
          errorMessage={err('consent')}
        />
        <section class="section" aria-labelledby="photo-heading">
          <h2 class="heading-m" id="photo-heading" safe>
            {t({ th: 'ภาพถ่าย (ไม่บังคับ)', en: 'Photo (optional)' })}
          </h2>
          {p.currentPhoto && !p.keptPhoto ? (
            <>
              <p class="body">
                <img class="org-header__logo" src={photoUrlOf(org.id, p.currentPhoto.id)} alt={t({ th: 'ภาพถ่ายปัจจุบัน', en: 'Current photo' })} width="96" height="96" />
              </p>
              <Checkboxes id="photo_remove" label={t({ th: 'ลบภาพถ่าย', en: 'Remove the photo' })} options={[{ value: 'yes', text: t({ th: 'ลบภาพถ่ายปัจจุบันเมื่อบันทึก', en: 'Remove the current photo when saving' }) }]} values={p.removePhoto ? ['yes'] : []} />
            </>
          ) : (
            ''
          )}
          <FileInput
            id="photo"
            label={p.currentPhoto || p.keptPhoto ? t({ th: 'เปลี่ยนภาพถ่าย', en: 'Replace the photo' }) : t({ th: 'อัปโหลดภาพถ่าย', en: 'Upload a photo' })}
            hint={t({ th: 'ไฟล์ภาพ PNG, JPEG หรือ WebP ขนาดไม่เกิน 5 MB ระบบจะลบข้อมูลแฝงในภาพก่อนแสดง', en: 'A PNG, JPEG or WebP image of 5 MB or less; hidden data in the image is removed before it is shown' })}
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
                    preview: { src: photoUrlOf(org.id, p.keptPhoto.file.id), alt: t({ th: 'ภาพถ่ายที่อัปโหลดไว้', en: 'The uploaded photo' }) },
                  }
                : undefined
            }
          />
        </section>
        <Button text={t({ th: 'บันทึก', en: 'Save' })} />
      </form>
    </Layout>
  )
}
