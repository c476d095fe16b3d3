import { Layout } from '../../../web/layout.tsx'
import { Button } from '../../../web/components/display.tsx'
import { TextInput } from '../../../web/components/form-fields.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { orgKindLabel, orgName } from '../../../web/org-names.ts'
import type { TreeNode } from '../../organisations/index.ts'
import type { OrganisationSummary } from '../../organisations/index.ts'

function OrgList({ ctx, nodes, agencyCounts }: { ctx: PageContext; nodes: TreeNode<OrganisationSummary>[]; agencyCounts: Map<string, number> | null }) {
  return (
    <ul class="org-list">
      {nodes.map((n) => (
        <li class="org-list__item">
          <a href={`/o/${n.org.slug}`} class="org-list__name" safe>
            {orgName(n.org, ctx.locale)}
          </a>{' '}
          <span class="org-list__kind" safe>
            {orgKindLabel(n.org.kind, ctx.locale)}
          </span>
          {agencyCounts?.get(n.org.id) ? (
            <span class="org-list__kind" safe>
              {ctx.t({ th: ' · หน่วยงานในกำกับ {n} แห่ง', en: ' · {n} agencies' }, { n: agencyCounts.get(n.org.id)!.toLocaleString(ctx.locale === 'th' ? 'th-TH' : 'en-GB') })}
            </span>
          ) : (
            ''
          )}
          {n.children.length ? <OrgList ctx={ctx} nodes={n.children} agencyCounts={agencyCounts} /> : ''}
        </li>
      ))}
    </ul>
  )
}

export function HomePage({ ctx, tree, agencyCounts }: { ctx: PageContext; tree: TreeNode<OrganisationSummary>[]; agencyCounts: Map<string, number> | null }) {
  const t = ctx.t
  return (
    <Layout
      ctx={ctx}
      title={t({ th: 'หน่วยงานทั้งหมด', en: 'All organisations' })}
      description={{
        th: 'ข้อมูลคุณธรรมและความโปร่งใสของหน่วยงานภาครัฐ: ข้อมูลที่หน่วยงานเปิดเผยต่อสาธารณะ (OIT) ผลการประเมิน ITA งบประมาณ การจัดซื้อจัดจ้าง ผู้บริหาร และช่องทางร้องเรียน',
        en: 'Integrity and transparency of Thai public agencies: what each agency publishes (OIT), its ITA results, budget, procurement, executives and how to complain.',
      }}
    >
      <h1 class="heading-xl" safe>
        {t({ th: 'ข้อมูลคุณธรรมและความโปร่งใสของหน่วยงานภาครัฐ', en: 'Integrity and transparency of public agencies' })}
      </h1>
      <p class="lead" safe>
        {t({
          th: 'เลือกหน่วยงานเพื่อดูข้อมูลที่เปิดเผยต่อสาธารณะ ช่องทางติดต่อ และผลการดำเนินงานด้านคุณธรรมและความโปร่งใส',
          en: 'Choose an agency to see what it publishes, how to contact it, and its integrity and transparency work.',
        })}
      </p>
      <form method="get" action="/search" class="search-form" role="search">
        <TextInput id="q" type="search" label={t({ th: 'ค้นหาข้อมูลที่หน่วยงานเปิดเผย', en: 'Search what agencies publish' })} value="" />
        <Button text={t({ th: 'ค้นหา', en: 'Search' })} kind="secondary" />
      </form>
      <h2 class="heading-l" safe>
        {t({ th: 'หน่วยงาน', en: 'Organisations' })}
      </h2>
      {tree.length ? (
        <OrgList ctx={ctx} nodes={tree} agencyCounts={agencyCounts} />
      ) : (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีหน่วยงานในระบบ', en: 'No organisations yet.' })}
        </p>
      )}
    </Layout>
  )
}
