import type { FieldErrors } from '../../../errors.ts'
import { ROLES, ROLE_LABELS } from '../../../platform/auth/roles.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { Select, TextInput } from '../../../web/components/form-fields.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import type { ParentOption } from '../../organisations/index.ts'
import type { InvitationFormValues } from '../users.input.ts'
import { organisationOptions } from './labels.ts'

export function InvitePage({ ctx, choices, values, errors }: { ctx: PageContext; choices: ParentOption[]; values: InvitationFormValues; errors?: FieldErrors | undefined }) {
  const t = ctx.t
  const e = (f: string) => fieldError(ctx, errors, f)
  return (
    <Layout ctx={ctx} title={t({ th: 'เชิญผู้ใช้ใหม่', en: 'Invite someone' })}>
      <a href="/admin/users" class="back-link" safe>
        {t({ th: 'กลับไปรายชื่อผู้ใช้', en: 'Back to users' })}
      </a>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-xl" safe>
        {t({ th: 'เชิญผู้ใช้ใหม่', en: 'Invite someone' })}
      </h1>
      <p class="body" safe>
        {t({
          th: 'ระบบจะส่งอีเมลพร้อมลิงก์รับคำเชิญซึ่งใช้ได้ครั้งเดียวภายใน 7 วัน หากอีเมลนี้มีบัญชีอยู่แล้ว เมื่อรับคำเชิญจะได้บทบาทเพิ่ม',
          en: 'We will e-mail a link to accept the invitation; it works once, within 7 days. If the address already has an account, accepting adds the role to it.',
        })}
      </p>
      <form method="post" action="/admin/users/invite" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextInput id="email" type="email" label={t({ th: 'อีเมล', en: 'Email' })} value={values.email} errorMessage={e('email')} autocomplete="off" spellcheck={false} />
        <Select
          id="organisation_id"
          label={t({ th: 'หน่วยงาน', en: 'Organisation' })}
          options={organisationOptions(ctx, choices)}
          value={values.organisation_id}
          emptyText={t({ th: 'เลือกหน่วยงาน', en: 'Choose an organisation' })}
          errorMessage={e('organisation_id')}
        />
        <Select
          id="role"
          label={t({ th: 'บทบาท', en: 'Role' })}
          options={ROLES.map((r) => ({ value: r, text: t(ROLE_LABELS[r]) }))}
          value={values.role}
          emptyText={t({ th: 'เลือกบทบาท', en: 'Choose a role' })}
          errorMessage={e('role')}
        />
        <Button text={t({ th: 'ส่งคำเชิญ', en: 'Send invitation' })} />
      </form>
    </Layout>
  )
}
