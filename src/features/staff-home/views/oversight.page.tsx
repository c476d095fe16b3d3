import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { orgKindLabel, orgName } from '../../../web/org-names.ts'
import type { TreeNode } from '../../organisations/index.ts'
import type { OrganisationSummary } from '../../organisations/index.ts'

function flatten(nodes: TreeNode<OrganisationSummary>[], depth = 0): { org: OrganisationSummary; depth: number }[] {
  return nodes.flatMap((n) => [{ org: n.org, depth }, ...flatten(n.children, depth + 1)])
}

export function OversightPage({ ctx, tree }: { ctx: PageContext; tree: TreeNode<OrganisationSummary>[] }) {
  const t = ctx.t
  const rows = flatten(tree)
  return (
    <Layout ctx={ctx} title={t({ th: 'หน่วยงานในกำกับ', en: 'Agencies overseen' })}>
      <h1 class="heading-xl" safe>
        {t({ th: 'หน่วยงานในกำกับ', en: 'Agencies overseen' })}
      </h1>
      <p class="body" safe>
        {t({ th: 'หน่วยงานทั้งหมด {n} แห่ง รายงานและผลการดำเนินงานที่หน่วยงานส่งแล้วจะแสดงที่นี่', en: '{n} agencies. The reports and results they submit will appear here.' }, { n: rows.length })}
      </p>
      <p class="body">
        <a href="/staff/oversight/complaints" safe>
          {t({ th: 'เปรียบเทียบสถิติเรื่องร้องเรียนของหน่วยงานในกำกับ', en: 'Compare the agencies’ complaint statistics' })}
        </a>
      </p>
      <div class="table-wrap" tabindex="0" role="region" aria-label={t({ th: "หน่วยงานในกำกับ", en: "Agencies overseen" })}>
        <table class="table">
          <caption class="table__caption visually-hidden" safe>
            {t({ th: 'หน่วยงานในกำกับ', en: 'Agencies overseen' })}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="table__header" safe>
                {t({ th: 'หน่วยงาน', en: 'Agency' })}
              </th>
              <th scope="col" class="table__header" safe>
                {t({ th: 'ประเภท', en: 'Type' })}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ org, depth }) => (
              <tr>
                <td class={`table__cell indent-${Math.min(depth, 3)}`}>
                  <a href={`/o/${org.slug}`} safe>
                    {orgName(org, ctx.locale)}
                  </a>
                </td>
                <td class="table__cell" safe>
                  {orgKindLabel(org.kind, ctx.locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  )
}
