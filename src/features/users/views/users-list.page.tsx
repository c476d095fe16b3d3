import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Table, Tag } from '../../../web/components/display.tsx'
import { TextInput } from '../../../web/components/form-fields.tsx'
import { Pagination } from '../../../web/components/pagination.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PendingInvitation } from '../invitations.repository.ts'
import type { UserWithRoles } from '../users.use-cases.ts'
import { roleLabel, when } from './labels.ts'

export type UsersListProps = {
  ctx: PageContext
  users: UserWithRoles[]
  total: number
  page: number
  pageCount: number
  search: string
  invitations: PendingInvitation[]
}

function listHref(search: string, page: number): string {
  const q = new URLSearchParams()
  if (search) q.set('q', search)
  if (page > 1) q.set('page', String(page))
  const s = q.toString()
  return s ? `/admin/users?${s}` : '/admin/users'
}

function Invitations({ ctx, invitations }: { ctx: PageContext; invitations: PendingInvitation[] }) {
  const t = ctx.t
  return (
    <Table
      caption={t({ th: 'คำเชิญที่รอการตอบรับ', en: 'Invitations waiting for an answer' })}
      empty={t({ th: 'ไม่มีคำเชิญที่รอการตอบรับ', en: 'No invitations are waiting.' })}
      rows={invitations}
      columns={[
        { header: t({ th: 'อีเมล', en: 'Email' }), cell: (i) => <span safe>{i.email}</span> },
        { header: t({ th: 'หน่วยงาน', en: 'Organisation' }), cell: (i) => <span safe>{orgName({ name_th: i.org_name_th, name_en: i.org_name_en }, ctx.locale)}</span> },
        { header: t({ th: 'บทบาท', en: 'Role' }), cell: (i) => <span safe>{roleLabel(ctx, i.role)}</span> },
        { header: t({ th: 'ผู้เชิญ', en: 'Invited by' }), cell: (i) => <span safe>{i.invited_by ?? '–'}</span> },
        { header: t({ th: 'หมดอายุ', en: 'Expires' }), cell: (i) => <span safe>{when(ctx, i.expires_at)}</span> },
        {
          header: t({ th: 'การดำเนินการ', en: 'Action' }),
          cell: (i) => (
            <form method="post" action={`/admin/users/invitations/${i.token_hash}/cancel`} class="inline-form">
              <CsrfField token={ctx.csrfToken} />
              <Button text={t({ th: 'ยกเลิกคำเชิญ', en: 'Cancel invitation' })} kind="secondary" />
            </form>
          ),
        },
      ]}
    />
  )
}

export function UsersListPage(props: UsersListProps) {
  const { ctx } = props
  const t = ctx.t
  return (
    <Layout ctx={ctx} title={t({ th: 'ผู้ใช้และสิทธิ์', en: 'Users and roles' })} wide>
      <h1 class="heading-xl" safe>
        {t({ th: 'ผู้ใช้และสิทธิ์', en: 'Users and roles' })}
      </h1>
      <p class="body">
        <a href="/admin/users/invite" class="button" role="button" safe>
          {t({ th: 'เชิญผู้ใช้ใหม่', en: 'Invite someone' })}
        </a>
      </p>
      <form method="get" action="/admin/users" class="search-form" role="search">
        <TextInput id="q" type="search" label={t({ th: 'ค้นหาด้วยชื่อหรืออีเมล', en: 'Search by name or email' })} value={props.search} />
        <Button text={t({ th: 'ค้นหา', en: 'Search' })} kind="secondary" />
      </form>
      <Table
        caption={t({ th: 'ผู้ใช้ {n} คน', en: '{n} people' }, { n: props.total })}
        empty={t({ th: 'ไม่พบผู้ใช้', en: 'No people found.' })}
        rows={props.users}
        columns={[
          {
            header: t({ th: 'ชื่อ', en: 'Name' }),
            cell: (u) => (
              <a href={`/admin/users/${u.id}`} safe>
                {u.display_name}
              </a>
            ),
          },
          { header: t({ th: 'อีเมล', en: 'Email' }), cell: (u) => <span safe>{u.email}</span> },
          {
            header: t({ th: 'บทบาท', en: 'Roles' }),
            cell: (u) => (
              <ul class="list">
                {u.roles.map((r) => (
                  <li safe>{`${roleLabel(ctx, r.role)} – ${orgName(r, ctx.locale)}`}</li>
                ))}
              </ul>
            ),
          },
          {
            header: t({ th: 'สถานะ', en: 'Status' }),
            cell: (u) => (
              <span>
                {u.is_active ? <Tag text={t({ th: 'ใช้งาน', en: 'Active' })} colour="green" /> : <Tag text={t({ th: 'ระงับการใช้งาน', en: 'Deactivated' })} colour="grey" />}
                {u.is_platform_admin ? <Tag text={t({ th: 'ผู้ดูแลระบบกลาง', en: 'Platform admin' })} colour="purple" /> : ''}
              </span>
            ),
          },
        ]}
      />
      <Pagination
        page={props.page}
        pageCount={props.pageCount}
        hrefFor={(p) => listHref(props.search, p)}
        labels={{ previous: t({ th: 'ก่อนหน้า', en: 'Previous' }), next: t({ th: 'ถัดไป', en: 'Next' }), nav: t({ th: 'เลือกหน้า', en: 'Pages' }) }}
      />
      <h2 class="heading-l" safe>
        {t({ th: 'คำเชิญ', en: 'Invitations' })}
      </h2>
      <Invitations ctx={ctx} invitations={props.invitations} />
    </Layout>
  )
}
