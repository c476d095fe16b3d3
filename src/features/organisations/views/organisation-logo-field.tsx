import type { PageContext } from '../../../web/page-context.ts'
import { Checkboxes } from '../../../web/components/choices.tsx'
import { FileInput } from '../../../web/components/file-input.tsx'
import { formatFileSize } from '../../../platform/files/format-size.ts'
import type { StoredFile } from '../../../platform/files/index.ts'
import type { OrganisationDetails } from '../organisations.repository.ts'
import type { KeptLogo } from '../organisation-logo.use-cases.ts'

export type LogoFieldProps = {
  ctx: PageContext
  org: OrganisationDetails
  currentLogo: StoredFile | null
  /** Uploaded with a rejected submission: shown, and saved with the corrected form. */
  keptLogo: KeptLogo | null
  removeLogo: boolean
  errorMessage: string | undefined
}

/** The logo as one field of the organisation form, so it is saved (or kept) with the details. */
export function OrganisationLogoField({ ctx, org, currentLogo, keptLogo, removeLogo, errorMessage }: LogoFieldProps) {
  const t = ctx.t
  const fileUrl = (f: StoredFile) => `/admin/organisations/${org.id}/files/${f.id}`
  return (
    <section class="section" aria-labelledby="logo-heading">
      <h2 class="heading-m" id="logo-heading" safe>
        {t({ th: 'ตราสัญลักษณ์', en: 'Logo' })}
      </h2>
      {currentLogo && !keptLogo ? (
        <>
          <p class="body">
            <img class="org-header__logo" src={`${fileUrl(currentLogo)}/preview`} alt={t({ th: 'ตราสัญลักษณ์ปัจจุบัน', en: 'Current logo' })} width="96" height="96" />
          </p>
          <p class="body">
            <a href={fileUrl(currentLogo)} safe>
              {t({ th: 'ดาวน์โหลดไฟล์ต้นฉบับ', en: 'Download the original file' })}
            </a>{' '}
            <span class="hint" safe>
              ({currentLogo.originalName}, {formatFileSize(currentLogo.size)})
            </span>
          </p>
          <Checkboxes
            id="logo_remove"
            label={t({ th: 'ลบตราสัญลักษณ์', en: 'Remove the logo' })}
            options={[{ value: 'yes', text: t({ th: 'ลบตราสัญลักษณ์ปัจจุบันเมื่อบันทึก', en: 'Remove the current logo when saving' }) }]}
            values={removeLogo ? ['yes'] : []}
          />
        </>
      ) : !currentLogo && !keptLogo ? (
        <p class="body hint" safe>
          {t({ th: 'ยังไม่มีตราสัญลักษณ์', en: 'No logo yet.' })}
        </p>
      ) : (
        ''
      )}
      <FileInput
        id="logo"
        label={currentLogo || keptLogo ? t({ th: 'เปลี่ยนตราสัญลักษณ์', en: 'Replace the logo' }) : t({ th: 'อัปโหลดตราสัญลักษณ์', en: 'Upload a logo' })}
        hint={t({ th: 'ไฟล์ภาพ PNG, JPEG หรือ WebP ขนาดไม่เกิน 512 KB', en: 'A PNG, JPEG or WebP image of 512 KB or less' })}
        accept="image/png,image/jpeg,image/webp"
        errorMessage={errorMessage}
        kept={
          keptLogo
            ? {
                reference: keptLogo.reference,
                name: keptLogo.file.originalName,
                size: formatFileSize(keptLogo.file.size),
                intro: t({ th: 'อัปโหลดไว้แล้ว (จะบันทึกเมื่อกดบันทึก):', en: 'Already uploaded (saved when you save the form):' }),
                discardLabel: t({ th: 'ไม่ใช้ไฟล์นี้', en: 'Do not use this file' }),
                preview: { src: `${fileUrl(keptLogo.file)}/preview`, alt: t({ th: 'ตราสัญลักษณ์ที่อัปโหลดไว้', en: 'The uploaded logo' }) },
              }
            : undefined
        }
      />
    </section>
  )
}
