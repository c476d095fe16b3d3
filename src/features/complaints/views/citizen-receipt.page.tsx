import type { FieldErrors } from '../../../errors.ts'
import type { Bilingual } from '../../../platform/i18n/locale.ts'
import { Checkboxes } from '../../../web/components/choices.tsx'
import { Button, CsrfField, NotificationBanner } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Layout } from '../../../web/layout.tsx'
import { PrintButton } from '../../../web/components/print-button.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { AgencyName } from './citizen-form.page.tsx'

const SHOWN_ONCE: Bilingual = {
  th: 'รหัสนี้แสดงเพียงครั้งเดียวและไม่ได้เก็บไว้ที่ใดในระบบ หากทำหาย จะไม่มีผู้ใดกู้คืนให้ได้ และท่านจะติดตามเรื่องนี้ไม่ได้อีก',
  en: 'This receipt is shown only once and is not stored anywhere. If you lose it, nobody can recover it and you can no longer follow this complaint.',
}

/**
 * The receipt, shown once in the answer to the submission (never behind a redirect, so it exists
 * only in this response). The person must confirm they saved it before going on; they may print
 * the page (the print style sheet leaves the reference, the code and the warning). Thai mode is
 * all Thai: the warning is in the chosen language only.
 */
export function CitizenReceiptPage(props: { ctx: PageContext; agency: AgencyName; reference: string; receipt: string; errors?: FieldErrors | undefined }) {
  const { ctx } = props
  const t = ctx.t
  const groups = props.receipt.split('-')
  return (
    <Layout ctx={ctx} title={t({ th: 'รหัสติดตามเรื่องของท่าน', en: 'Your receipt' })}>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      {/* Announced once; when the page comes back for the confirmation, the error summary is the alert. */}
      <NotificationBanner kind={props.errors ? 'info' : 'success'} title={t({ th: 'ส่งเรื่องร้องเรียนแล้ว', en: 'Complaint submitted' })}>
        <p class="body">
          <span safe>{t({ th: `${orgName(props.agency, 'th')} ได้รับเรื่องของท่านแล้ว เลขที่เรื่อง`, en: `${orgName(props.agency, 'en')} has received your complaint, reference`, })}</span>{' '}
          <strong safe>{props.reference}</strong>
        </p>
      </NotificationBanner>
      <h1 class="heading-xl" safe>
        {t({ th: 'จดรหัสติดตามเรื่องของท่านไว้', en: 'Write down your receipt' })}
      </h1>
      <p class="body" safe>
        {t({ th: 'รหัสติดตามเรื่อง (16 ตัวอักษร):', en: 'Your receipt (16 characters):' })}
      </p>
      <p class="heading-xl receipt-code" id="receipt-code" translate="no">
        {groups.map((g, i) => (
          <>
            {i > 0 ? ' ' : ''}
            <code safe>{g}</code>
          </>
        ))}
      </p>
      <p class="lead" safe>
        {t(SHOWN_ONCE)}
      </p>
      <PrintButton ctx={ctx} />
      <ul class="list list--bullet">
        <li safe>{t({ th: 'เขียนลงกระดาษ ถ่ายภาพหน้าจอ หรือบันทึกในโปรแกรมจัดการรหัสผ่าน', en: 'Write it on paper, take a screenshot, or keep it in a password manager.' })}</li>
        <li safe>{t({ th: 'ใช้รหัสนี้ที่หน้า “ติดตามเรื่องร้องเรียน” เพื่อดูสถานะ อ่านข้อความจากหน่วยงาน ตอบกลับ และส่งหลักฐานเพิ่ม', en: 'Use it on the “Follow a complaint” page to see the status, read the agency’s messages, reply and add evidence.' })}</li>
        <li safe>{t({ th: 'อย่าให้ผู้อื่นเห็นรหัสนี้ ผู้ที่มีรหัสจะอ่านเรื่องและข้อความทั้งหมดได้', en: 'Keep it to yourself: whoever has it can read the complaint and every message.' })}</li>
        <li safe>{t({ th: 'ตัวอักษรพิมพ์เล็กหรือใหญ่ เว้นวรรค หรือขีดกลาง ใช้ได้ทั้งหมด', en: 'Upper or lower case, spaces or dashes: all are fine when you type it in.' })}</li>
      </ul>
      <form method="post" action="/complaints/receipt-saved" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="receipt" value={props.receipt} />
        <Checkboxes
          id="saved"
          label={t({ th: 'ก่อนไปต่อ', en: 'Before you go on' })}
          options={[{ value: 'yes', text: t({ th: 'ฉันได้จดหรือบันทึกรหัสนี้แล้ว', en: 'I have written down or saved this receipt' }) }]}
          errorMessage={fieldError(ctx, props.errors, 'saved')}
        />
        <Button text={t({ th: 'ไปยังหน้าติดตามเรื่อง', en: 'Go to my complaint' })} />
      </form>
    </Layout>
  )
}
