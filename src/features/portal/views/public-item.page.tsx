import { aboutAgency, textOfHtml } from '../../../web/meta-description.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { EarlierVersionBanner, PublishedVersionList } from '../../../web/components/versions.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import type { PublicItem } from '../portal-public.use-cases.ts'
import { ItemBody, ItemFacts } from './item-content.tsx'
import { itemTitle, publicItemUrl } from './portal-view-helpers.tsx'

/** /o/<slug>/p/<key> and /o/<slug>/p/<key>/v/<n>: a published item at its permanent address. */
export function PublicItemPage({ ctx, org, view, baseUrl }: { ctx: PageContext; org: OrganisationDetails; view: PublicItem; baseUrl: string }) {
  const t = ctx.t
  const { item, shown, versions } = view
  const title = itemTitle(shown, ctx.locale)
  const url = publicItemUrl(org.slug, item.itemKey)
  const name = orgName(org, ctx.locale)
  return (
    <Layout
      ctx={ctx}
      title={`${title} – ${name}`}
      description={aboutAgency(org, { th: `${shown.titleTh} – {org}. {body}`, en: `${shown.titleEn || shown.titleTh} – {org}. {body}` }, { body: textOfHtml(shown.bodyHtml) })}
    >
      <a href={`/o/${org.slug}/portal#${item.section}`} class="back-link" safe>
        {t({ th: 'ข้อมูลเปิดเผยต่อสาธารณะของหน่วยงาน', en: 'The agency’s public disclosures' })}
      </a>
      <span class="caption-l" safe>
        {name}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      {!view.isCurrent ? <EarlierVersionBanner ctx={ctx} shown={shown.version} current={item.currentVersion} currentHref={url} /> : ''}
      <ItemFacts
        ctx={ctx}
        section={item.section}
        version={shown}
        extra={[{ key: t({ th: 'ที่อยู่ถาวร', en: 'Permanent address' }), value: <span class="break-anywhere" safe>{`${baseUrl}${view.isCurrent ? url : `${url}/v/${shown.version}`}`}</span> }]}
      />
      <ItemBody ctx={ctx} version={shown} fileUrl={(fileId) => `${url}/files/${fileId}`} />
      <PublishedVersionList ctx={ctx} heading={t({ th: 'ฉบับต่าง ๆ ของข้อมูลนี้', en: 'Versions of this item' })} versions={versions} shown={shown.version} current={item.currentVersion} currentHref={url} />
    </Layout>
  )
}
