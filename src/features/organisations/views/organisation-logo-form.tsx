import type { FieldErrors } from '../../../errors.ts'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { FileInput } from '../../../web/components/file-input.tsx'
import { fieldError } from '../../../web/components/error-summary.tsx'
import type { OrganisationDetails } from '../organisations.repository.ts'

/** A form of its own, so a rejected image never costs the person what they typed in the details form. */
export function OrganisationLogoForm({ ctx, org, errors }: { ctx: PageContext; org: OrganisationDetails; errors: FieldErrors | undefined }) {
  const t = ctx.t
  return (
    <section class="section" aria-labelledby="logo-heading">
      <h2 class="heading-m" id="logo-heading" safe>
        {t({ th: 'ตราสัญลักษณ์', en: 'Logo' })}
      </h2>
      {org.has_logo ? (
        <p class="body">
          <img src={`/o/${org.slug}/logo`} alt={t({ th: 'ตราสัญลักษณ์ปัจจุบัน', en: 'Current logo' })} width="96" height="96" />
        </p>
      ) : (
        <p class="body hint" safe>
          {t({ th: 'ยังไม่มีตราสัญลักษณ์', en: 'No logo yet.' })}
        </p>
      )}
      <form method="post" action={`/admin/organisations/${org.id}/logo`} enctype="multipart/form-data" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <FileInput
          id="logo"
          label={t({ th: 'อัปโหลดตราสัญลักษณ์ใหม่', en: 'Upload a new logo' })}
          hint={t({ th: 'ไฟล์ PNG หรือ JPEG ขนาดไม่เกิน 512 KB', en: 'A PNG or JPEG file of 512 KB or less' })}
          accept="image/png,image/jpeg"
          errorMessage={fieldError(ctx, errors, 'logo')}
        />
        <Button text={t({ th: 'อัปโหลดตราสัญลักษณ์', en: 'Upload logo' })} kind="secondary" />
      </form>
      {org.has_logo ? (
        <form method="post" action={`/admin/organisations/${org.id}/logo/remove`}>
          <CsrfField token={ctx.csrfToken} />
          <Button text={t({ th: 'ลบตราสัญลักษณ์', en: 'Remove logo' })} kind="warning" />
        </form>
      ) : (
        ''
      )}
    </section>
  )
}
