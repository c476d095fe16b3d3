import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Table } from '../../../web/components/display.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PendingApproval } from '../role-approvals.repository.ts'
import { roleLabel, when } from './labels.ts'

/** The head's list of roles waiting for approval (complaint officers: they read complainants' identities). */
export function RoleApprovalsPage({ ctx, pending }: { ctx: PageContext; pending: PendingApproval[] }) {
  const t = ctx.t
  return (
    <Layout ctx={ctx} title={t({ th: 'คำขออนุมัติบทบาท', en: 'Roles waiting for approval' })}>
      <h1 class="heading-xl" safe>
        {t({ th: 'คำขออนุมัติบทบาท', en: 'Roles waiting for approval' })}
      </h1>
      <p class="body" safe>
        {t({
          th: 'เจ้าหน้าที่รับเรื่องร้องเรียนอ่านชื่อและที่อยู่ของผู้ร้องเรียนได้ ผู้ดูแลระบบจึงให้บทบาทนี้เองไม่ได้ ต้องได้รับอนุมัติจากหัวหน้าหน่วยงาน ผู้ได้รับอนุมัติจะอ่านเรื่องที่รับไว้ก่อนหน้าได้เมื่อเจ้าหน้าที่เดิมมอบสิทธิ์ให้เท่านั้น',
          en: 'Complaint officers read complainants’ names and addresses, so an administrator cannot grant this role alone: the head approves it. Someone approved reads cases filed earlier only when a current officer gives them access.',
        })}
      </p>
      <Table
        caption={t({ th: 'รอการอนุมัติ', en: 'Waiting for approval' })}
        empty={t({ th: 'ไม่มีคำขอที่รอการอนุมัติ', en: 'Nothing is waiting for approval.' })}
        rows={pending}
        columns={[
          { header: t({ th: 'ผู้ใช้', en: 'Person' }), cell: (r) => <span safe>{`${r.user_name} (${r.user_email})`}</span> },
          { header: t({ th: 'หน่วยงาน', en: 'Organisation' }), cell: (r) => <span safe>{orgName(r, ctx.locale)}</span> },
          { header: t({ th: 'บทบาท', en: 'Role' }), cell: (r) => <span safe>{roleLabel(ctx, r.role)}</span> },
          { header: t({ th: 'ขอโดย', en: 'Asked by' }), cell: (r) => <span safe>{`${r.requester_name}, ${when(ctx, r.requested_at)}`}</span> },
          {
            header: t({ th: 'การดำเนินการ', en: 'Action' }),
            cell: (r) => (
              <div class="button-group">
                <form method="post" action={`/staff/role-approvals/${r.id}/approve`} class="inline-form">
                  <CsrfField token={ctx.csrfToken} />
                  <Button text={t({ th: 'อนุมัติ', en: 'Approve' })} />
                </form>
                <form method="post" action={`/staff/role-approvals/${r.id}/refuse`} class="inline-form">
                  <CsrfField token={ctx.csrfToken} />
                  <Button text={t({ th: 'ไม่อนุมัติ', en: 'Refuse' })} kind="warning" />
                </form>
              </div>
            ),
          },
        ]}
      />
    </Layout>
  )
}
