import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { TextInput } from '../../../web/components/form-fields.tsx'
import { Button, CsrfField, SummaryList, Tag } from '../../../web/components/display.tsx'
import { orgName } from '../../../web/org-names.ts'
import { ROLE_LABELS, isRole } from '../../../platform/auth/roles.ts'
import type { FieldErrors } from '../../../errors.ts'

export type AccountView = {
  displayName: string
  email: string
  totpEnabled: boolean
  totpRequired: boolean
  memberships: { slug: string; name_th: string; name_en: string; role: string }[]
  isPlatformAdmin: boolean
}

export function AccountPage(props: { ctx: PageContext; account: AccountView; errors?: FieldErrors; form?: 'password' | 'disable-totp' }) {
  const { ctx, account: a, errors } = props
  const t = ctx.t
  return (
    <Layout ctx={ctx} title={t({ th: 'บัญชีของฉัน', en: 'My account' })}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-xl" safe>
        {t({ th: 'บัญชีของฉัน', en: 'My account' })}
      </h1>
      <SummaryList
        rows={[
          { key: t({ th: 'ชื่อ', en: 'Name' }), value: <span safe>{a.displayName}</span> },
          { key: t({ th: 'อีเมล', en: 'Email' }), value: <span safe>{a.email}</span> },
          {
            key: t({ th: 'บทบาท', en: 'Roles' }),
            value: (
              <ul class="list">
                {a.isPlatformAdmin ? <li safe>{t({ th: 'ผู้ดูแลระบบทั้งหมด', en: 'Platform administrator' })}</li> : ''}
                {a.memberships.map((m) => (
                  <li>
                    <span safe>{isRole(m.role) ? ROLE_LABELS[m.role][ctx.locale] : m.role}</span> —{' '}
                    <a href={`/o/${m.slug}`} safe>
                      {orgName(m, ctx.locale)}
                    </a>
                  </li>
                ))}
              </ul>
            ),
          },
          {
            key: t({ th: 'การยืนยันตัวตนสองขั้นตอน', en: 'Two-step verification' }),
            value: a.totpEnabled ? <Tag colour="green" text={t({ th: 'เปิดใช้', en: 'On' })} /> : <Tag colour="grey" text={t({ th: 'ปิด', en: 'Off' })} />,
          },
        ]}
      />

      <h2 class="heading-l" safe>
        {t({ th: 'เปลี่ยนรหัสผ่าน', en: 'Change your password' })}
      </h2>
      <form method="post" action="/account/password" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextInput id="current" type="password" autocomplete="current-password" label={t({ th: 'รหัสผ่านปัจจุบัน', en: 'Current password' })} errorMessage={fieldError(ctx, errors, 'current')} />
        <TextInput id="password" type="password" autocomplete="new-password" label={t({ th: 'รหัสผ่านใหม่', en: 'New password' })} hint={t({ th: 'อย่างน้อย 10 ตัวอักษร ใช้วลีที่จำง่ายแต่เดายากได้', en: 'At least 10 characters. A phrase that is easy to remember but hard to guess works well.' })} errorMessage={fieldError(ctx, errors, 'password')} />
        <TextInput id="confirm" type="password" autocomplete="new-password" label={t({ th: 'ยืนยันรหัสผ่านใหม่', en: 'Confirm the new password' })} errorMessage={fieldError(ctx, errors, 'confirm')} />
        <Button text={t({ th: 'เปลี่ยนรหัสผ่าน', en: 'Change password' })} />
      </form>

      <h2 class="heading-l" safe>
        {t({ th: 'การยืนยันตัวตนสองขั้นตอน', en: 'Two-step verification' })}
      </h2>
      {a.totpEnabled ? (
        a.totpRequired ? (
          <p class="body" safe>
            {t({ th: 'หน่วยงานของคุณกำหนดให้ใช้การยืนยันตัวตนสองขั้นตอน', en: 'Your organisation requires two-step verification.' })}
          </p>
        ) : (
          <form method="post" action="/account/two-factor/disable" novalidate>
            <CsrfField token={ctx.csrfToken} />
            <TextInput id="code" label={t({ th: 'ใส่รหัส 6 หลักเพื่อปิดการยืนยันสองขั้นตอน', en: 'Enter a 6-digit code to turn two-step verification off' })} inputmode="numeric" autocomplete="one-time-code" width="5" errorMessage={fieldError(ctx, errors, 'code')} />
            <Button kind="warning" text={t({ th: 'ปิดการยืนยันสองขั้นตอน', en: 'Turn off two-step verification' })} />
          </form>
        )
      ) : (
        <p class="body">
          <a href="/account/two-factor" class="button button--secondary" safe>
            {t({ th: 'ตั้งค่าการยืนยันตัวตนสองขั้นตอน', en: 'Set up two-step verification' })}
          </a>
        </p>
      )}
    </Layout>
  )
}
