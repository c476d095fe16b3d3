import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { orgKindLabel, orgName } from '../../../web/org-names.ts'
import type { TreeNode } from '../organisation-tree.ts'
import type { OrganisationSummary } from '../organisations.repository.ts'

function AdminTree({ ctx, nodes }: { ctx: PageContext; nodes: TreeNode<OrganisationSummary>[] }) {
  const t = ctx.t
  return (
    <ul class="org-list">
      {nodes.map((n) => (
        <li class="org-list__item" data-org={n.org.slug}>
          <a href={`/admin/organisations/${n.org.id}`} class="org-list__name" safe>
            {orgName(n.org, ctx.locale)}
          </a>{' '}
          <span class="org-list__kind" safe>
            {orgKindLabel(n.org.kind, ctx.locale)}
          </span>{' '}
          <span class="hint" safe>
            /o/{n.org.slug}
          </span>{' '}
          <a href={`/admin/organisations/new?parent=${n.org.id}`} class="org-list__action" safe>
            {t({ th: 'เพิ่มหน่วยงานภายใต้', en: 'Add an agency below' })}
          </a>
          {n.children.length ? <AdminTree ctx={ctx} nodes={n.children} /> : ''}
        </li>
      ))}
    </ul>
  )
}

export function OrganisationListPage({ ctx, tree, canCreateTopLevel }: { ctx: PageContext; tree: TreeNode<OrganisationSummary>[]; canCreateTopLevel: boolean }) {
  const t = ctx.t
  return (
    <Layout ctx={ctx} title={t({ th: 'จัดการหน่วยงาน', en: 'Manage organisations' })}>
      <h1 class="heading-xl" safe>
        {t({ th: 'จัดการหน่วยงาน', en: 'Manage organisations' })}
      </h1>
      <p class="body" safe>
        {t({
          th: 'หน่วยงานที่คุณเป็นผู้ดูแลระบบ เลือกชื่อหน่วยงานเพื่อแก้ไขข้อมูล ตราสัญลักษณ์ และการตั้งค่าความปลอดภัย',
          en: 'The organisations you administer. Choose one to edit its details, logo and security settings.',
        })}
      </p>
      {canCreateTopLevel ? (
        <p class="body">
          <a href="/admin/organisations/new" class="button" role="button" safe>
            {t({ th: 'เพิ่มหน่วยงาน', en: 'Add an organisation' })}
          </a>
        </p>
      ) : (
        ''
      )}
      {tree.length ? (
        <AdminTree ctx={ctx} nodes={tree} />
      ) : (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีหน่วยงานในระบบ', en: 'No organisations yet.' })}
        </p>
      )}
    </Layout>
  )
}
