import type { FieldErrors } from '../../../errors.ts'
import { ROLES, ROLE_LABELS } from '../../../platform/auth/roles.ts'
import type { Bilingual } from '../../../platform/i18n/locale.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, SummaryList, Table, Tag } from '../../../web/components/display.tsx'
import { Select } from '../../../web/components/form-fields.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { StatusRefusal } from '../users.domain.ts'
import type { RoleFormValues } from '../users.input.ts'
import type { UserAdminView } from '../users.use-cases.ts'
import { organisationOptions, roleLabel, when } from './labels.ts'

const REFUSALS: Record<StatusRefusal, Bilingual> = {
  self: { th: 'คุณระงับการใช้งานบัญชีของตัวเองไม่ได้', en: 'You cannot deactivate your own account.' },
  platform_admin: { th: 'เฉพาะผู้ดูแลระบบกลางเท่านั้นที่เปลี่ยนสถานะของผู้ดูแลระบบกลางได้', en: 'Only platform administrators can change the status of a platform administrator.' },
  other_organisations: {
    th: 'ผู้ใช้นี้มีบทบาทในหน่วยงานอื่นที่คุณไม่ได้ดูแล การระงับการใช้งานต้องทำโดยผู้ที่ดูแลทุกหน่วยงานที่ผู้ใช้สังกัด หรือผู้ดูแลระบบกลาง คุณยังถอนบทบาทในหน่วยงานของคุณได้',
    en: 'This person also holds roles in organisations you do not administer, so only someone who administers all of them, or a platform administrator, can deactivate them. You can still revoke their roles in your organisations.',
  },
}

export type UserPageProps = { ctx: PageContext; view: UserAdminView; grant?: { values: RoleFormValues; errors: FieldErrors } | undefined }

