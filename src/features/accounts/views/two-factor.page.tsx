import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { TextInput } from '../../../web/components/form-fields.tsx'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import type { FieldErrors } from '../../../errors.ts'

/** Used for the sign-in challenge and for enrolment (then with the QR code and the secret to type by hand). */
export function TwoFactorPage(props: {
  ctx: PageContext
  action: string
  enrol?: { qrDataUrl: string; secret: string; required: boolean }
  errors?: FieldErrors
}) {
  const { ctx, errors, enrol } = props
  const t = ctx.t
  const title = enrol ? t({ th: 'ตั้งค่าการยืนยันตัวตนสองขั้นตอน', en: 'Set up two-step verification' }) : t({ th: 'ใส่รหัสยืนยันตัวตน', en: 'Enter your verification code' })
  return (
    <Layout ctx={ctx} title={title}>
      <div class="grid-narrow">
        <ErrorSummary ctx={ctx} errors={errors} />
        <h1 class="heading-xl" safe>
          {title}
        </h1>
        {enrol ? (
          <>
            {enrol.required ? (
              <p class="body" safe>
                {t({ th: 'หน่วยงานของคุณกำหนดให้เจ้าหน้าที่ใช้การยืนยันตัวตนสองขั้นตอน', en: 'Your organisation requires staff to use two-step verification.' })}
              </p>
            ) : (
              ''
            )}
            <ol class="list list--number">
              <li safe>{t({ th: 'ติดตั้งแอปยืนยันตัวตน เช่น Google Authenticator หรือ Microsoft Authenticator บนโทรศัพท์', en: 'Install an authenticator app, such as Google Authenticator or Microsoft Authenticator, on your phone.' })}</li>
              <li safe>{t({ th: 'สแกนคิวอาร์โค้ดนี้ด้วยแอป หรือพิมพ์รหัสลับด้านล่าง', en: 'Scan this QR code with the app, or type the secret key below.' })}</li>
              <li safe>{t({ th: 'ใส่รหัส 6 หลักที่แอปแสดง', en: 'Enter the 6-digit code the app shows.' })}</li>
            </ol>
            <img src={enrol.qrDataUrl} width="200" height="200" alt={t({ th: 'คิวอาร์โค้ดสำหรับแอปยืนยันตัวตน', en: 'QR code for the authenticator app' })} />
            <p class="body">
              <span safe>{t({ th: 'รหัสลับ', en: 'Secret key' })}</span>: <code class="secret" safe>{enrol.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
            </p>
          </>
        ) : (
          <p class="body" safe>
            {t({ th: 'เปิดแอปยืนยันตัวตนบนโทรศัพท์ แล้วใส่รหัส 6 หลักที่แสดงอยู่', en: 'Open the authenticator app on your phone and enter the 6-digit code it shows.' })}
          </p>
        )}
        <form method="post" action={props.action} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextInput id="code" label={t({ th: 'รหัส 6 หลัก', en: '6-digit code' })} inputmode="numeric" autocomplete="one-time-code" width="5" errorMessage={fieldError(ctx, errors, 'code')} />
          <Button text={t({ th: 'ยืนยัน', en: 'Continue' })} />
        </form>
      </div>
    </Layout>
  )
}
