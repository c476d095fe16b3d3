import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { TextInput } from '../../../web/components/form-fields.tsx'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import type { FieldErrors } from '../../../errors.ts'

export function SignInPage(props: { ctx: PageContext; email?: string; next: string; errors?: FieldErrors }) {
  const { ctx, errors } = props
  const t = ctx.t
  return (
    <Layout ctx={ctx} title={t({ th: 'เข้าสู่ระบบเจ้าหน้าที่', en: 'Staff sign in' })}>
      <div class="grid-narrow">
        <ErrorSummary ctx={ctx} errors={errors} />
        <h1 class="heading-xl" safe>
          {t({ th: 'เข้าสู่ระบบเจ้าหน้าที่', en: 'Staff sign in' })}
        </h1>
        <p class="body" safe>
          {t({
            th: 'สำหรับเจ้าหน้าที่ของหน่วยงาน ประชาชนไม่ต้องเข้าสู่ระบบเพื่อดูข้อมูลหรือร้องเรียน',
            en: 'For agency staff. Citizens do not need to sign in to read information or to complain.',
          })}
        </p>
        <form method="post" action="/sign-in" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="next" value={props.next} />
          <TextInput id="email" type="email" label={t({ th: 'อีเมล', en: 'Email address' })} value={props.email} autocomplete="username" spellcheck={false} errorMessage={fieldError(ctx, errors, 'email')} />
          <TextInput id="password" type="password" label={t({ th: 'รหัสผ่าน', en: 'Password' })} autocomplete="current-password" errorMessage={fieldError(ctx, errors, 'password')} />
          <Button text={t({ th: 'เข้าสู่ระบบ', en: 'Sign in' })} />
        </form>
        <p class="body">
          <a href="/forgot-password" safe>
            {t({ th: 'ลืมรหัสผ่าน', en: 'Forgot your password?' })}
          </a>
        </p>
      </div>
    </Layout>
  )
}