export function UserPage({ ctx, view, grant }: UserPageProps) {
  const t = ctx.t
  const { user } = view
  const base = `/admin/users/${user.id}`
  return (
    <Layout ctx={ctx} title={user.display_name}>
      <a href="/admin/users" class="back-link" safe>
        {t({ th: 'กลับไปรายชื่อผู้ใช้', en: 'Back to users' })}
      </a>
      <ErrorSummary ctx={ctx} errors={grant?.errors} />
      <span class="caption-l" safe>
        {t({ th: 'ผู้ใช้', en: 'User' })}
      </span>
      <h1 class="heading-xl" safe>
        {user.display_name}
      </h1>
      <SummaryList
        rows={[
          { key: t({ th: 'อีเมล', en: 'Email' }), value: <span safe>{user.email}</span> },
          { key: t({ th: 'ตำแหน่ง', en: 'Position' }), value: <span safe>{user.position || '–'}</span> },
          {
            key: t({ th: 'สถานะ', en: 'Status' }),
            value: user.is_active ? <Tag text={t({ th: 'ใช้งาน', en: 'Active' })} colour="green" /> : <Tag text={t({ th: 'ระงับการใช้งาน', en: 'Deactivated' })} colour="grey" />,
          },
          {
            key: t({ th: 'ผู้ดูแลระบบกลาง', en: 'Platform administrator' }),
            value: <span safe>{user.is_platform_admin ? t({ th: 'ใช่', en: 'Yes' }) : t({ th: 'ไม่ใช่', en: 'No' })}</span>,
          },
        ]}
      />

      <h2 class="heading-l" safe>
        {t({ th: 'บทบาท', en: 'Roles' })}
      </h2>
      <Table
        caption={t({ th: 'บทบาทในหน่วยงานที่คุณดูแล', en: 'Roles in the organisations you administer' })}
        empty={t({ th: 'ไม่มีบทบาท', en: 'No roles.' })}
        rows={view.roles}
        columns={[
          { header: t({ th: 'หน่วยงาน', en: 'Organisation' }), cell: (m) => <span safe>{orgName(m, ctx.locale)}</span> },
          { header: t({ th: 'บทบาท', en: 'Role' }), cell: (m) => <span safe>{roleLabel(ctx, m.role)}</span> },
          { header: t({ th: 'ตั้งแต่', en: 'Since' }), cell: (m) => <span safe>{when(ctx, m.created_at)}</span> },
          {
            header: t({ th: 'การดำเนินการ', en: 'Action' }),
            cell: (m) => (
              <form method="post" action={`${base}/roles/revoke`} class="inline-form">
                <CsrfField token={ctx.csrfToken} />
                <input type="hidden" name="organisation_id" value={m.organisation_id} />
                <input type="hidden" name="role" value={m.role} />
                <Button text={t({ th: 'ถอนบทบาท', en: 'Revoke' })} kind="warning" />
              </form>
            ),
          },
        ]}
      />
      {view.hiddenRoleCount > 0 ? (
        <p class="body hint" safe>
          {t({ th: 'มีบทบาทอื่นอีก {n} บทบาทในหน่วยงานที่คุณไม่ได้ดูแล', en: 'Also holds {n} more roles in organisations you do not administer.' }, { n: view.hiddenRoleCount })}
        </p>
      ) : (
        ''
      )}

      <h2 class="heading-m" safe>
        {t({ th: 'ให้บทบาทเพิ่ม', en: 'Grant a role' })}
      </h2>
      <form method="post" action={`${base}/roles`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <Select
          id="organisation_id"
          label={t({ th: 'หน่วยงาน', en: 'Organisation' })}
          options={organisationOptions(ctx, view.grantChoices)}
          value={grant?.values.organisation_id}
          emptyText={t({ th: 'เลือกหน่วยงาน', en: 'Choose an organisation' })}
          errorMessage={fieldError(ctx, grant?.errors, 'organisation_id')}
        />
        <Select
          id="role"
          label={t({ th: 'บทบาท', en: 'Role' })}
          options={ROLES.map((r) => ({ value: r, text: t(ROLE_LABELS[r]) }))}
          value={grant?.values.role}
          emptyText={t({ th: 'เลือกบทบาท', en: 'Choose a role' })}
          errorMessage={fieldError(ctx, grant?.errors, 'role')}
        />
        <Button text={t({ th: 'ให้บทบาท', en: 'Grant role' })} />
      </form>

      <h2 class="heading-m" safe>
        {t({ th: 'การเข้าใช้งาน', en: 'Access' })}
      </h2>
      {view.statusRefusal ? (
        <p class="body" safe>
          {t(REFUSALS[view.statusRefusal])}
        </p>
      ) : user.is_active ? (
        <form method="post" action={`${base}/deactivate`}>
          <CsrfField token={ctx.csrfToken} />
          <p class="body" safe>
            {t({ th: 'เมื่อระงับการใช้งาน ผู้ใช้จะถูกออกจากระบบทันทีและเข้าสู่ระบบไม่ได้อีกจนกว่าจะเปิดใช้งานใหม่', en: 'Deactivating signs the person out at once; they cannot sign in until reactivated.' })}
          </p>
          <Button text={t({ th: 'ระงับการใช้งาน', en: 'Deactivate' })} kind="warning" />
        </form>
      ) : (
        <form method="post" action={`${base}/reactivate`}>
          <CsrfField token={ctx.csrfToken} />
          <Button text={t({ th: 'เปิดใช้งานอีกครั้ง', en: 'Reactivate' })} kind="secondary" />
        </form>
      )}
      {view.canChangePlatformAdmin ? (
        <form method="post" action={`${base}/platform-admin`}>
          <CsrfField token={ctx.csrfToken} />
          {user.is_platform_admin ? (
            <Button text={t({ th: 'ถอนสิทธิ์ผู้ดูแลระบบกลาง', en: 'Remove platform administrator rights' })} kind="warning" name="value" value="no" />
          ) : (
            <Button text={t({ th: 'ตั้งเป็นผู้ดูแลระบบกลาง', en: 'Make platform administrator' })} kind="secondary" name="value" value="yes" />
          )}
        </form>
      ) : (
        ''
      )}
    </Layout>
  )
}
